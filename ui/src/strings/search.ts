/** Strings shared by the search boxes and highlights (staff queue and member portal). */
export const search = {
  clear: 'Clear search',
  tooShort: (min: number) => `Type at least ${min} characters, or a number, to search.`,
  where: (field: string) => `${field}:`,
  /** Where a highlighted passage was found (staff; the member portal has its own words). */
  field: {
    NUMBER: 'Number',
    SUBJECT: 'Subject',
    DESCRIPTION: 'Description',
    REPLIES: 'Reply',
    NOTES: 'Internal note',
  } as Record<string, string>,
};
