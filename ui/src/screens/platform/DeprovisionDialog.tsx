import { useState } from 'react';
import { useApiMutation } from '../../platform/hooks';
import { describeError } from '../../platform/errors';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { Banner } from '../../ui/States';
import { PlatformDeprovisionTenant } from './queries';
import styles from './PlatformAdmin.module.css';

const d = strings.platform.deprovisionDialog;

/**
 * Deprovisioning a tenant (`deprovisionTenant`): it is disabled at once and its users refused; with "delete data" its
 * schema is dropped for good. The admin types the tenant's slug exactly before the button works.
 */
export function DeprovisionDialog({ slug, open, onOpenChange, onDone }: {
  slug: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDone: (message: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const [dropData, setDropData] = useState(false);
  const mutation = useApiMutation(PlatformDeprovisionTenant, {
    onSuccess: () => {
      onDone(d.done(slug, dropData));
      onOpenChange(false);
    },
  });
  const confirmed = typed === slug;
  const submit = () => {
    if (!confirmed || mutation.isPending) return;
    mutation.mutate({ input: { slug, dropData } });
  };
  return (
    <Dialog open={open} onOpenChange={(next) => { if (!mutation.isPending) onOpenChange(next); }} title={d.title(slug)} description={d.description}
      actions={(
        <>
          <Button onClick={() => onOpenChange(false)} disabled={mutation.isPending}>{strings.common.cancel}</Button>
          <Button variant="danger" onClick={submit} disabled={!confirmed || mutation.isPending}>
            {mutation.isPending ? d.working : dropData ? d.confirmDrop : d.confirm}
          </Button>
        </>
      )}>
      <form onSubmit={(event) => { event.preventDefault(); submit(); }} className={styles.dialogForm}>
        <label className={styles.check}>
          <input type="checkbox" checked={dropData} onChange={(event) => setDropData(event.target.checked)} />
          <span>{d.dropData}</span>
        </label>
        <Field label={d.confirmLabel(slug)} hint={d.confirmHint}>
          <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} autoCapitalize="off" />
        </Field>
        {mutation.isError && <Banner kind="error">{describeError(mutation.error)}</Banner>}
      </form>
    </Dialog>
  );
}
