import { useRef, useState, type FormEvent } from 'react';
import type { AdminCategoryFieldsFragment } from '../../../gql/graphql';
import { isConflict } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Banner } from '../../../ui/States';
import { categoryErrors, CategoryFields } from './CategoryFields';
import { AdminUpdateCategory } from './queries';
import styles from './Categories.module.css';

const e = strings.adminCategories.editDialog;

/**
 * Renames and re-describes a category (`updateTicketCategory` with the version it was read at). When someone else
 * changed it meanwhile (CONFLICT) the list is reloaded, the dialog says what it is now and keeps what was typed; the
 * next save sends the new version.
 */
export function EditCategoryDialog({ category, onClose, onSaved, reload, onCloseAutoFocus }: {
  category: AdminCategoryFieldsFragment;
  onCloseAutoFocus?: (event: Event) => void;
  onClose: () => void;
  onSaved: (category: AdminCategoryFieldsFragment) => void;
  /** Reloads the list and gives the category as it is now (null when it is gone). */
  reload: () => Promise<AdminCategoryFieldsFragment | null>;
}) {
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(category.name);
  const [description, setDescription] = useState(category.description ?? '');
  const [version, setVersion] = useState(category.version);
  const [nameMissing, setNameMissing] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const mutation = useApiMutation(AdminUpdateCategory, {
    onSuccess: (data) => onSaved(data.updateTicketCategory),
    onError: async (error) => {
      if (!isConflict(error)) return;
      const current = await reload();
      if (current) {
        setVersion(current.version);
        setNotice({ kind: 'info', text: e.conflict(current.name, current.description ?? null) });
      } else {
        setNotice({ kind: 'error', text: e.gone });
      }
    },
  });
  const errors = categoryErrors(isConflict(mutation.error) ? null : mutation.error, nameMissing);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const missing = name.trim() === '';
    setNameMissing(missing);
    setNotice(null);
    if (missing) {
      mutation.reset();
      nameRef.current?.focus();
      return;
    }
    mutation.mutate({ input: { id: category.id, version, name, description: description.trim() === '' ? null : description } });
  };

  return (
    <Dialog open onOpenChange={(open) => { if (!open && !mutation.isPending) onClose(); }} title={e.title(category.name)} description={e.description}
      onCloseAutoFocus={onCloseAutoFocus}>
      <form noValidate onSubmit={submit}>
        {notice && <Banner kind={notice.kind}>{notice.text}</Banner>}
        <CategoryFields name={name} description={description} errors={errors} nameRef={nameRef}
          onName={(value) => {
            // An error about a field goes once that field is changed (the next send checks again).
            setName(value);
            setNameMissing(false);
            if (errors.name) mutation.reset();
          }}
          onDescription={(value) => {
            setDescription(value);
            if (errors.description) mutation.reset();
          }} />
        {errors.other && <Banner kind="error">{errors.other}</Banner>}
        <div className={styles.dialogActions}>
          <Button onClick={onClose} disabled={mutation.isPending}>{strings.common.cancel}</Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending}>{mutation.isPending ? e.submitting : e.submit}</Button>
        </div>
      </form>
    </Dialog>
  );
}
