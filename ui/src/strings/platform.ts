/** Strings of the platform screens. */
export const platform = {
  title: 'platform',
};
