/** Settings: response and notification templates with a live preview. */
export function TemplatesSettings() {
  return <section aria-label="TemplatesSettings" />;
}
