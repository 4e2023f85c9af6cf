import { useId, useState } from 'react';
import type { AdminNotificationSettingsFieldsFragment } from '../../../gql/graphql';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { useApiPages } from '../../../platform/paging';
import { formatDateTime, formatRelative } from '../../../platform/time';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { Banner, ErrorState, LoadingState } from '../../../ui/States';
import { Switch } from '../../../ui/Switch';
import { ParkedNotifications } from './ParkedNotifications';
import { AdminNotificationsQuery, AdminNotificationsUpdate } from './queries';
import { WebhookSecret } from './WebhookSecret';
import styles from './NotificationSettings.module.css';

const t = strings.notifications.settings;
export const PARKED_PAGE = 50;

export type Settings = AdminNotificationSettingsFieldsFragment;

/** Of two reads of the settings, the later one (`updatedAt` moves on with every change, to the millisecond). */
function newer(a: Settings | null | undefined, b: Settings | null | undefined): Settings | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a;
}

/**
 * Settings (admins): how notifications go out (e-mail with its sender, the webhook with its URL and signing secret)
 * and the notifications that failed every retry, to send again. `updatedAt` is the optimistic token; a save or a
 * secret rotation answers the settings as they are now, which the form takes as its new token.
 */
export function NotificationSettings() {
  const headingId = useId();
  const query = useApiPages('admin-notifications', AdminNotificationsQuery, { first: PARKED_PAGE },
    (page) => (page.parkedNotifications.pageInfo.hasNextPage ? page.parkedNotifications.pageInfo.endCursor : null));
  // What this screen's own saves and rotations answered: newer than the query's read until it is read again.
  const [answered, setAnswered] = useState<Settings | null>(null);
  const pages = query.data?.pages ?? [];
  const settings = newer(pages[0]?.notificationSettings, answered);

  const reload = async () => {
    const result = await query.refetch();
    return result.data?.pages[0]?.notificationSettings ?? null;
  };

  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      {query.isPending ? <LoadingState /> : !settings ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <>
          <SettingsForm settings={settings} onSettings={setAnswered} reload={reload} />
          <ParkedNotifications
            parked={pages.flatMap((page) => page.parkedNotifications.edges.map((edge) => edge.node))}
            totalCount={pages[pages.length - 1]?.parkedNotifications.totalCount ?? 0}
            hasMore={Boolean(query.hasNextPage)}
            loadingMore={query.isFetchingNextPage}
            onMore={() => void query.fetchNextPage()}
            refreshing={query.isRefetching}
            onRefresh={() => void query.refetch()}
          />
        </>
      )}
    </section>
  );
}

interface Values {
  emailEnabled: boolean;
  fromAddress: string;
  fromName: string;
  replyToAddress: string;
  webhookEnabled: boolean;
  webhookUrl: string;
}
type TextField = 'fromAddress' | 'fromName' | 'replyToAddress' | 'webhookUrl';

function valuesOf(settings: Settings): Values {
  return {
    emailEnabled: settings.emailEnabled,
    fromAddress: settings.fromAddress ?? '',
    fromName: settings.fromName ?? '',
    replyToAddress: settings.replyToAddress ?? '',
    webhookEnabled: settings.webhookEnabled,
    webhookUrl: settings.webhookUrl ?? '',
  };
}

const FIELDS: (keyof Values)[] = ['emailEnabled', 'fromAddress', 'fromName', 'replyToAddress', 'webhookEnabled', 'webhookUrl'];
const same = (a: Values, b: Values, field: keyof Values) => (typeof a[field] === 'string' ? String(a[field]).trim() === String(b[field]).trim() : a[field] === b[field]);
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function SettingsForm({ settings, onSettings, reload }: { settings: Settings; onSettings: (settings: Settings) => void; reload: () => Promise<Settings | null> }) {
  const emailHeading = useId();
  const webhookHeading = useId();
  const ids = useId();
  const [values, setValues] = useState(() => valuesOf(settings));
  // The settings the values started from: unchanged values follow a newer read; changed ones stay as typed.
  const [base, setBase] = useState(settings);
  const [conflict, setConflict] = useState<Values | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  if (settings.updatedAt !== base.updatedAt) {
    const from = valuesOf(base);
    const to = valuesOf(settings);
    setValues((current) => {
      const next = { ...current };
      for (const field of FIELDS) if (same(current, from, field)) (next as Record<string, unknown>)[field] = to[field];
      return next;
    });
    setBase(settings);
  }
  const saved = valuesOf(settings);
  const dirty = FIELDS.some((field) => !same(values, saved, field));

  const update = useApiMutation(AdminNotificationsUpdate, {
    onSuccess: (result) => {
      const next = result.updateNotificationSettings;
      setValues(valuesOf(next));
      setBase(next);
      setConflict(null);
      onSettings(next);
      setMessage({ kind: 'info', text: t.saved });
    },
    onError: async (error) => {
      if (isConflict(error)) {
        const latest = await reload();
        if (latest) setConflict(valuesOf(latest));
      } else if (!error.field || error.code !== 'VALIDATION_FAILED') {
        setMessage({ kind: 'error', text: describeError(error) });
      }
    },
  });

  const change = (patch: Partial<Values>) => {
    setValues((current) => ({ ...current, ...patch }));
    if (message?.kind === 'info') setMessage(null);
  };
  const submit = () => {
    setMessage(null);
    update.reset();
    update.mutate({
      input: {
        emailEnabled: values.emailEnabled,
        fromAddress: blankToNull(values.fromAddress),
        fromName: blankToNull(values.fromName),
        replyToAddress: blankToNull(values.replyToAddress),
        webhookEnabled: values.webhookEnabled,
        webhookUrl: blankToNull(values.webhookUrl),
        updatedAt: settings.updatedAt,
      },
    });
  };
  const discard = () => {
    setValues(saved);
    setConflict(null);
    setMessage(null);
    update.reset();
  };

  /** After a CONFLICT: what is saved now, under a field where it differs from what is typed. */
  const theirs = (field: keyof Values) => {
    if (!conflict || same(values, conflict, field)) return null;
    const value = conflict[field];
    const text = typeof value === 'boolean' ? (value ? t.nowOn : t.nowOff) : value === '' ? t.nowEmpty : t.nowValue(value);
    return <span className={styles.theirs}>{text}</span>;
  };
  const hint = (text: string, field: keyof Values) => <>{text}{theirs(field) && <> {theirs(field)}</>}</>;
  const textField = (field: TextField, label: string, hintText: string, props: { type?: string; inputMode?: 'email' | 'url' | 'text'; autoComplete?: string } = {}) => (
    <Field label={label} hint={hint(hintText, field)} error={fieldError(update.error, `input.${field}`)}>
      <input value={values[field]} onChange={(event) => change({ [field]: event.target.value })} spellCheck={false} autoComplete="off" {...props} />
    </Field>
  );
  const rotated = (next: Settings) => {
    // "Make a signing secret first" is answered now.
    if (fieldError(update.error, 'input.webhookEnabled')) update.reset();
    onSettings(next);
  };
  const switchError = (field: 'emailEnabled' | 'webhookEnabled') => fieldError(update.error, `input.${field}`);

  return (
    <form noValidate className={styles.form} onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <p className={styles.changed}>
        {t.changed} <time dateTime={settings.updatedAt} title={formatDateTime(settings.updatedAt)}>{formatRelative(settings.updatedAt)}</time>.
      </p>
      {conflict && <Banner kind="error">{t.conflict}</Banner>}
      <div className={styles.cards}>
        <section className={styles.card} aria-labelledby={emailHeading}>
          <h2 id={emailHeading} className={styles.subheading}>{t.email.heading}</h2>
          <div className={styles.switchRow}>
            <Switch checked={values.emailEnabled} onCheckedChange={(emailEnabled) => change({ emailEnabled })} label={t.email.enabled}
              describedBy={[`${ids}-email-hint`, switchError('emailEnabled') ? `${ids}-email-error` : ''].filter(Boolean).join(' ')}
              invalid={Boolean(switchError('emailEnabled'))} />
            <span id={`${ids}-email-hint`} className={styles.hint}>
              {values.emailEnabled ? t.email.enabledHint : t.email.off}{theirs('emailEnabled') && <> {theirs('emailEnabled')}</>}
            </span>
            {switchError('emailEnabled') && <span id={`${ids}-email-error`} className={styles.error} role="alert">{switchError('emailEnabled')}</span>}
          </div>
          {textField('fromAddress', t.email.fromAddress, t.email.fromAddressHint, { type: 'email', inputMode: 'email' })}
          {textField('fromName', t.email.fromName, t.email.fromNameHint)}
          {textField('replyToAddress', t.email.replyTo, t.email.replyToHint, { type: 'email', inputMode: 'email' })}
          <p className={styles.hint}>{t.email.templatesLink}</p>
        </section>

        <section className={styles.card} aria-labelledby={webhookHeading}>
          <h2 id={webhookHeading} className={styles.subheading}>{t.webhook.heading}</h2>
          <div className={styles.switchRow}>
            <Switch checked={values.webhookEnabled} onCheckedChange={(webhookEnabled) => change({ webhookEnabled })} label={t.webhook.enabled}
              describedBy={[`${ids}-webhook-hint`, switchError('webhookEnabled') ? `${ids}-webhook-error` : ''].filter(Boolean).join(' ')}
              invalid={Boolean(switchError('webhookEnabled'))} />
            <span id={`${ids}-webhook-hint`} className={styles.hint}>
              {t.webhook.enabledHint}{!settings.webhookSecret && <> {t.webhook.needsSecret}</>}{theirs('webhookEnabled') && <> {theirs('webhookEnabled')}</>}
            </span>
            {switchError('webhookEnabled') && <span id={`${ids}-webhook-error`} className={styles.error} role="alert">{switchError('webhookEnabled')}</span>}
          </div>
          {textField('webhookUrl', t.webhook.url, t.webhook.urlHint, { type: 'url', inputMode: 'url' })}
          <WebhookSecret secret={settings.webhookSecret} onRotated={rotated} />
        </section>
      </div>

      {message && <Banner kind={message.kind}>{message.text}</Banner>}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={update.isPending}>{update.isPending ? t.saving : t.save}</Button>
        {dirty && <Button onClick={discard}>{t.discard}</Button>}
        {dirty && <span className={styles.hint}>{t.unsaved}</span>}
      </div>
    </form>
  );
}
