/** Strings of the Categories settings screen (admins): the list members pick from, its order, archiving. */
export const adminCategories = {
  title: 'Categories',
  intro: 'Members choose one of these when they raise a request, in this order; agents filter the queue by them. Archived categories stay on the tickets that have them.',
  activeHeading: 'Active categories',
  activeHint: 'Drag a category by its handle, or use the arrow buttons, to change the order members see.',
  listLabel: 'Active categories, in the order members see them',
  archivedHeading: 'Archived categories',
  archivedHint: 'Not offered to members and not given to new tickets. Tickets that have them keep them.',
  archivedListLabel: 'Archived categories',
  empty: 'No active categories. Members cannot raise a request until there is one: add one, or restore an archived one.',
  noDescription: 'No description',
  position: (position: number) => `${position}.`,
  archivedOn: (date: string) => `Archived ${date}`,
  saving: 'Saving the new order…',

  edit: 'Edit',
  editLabel: (name: string) => `Edit ${name}`,
  archive: 'Archive…',
  archiveLabel: (name: string) => `Archive ${name}`,
  restore: 'Restore',
  restoreLabel: (name: string) => `Restore ${name}`,
  restoring: 'Restoring…',

  fields: {
    name: 'Name',
    nameHint: 'What members pick, e.g. “Billing”. 1 to 80 characters; no two active categories may share a name.',
    description: 'Description',
    descriptionHint: 'Optional. What belongs here, shown to members when they pick it (at most 500 characters).',
    nameRequired: 'Give the category a name.',
    nameTaken: 'Another active category already has this name (capitals and spaces do not make names different). Choose another name.',
  },

  create: {
    heading: 'Add a category',
    intro: 'It is added at the end of the list, and members can pick it at once.',
    submit: 'Add category',
    submitting: 'Adding…',
    done: (name: string) => `“${name}” is added at the end of the list.`,
  },

  editDialog: {
    title: (name: string) => `Edit “${name}”`,
    description: 'Tickets that have this category show the new name at once.',
    submit: 'Save changes',
    submitting: 'Saving…',
    done: (name: string) => `“${name}” is saved.`,
    conflict: (name: string, description: string | null) =>
      `Someone changed this category while you were editing. It is now called “${name}”${description ? ` with the description “${description}”` : ' with no description'}. What you typed is kept: save again to replace it, or cancel to keep theirs.`,
    gone: 'This category no longer exists. Someone may have removed it.',
  },

  archiveDialog: {
    title: (name: string) => `Archive “${name}”?`,
    description: 'Members will no longer see it in the list when they raise a request, and it cannot be given to new tickets. Tickets that already have it keep it, and the queue can still be filtered by it. You can restore it later.',
    confirm: 'Archive category',
    working: 'Archiving…',
    done: (name: string) => `“${name}” is archived. Members no longer see it; tickets that have it keep it.`,
  },

  restored: (name: string) => `“${name}” is restored to its old place in the list.`,
  restoreTaken: (name: string) => `“${name}” cannot be restored: an active category has its name now. Rename one of them first.`,
  restoreFailed: (name: string, reason: string) => `“${name}” could not be restored. ${reason}`,
  reorderStale: 'Someone added or removed a category meanwhile; the list is reloaded, so please try again.',
  reorderFailed: (reason: string) => `The new order could not be saved, so the previous order is back. ${reason}`,
};
