/** Strings of the raise screens. */
export const raise = {
  title: 'raise',
};
