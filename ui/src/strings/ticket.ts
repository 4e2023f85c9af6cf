/** Strings of the ticket screens. */
export const ticket = {
  title: 'ticket',
};
