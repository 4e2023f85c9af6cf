/** A padlock beside the words "Internal note": decoration (the words carry the meaning). */
export function LockIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" style={{ verticalAlign: '-2px' }}>
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V6H6V4.5Z"
      />
    </svg>
  );
}

/** A chain link, for the editor's link button (its name says "Link"). */
export function LinkIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" style={{ verticalAlign: '-2px' }}>
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l.9-.9"
      />
    </svg>
  );
}

/** An envelope, beside the word "E-mail" (decoration: the word carries the meaning). */
export function MailIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" style={{ verticalAlign: '-2px' }}>
      <path fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" d="M2 3.75h12v8.5H2zM2.3 4.2 8 8.8l5.7-4.6" />
    </svg>
  );
}

/** Three joined nodes, beside the word "Webhook" (decoration: the word carries the meaning). */
export function WebhookIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" style={{ verticalAlign: '-2px' }}>
      <path fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" d="M8 5.5 5 11M8 5.5l3 5.5M5 11h6" />
      <circle cx="8" cy="4" r="2" fill="currentColor" />
      <circle cx="4" cy="12" r="2" fill="currentColor" />
      <circle cx="12" cy="12" r="2" fill="currentColor" />
    </svg>
  );
}
