import { useEffect, useId, useRef, useState } from 'react';
import { describeError, fieldError } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { formatDateTime, formatRelative } from '../../../platform/time';
import { OVERLAP_PRESETS } from '../../../strings/notifications';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Banner } from '../../../ui/States';
import type { Settings } from './NotificationSettings';
import { AdminNotificationsRotateSecret } from './queries';
import styles from './NotificationSettings.module.css';

const t = strings.notifications.settings;
const DEFAULT_OVERLAP = 1440;

type SecretInfo = Settings['webhookSecret'];

/**
 * The webhook's signing secret as far as it may be shown (its last 4 characters, when it was made, until when the
 * one before it still signs) and the action that makes a new one: a confirmation with the overlap, then the new
 * secret, shown this once with a copy button.
 */
export function WebhookSecret({ secret, onRotated }: { secret: SecretInfo; onRotated: (settings: Settings) => void }) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.secret} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.secretHeading}>{t.webhook.secretHeading}</h3>
      <p className={styles.hint}>{t.webhook.secretIntro}</p>
      {secret ? (
        <ul className={styles.facts}>
          <li>
            <strong>{t.webhook.secretHint(secret.hint)}</strong>, {t.webhook.secretCreated}{' '}
            <time dateTime={secret.createdAt} title={formatDateTime(secret.createdAt)}>{formatRelative(secret.createdAt)}</time>
          </li>
          {secret.previousValidUntil && (
            <li>{t.webhook.previousValid} <time dateTime={secret.previousValidUntil}>{formatDateTime(secret.previousValidUntil)}</time></li>
          )}
        </ul>
      ) : (
        <p className={styles.facts}>{t.webhook.noSecret}</p>
      )}
      <Button onClick={() => setOpen(true)}>{secret ? t.webhook.rotate : t.webhook.create}</Button>
      {open && <RotateDialog secret={secret} onClose={() => setOpen(false)} onRotated={onRotated} />}
    </section>
  );
}

/** Step one: confirm (and choose the overlap); step two: the new secret, once. One dialog, so focus stays in it. */
function RotateDialog({ secret, onClose, onRotated }: { secret: SecretInfo; onClose: () => void; onRotated: (settings: Settings) => void }) {
  const r = t.rotate;
  const ids = useId();
  const [overlap, setOverlap] = useState<number>(DEFAULT_OVERLAP);
  const [made, setMade] = useState<{ secret: string; previousValidUntil: string | null } | null>(null);
  const rotate = useApiMutation(AdminNotificationsRotateSecret, {
    onSuccess: (result) => {
      setMade({ secret: result.rotateWebhookSecret.secret, previousValidUntil: result.rotateWebhookSecret.settings.webhookSecret?.previousValidUntil ?? null });
      onRotated(result.rotateWebhookSecret.settings);
    },
  });
  const overlapError = fieldError(rotate.error, 'input.overlapMinutes');
  const otherError = rotate.error && !overlapError ? describeError(rotate.error) : null;

  if (made) {
    return (
      <Dialog open wide onOpenChange={(next) => { if (!next) onClose(); }} title={t.secret.title}
        description={<span className={styles.warning}>{t.secret.warning}</span>}
        actions={<Button variant="primary" onClick={onClose}>{t.secret.done}</Button>}>
        <SecretOnce made={made} />
      </Dialog>
    );
  }
  return (
    <Dialog open wide={false} onOpenChange={(next) => { if (!next) onClose(); }}
      title={secret ? r.titleRotate : r.titleCreate}
      description={secret ? r.descriptionRotate(secret.hint) : r.descriptionCreate}
      actions={<>
        <Button onClick={onClose}>{strings.common.cancel}</Button>
        <Button variant="primary" disabled={rotate.isPending}
          onClick={() => rotate.mutate({ input: { overlapMinutes: secret ? overlap : 0 } })}>
          {rotate.isPending ? r.working : secret ? r.confirmRotate : r.confirmCreate}
        </Button>
      </>}>
      {secret && (
        <fieldset className={styles.fieldset} aria-describedby={[`${ids}-hint`, overlapError ? `${ids}-error` : ''].filter(Boolean).join(' ')}>
          <legend className={styles.legend}>{r.overlapLegend}</legend>
          <div className={styles.radios}>
            {OVERLAP_PRESETS.map((minutes) => (
              <label key={minutes} className={styles.radio}>
                <input type="radio" name={`${ids}-overlap`} value={minutes} checked={overlap === minutes} onChange={() => setOverlap(minutes)} />
                {r.overlap(minutes)}{minutes === DEFAULT_OVERLAP && <> {r.recommended}</>}
              </label>
            ))}
          </div>
          <p id={`${ids}-hint`} className={styles.hint}>{r.overlapHint}{secret.previousValidUntil && <> {r.earlierEnds}</>}</p>
          {overlapError && <p id={`${ids}-error`} className={styles.error} role="alert">{overlapError}</p>}
        </fieldset>
      )}
      {otherError && <Banner kind="error">{otherError}</Banner>}
    </Dialog>
  );
}

/** The new secret, shown this once: the secret in a read-only field (selected, to copy by hand) and a copy button. */
function SecretOnce({ made }: { made: { secret: string; previousValidUntil: string | null } }) {
  const s = t.secret;
  const ids = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const copyIt = async () => {
    try {
      await navigator.clipboard.writeText(made.secret);
      setCopy('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopy('failed');
    }
  };
  return (
    <>
      <div className={styles.secretField}>
        <label htmlFor={`${ids}-secret`} className={styles.label}>{s.label}</label>
        <div className={styles.secretRow}>
          <textarea ref={field} id={`${ids}-secret`} readOnly value={made.secret} rows={2} className={styles.secretValue} spellCheck={false}
            onFocus={(event) => event.target.select()} />
          <Button onClick={() => void copyIt()}>{s.copy}</Button>
        </div>
        <p className={copy === 'failed' ? styles.error : styles.hint} role="status">{copy === 'copied' ? s.copied : copy === 'failed' ? s.copyFailed : ''}</p>
      </div>
      {made.previousValidUntil && (
        <p className={styles.hint}>{s.overlapUntil} <time dateTime={made.previousValidUntil}>{formatDateTime(made.previousValidUntil)}</time>.</p>
      )}
    </>
  );
}
