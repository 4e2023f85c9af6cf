import { useId, useState } from 'react';
import type { AdminSlaSettingsQuery } from '../../../gql/graphql';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { useApiMutation, useApiQuery } from '../../../platform/hooks';
import { formatDateTime, formatRelative } from '../../../platform/time';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { Banner, ErrorState, LoadingState } from '../../../ui/States';
import { AdminSlaSettingsQuery as SettingsQuery, AdminSlaUpdateSettings } from './queries';
import styles from './SlaSettings.module.css';

const t = strings.sla.autoClose;
type Settings = AdminSlaSettingsQuery['slaSettings'];

/** Settings: after how many days a resolved ticket closes on its own (`updatedAt` is the optimistic token). Admins only. */
export function AutoCloseSettings() {
  const headingId = useId();
  const query = useApiQuery('admin-sla-settings', SettingsQuery, {});
  const settings = query.data?.slaSettings;
  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{t.title}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {query.isPending ? <LoadingState /> : !settings ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <PeriodForm settings={settings} reload={async () => (await query.refetch()).data?.slaSettings ?? null} />
      )}
    </section>
  );
}

function PeriodForm({ settings, reload }: { settings: Settings; reload: () => Promise<Settings | null> }) {
  const headingId = useId();
  const [days, setDays] = useState(String(settings.autoCloseAfterDays));
  const [invalid, setInvalid] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const update = useApiMutation(AdminSlaUpdateSettings, {
    onSuccess: async (result) => {
      setDays(String(result.updateSlaSettings.autoCloseAfterDays));
      setMessage({ kind: 'info', text: t.saved(result.updateSlaSettings.autoCloseAfterDays) });
      await reload();
    },
    onError: async (error) => {
      if (isConflict(error)) {
        const latest = await reload();
        if (latest) setMessage({ kind: 'info', text: t.conflict(latest.autoCloseAfterDays) });
      } else if (!fieldError(error, 'input.autoCloseAfterDays')) {
        setMessage({ kind: 'error', text: describeError(error) });
      }
    },
  });
  const error = invalid ? t.invalid : fieldError(update.error, 'input.autoCloseAfterDays');

  const submit = () => {
    const value = /^\s*\d+\s*$/.test(days) ? Number(days) : NaN;
    const bad = !(value >= 1 && value <= 90);
    setInvalid(bad);
    setMessage(null);
    if (bad) return;
    update.reset();
    update.mutate({ input: { autoCloseAfterDays: value, updatedAt: settings.updatedAt } });
  };

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.subheading}>{t.formLabel}</h2>
      <p className={styles.now}>
        {t.now(settings.autoCloseAfterDays)}{' '}
        <span className={styles.muted}>{t.changed} <time dateTime={settings.updatedAt} title={formatDateTime(settings.updatedAt)}>{formatRelative(settings.updatedAt)}</time>.</span>
      </p>
      {message && <Banner kind={message.kind}>{message.text}</Banner>}
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Field label={<>{t.days} <span className={styles.unit}>({t.unit})</span></>} hint={t.hint} error={error}>
          <input value={days} onChange={(event) => { setDays(event.target.value); setInvalid(false); }} inputMode="numeric" autoComplete="off" className={styles.narrow} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={update.isPending}>{update.isPending ? t.saving : t.save}</Button>
        </div>
      </form>
    </section>
  );
}
