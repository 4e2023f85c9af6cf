/** Strings of the queue screens. */
export const queue = {
  title: 'queue',
};
