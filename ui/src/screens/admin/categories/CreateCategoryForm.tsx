import { useId, useRef, useState, type FormEvent } from 'react';
import type { AdminCategoryFieldsFragment } from '../../../gql/graphql';
import { useApiMutation } from '../../../platform/hooks';
import { useDraft } from '../../../platform/useDraft';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Banner } from '../../../ui/States';
import { categoryErrors, CategoryFields } from './CategoryFields';
import { AdminCreateCategory } from './queries';
import styles from './Categories.module.css';

const c = strings.adminCategories.create;

/**
 * Adds a category (`createTicketCategory`), last in the order. What is typed is kept as a draft (a failed send or a
 * new sign-in gives it back); after a success the name field is ready for the next one.
 */
export function CreateCategoryForm({ onCreated }: { onCreated: (category: AdminCategoryFieldsFragment) => void }) {
  const headingId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName, clearName] = useDraft('admin.categories.new.name');
  const [description, setDescription, clearDescription] = useDraft('admin.categories.new.description');
  const [nameMissing, setNameMissing] = useState(false);
  const mutation = useApiMutation(AdminCreateCategory, {
    onSuccess: (data) => {
      clearName();
      clearDescription();
      onCreated(data.createTicketCategory);
      nameRef.current?.focus();
    },
  });
  const errors = categoryErrors(mutation.error, nameMissing);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const missing = name.trim() === '';
    setNameMissing(missing);
    if (missing) {
      mutation.reset();
      nameRef.current?.focus();
      return;
    }
    mutation.mutate({ input: { name, description: description.trim() === '' ? null : description } });
  };

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardHeading}>{c.heading}</h2>
      <p className={styles.muted}>{c.intro}</p>
      <form noValidate onSubmit={submit}>
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
        <Button type="submit" variant="primary" disabled={mutation.isPending}>{mutation.isPending ? c.submitting : c.submit}</Button>
      </form>
    </section>
  );
}
