/** Settings: the tenant's attachment limits. */
export function AttachmentSettings() {
  return <section aria-label="AttachmentSettings" />;
}
