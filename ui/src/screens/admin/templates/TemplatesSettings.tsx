import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type MouseEvent } from 'react';
import { describeError } from '../../../platform/errors';
import { useApiMutation, useApiQuery } from '../../../platform/hooks';
import { useUrlParams } from '../../../platform/urlState';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Banner, ErrorState, LoadingState } from '../../../ui/States';
import { AdminTemplateDelete, AdminTemplatesQuery } from './queries';
import { TemplateEditor, type Template } from './TemplateEditor';
import styles from './Templates.module.css';

const t = strings.adminResponses.templates;

function hrefWith(params: URLSearchParams, change: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(change)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  return `?${next.toString()}`;
}

const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * Settings (admins): response and notification templates. The notifications, to members (STATUS_CHANGED, NEW_REPLY)
 * and to staff (ASSIGNED, ESCALATED), are edited only; reply templates are added and deleted too. The template being edited and the preview's ticket live in
 * the URL (`template`, `previewTicket`).
 */
export function TemplatesSettings() {
  const [params, setParams] = useUrlParams();
  const selected = params.get('template');
  const previewTicket = params.get('previewTicket');
  const query = useApiQuery('admin-templates', AdminTemplatesQuery, {});
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const headingId = useId();

  const templates = query.data?.responseTemplates ?? [];
  const memberNotifications = templates.filter((template) => template.kind === 'STATUS_CHANGED' || template.kind === 'NEW_REPLY');
  const staffNotifications = templates.filter((template) => template.kind !== 'REPLY' && !memberNotifications.includes(template));
  const replies = templates.filter((template) => template.kind === 'REPLY');
  const current = selected && selected !== 'new' ? templates.find((template) => template.id === selected) ?? null : null;
  const tickets = query.data?.tickets.edges.map((edge) => edge.node) ?? [];

  const refresh = async () => {
    await query.refetch();
    // The ticket view's picker keeps its list for a while: it should offer what was just saved.
    void client.invalidateQueries({ queryKey: ['ticket-composer-responses'] });
  };
  const open = (id: string | null) => {
    setMessage(null);
    setParams({ template: id }, 'push');
  };

  const item = (template: Template) => (
    <li key={template.id}>
      <a href={hrefWith(params, { template: template.id })} className={[styles.chip, selected === template.id ? styles.chipCurrent : ''].join(' ')}
        aria-current={selected === template.id ? 'page' : undefined}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          open(template.id);
        }}>
        {template.name}
      </a>
    </li>
  );

  let body;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else body = (
    <>
      <nav className={styles.templateNav} aria-label={t.listLabel}>
        <div className={styles.navGroup}>
          <h2 className={styles.navHeading}>{t.notificationsHeading}</h2>
          <ul className={styles.chips}>{memberNotifications.map(item)}</ul>
        </div>
        {staffNotifications.length > 0 && (
          <div className={styles.navGroup}>
            <h2 className={styles.navHeading}>{t.staffNotificationsHeading}</h2>
            <ul className={styles.chips}>{staffNotifications.map(item)}</ul>
          </div>
        )}
        <div className={styles.navGroup}>
          <h2 className={styles.navHeading}>{t.repliesHeading}</h2>
          <ul className={styles.chips}>
            {replies.map(item)}
            <li>
              <Button className={[styles.newChip, selected === 'new' ? styles.chipCurrent : ''].join(' ')} onClick={() => open('new')}
                aria-pressed={selected === 'new'}>
                <span aria-hidden="true">+ </span>{t.newTemplate}
              </Button>
            </li>
          </ul>
          {replies.length === 0 && <p className={styles.muted}>{t.noReplies}</p>}
        </div>
      </nav>
      {selected === 'new' || current ? (
        <TemplateEditor
          key={current?.id ?? 'new'}
          template={current}
          tickets={tickets}
          previewTicket={previewTicket}
          onPreviewTicket={(id) => setParams({ previewTicket: id }, 'replace')}
          onSaved={(saved, created) => {
            setMessage(created ? t.created(saved.name) : t.saved(saved.name));
            void refresh().then(() => setParams({ template: saved.id }, 'replace'));
          }}
          onDelete={setDeleting}
          onReload={() => void refresh()}
          notice={message}
        />
      ) : (
        <p className={styles.pickOne}>{t.pickOne}</p>
      )}
    </>
  );

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{t.title}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {message && !(selected === 'new' || current) && <Banner>{message}</Banner>}
      {body}
      {deleting && (
        <DeleteDialog template={deleting} onClose={() => setDeleting(null)} onDeleted={() => {
          setDeleting(null);
          setParams({ template: null }, 'replace');
          setMessage(t.deleted(deleting.name));
          void refresh();
        }} />
      )}
    </section>
  );
}

function DeleteDialog({ template, onClose, onDeleted }: { template: Template; onClose: () => void; onDeleted: () => void }) {
  const d = t.deleteDialog;
  const mutation = useApiMutation(AdminTemplateDelete, {
    onSuccess: onDeleted,
    // Already gone: what the person wanted.
    onError: (error) => { if (error.code === 'NOT_FOUND') onDeleted(); },
  });
  return (
    <Dialog open onOpenChange={(next) => { if (!next) onClose(); }} title={d.title(template.name)} description={d.description}
      actions={<>
        <Button onClick={onClose}>{strings.common.cancel}</Button>
        <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate({ id: template.id })}>
          {mutation.isPending ? d.working : d.confirm}
        </Button>
      </>}>
      {mutation.error && mutation.error.code !== 'NOT_FOUND' && <Banner kind="error">{describeError(mutation.error)}</Banner>}
    </Dialog>
  );
}
