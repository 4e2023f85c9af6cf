/** Settings: canned responses (shared ones for admins, each agent's own). */
export function CannedResponsesSettings() {
  return <section aria-label="CannedResponsesSettings" />;
}
