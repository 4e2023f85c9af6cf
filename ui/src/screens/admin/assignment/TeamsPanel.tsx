import { useId, useState } from 'react';
import { useApiMutation } from '../../../platform/hooks';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { Banner, EmptyState } from '../../../ui/States';
import { rulesTargeting } from './describe';
import { AdminAssignmentCreateTeam, AdminAssignmentDeleteTeam, AdminAssignmentUpdateTeam } from './queries';
import type { AssignmentData, Team } from './types';
import styles from './Assignment.module.css';

const t = strings.adminAssignment.teams;

type Message = { kind: 'info' | 'error'; text: string };

/** Teams: listed with their agents, added beside the list, renamed in a dialog, deleted after a confirmation. */
export function TeamsPanel({ data, refresh }: { data: AssignmentData; refresh: () => Promise<unknown> }) {
  const headingId = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const [renaming, setRenaming] = useState<Team | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const teams = [...data.supportTeams].sort((x, y) => x.name.localeCompare(y.name));
  const renamingTeam = renaming ? data.supportTeams.find((team) => team.id === renaming.id) ?? renaming : null;

  const remove = useApiMutation(AdminAssignmentDeleteTeam, {
    onSuccess: async (_data, variables) => {
      const name = data.supportTeams.find((team) => team.id === variables.id)?.name ?? '';
      setDeleting(null);
      setMessage({ kind: 'info', text: t.deleted(name) });
      await refresh();
    },
    onError: async (error, variables) => {
      const team = data.supportTeams.find((candidate) => candidate.id === variables.id);
      setDeleting(null);
      if (isConflict(error) && team) {
        // A rule targets the team: say which ones, from what this screen shows (fresh after the refresh).
        setMessage({ kind: 'error', text: t.inUse(team.name, rulesTargeting(data.assignmentRules, team.id)) });
        await refresh();
      } else {
        setMessage({ kind: 'error', text: describeError(error) });
      }
    },
  });

  return (
    <div className={styles.columns}>
      <section className={styles.mainColumn} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.subheading}>{t.heading}</h2>
        {message && <Banner kind={message.kind}>{message.text}</Banner>}
        {teams.length === 0 ? <EmptyState>{t.empty}</EmptyState> : (
          <ul className={styles.cards} aria-label={t.listLabel}>
            {teams.map((team) => (
              <li key={team.id} className={styles.card} data-team-id={team.id}>
                <div className={styles.cardText}>
                  <h3 className={styles.cardTitle}>{team.name}</h3>
                  {team.description && <p className={styles.muted}>{team.description}</p>}
                  <p><span className={styles.label}>{t.membersLabel}: </span>
                    {t.members(team.members.map((member) => member.active ? member.name : t.inactiveMember(member.name)))}</p>
                </div>
                <div className={styles.rowActions}>
                  <Button onClick={() => { setMessage(null); setRenaming(team); }} aria-label={t.renameLabel(team.name)}>{t.rename}</Button>
                  <Button variant="ghost" className={styles.dangerText} onClick={() => { setMessage(null); setDeleting(team); }}
                    aria-label={t.deleteLabel(team.name)}>{t.delete}</Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AddTeam refresh={refresh} onAdded={(text) => setMessage({ kind: 'info', text })} />
      {renamingTeam && (
        <RenameTeam key={renamingTeam.id} team={renamingTeam} refresh={refresh} onClose={() => setRenaming(null)}
          onSaved={(text) => { setRenaming(null); setMessage({ kind: 'info', text }); }} />
      )}
      <Dialog open={deleting !== null} onOpenChange={(open) => { if (!open) setDeleting(null); }}
        title={deleting ? t.confirmDeleteTitle(deleting.name) : ''} description={t.confirmDeleteText}
        actions={<>
          <Button onClick={() => setDeleting(null)}>{strings.common.cancel}</Button>
          <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate({ id: deleting.id })}>{t.confirmDelete}</Button>
        </>}>
        {null}
      </Dialog>
    </div>
  );
}

function AddTeam({ refresh, onAdded }: { refresh: () => Promise<unknown>; onAdded: (message: string) => void }) {
  const headingId = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const create = useApiMutation(AdminAssignmentCreateTeam, {
    onSuccess: async (result) => {
      setName('');
      setDescription('');
      await refresh();
      onAdded(t.added(result.createSupportTeam.name));
    },
  });
  const nameError = missing ? t.nameRequired : fieldError(create.error, 'input.name');
  const descriptionError = fieldError(create.error, 'input.description');
  const otherError = create.error && !nameError && !descriptionError ? describeError(create.error) : null;
  const submit = () => {
    setMissing(name.trim() === '');
    if (name.trim() === '') return;
    create.mutate({ input: { name: name.trim(), description: description.trim() || null } });
  };
  return (
    <section className={styles.sideCard} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.subheading}>{t.addHeading}</h2>
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Field label={t.name} hint={t.nameHint} error={nameError}>
          <input value={name} onChange={(event) => { setName(event.target.value); setMissing(false); }} autoComplete="off" required />
        </Field>
        <Field label={t.description} hint={t.descriptionHint} error={descriptionError}>
          <textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={2} />
        </Field>
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <Button type="submit" variant="primary" disabled={create.isPending}>{create.isPending ? t.adding : t.add}</Button>
      </form>
    </section>
  );
}

function RenameTeam({ team, refresh, onClose, onSaved }: {
  team: Team; refresh: () => Promise<unknown>; onClose: () => void; onSaved: (message: string) => void;
}) {
  const formId = `${useId()}-form`;
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description ?? '');
  const [missing, setMissing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const update = useApiMutation(AdminAssignmentUpdateTeam, {
    onSuccess: async (result) => {
      await refresh();
      onSaved(t.renamed(result.updateSupportTeam.name));
    },
    onError: async (error) => {
      if (isConflict(error)) {
        setConflict(true);
        await refresh();
      }
    },
  });
  const error = update.error;
  const nameError = missing ? t.nameRequired : fieldError(error, 'input.name');
  const descriptionError = fieldError(error, 'input.description');
  const otherError = error && !isConflict(error) && !nameError && !descriptionError ? describeError(error) : null;
  const submit = () => {
    setMissing(name.trim() === '');
    setConflict(false);
    if (name.trim() === '') return;
    update.mutate({ input: { id: team.id, version: team.version, name: name.trim(), description: description.trim() || null } });
  };
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={t.renameTitle(team.name)}
      actions={<>
        <Button onClick={onClose}>{strings.common.cancel}</Button>
        <Button type="submit" form={formId} variant="primary" disabled={update.isPending}>{t.save}</Button>
      </>}>
      <form id={formId} noValidate className={styles.dialogForm} onSubmit={(event) => { event.preventDefault(); submit(); }}>
        {conflict && <Banner>{t.conflict}</Banner>}
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <Field label={t.name} hint={t.nameHint} error={nameError}>
          <input value={name} onChange={(event) => { setName(event.target.value); setMissing(false); }} autoComplete="off" required />
        </Field>
        <Field label={t.description} hint={t.descriptionHint} error={descriptionError}>
          <textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={2} />
        </Field>
      </form>
    </Dialog>
  );
}
