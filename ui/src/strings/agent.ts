/** Strings of the agent's own settings (their availability). */
export const agent = {
  title: 'Your availability',
  switchLabel: 'Available for new tickets',
  available: 'Available: automatic assignment may give you new tickets.',
  away: 'Away: you get no new tickets and keep the ones you hold.',
  saving: 'Saving…',
  conflict: 'Your availability was changed somewhere else meanwhile. It now shows the latest setting; switch again if you want to change it.',
};
