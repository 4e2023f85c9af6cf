/** Settings: the ticket categories (create, edit, archive, restore, order). */
export function CategoriesSettings() {
  return <section aria-label="CategoriesSettings" />;
}
