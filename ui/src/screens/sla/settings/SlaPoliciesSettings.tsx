import { useId, useRef, useState } from 'react';
import type { AdminSlaEscalationFieldsFragment, AdminSlaPolicyFieldsFragment, RequesterType } from '../../../gql/graphql';
import { describeError } from '../../../platform/errors';
import { useApiMutation, useApiQuery } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Banner, ErrorState, LoadingState } from '../../../ui/States';
import { PRIORITIES } from './policy';
import { PolicyDialog } from './PolicyDialog';
import { AdminSlaDeletePolicy, AdminSlaPoliciesQuery } from './queries';
import styles from './SlaSettings.module.css';

const s = strings.sla;
const t = s.policies;
const REQUESTER_TYPES: RequesterType[] = ['MEMBER', 'SPONSOR'];
type Policy = AdminSlaPolicyFieldsFragment;

/** "Notify the assignee, notify the administrators, reassign to Alex" */
function describeActions(actions: AdminSlaEscalationFieldsFragment): string {
  const f = s.policyForm;
  const parts: string[] = [];
  if (actions.notifyAssignee) parts.push(f.notifyAssignee);
  if (actions.notifyAdmins) parts.push(f.notifyAdmins);
  if (actions.raisePriority) parts.push(f.raisePriority);
  if (actions.reassignToAgent) parts.push(`${f.reassign} ${f.reassignAgent.toLowerCase()}: ${actions.reassignToAgent.name}`);
  if (actions.reassignToTeam) parts.push(`${f.reassign} ${f.reassignTeam.toLowerCase()}: ${actions.reassignToTeam.name}`);
  // One sentence: only its first action starts with a capital.
  return parts.length ? parts.map((part, index) => (index === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1))).join(', ') : strings.common.none;
}

/**
 * Settings: the SLA policy of each requester type (members, sponsors): targets per priority, calendar, warning share
 * and escalation; create one for a type without, edit in a dialog, delete after a confirmation that says what it
 * means. Admins only (the settings shell shows it to nobody else).
 */
export function SlaPoliciesSettings() {
  const headingId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const query = useApiQuery('admin-sla-policies', AdminSlaPoliciesQuery, {});
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ type: RequesterType; policy: Policy | null } | null>(null);
  const [deleting, setDeleting] = useState<Policy | null>(null);

  const deleted = useRef(false);
  const remove = useApiMutation(AdminSlaDeletePolicy, {
    onSuccess: async () => {
      deleted.current = true;
      setMessage(t.deleted(deleting?.name ?? ''));
      setDeleting(null);
      await query.refetch();
    },
  });

  const reload = async (id: string) => (await query.refetch()).data?.slaPolicies.find((policy) => policy.id === id) ?? null;

  let body;
  if (query.isPending) body = <LoadingState />;
  else if (!query.data) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else {
    const data = query.data;
    body = (
      <ul className={styles.cards} aria-label={t.listLabel}>
        {REQUESTER_TYPES.map((type) => {
          const policy = data.slaPolicies.find((candidate) => candidate.requesterType === type) ?? null;
          const typeLabel = t.requesterType[type] ?? type;
          if (!policy) {
            return (
              <li key={type} className={styles.emptyItem}>
                <span>{t.noPolicy(typeLabel)}</span>
                <Button onClick={() => setEditing({ type, policy: null })}>{t.create(typeLabel)}</Button>
              </li>
            );
          }
          return (
            <li key={type} className={styles.item}>
              <div className={styles.itemHead}>
                <h3 className={styles.itemTitle}>{policy.name} <span className={styles.itemKind}>· {t.forType(typeLabel)}</span></h3>
                <span className={styles.itemActions}>
                  <Button variant="ghost" aria-label={t.editLabel(policy.name)} onClick={() => setEditing({ type, policy })}>{t.edit}</Button>
                  <Button variant="ghost" className={styles.dangerText} aria-label={t.deleteLabel(policy.name)} onClick={() => { remove.reset(); setDeleting(policy); }}>{t.delete}</Button>
                </span>
              </div>
              <ul className={styles.facts}>
                <li>{policy.calendar ? t.inCalendar(`${policy.calendar.name} (${policy.calendar.timeZone})`) : t.calendarHours}</li>
                <li>{t.warnAt(policy.warningPercent)}</li>
              </ul>
              <table className={styles.targets}>
                <caption className={styles.muted}>{t.targetsCaption(policy.name)}</caption>
                <thead>
                  <tr><th scope="col">{t.priority}</th><th scope="col">{t.firstResponse}</th><th scope="col">{t.resolution}</th></tr>
                </thead>
                <tbody>
                  {PRIORITIES.map((priority) => {
                    const target = policy.targets.find((candidate) => candidate.priority === priority);
                    return (
                      <tr key={priority}>
                        <th scope="row">{t.priorities[priority]}</th>
                        <td>{target ? s.duration(target.firstResponseMinutes) : '—'}</td>
                        <td>{target ? s.duration(target.resolutionMinutes) : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <dl className={styles.hours}>
                <dt>{s.policyForm.onWarning}</dt><dd>{describeActions(policy.onWarning)}</dd>
                <dt>{s.policyForm.onBreach}</dt><dd>{describeActions(policy.onBreach)}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h1 id={headingId} ref={listHeading} tabIndex={-1} className={styles.heading}>{t.title}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {message && <Banner>{message}</Banner>}
      {query.isError && query.data && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {body}
      {editing && query.data && (
        <PolicyDialog key={editing.policy?.id ?? editing.type} policy={editing.policy} requesterType={editing.type} data={query.data}
          reload={() => (editing.policy ? reload(editing.policy.id) : Promise.resolve(null))}
          onClose={() => setEditing(null)}
          onSaved={async (policy, created) => {
            setEditing(null);
            setMessage(created ? t.created(policy.name) : t.updated(policy.name));
            await query.refetch();
          }} />
      )}
      {deleting && (
        <Dialog open onOpenChange={(open) => { if (!open && !remove.isPending) setDeleting(null); }}
          title={t.confirmDeleteTitle(deleting.name)} description={t.confirmDeleteText(t.requesterType[deleting.requesterType] ?? deleting.requesterType)}
          onCloseAutoFocus={(event) => {
            // The row is gone once deleted: the focus goes to the section's heading.
            if (deleted.current) {
              deleted.current = false;
              event.preventDefault();
              listHeading.current?.focus();
            }
          }}
          actions={<>
            <Button onClick={() => setDeleting(null)} disabled={remove.isPending}>{strings.common.cancel}</Button>
            <Button variant="danger" onClick={() => remove.mutate({ id: deleting.id })} disabled={remove.isPending}>
              {remove.isPending ? t.deleting : t.confirmDelete}
            </Button>
          </>}>
          {remove.isError && <Banner kind="error">{describeError(remove.error)}</Banner>}
        </Dialog>
      )}
    </section>
  );
}
