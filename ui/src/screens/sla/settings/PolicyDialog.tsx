import { useId, useRef, useState } from 'react';
import type { AdminSlaPoliciesQuery, AdminSlaPolicyFieldsFragment, Priority, RequesterType } from '../../../gql/graphql';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { Banner } from '../../../ui/States';
import { actionsForm, actionsInput, PRIORITIES, toHoursMinutes, toMinutes, type ActionsForm, type HoursMinutes } from './policy';
import { AdminSlaUpsertPolicy } from './queries';
import styles from './SlaSettings.module.css';
import { type Notice, reloadOnConflict } from './versioned';

const s = strings.sla;
const f = s.policyForm;
type Policy = AdminSlaPolicyFieldsFragment;
type Data = AdminSlaPoliciesQuery;
type Targets = Record<Priority, { firstResponse: HoursMinutes; resolution: HoursMinutes }>;

/** New policies start from the defaults of a new tenant's member policy: 24 h first response, resolution per priority. */
const DEFAULT_TARGETS: Record<Priority, [number, number]> = { HIGH: [240, 1440], MEDIUM: [1440, 4320], LOW: [1440, 7200] };

function initialTargets(policy: Policy | null): Targets {
  const result = {} as Targets;
  for (const priority of PRIORITIES) {
    const target = policy?.targets.find((candidate) => candidate.priority === priority);
    const [first, resolution] = target ? [target.firstResponseMinutes, target.resolutionMinutes] : DEFAULT_TARGETS[priority];
    result[priority] = { firstResponse: toHoursMinutes(first), resolution: toHoursMinutes(resolution) };
  }
  return result;
}

/**
 * A policy's name, calendar, targets per priority (hours and minutes, sent as minutes), warning share and the two
 * escalation levels, in a dialog. What the API refuses is shown at its field (`extensions.field`); a stale version
 * (CONFLICT) reloads the policy and keeps what was entered, and the next save uses the version just loaded.
 */
export function PolicyDialog({ policy, requesterType, data, reload, onClose, onSaved }: {
  policy: Policy | null;
  requesterType: RequesterType;
  data: Data;
  /** Reloads the policies and gives this one as it is now (null when it is gone). */
  reload: () => Promise<Policy | null>;
  onClose: () => void;
  onSaved: (policy: Policy, created: boolean) => void;
}) {
  const ids = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(policy?.name ?? s.policies.requesterType[requesterType] ?? '');
  const [calendarId, setCalendarId] = useState(policy ? policy.calendar?.id ?? '' : data.businessCalendars[0]?.id ?? '');
  const [targets, setTargets] = useState<Targets>(() => initialTargets(policy));
  const [warning, setWarning] = useState(String(policy?.warningPercent ?? 75));
  const [onWarning, setOnWarning] = useState<ActionsForm>(() => actionsForm(policy?.onWarning ?? null, { notifyAssignee: true }));
  const [onBreach, setOnBreach] = useState<ActionsForm>(() => actionsForm(policy?.onBreach ?? null, { notifyAssignee: true, notifyAdmins: true }));
  const [version, setVersion] = useState(policy?.version ?? null);
  const [local, setLocal] = useState<{ name?: string; targets?: string; targetsPriority?: Priority; warning?: string; onWarning?: string; onBreach?: string }>({});
  const [notice, setNotice] = useState<Notice | null>(null);

  const mutation = useApiMutation(AdminSlaUpsertPolicy, {
    onSuccess: (result) => onSaved(result.upsertSlaPolicy, !policy),
    onError: reloadOnConflict(Boolean(policy), reload, setVersion, setNotice, f),
  });
  const apiError = isConflict(mutation.error) ? null : mutation.error;
  const errors = {
    name: local.name ?? fieldError(apiError, 'input.name'),
    calendar: fieldError(apiError, 'input.calendarId'),
    targets: local.targets ?? fieldError(apiError, 'input.targets'),
    warning: local.warning ?? fieldError(apiError, 'input.warningPercent'),
    onWarning: local.onWarning ?? fieldError(apiError, 'input.onWarning'),
    onBreach: local.onBreach ?? fieldError(apiError, 'input.onBreach'),
    requesterType: fieldError(apiError, 'input.requesterType'),
  };
  const shownAtField = Object.values(errors).some(Boolean);
  const otherError = apiError && !shownAtField ? describeError(apiError) : null;

  const setTarget = (priority: Priority, which: 'firstResponse' | 'resolution', part: keyof HoursMinutes, value: string) => {
    setTargets((current) => ({ ...current, [priority]: { ...current[priority], [which]: { ...current[priority][which], [part]: value } } }));
    setLocal((current) => ({ ...current, targets: undefined, targetsPriority: undefined }));
  };

  const levelError = (form: ActionsForm) =>
    form.reassign === 'agent' && !form.agentId ? f.agentRequired : form.reassign === 'team' && !form.teamId ? f.teamRequired : undefined;

  const submit = () => {
    const found: typeof local = {};
    if (name.trim() === '') found.name = f.nameRequired;
    const targetInput = [];
    for (const priority of PRIORITIES) {
      const label = s.policies.priorities[priority] ?? priority;
      const first = toMinutes(targets[priority].firstResponse);
      const resolution = toMinutes(targets[priority].resolution);
      if (first === null || resolution === null) {
        if (!found.targets) [found.targets, found.targetsPriority] = [f.targetInvalid(label), priority];
      } else if (resolution < first) {
        if (!found.targets) [found.targets, found.targetsPriority] = [f.resolutionShorter(label), priority];
      } else {
        targetInput.push({ priority, firstResponseMinutes: first, resolutionMinutes: resolution });
      }
    }
    const percent = /^\s*\d+\s*$/.test(warning) ? Number(warning) : NaN;
    if (!(percent >= 1 && percent <= 99)) found.warning = f.warningInvalid;
    found.onWarning = levelError(onWarning);
    found.onBreach = levelError(onBreach);
    setLocal(found);
    setNotice(null);
    if (Object.values(found).some(Boolean)) {
      if (found.name) nameRef.current?.focus();
      return;
    }
    mutation.reset();
    mutation.mutate({
      input: {
        ...(policy ? { id: policy.id, version } : {}),
        name: name.trim(),
        requesterType,
        calendarId: calendarId || null,
        targets: targetInput,
        warningPercent: percent,
        onWarning: actionsInput(onWarning),
        onBreach: actionsInput(onBreach),
      },
    });
  };

  const typeLabel = s.policies.requesterType[requesterType] ?? requesterType;
  const formId = `${ids}-form`;
  const targetsErrorId = `${ids}-targets-error`;
  return (
    <Dialog wide open onOpenChange={(open) => { if (!open && !mutation.isPending) onClose(); }}
      title={policy ? f.editTitle(policy.name) : f.newTitle(typeLabel)} description={f.description}
      actions={<>
        <Button onClick={onClose} disabled={mutation.isPending}>{strings.common.cancel}</Button>
        <Button type="submit" form={formId} variant="primary" disabled={mutation.isPending}>
          {mutation.isPending ? f.saving : policy ? f.save : f.create}
        </Button>
      </>}>
      <form id={formId} noValidate className={styles.form} onSubmit={(event) => { event.preventDefault(); submit(); }}>
        {notice && <Banner kind={notice.kind}>{notice.text}</Banner>}
        {otherError && <Banner kind="error">{otherError}</Banner>}
        {errors.requesterType && <Banner kind="error">{errors.requesterType}</Banner>}
        <div className={styles.twoColumns}>
          <Field label={f.name} hint={f.nameHint} error={errors.name}>
            <input ref={nameRef} value={name} maxLength={80} autoComplete="off"
              onChange={(event) => { setName(event.target.value); setLocal((current) => ({ ...current, name: undefined })); }} />
          </Field>
          <Field label={f.calendar} hint={f.calendarHint} error={errors.calendar}>
            <select value={calendarId} onChange={(event) => setCalendarId(event.target.value)}>
              {data.businessCalendars.map((calendar) => (
                <option key={calendar.id} value={calendar.id}>{`${calendar.name} (${calendar.timeZone})`}</option>
              ))}
              <option value="">{f.calendarHours}</option>
            </select>
          </Field>
        </div>

        <fieldset className={styles.fieldset} aria-describedby={errors.targets ? targetsErrorId : `${ids}-targets-hint`}>
          <legend className={styles.legend}>{f.targets}</legend>
          <p id={`${ids}-targets-hint`} className={styles.hint}>{f.targetsHint}</p>
          <table className={styles.targetTable}>
            <thead>
              <tr>
                <th scope="col">{s.policies.priority}</th>
                <th scope="col">{s.policies.firstResponse}</th>
                <th scope="col">{s.policies.resolution}</th>
              </tr>
            </thead>
            <tbody>
              {PRIORITIES.map((priority) => {
                const label = s.policies.priorities[priority] ?? priority;
                return (
                  <tr key={priority}>
                    <th scope="row">{label}</th>
                    {(['firstResponse', 'resolution'] as const).map((which) => {
                      const what = which === 'firstResponse' ? s.policies.firstResponse : s.policies.resolution;
                      // A target checked here marks its priority's inputs; one the API refused (no priority known) marks all.
                      const invalid = errors.targets && (!local.targetsPriority || local.targetsPriority === priority) ? true : undefined;
                      const describedBy = invalid ? targetsErrorId : undefined;
                      return (
                        <td key={which}>
                          <span className={styles.duration}>
                            <input className={styles.number} inputMode="numeric" autoComplete="off" value={targets[priority][which].hours}
                              aria-label={f.hoursLabel(label, what)} aria-invalid={invalid} aria-describedby={describedBy}
                              onChange={(event) => setTarget(priority, which, 'hours', event.target.value)} />
                            <span aria-hidden="true">{f.hours}</span>
                            <input className={styles.number} inputMode="numeric" autoComplete="off" value={targets[priority][which].minutes}
                              aria-label={f.minutesLabel(label, what)} aria-invalid={invalid} aria-describedby={describedBy}
                              onChange={(event) => setTarget(priority, which, 'minutes', event.target.value)} />
                            <span aria-hidden="true">{f.minutes}</span>
                          </span>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {errors.targets && <span id={targetsErrorId} className={styles.error} role="alert">{errors.targets}</span>}
        </fieldset>

        <Field label={<>{f.warning} <span className={styles.unit}>({f.warningUnit})</span></>} hint={f.warningHint} error={errors.warning}>
          <input value={warning} inputMode="numeric" autoComplete="off" className={styles.narrow}
            onChange={(event) => { setWarning(event.target.value); setLocal((current) => ({ ...current, warning: undefined })); }} />
        </Field>

        <div className={styles.twoColumns}>
          <Level legend={f.onWarning} value={onWarning} data={data} error={errors.onWarning}
            onChange={(next) => { setOnWarning(next); setLocal((current) => ({ ...current, onWarning: undefined })); }} />
          <Level legend={f.onBreach} value={onBreach} data={data} error={errors.onBreach}
            onChange={(next) => { setOnBreach(next); setLocal((current) => ({ ...current, onBreach: undefined })); }} />
        </div>
      </form>
    </Dialog>
  );
}

/** One escalation level: the notifications, raising the priority, and reassigning to an agent or a team. */
function Level({ legend, value, data, error, onChange }: {
  legend: string;
  value: ActionsForm;
  data: Data;
  error: string | null | undefined;
  onChange: (value: ActionsForm) => void;
}) {
  const id = useId();
  const set = (change: Partial<ActionsForm>) => onChange({ ...value, ...change });
  const agents = data.supportAgents.filter((agent) => agent.active || agent.id === value.agentId).sort((a, b) => a.name.localeCompare(b.name));
  const teams = [...data.supportTeams].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.checks}>
        <label className={styles.check}>
          <input type="checkbox" checked={value.notifyAssignee} onChange={(event) => set({ notifyAssignee: event.target.checked })} /> {f.notifyAssignee}
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={value.notifyAdmins} onChange={(event) => set({ notifyAdmins: event.target.checked })} /> {f.notifyAdmins}
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={value.raisePriority} onChange={(event) => set({ raisePriority: event.target.checked })} /> {f.raisePriority}
        </label>
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{f.reassign}</legend>
        <div className={styles.radios}>
          {(['none', 'agent', 'team'] as const).map((kind) => (
            <label key={kind} className={styles.check}>
              <input type="radio" name={`${id}-reassign`} checked={value.reassign === kind} onChange={() => set({ reassign: kind })} />
              {kind === 'none' ? f.reassignNone : kind === 'agent' ? f.reassignAgent : f.reassignTeam}
            </label>
          ))}
        </div>
        {value.reassign === 'agent' && (
          <Field label={f.agent}>
            <select value={value.agentId} onChange={(event) => set({ agentId: event.target.value })}>
              <option value="">{f.chooseAgent}</option>
              {agents.map((agent) => <option key={agent.id} value={agent.id}>{agent.active ? agent.name : f.inactiveAgent(agent.name)}</option>)}
            </select>
          </Field>
        )}
        {value.reassign === 'team' && (teams.length === 0 ? <p className={styles.muted}>{f.noTeams}</p> : (
          <Field label={f.team}>
            <select value={value.teamId} onChange={(event) => set({ teamId: event.target.value })}>
              <option value="">{f.chooseTeam}</option>
              {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
            </select>
          </Field>
        ))}
      </fieldset>
      {error && <span id={`${id}-error`} className={styles.error} role="alert">{error}</span>}
    </fieldset>
  );
}
