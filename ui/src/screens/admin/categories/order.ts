/** What the ordering needs of a category. */
export interface Ordered {
  id: string;
  position: number;
  archived: boolean;
}

/** Categories in the admins' order. */
export function byPosition<T extends Ordered>(categories: readonly T[]): T[] {
  return [...categories].sort((a, b) => a.position - b.position);
}

/**
 * The full order to send (`reorderTicketCategories` wants every category, archived ones included) when the active
 * ones are put in `activeIds`' order: archived categories keep their places, so a restore brings them back where
 * they were, and the active ones fill the other places in their new order.
 */
export function fullOrder(categories: readonly Ordered[], activeIds: readonly string[]): string[] {
  const queue = [...activeIds];
  const known = new Set(activeIds);
  const result = byPosition(categories).map((category) => (category.archived || !known.has(category.id) ? category.id : queue.shift()!));
  return result;
}

/** The categories with their positions as `ids` puts them (1, 2, 3…): the list shown at once, before the API answers. */
export function applyOrder<T extends Ordered>(categories: readonly T[], ids: readonly string[]): T[] {
  const place = new Map(ids.map((id, index) => [id, index + 1]));
  return categories.map((category) => ({ ...category, position: place.get(category.id) ?? category.position }));
}
