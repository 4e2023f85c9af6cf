import { useId, useState } from 'react';
import type { SupportAgentAvailability } from '../../../gql/graphql';
import { useApiMutation } from '../../../platform/hooks';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { formatDateTime, formatRelative } from '../../../platform/time';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { Badge, Banner, EmptyState } from '../../../ui/States';
import { Switch } from '../../../ui/Switch';
import { parseCapacity } from './describe';
import { AdminAssignmentSyncAgents, AdminAssignmentUpdateAgent } from './queries';
import type { Agent, AssignmentData } from './types';
import theme from '../../../ui/theme.module.css';
import styles from './Assignment.module.css';

const g = strings.adminAssignment.agents;
const s = strings.adminAssignment.sync;

type Message = { kind: 'info' | 'error'; text: string };

/**
 * The agents on the staff (availability, load against capacity, teams; edited in a dialog), those who left apart, and
 * the sync from Keycloak with what it changed in plain words.
 */
export function AgentsPanel({ data, refresh }: { data: AssignmentData; refresh: () => Promise<unknown> }) {
  const headingId = useId();
  const inactiveHeadingId = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const byName = [...data.supportAgents].sort((x, y) => x.name.localeCompare(y.name));
  const active = byName.filter((agent) => agent.active);
  const inactive = byName.filter((agent) => !agent.active);
  const editingAgent = editing ? data.supportAgents.find((agent) => agent.id === editing) ?? null : null;

  const sync = useApiMutation(AdminAssignmentSyncAgents, {
    onSuccess: async (result) => {
      const r = result.syncSupportAgents;
      setMessage({ kind: 'info', text: s.result({ ...r, active: r.agents.length }) });
      await refresh();
    },
    onError: (error) => setMessage({ kind: 'error', text: describeError(error) }),
  });

  return (
    <div className={styles.panel}>
      <section aria-labelledby={headingId}>
        <div className={styles.toolbar}>
          <h2 id={headingId} className={styles.subheading}>{g.heading}</h2>
          <div className={styles.syncBox}>
            <Button onClick={() => { setMessage(null); sync.mutate({}); }} disabled={sync.isPending}>{sync.isPending ? s.running : s.button}</Button>
          </div>
        </div>
        <p className={styles.muted}>{g.intro} {s.hint}</p>
        <p className={theme.visuallyHidden} aria-live="polite">{sync.isPending ? s.running : ''}</p>
        {message && <Banner kind={message.kind}>{message.text}</Banner>}
        {active.length === 0 ? <EmptyState>{g.empty}</EmptyState> : (
          <table className={styles.table}>
            <caption className={theme.visuallyHidden}>{g.listLabel}</caption>
            <thead>
              <tr>
                <th scope="col">{g.columns.name}</th>
                <th scope="col">{g.columns.role}</th>
                <th scope="col">{g.columns.availability}</th>
                <th scope="col">{g.columns.load}</th>
                <th scope="col">{g.columns.teams}</th>
                <th scope="col">{g.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {active.map((agent) => (
                <tr key={agent.id} data-agent-id={agent.id}>
                  <td><div>{agent.name}</div>{agent.email && <div className={styles.muted}>{agent.email}</div>}</td>
                  <td>{g.role[agent.role] ?? agent.role}</td>
                  <td>{agent.availability === 'AVAILABLE'
                    ? <Badge className={styles.on}><span aria-hidden="true">● </span>{g.available}</Badge>
                    : <Badge className={styles.off}><span aria-hidden="true">○ </span>{g.away}</Badge>}</td>
                  <td className={styles.nowrap} title={g.loadTitle(agent.openTickets)}>{g.load(agent.openLoad, agent.capacity)}</td>
                  <td>{agent.teams.length === 0 ? <span className={styles.muted}>{g.noTeams}</span> : agent.teams.map((team) => team.name).join(', ')}</td>
                  <td><Button onClick={() => { setMessage(null); setEditing(agent.id); }} aria-label={g.editLabel(agent.name)}>{g.edit}</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {inactive.length > 0 && (
        <section aria-labelledby={inactiveHeadingId} className={styles.apart}>
          <h2 id={inactiveHeadingId} className={styles.subheading}>{g.inactiveHeading}</h2>
          <p className={styles.muted}>{g.inactiveIntro}</p>
          <ul className={styles.inactiveList} aria-label={g.inactiveListLabel}>
            {inactive.map((agent) => (
              <li key={agent.id} data-agent-id={agent.id}>
                <span>{agent.name}</span>{agent.email && <span className={styles.muted}> · {agent.email}</span>}
                <span className={styles.muted}> · <time dateTime={agent.syncedAt} title={formatDateTime(agent.syncedAt)}>{g.lastSynced(formatRelative(agent.syncedAt))}</time></span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {editingAgent && (
        <AgentDialog key={editingAgent.id} agent={editingAgent} data={data} refresh={refresh} onClose={() => setEditing(null)}
          onSaved={(text) => { setEditing(null); setMessage({ kind: 'info', text }); }} />
      )}
    </div>
  );
}

function AgentDialog({ agent, data, refresh, onClose, onSaved }: {
  agent: Agent; data: AssignmentData; refresh: () => Promise<unknown>; onClose: () => void; onSaved: (message: string) => void;
}) {
  const formId = `${useId()}-form`;
  const [availability, setAvailability] = useState<SupportAgentAvailability>(agent.availability);
  const [capacity, setCapacity] = useState(String(agent.capacity));
  const [teamIds, setTeamIds] = useState<string[]>(agent.teams.map((team) => team.id));
  const [invalidCapacity, setInvalidCapacity] = useState(false);
  const [conflict, setConflict] = useState(false);
  const update = useApiMutation(AdminAssignmentUpdateAgent, {
    onSuccess: async () => {
      await refresh();
      onSaved(g.saved(agent.name));
    },
    onError: async (error) => {
      if (isConflict(error)) {
        setConflict(true);
        await refresh();
      }
    },
  });
  const error = update.error;
  const capacityError = invalidCapacity ? g.capacityInvalid : fieldError(error, 'input.capacity');
  const teamsError = fieldError(error, 'input.teamIds');
  const otherError = error && !isConflict(error) && !capacityError && !teamsError ? describeError(error) : null;
  const teams = [...data.supportTeams].sort((x, y) => x.name.localeCompare(y.name));

  const submit = () => {
    const parsed = parseCapacity(capacity);
    setInvalidCapacity(parsed === null);
    setConflict(false);
    if (parsed === null) return;
    update.mutate({ input: { id: agent.id, version: agent.version, availability, capacity: parsed, teamIds } });
  };

  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={g.editTitle(agent.name)} description={g.editDescription}
      actions={<>
        <Button onClick={onClose}>{strings.common.cancel}</Button>
        <Button type="submit" form={formId} variant="primary" disabled={update.isPending}>{update.isPending ? g.saving : g.save}</Button>
      </>}>
      <form id={formId} noValidate className={styles.dialogForm} onSubmit={(event) => { event.preventDefault(); submit(); }}>
        {conflict && <Banner>{g.conflict(agent.name)}</Banner>}
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <div className={styles.switchLine}>
          <Switch checked={availability === 'AVAILABLE'} onCheckedChange={(on) => setAvailability(on ? 'AVAILABLE' : 'AWAY')} label={g.availability} />
        </div>
        <Field label={g.capacity} hint={g.capacityHint} error={capacityError}>
          <input value={capacity} onChange={(event) => { setCapacity(event.target.value); setInvalidCapacity(false); }} inputMode="numeric" autoComplete="off" className={styles.narrow} />
        </Field>
        <fieldset className={styles.group} aria-describedby={teamsError ? `${formId}-teams-error` : undefined}>
          <legend className={styles.groupLabel}>{g.teams}</legend>
          {teams.length === 0 ? <p className={styles.muted}>{g.noTeamsYet}</p> : (
            <div className={styles.checks}>
              {teams.map((team) => (
                <label key={team.id} className={styles.check}>
                  <input type="checkbox" checked={teamIds.includes(team.id)}
                    onChange={(event) => setTeamIds((current) => event.target.checked ? [...current, team.id] : current.filter((id) => id !== team.id))} />
                  {team.name}
                </label>
              ))}
            </div>
          )}
          {teamsError && <span id={`${formId}-teams-error`} className={styles.error} role="alert">{teamsError}</span>}
        </fieldset>
      </form>
    </Dialog>
  );
}
