/** Strings of the agent screens. */
export const agent = {
  title: 'agent',
};
