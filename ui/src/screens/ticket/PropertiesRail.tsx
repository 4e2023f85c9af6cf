import { useState, type ReactNode } from 'react';
import { strings } from '../../strings';
import type { Priority, TicketStatus } from '../../gql/graphql';
import { execute } from '../../platform/api';
import { useSupportOptions } from '../../platform/options';
import { formatDateTime } from '../../platform/time';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { SlaPanel } from '../sla/SlaPanel';
import { TicketTags } from './TicketTags';
import {
  TicketAssignMutation,
  TicketCategoryMutation,
  TicketPriorityMutation,
  TicketStatusMutation,
  TicketUnassignMutation,
} from './queries';
import type { Agent, Category, Control, ControlError, TicketFields } from './useTicket';
import styles from './TicketView.module.css';

const p = strings.ticket.properties;

/** Staff move a ticket between these in any direction, and to CLOSED from any of them; CLOSED is final (SPEC 3). */
export const STATUSES: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'];
const PRIORITIES: Priority[] = ['LOW', 'MEDIUM', 'HIGH'];

/** Where a staff user may move a ticket from `status`: nowhere once it is closed. */
export function allowedStatuses(status: TicketStatus): TicketStatus[] {
  return status === 'CLOSED' ? [] : STATUSES;
}

interface RailProps {
  ticket: TicketFields;
  categories: Category[];
  agents: Agent[];
  isAdmin: boolean;
  /** Staff see the SLA panel; nobody else does. */
  isStaff: boolean;
  change: (control: Control, optimistic: (ticket: TicketFields) => TicketFields, send: (version: number) => Promise<TicketFields>) => Promise<boolean>;
  pending: Control[];
  controlError: ControlError | null;
}

/**
 * The ticket's properties, each control shown only to the roles the capability matrix allows (SPEC 2): every staff
 * user changes status and category; only admins change priority and the assignee (agents see them as plain text,
 * never a control that would be refused). Changes show at once and roll back with a message on error.
 */
export function PropertiesRail({ ticket, categories, agents, isAdmin, isStaff, change, pending, controlError }: RailProps) {
  const options = useSupportOptions();
  const [closing, setClosing] = useState(false);
  const closed = ticket.status === 'CLOSED';
  const errorFor = (control: Control, what: string) => (controlError?.control === control ? p.rolledBack(what, controlError.message) : null);
  const busy = (control: Control) => (pending.includes(control) ? p.saving : undefined);

  const setStatus = (status: TicketStatus) =>
    change('status', (t) => ({ ...t, status }), (version) =>
      execute(options, TicketStatusMutation, { input: { id: ticket.id, version, status } }).then((r) => r.changeTicketStatus));

  const setPriority = (priority: Priority) =>
    change('priority', (t) => ({ ...t, priority }), (version) =>
      execute(options, TicketPriorityMutation, { input: { id: ticket.id, version, priority } }).then((r) => r.changeTicketPriority));

  const setCategory = (categoryId: string) => {
    const category = categories.find((item) => item.id === categoryId);
    if (!category) return;
    return change('category', (t) => ({ ...t, category }), (version) =>
      execute(options, TicketCategoryMutation, { input: { id: ticket.id, version, categoryId } }).then((r) => r.changeTicketCategory));
  };

  const setAssignee = (agentId: string) => {
    if (!agentId) {
      return change('assignee', (t) => ({ ...t, assignee: null }), (version) =>
        execute(options, TicketUnassignMutation, { input: { id: ticket.id, version } }).then((r) => r.unassignTicket));
    }
    const agent = agents.find((item) => item.id === agentId);
    return change('assignee', (t) => ({ ...t, assignee: { id: agentId, name: agent?.name ?? null } }), (version) =>
      execute(options, TicketAssignMutation, { input: { id: ticket.id, version, agentId } }).then((r) => r.assignTicket));
  };

  const activeCategories = categories.filter((category) => !category.archived || category.id === ticket.category.id);
  const assignable = agents.filter((agent) => agent.active || agent.id === ticket.assignee?.id);
  const assigneeName = ticket.assignee ? ticket.assignee.name ?? agents.find((agent) => agent.id === ticket.assignee?.id)?.name ?? '—' : p.unassigned;

  return (
    <aside className={styles.rail} aria-label={p.label}>
      <div className={[styles.railGroup, styles.controls].join(' ')}>
        {closed ? (
          <ReadOnly label={p.status}>{strings.ticket.status(ticket.status)}</ReadOnly>
        ) : (
          <Field label={p.status} error={errorFor('status', p.status)} hint={busy('status')}>
            <select
              value={ticket.status}
              onChange={(event) => {
                const status = event.target.value as TicketStatus;
                if (status === 'CLOSED') setClosing(true);
                else void setStatus(status);
              }}
            >
              {allowedStatuses(ticket.status).map((status) => <option key={status} value={status}>{strings.ticket.status(status)}</option>)}
            </select>
          </Field>
        )}

        {isAdmin && !closed ? (
          <Field label={p.priority} error={errorFor('priority', p.priority)} hint={busy('priority')}>
            <select value={ticket.priority} onChange={(event) => void setPriority(event.target.value as Priority)}>
              {PRIORITIES.map((priority) => <option key={priority} value={priority}>{strings.ticket.priority(priority)}</option>)}
            </select>
          </Field>
        ) : (
          <ReadOnly label={p.priority}>{strings.ticket.priority(ticket.priority)}</ReadOnly>
        )}

        {closed ? (
          <ReadOnly label={p.category}>{ticket.category.name}</ReadOnly>
        ) : (
          <Field label={p.category} error={errorFor('category', p.category)} hint={busy('category')}>
            <select value={ticket.category.id} onChange={(event) => void setCategory(event.target.value)}>
              {activeCategories.map((category) => (
                <option key={category.id} value={category.id} disabled={category.archived}>
                  {category.archived ? p.archivedCategory(category.name) : category.name}
                </option>
              ))}
            </select>
          </Field>
        )}

        {isAdmin && !closed ? (
          <Field label={p.assignee} error={errorFor('assignee', p.assignee)} hint={busy('assignee')}>
            <select value={ticket.assignee?.id ?? ''} onChange={(event) => void setAssignee(event.target.value)}>
              <option value="">{p.unassigned}</option>
              {assignable.map((agent) => (
                <option key={agent.id} value={agent.id} disabled={!agent.active}>
                  {agent.active ? agent.name : p.inactiveAgent(agent.name)}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <ReadOnly label={p.assignee}>{assigneeName}</ReadOnly>
        )}
      </div>

      {/* Tags (SPEC 3): staff only. */}
      {isStaff && (
        <div className={styles.railGroup}>
          <TicketTags ticket={ticket} change={change} pending={pending} controlError={controlError} />
        </div>
      )}

      {/* The SLA panel (SPEC 6): staff only, members never see SLA. */}
      {isStaff && <div className={styles.railGroup} data-slot="sla-panel"><SlaPanel sla={ticket.sla} /></div>}

      {/*
        ── Slot: the AI summary panel ──
        A later issue (AI features, SPEC 11) puts Ticket.summary here with its refresh (refreshTicketSummary), staff
        only. Nothing is shown until then.
      */}
      <div data-slot="ai-summary-panel" className={styles.slot} />

      <div className={styles.railGroup}>
        <h3 className={styles.railHeading}>{p.details}</h3>
        <dl className={styles.details}>
          <dt>{p.requester}</dt>
          <dd>
            {ticket.requester.name}
            {ticket.requester.email && <><br /><a href={`mailto:${ticket.requester.email}`}>{ticket.requester.email}</a></>}
          </dd>
          <dt>{p.channel}</dt>
          <dd>{strings.ticket.channel(ticket.channel)}</dd>
          <dt>{p.created}</dt>
          <dd><Time iso={ticket.createdAt} /></dd>
          <dt>{p.updated}</dt>
          <dd><Time iso={ticket.updatedAt} /></dd>
          <dt>{p.firstResponse}</dt>
          <dd>{ticket.firstRespondedAt ? <Time iso={ticket.firstRespondedAt} /> : p.notYet}</dd>
          {ticket.resolvedAt && <><dt>{p.resolved}</dt><dd><Time iso={ticket.resolvedAt} /></dd></>}
          {ticket.closedAt && <><dt>{p.closed}</dt><dd><Time iso={ticket.closedAt} /></dd></>}
        </dl>
      </div>

      <Dialog
        open={closing}
        onOpenChange={setClosing}
        title={p.closeTitle(ticket.reference)}
        description={p.closeDescription}
        actions={<>
          <Button onClick={() => setClosing(false)}>{strings.common.cancel}</Button>
          <Button variant="danger" onClick={() => { setClosing(false); void setStatus('CLOSED'); }}>{p.closeConfirm}</Button>
        </>}
      >
        {null}
      </Dialog>
    </aside>
  );
}

function ReadOnly({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.readOnly}>
      <span className={styles.readOnlyLabel}>{label}</span>
      <span>{children}</span>
    </div>
  );
}

function Time({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}
