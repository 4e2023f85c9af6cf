/** Strings of the member screens. */
export const member = {
  title: 'member',
};
