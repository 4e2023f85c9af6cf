import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { AdminCategoriesQuery as AdminCategoriesResult, AdminCategoryFieldsFragment as Category } from '../../../gql/graphql';
import { ApiError } from '../../../platform/api';
import { describeError } from '../../../platform/errors';
import { useApiMutation, useApiQuery } from '../../../platform/hooks';
import { formatDateTime } from '../../../platform/time';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { SortableList } from '../../../ui/SortableList';
import { Banner, EmptyState, ErrorState, LoadingState } from '../../../ui/States';
import { ArchiveCategoryDialog } from './ArchiveCategoryDialog';
import { CreateCategoryForm } from './CreateCategoryForm';
import { EditCategoryDialog } from './EditCategoryDialog';
import { applyOrder, byPosition, fullOrder } from './order';
import { AdminCategoriesQuery, AdminReorderCategories, AdminRestoreCategory } from './queries';
import styles from './Categories.module.css';

const t = strings.adminCategories;
const KEY = 'admin.categories';
const REORDER = ['admin.categories.reorder'];
/** Other screens' queries that show categories: they follow a change at once (the member's picker among them). */
const SHOWN_ELSEWHERE = ['queue-console', 'raise-categories', 'member.categories', 'ticket-view'];

type Message = { kind: 'info' | 'error'; text: string };

/**
 * Settings: the ticket categories (admins). The active ones in the admins' order, put in order by drag and drop or
 * the keyboard (saved with `reorderTicketCategories`, shown at once and rolled back with a message when refused);
 * the archived ones apart, restorable; adding, editing (in a dialog, with the version read) and archiving (after a
 * confirmation that says what it means for members).
 */
export function CategoriesSettings() {
  const activeHeadingId = useId();
  const archivedHeadingId = useId();
  const activeHeading = useRef<HTMLHeadingElement>(null);
  const client = useQueryClient();
  const query = useApiQuery(KEY, AdminCategoriesQuery, {});
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<Category | null>(null);
  const [archiving, setArchiving] = useState<Category | null>(null);
  // Where focus goes when a dialog closes: back to the button that opened it, or to the list when that row is gone.
  const opener = useRef<HTMLElement | null>(null);
  const toList = useRef(false);

  const all = query.data?.ticketCategories ?? [];
  const active = byPosition(all.filter((category) => !category.archived));
  const archived = byPosition(all.filter((category) => category.archived));

  const setList = (change: (list: Category[]) => Category[]) =>
    client.setQueriesData<AdminCategoriesResult>({ queryKey: [KEY] }, (old) => (old ? { ticketCategories: change(old.ticketCategories) } : old));
  const replace = (category: Category) => setList((list) => list.some((c) => c.id === category.id)
    ? list.map((c) => (c.id === category.id ? category : c)) : [...list, category]);
  const changed = (withList = true) => {
    if (withList && client.isMutating({ mutationKey: REORDER }) === 0) void client.invalidateQueries({ queryKey: [KEY] });
    for (const key of SHOWN_ELSEWHERE) void client.invalidateQueries({ queryKey: [key] });
  };
  const focusList = () => activeHeading.current?.focus();
  const openDialog = (open: () => void) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    toList.current = false;
    open();
  };
  const returnFocus = (event: Event) => {
    event.preventDefault();
    const target = toList.current || !opener.current?.isConnected ? activeHeading.current : opener.current;
    target?.focus();
  };

  const reorder = useApiMutation(AdminReorderCategories, {
    mutationKey: REORDER,
    onMutate: async ({ ids }) => {
      await client.cancelQueries({ queryKey: [KEY] });
      const previous = client.getQueriesData<AdminCategoriesResult>({ queryKey: [KEY] });
      setList((list) => applyOrder(list, Array.isArray(ids) ? ids : [ids]));
      return { previous };
    },
    onSuccess: (data) => {
      // A later move is on its way: its answer will be the one to show.
      if (client.isMutating({ mutationKey: REORDER }) <= 1) setList(() => data.reorderTicketCategories);
      setMessage(null);
    },
    onError: (error, _variables, context) => {
      const { previous } = (context ?? { previous: [] }) as { previous: [readonly unknown[], AdminCategoriesResult | undefined][] };
      for (const [key, data] of previous) client.setQueryData(key, data);
      const stale = error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.isAbout('ids');
      setMessage({ kind: 'error', text: t.reorderFailed(stale ? t.reorderStale : describeError(error)) });
      void client.invalidateQueries({ queryKey: [KEY] });
    },
    onSettled: () => changed(false),
  });

  const restore = useApiMutation(AdminRestoreCategory, {
    onSuccess: (data) => {
      replace(data.restoreTicketCategory);
      setMessage({ kind: 'info', text: t.restored(data.restoreTicketCategory.name) });
      changed();
      focusList();
    },
    onError: (error, { id }) => {
      const name = all.find((category) => category.id === id)?.name ?? '';
      const taken = error instanceof ApiError && error.code === 'CATEGORY_NAME_TAKEN';
      setMessage({ kind: 'error', text: taken ? t.restoreTaken(name) : t.restoreFailed(name, describeError(error)) });
    },
  });

  const reload = async (id: string) => {
    const result = await query.refetch();
    return result.data?.ticketCategories.find((category) => category.id === id) ?? null;
  };

  let activeList;
  if (query.isPending) activeList = <LoadingState />;
  else if (query.isError && !query.data) activeList = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (active.length === 0) activeList = <EmptyState>{t.empty}</EmptyState>;
  else activeList = (
    <SortableList items={active} idOf={(category) => category.id} labelOf={(category) => category.name} label={t.listLabel}
      onReorder={(ids) => {
        setMessage(null);
        reorder.mutate({ ids: fullOrder(all, ids) });
      }}
      renderItem={(category) => (
        <div className={styles.row}>
          <span className={styles.position} aria-hidden="true">{t.position(active.indexOf(category) + 1)}</span>
          <div className={styles.text}>
            <span className={styles.name}>{category.name}</span>
            <span className={category.description ? styles.description : styles.noDescription}>{category.description || t.noDescription}</span>
          </div>
          <div className={styles.actions}>
            <Button variant="ghost" onClick={() => openDialog(() => setEditing(category))} aria-label={t.editLabel(category.name)}>{t.edit}</Button>
            <Button variant="ghost" className={styles.dangerText} onClick={() => openDialog(() => setArchiving(category))} aria-label={t.archiveLabel(category.name)}>{t.archive}</Button>
          </div>
        </div>
      )} />
  );

  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t.title}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {message && <Banner kind={message.kind}>{message.text}</Banner>}
      <div className={styles.columns}>
        <div className={styles.lists}>
          <section aria-labelledby={activeHeadingId}>
            <div className={styles.sectionHead}>
              <h2 id={activeHeadingId} ref={activeHeading} tabIndex={-1} className={styles.sectionHeading}>{t.activeHeading}</h2>
              <span className={styles.saving} aria-live="polite">{reorder.isPending ? t.saving : ''}</span>
            </div>
            {active.length > 1 && <p className={styles.muted}>{t.activeHint}</p>}
            {query.isError && query.data && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
            {activeList}
          </section>
          {archived.length > 0 && (
            <section aria-labelledby={archivedHeadingId} className={styles.archivedSection}>
              <h2 id={archivedHeadingId} className={styles.sectionHeading}>{t.archivedHeading}</h2>
              <p className={styles.muted}>{t.archivedHint}</p>
              <ul className={styles.archivedList} aria-label={t.archivedListLabel}>
                {archived.map((category) => {
                  const restoring = restore.isPending && restore.variables?.id === category.id;
                  return (
                    <li key={category.id} className={styles.archivedRow}>
                      <div className={styles.text}>
                        <span className={styles.name}>{category.name}</span>
                        <span className={styles.description}>
                          {category.archivedAt
                            ? <time dateTime={category.archivedAt}>{t.archivedOn(formatDateTime(category.archivedAt))}</time>
                            : null}
                          {category.description ? <> · {category.description}</> : null}
                        </span>
                      </div>
                      <div className={styles.actions}>
                        <Button variant="ghost" onClick={() => openDialog(() => setEditing(category))} aria-label={t.editLabel(category.name)}>{t.edit}</Button>
                        <Button onClick={() => restore.mutate({ id: category.id })} disabled={restore.isPending} aria-label={t.restoreLabel(category.name)}>
                          {restoring ? t.restoring : t.restore}
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>
        <CreateCategoryForm onCreated={(category) => {
          replace(category);
          setMessage({ kind: 'info', text: t.create.done(category.name) });
          changed();
        }} />
      </div>
      {editing && (
        <EditCategoryDialog key={editing.id} category={editing} onClose={() => setEditing(null)} reload={() => reload(editing.id)}
          onCloseAutoFocus={returnFocus}
          onSaved={(category) => {
            replace(category);
            setEditing(null);
            setMessage({ kind: 'info', text: t.editDialog.done(category.name) });
            changed();
          }} />
      )}
      {archiving && (
        <ArchiveCategoryDialog key={archiving.id} category={archiving} onClose={() => setArchiving(null)}
          onCloseAutoFocus={returnFocus}
          onArchived={(category) => {
            toList.current = true;
            replace(category);
            setArchiving(null);
            setMessage({ kind: 'info', text: t.archiveDialog.done(category.name) });
            changed();
          }} />
      )}
    </div>
  );
}
