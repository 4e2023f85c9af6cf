import { useId, useState } from 'react';
import { useApiMutation } from '../../platform/hooks';
import { describeError, fieldError } from '../../platform/errors';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Banner } from '../../ui/States';
import { PlatformProvisionTenant } from './queries';
import styles from './PlatformAdmin.module.css';

const p = strings.platform.provision;

/** Provisions a tenant (`provisionTenant`): slug and name, the API's validation shown at each field. */
export function ProvisionForm({ onDone }: { onDone: (message: string, desk: { slug: string; name: string }) => void }) {
  const headingId = useId();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<{ slug: boolean; name: boolean }>({ slug: false, name: false });
  const mutation = useApiMutation(PlatformProvisionTenant, {
    onSuccess: (data) => {
      onDone(p.done(data.provisionTenant.name, data.provisionTenant.slug), data.provisionTenant);
      setSlug('');
      setName('');
    },
  });
  const error = mutation.error;
  const slugError = missing.slug ? p.required : fieldError(error, 'input.slug') ?? fieldError(error, 'slug');
  const nameError = missing.name ? p.required : fieldError(error, 'input.name') ?? fieldError(error, 'name');
  const otherError = error && !slugError && !nameError ? describeError(error) : null;

  const submit = () => {
    const blank = { slug: slug.trim() === '', name: name.trim() === '' };
    setMissing(blank);
    if (blank.slug || blank.name) return;
    mutation.mutate({ input: { slug: slug.trim(), name: name.trim() } });
  };

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardHeading}>{p.heading}</h2>
      <p className={styles.muted}>{p.intro}</p>
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Field label={p.slug} hint={p.slugHint} error={slugError}>
          <input value={slug} onChange={(event) => setSlug(event.target.value)} autoComplete="off" spellCheck={false} autoCapitalize="off" required />
        </Field>
        <Field label={p.name} hint={p.nameHint} error={nameError}>
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" required />
        </Field>
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <Button type="submit" variant="primary" disabled={mutation.isPending}>{mutation.isPending ? p.submitting : p.submit}</Button>
      </form>
    </section>
  );
}
