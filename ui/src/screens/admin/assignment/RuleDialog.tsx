import { useId, useState } from 'react';
import type { AssignmentStrategy, Priority, RequesterType } from '../../../gql/graphql';
import { useApiMutation } from '../../../platform/hooks';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { Banner } from '../../../ui/States';
import { Switch } from '../../../ui/Switch';
import { parseKeywords } from './describe';
import { AdminAssignmentCreateRule, AdminAssignmentUpdateRule } from './queries';
import type { AssignmentData, Rule } from './types';
import styles from './Assignment.module.css';

const a = strings.adminAssignment;
const f = a.ruleForm;
const PRIORITIES: Priority[] = ['HIGH', 'MEDIUM', 'LOW'];
const REQUESTER_TYPES: RequesterType[] = ['MEMBER', 'SPONSOR'];
const STRATEGIES: AssignmentStrategy[] = ['ROUND_ROBIN', 'WORKLOAD_BALANCING'];

function toggled<T>(values: T[], value: T, on: boolean): T[] {
  return on ? (values.includes(value) ? values : [...values, value]) : values.filter((candidate) => candidate !== value);
}

/**
 * A rule's name, on/off, conditions and target in a dialog. Empty fields are refused here; everything else the API
 * refuses is shown at its field (`extensions.field`). A stale version (CONFLICT) reloads the rule and keeps what was
 * entered: saving again uses the version just loaded.
 */
export function RuleDialog({ rule, data, refresh, onClose, onSaved }: {
  rule: Rule | null;
  data: AssignmentData;
  refresh: () => Promise<unknown>;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const ids = useId();
  const [name, setName] = useState(rule?.name ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [categoryIds, setCategoryIds] = useState<string[]>(rule?.categories.map((category) => category.id) ?? []);
  const [priorities, setPriorities] = useState<Priority[]>(rule?.priorities ?? []);
  const [requesterTypes, setRequesterTypes] = useState<RequesterType[]>(rule?.requesterTypes ?? []);
  const [keywords, setKeywords] = useState(rule?.keywords.join('\n') ?? '');
  const [targetKind, setTargetKind] = useState<'agent' | 'team'>(rule?.targetTeam ? 'team' : 'agent');
  const [agentId, setAgentId] = useState(rule?.targetAgent?.id ?? '');
  const [teamId, setTeamId] = useState(rule?.targetTeam?.id ?? '');
  const [strategy, setStrategy] = useState<AssignmentStrategy>(rule?.strategy ?? 'ROUND_ROBIN');
  const [missing, setMissing] = useState({ name: false, agent: false, team: false });
  const [conflict, setConflict] = useState(false);

  const onError = async (error: unknown) => {
    if (isConflict(error)) {
      setConflict(true);
      await refresh();
    }
  };
  const create = useApiMutation(AdminAssignmentCreateRule, {
    onSuccess: async () => { await refresh(); onSaved(a.rules.created(name.trim())); },
    onError,
  });
  const update = useApiMutation(AdminAssignmentUpdateRule, {
    onSuccess: async () => { await refresh(); onSaved(a.rules.updated(name.trim())); },
    onError,
  });
  const mutation = rule ? update : create;
  const error = mutation.error;
  const nameError = missing.name ? f.nameRequired : fieldError(error, 'input.name');
  const keywordsError = fieldError(error, 'input.keywords');
  const agentError = missing.agent ? f.agentRequired : fieldError(error, 'input.agentId');
  const teamError = missing.team ? f.teamRequired : fieldError(error, 'input.teamId');
  const strategyError = fieldError(error, 'input.strategy');
  const categoriesError = fieldError(error, 'input.categoryIds');
  const shownAtField = nameError || keywordsError || agentError || teamError || strategyError || categoriesError;
  const otherError = error && !conflict && !shownAtField ? describeError(error) : null;

  const activeAgents = data.supportAgents.filter((agent) => agent.active || agent.id === agentId)
    .sort((x, y) => x.name.localeCompare(y.name));
  const categories = [...data.ticketCategories].filter((category) => !category.archived || categoryIds.includes(category.id))
    .sort((x, y) => Number(x.archived) - Number(y.archived) || x.position - y.position);

  const submit = () => {
    const blank = { name: name.trim() === '', agent: targetKind === 'agent' && !agentId, team: targetKind === 'team' && !teamId };
    setMissing(blank);
    setConflict(false);
    if (blank.name || blank.agent || blank.team) return;
    const values = {
      name: name.trim(),
      enabled,
      categoryIds,
      priorities,
      requesterTypes,
      keywords: parseKeywords(keywords),
      ...(targetKind === 'agent' ? { agentId } : { teamId, strategy }),
    };
    if (rule) update.mutate({ input: { id: rule.id, version: rule.version, ...values } });
    else create.mutate({ input: values });
  };

  const formId = `${ids}-form`;
  return (
    <Dialog wide open onOpenChange={(open) => { if (!open) onClose(); }} title={rule ? f.editTitle(rule.name) : f.newTitle} description={f.description}
      actions={<>
        <Button onClick={onClose}>{strings.common.cancel}</Button>
        <Button type="submit" form={formId} variant="primary" disabled={mutation.isPending}>
          {mutation.isPending ? f.saving : rule ? f.save : f.create}
        </Button>
      </>}>
      <form id={formId} noValidate className={styles.dialogForm} onSubmit={(event) => { event.preventDefault(); submit(); }}>
        {conflict && <Banner>{a.rules.conflict}</Banner>}
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <Field label={f.name} hint={f.nameHint} error={nameError}>
          <input value={name} onChange={(event) => { setName(event.target.value); setMissing((current) => ({ ...current, name: false })); }}
            autoComplete="off" maxLength={200} required />
        </Field>
        <div className={styles.switchLine}>
          <Switch checked={enabled} onCheckedChange={setEnabled} label={f.enabled} />
        </div>

        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{f.conditions}</legend>
          <div className={styles.twoColumns}>
            <CheckGroup label={f.categories} hint={f.categoriesHint} error={categoriesError} scroll
              options={categories.map((category) => ({ value: category.id, label: category.archived ? f.archived(category.name) : category.name }))}
              values={categoryIds} onChange={(value, on) => setCategoryIds((current) => toggled(current, value, on))} />
            <div>
              <CheckGroup label={f.priorities} hint={f.prioritiesHint}
                options={PRIORITIES.map((priority) => ({ value: priority, label: a.priority[priority] ?? priority }))}
                values={priorities} onChange={(value, on) => setPriorities((current) => toggled(current, value as Priority, on))} />
              <CheckGroup label={f.requesterTypes} hint={f.requesterTypesHint}
                options={REQUESTER_TYPES.map((type) => ({ value: type, label: a.requesterType[type] ?? type }))}
                values={requesterTypes} onChange={(value, on) => setRequesterTypes((current) => toggled(current, value as RequesterType, on))} />
            </div>
          </div>
          <Field label={f.keywords} hint={f.keywordsHint} error={keywordsError}>
            <textarea value={keywords} onChange={(event) => setKeywords(event.target.value)} rows={2} />
          </Field>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{f.target}</legend>
          <div className={styles.radios}>
            <label className={styles.check}>
              <input type="radio" name={`${ids}-target`} checked={targetKind === 'agent'} onChange={() => setTargetKind('agent')} /> {f.toAgent}
            </label>
            <label className={styles.check}>
              <input type="radio" name={`${ids}-target`} checked={targetKind === 'team'} onChange={() => setTargetKind('team')} /> {f.toTeam}
            </label>
          </div>
          {targetKind === 'agent' ? (
            <Field label={f.agent} hint={f.agentHint} error={agentError}>
              <select value={agentId} onChange={(event) => { setAgentId(event.target.value); setMissing((current) => ({ ...current, agent: false })); }}>
                <option value="">{f.chooseAgent}</option>
                {activeAgents.map((agent) => (
                  <option key={agent.id} value={agent.id}>{agent.active ? agent.name : a.rules.inactiveAgent(agent.name)}</option>
                ))}
              </select>
            </Field>
          ) : data.supportTeams.length === 0 ? (
            <p className={styles.muted} role={teamError ? 'alert' : undefined}>{f.noTeams}</p>
          ) : (
            <>
              <Field label={f.team} error={teamError}>
                <select value={teamId} onChange={(event) => { setTeamId(event.target.value); setMissing((current) => ({ ...current, team: false })); }}>
                  <option value="">{f.chooseTeam}</option>
                  {[...data.supportTeams].sort((x, y) => x.name.localeCompare(y.name)).map((team) => (
                    <option key={team.id} value={team.id}>{team.name}</option>
                  ))}
                </select>
              </Field>
              <fieldset className={styles.group} aria-describedby={strategyError ? `${ids}-strategy-error` : undefined}>
                <legend className={styles.groupLabel}>{f.strategy}</legend>
                {STRATEGIES.map((value) => (
                  <label key={value} className={styles.check}>
                    <input type="radio" name={`${ids}-strategy`} checked={strategy === value} onChange={() => setStrategy(value)} />
                    <span>{a.strategy[value]} <span className={styles.muted}>— {a.strategyHint[value]}</span></span>
                  </label>
                ))}
                {strategyError && <span id={`${ids}-strategy-error`} className={styles.error} role="alert">{strategyError}</span>}
              </fieldset>
            </>
          )}
        </fieldset>
      </form>
    </Dialog>
  );
}

/** Checkboxes under one label (a fieldset), with a hint and an error wired to the group. */
function CheckGroup({ label, hint, error, options, values, onChange, scroll }: {
  label: string;
  hint?: string;
  error?: string | null;
  options: { value: string; label: string }[];
  values: string[];
  onChange: (value: string, on: boolean) => void;
  scroll?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={styles.group} aria-describedby={describedBy}>
      <legend className={styles.groupLabel}>{label}</legend>
      <div className={scroll ? styles.scrollChecks : styles.checks}>
        {options.map((option) => (
          <label key={option.value} className={styles.check}>
            <input type="checkbox" checked={values.includes(option.value)} onChange={(event) => onChange(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
      {hint && <span id={`${id}-hint`} className={styles.hint}>{hint}</span>}
      {error && <span id={`${id}-error`} className={styles.error} role="alert">{error}</span>}
    </fieldset>
  );
}
