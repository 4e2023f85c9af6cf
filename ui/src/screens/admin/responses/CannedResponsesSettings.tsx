import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { describeError } from '../../../platform/errors';
import { useApiMutation, useApiQuery, useMe } from '../../../platform/hooks';
import { formatDateTime, formatRelative } from '../../../platform/time';
import { useUrlParams } from '../../../platform/urlState';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Badge, Banner, EmptyState, ErrorState, LoadingState } from '../../../ui/States';
import { plainText } from '../../ticket/ResponsePicker';
import { CannedResponseForm, type CannedResponse } from './CannedResponseForm';
import { AdminResponsesDelete, AdminResponsesQuery } from './queries';
import styles from './CannedResponses.module.css';

const t = strings.adminResponses.responses;
type Filter = 'all' | 'shared' | 'personal';
const FILTERS: Filter[] = ['all', 'shared', 'personal'];

/** Those whose title, shortcut or text contains `search` (ignoring case), a response whose shortcut it is first. */
function matching(responses: CannedResponse[], search: string): CannedResponse[] {
  const term = search.trim().toLowerCase();
  if (!term) return responses;
  const hits = responses.filter((response) => [response.title, response.shortcut ?? '', plainText(response.body)].some((text) => text.toLowerCase().includes(term)));
  return [...hits].sort((a, b) => Number(b.shortcut === term) - Number(a.shortcut === term));
}

/**
 * Settings: canned responses. Admins manage the shared ones and their own personal ones; an agent ("My canned
 * responses") manages only their own and sees the shared ones read-only (they use them, and a shortcut of theirs
 * comes before a shared one's), without any control to change them. The list is searched as typed; the search, the
 * filter and the response being edited live in the URL (`responsesSearch`, `responsesShow`, `response`).
 */
export function CannedResponsesSettings() {
  const me = useMe();
  const isAdmin = me.isAdmin;
  const [params, setParams] = useUrlParams();
  const search = params.get('responsesSearch') ?? '';
  const filter: Filter = FILTERS.includes(params.get('responsesShow') as Filter) ? (params.get('responsesShow') as Filter) : 'all';
  const editing = params.get('response');
  const query = useApiQuery('admin-responses', AdminResponsesQuery, {});
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CannedResponse | null>(null);
  const headingId = useId();

  const all = useMemo(() => query.data?.cannedResponses ?? [], [query.data]);
  const found = useMemo(() => matching(all, search), [all, search]);
  const current = editing && editing !== 'new' ? all.find((response) => response.id === editing) ?? null : null;

  const refresh = async () => {
    await query.refetch();
    // The ticket view's picker keeps its list for a while: it should offer what was just saved.
    void client.invalidateQueries({ queryKey: ['ticket-composer-responses'] });
  };
  const edit = (id: string | null) => {
    setMessage(null);
    setParams({ response: id }, 'push');
  };

  let list;
  if (query.isPending || me.isPending) list = <LoadingState />;
  else if (query.isError) list = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (isAdmin) {
    const rows = found.filter((response) => filter === 'all' || response.shared === (filter === 'shared'));
    list = (
      <>
        <fieldset className={styles.filters}>
          <legend className={styles.visuallyHidden}>{t.filterLegend}</legend>
          {FILTERS.map((value) => (
            <label key={value} className={[styles.filter, filter === value ? styles.filterOn : ''].join(' ')}>
              <input type="radio" name="responses-filter" className={styles.visuallyHidden} checked={filter === value}
                onChange={() => setParams({ responsesShow: value === 'all' ? null : value }, 'replace')} />
              {t.filters[value]}
            </label>
          ))}
        </fieldset>
        <ResponseTable rows={rows} label={t.listLabel} manageable={() => true} editing={editing} onEdit={edit} onDelete={setDeleting}
          empty={search ? t.emptySearch(search) : t.empty} />
      </>
    );
  } else {
    const mine = found.filter((response) => !response.shared);
    const shared = found.filter((response) => response.shared);
    list = (
      <>
        <h2 className={styles.sectionHeading}>{t.mineHeading}</h2>
        <ResponseTable rows={mine} label={t.mineHeading} manageable={() => true} editing={editing} onEdit={edit} onDelete={setDeleting}
          empty={search ? t.emptySearch(search) : t.emptyMine} />
        <h2 className={styles.sectionHeading}>{t.sharedReadOnlyHeading}</h2>
        <p className={styles.muted}>{t.sharedReadOnlyIntro}</p>
        <ResponseTable rows={shared} label={t.sharedReadOnlyHeading} manageable={() => false} editing={editing} onEdit={edit} onDelete={setDeleting}
          empty={search ? t.emptySearch(search) : t.emptyShared} />
      </>
    );
  }

  // A shared response is never the agent's to edit, whatever the URL says.
  const formFor = editing === 'new' ? null : current && (isAdmin || !current.shared) ? current : undefined;

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{isAdmin ? t.adminTitle : t.agentTitle}</h1>
      <p className={styles.muted}>{isAdmin ? t.adminIntro : t.agentIntro}</p>
      {message && <Banner>{message}</Banner>}
      <div className={styles.columns}>
        <div className={styles.list}>
          <div className={styles.toolbar}>
            <label className={styles.search}>
              <span className={styles.label}>{t.search}</span>
              <input type="search" value={search} placeholder={t.searchHint} className={styles.searchInput}
                onChange={(event) => setParams({ responsesSearch: event.target.value || null }, 'replace')} />
            </label>
            <Button variant="primary" onClick={() => edit('new')}>{t.newResponse}</Button>
          </div>
          {list}
        </div>
        {query.data && formFor !== undefined && (
          <CannedResponseForm
            key={formFor?.id ?? 'new'}
            response={formFor}
            categories={query.data.ticketCategories}
            isAdmin={isAdmin}
            onSaved={(saved) => {
              setMessage(t.saved(saved.title));
              // The form stays open on what was saved, once the list has it.
              void refresh().then(() => setParams({ response: saved.id }, 'replace'));
            }}
            onCancel={() => edit(null)}
            onReload={() => void refresh()}
          />
        )}
      </div>
      {deleting && (
        <DeleteDialog response={deleting} onClose={() => setDeleting(null)} onDeleted={() => {
          setDeleting(null);
          if (editing === deleting.id) setParams({ response: null }, 'replace');
          setMessage(t.deleted(deleting.title));
          void refresh();
        }} />
      )}
    </section>
  );
}

interface TableProps {
  rows: CannedResponse[];
  label: string;
  manageable: (response: CannedResponse) => boolean;
  editing: string | null;
  onEdit: (id: string) => void;
  onDelete: (response: CannedResponse) => void;
  empty: string;
}

function ResponseTable({ rows, label, manageable, editing, onEdit, onDelete, empty }: TableProps) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const actions = rows.some(manageable);
  return (
    <div className={styles.tableScroll}>
    <table className={styles.table} aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t.columns.title}</th>
          <th scope="col">{t.columns.shortcut}</th>
          <th scope="col">{t.columns.categories}</th>
          <th scope="col">{t.columns.updated}</th>
          {actions && <th scope="col"><span className={styles.visuallyHidden}>{t.columns.actions}</span></th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((response) => (
          <tr key={response.id} className={editing === response.id ? styles.rowEditing : undefined} aria-current={editing === response.id ? 'true' : undefined}>
            <td className={styles.titleCell}>
              <span className={styles.title}>
                {response.title} <Badge className={response.shared ? styles.sharedBadge : undefined}>{response.shared ? t.shared : t.personal}</Badge>
              </span>
              <span className={styles.excerpt}>{plainText(response.body).slice(0, 120)}</span>
            </td>
            <td>{response.shortcut ? <code className={styles.shortcut}>/{response.shortcut}</code> : t.noShortcut}</td>
            <td className={styles.categories}>{response.categories.length === 0 ? <span className={styles.muted}>{t.everyTicket}</span> : response.categories.map((c) => c.name).join(', ')}</td>
            <td className={styles.nowrap}><time dateTime={response.updatedAt} title={formatDateTime(response.updatedAt)}>{formatRelative(response.updatedAt)}</time></td>
            {actions && (
              <td className={styles.actions}>
                {manageable(response) && <>
                  <Button variant="ghost" aria-label={t.editLabel(response.title)} onClick={() => onEdit(response.id)}>{t.edit}</Button>
                  <Button variant="ghost" className={styles.dangerText} aria-label={t.deleteLabel(response.title)} onClick={() => onDelete(response)}>{t.delete}</Button>
                </>}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

function DeleteDialog({ response, onClose, onDeleted }: { response: CannedResponse; onClose: () => void; onDeleted: () => void }) {
  const d = t.deleteDialog;
  const mutation = useApiMutation(AdminResponsesDelete, {
    onSuccess: onDeleted,
    // Already gone: what the person wanted.
    onError: (error) => { if (error.code === 'NOT_FOUND') onDeleted(); },
  });
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={d.title(response.title)}
      description={response.shared ? d.shared : d.personal}
      actions={<>
        <Button onClick={onClose}>{strings.common.cancel}</Button>
        <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate({ id: response.id })}>
          {mutation.isPending ? d.working : d.confirm}
        </Button>
      </>}>
      {mutation.error && mutation.error.code !== 'NOT_FOUND' && <Banner kind="error">{describeError(mutation.error)}</Banner>}
    </Dialog>
  );
}
