import { useId, useState } from 'react';
import { graphql } from '../../../gql';
import type { AdminAttachmentSettingsQuery } from '../../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../../platform/hooks';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { formatDateTime, formatRelative } from '../../../platform/time';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { Banner, ErrorState, LoadingState } from '../../../ui/States';
import { bytesToMegabytes, megabytesToBytes, plainSize } from './size';
import styles from './AttachmentSettings.module.css';

const t = strings.adminAssignment.attachments;
const DEFAULTS = { maxFileBytes: 25 * 1024 * 1024, maxFilesPerMessage: 10 };

const SettingsQuery = graphql(`
  query AdminAttachmentSettings {
    attachmentSettings { maxFileBytes maxFilesPerMessage updatedAt }
  }
`);

const UpdateSettings = graphql(`
  mutation AdminAttachmentUpdateSettings($input: UpdateAttachmentSettingsInput!) {
    updateAttachmentSettings(input: $input) { maxFileBytes maxFilesPerMessage updatedAt }
  }
`);

type Settings = AdminAttachmentSettingsQuery['attachmentSettings'];

/** Settings: the tenant's attachment limits (largest file in MB, files per message), bounds explained, errors at their field. */
export function AttachmentSettings() {
  const headingId = useId();
  const query = useApiQuery('admin-attachment-settings', SettingsQuery, {});
  const settings = query.data?.attachmentSettings;
  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{t.title}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {query.isPending ? <LoadingState /> : !settings ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <LimitsForm settings={settings} reload={async () => (await query.refetch()).data?.attachmentSettings ?? null} />
      )}
    </section>
  );
}

function LimitsForm({ settings, reload }: { settings: Settings; reload: () => Promise<Settings | null> }) {
  const headingId = useId();
  // What the size field showed when the limits were loaded: left as it is, the exact bytes are sent back (no rounding).
  const [baseline, setBaseline] = useState({ text: bytesToMegabytes(settings.maxFileBytes), bytes: settings.maxFileBytes });
  const [size, setSize] = useState(baseline.text);
  const [files, setFiles] = useState(String(settings.maxFilesPerMessage));
  const [invalid, setInvalid] = useState({ size: false, files: false });
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  const update = useApiMutation(UpdateSettings, {
    onSuccess: async (result) => {
      const saved = result.updateAttachmentSettings;
      const text = bytesToMegabytes(saved.maxFileBytes);
      setBaseline({ text, bytes: saved.maxFileBytes });
      setSize(text);
      setFiles(String(saved.maxFilesPerMessage));
      setMessage({ kind: 'info', text: t.saved(plainSize(saved.maxFileBytes), saved.maxFilesPerMessage) });
      await reload();
    },
    onError: async (error) => {
      if (isConflict(error)) {
        const latest = await reload();
        if (latest) {
          setBaseline({ text: bytesToMegabytes(latest.maxFileBytes), bytes: latest.maxFileBytes });
          setMessage({ kind: 'info', text: t.conflict(plainSize(latest.maxFileBytes), latest.maxFilesPerMessage) });
        }
      } else if (!fieldError(error, 'input.maxFileBytes') && !fieldError(error, 'input.maxFilesPerMessage')) {
        setMessage({ kind: 'error', text: describeError(error) });
      }
    },
  });
  const sizeError = invalid.size ? t.maxFileInvalid : fieldError(update.error, 'input.maxFileBytes');
  const filesError = invalid.files ? t.maxFilesInvalid : fieldError(update.error, 'input.maxFilesPerMessage');

  const submit = () => {
    const bytes = size.trim() === baseline.text ? baseline.bytes : megabytesToBytes(size);
    const count = /^\s*\d+\s*$/.test(files) && Number(files) >= 1 && Number(files) <= 100 ? Number(files) : null;
    setInvalid({ size: bytes === null, files: count === null });
    setMessage(null);
    if (bytes === null || count === null) return;
    update.reset();
    update.mutate({ input: { maxFileBytes: bytes, maxFilesPerMessage: count, updatedAt: settings.updatedAt } });
  };

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.subheading}>{t.formLabel}</h2>
      <p className={styles.now}>
        {t.now(plainSize(settings.maxFileBytes), settings.maxFilesPerMessage)}{' '}
        <span className={styles.muted}>{t.changed} <time dateTime={settings.updatedAt} title={formatDateTime(settings.updatedAt)}>{formatRelative(settings.updatedAt)}</time>.</span>
      </p>
      {message && <Banner kind={message.kind}>{message.text}</Banner>}
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Field label={<>{t.maxFile} <span className={styles.unit}>({t.maxFileUnit})</span></>} hint={t.maxFileHint} error={sizeError}>
          <input value={size} onChange={(event) => setSize(event.target.value)} inputMode="decimal" autoComplete="off" className={styles.narrow} />
        </Field>
        <Field label={t.maxFiles} hint={t.maxFilesHint} error={filesError}>
          <input value={files} onChange={(event) => setFiles(event.target.value)} inputMode="numeric" autoComplete="off" className={styles.narrow} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={update.isPending}>{update.isPending ? t.saving : t.save}</Button>
          <Button variant="ghost" onClick={() => { setSize(bytesToMegabytes(DEFAULTS.maxFileBytes)); setFiles(String(DEFAULTS.maxFilesPerMessage)); }}>
            {t.defaults}
          </Button>
        </div>
      </form>
    </section>
  );
}
