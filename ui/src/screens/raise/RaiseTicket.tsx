import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApiMutation, useApiQuery } from '../../platform/hooks';
import { describeError, fieldError } from '../../platform/errors';
import { useDraft } from '../../platform/useDraft';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FileDrop, stillUploading, uploadedIds, type PendingFile } from '../../ui/Files';
import { Banner, ErrorState } from '../../ui/States';
import { RaiseCategoriesQuery, RaiseCreateTicket } from './queries';
import { RequesterPicker, type PickedRequester } from './RequesterPicker';
import styles from './RaiseTicket.module.css';

const t = strings.raise;
const CHANNELS = ['EMAIL', 'PHONE', 'CHAT', 'WEB', 'API'] as const;
type Channel = (typeof CHANNELS)[number];

/** Plain text as the description's HTML: blank lines make paragraphs, single line breaks stay. Everything escaped. */
export function textToHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text.trim().split(/\n\s*\n/).map((paragraph) => `<p>${escape(paragraph.trim()).replace(/\n/g, '<br>')}</p>`).join('');
}

function readRequester(json: string): PickedRequester | null {
  try {
    const value = JSON.parse(json) as PickedRequester;
    return value && typeof value.id === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Staff raise a ticket on behalf of a member or sponsor, from any channel: who it is for (looked up in the
 * association's directory), subject, description, category, channel and files; `createTicket` with `onBehalfOf`.
 * What is typed is a draft (kept through a failed send or a new sign-in) until the ticket is raised.
 */
export function RaiseTicket({ onRaised }: { onRaised: (ticketId: string) => void }) {
  const headingId = useId();
  const client = useQueryClient();
  const categories = useApiQuery('raise-categories', RaiseCategoriesQuery, {});
  const [requesterJson, setRequesterJson, clearRequester] = useDraft('raise.requester');
  const [subject, setSubject, clearSubject] = useDraft('raise.subject');
  const [description, setDescription, clearDescription] = useDraft('raise.description');
  const [categoryId, setCategoryId, clearCategory] = useDraft('raise.category');
  const [channelDraft, setChannel, clearChannel] = useDraft('raise.channel');
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const edited = (field: string) => setMissing((current) => (current[field] ? { ...current, [field]: false } : current));
  const [waitForFiles, setWaitForFiles] = useState(false);
  const requester = readRequester(requesterJson);
  const channel: Channel = (CHANNELS as readonly string[]).includes(channelDraft) ? (channelDraft as Channel) : 'EMAIL';
  const activeCategories = categories.data?.ticketCategories ?? [];
  const category = activeCategories.some((c) => c.id === categoryId) ? categoryId : '';

  const clearAll = () => {
    clearRequester();
    clearSubject();
    clearDescription();
    clearCategory();
    clearChannel();
    setFiles([]);
    setMissing({});
  };
  const mutation = useApiMutation(RaiseCreateTicket, {
    onSuccess: (data) => {
      clearAll();
      void client.invalidateQueries({ queryKey: ['queue-page'] });
      void client.invalidateQueries({ queryKey: ['queue-console'] });
      onRaised(data.createTicket.id);
    },
  });
  const error = mutation.error;
  const at = (field: string) => (missing[field] ? t.required : fieldError(error, `input.${field}`));
  const requesterError = missing.onBehalfOf ? t.requester.required : fieldError(error, 'input.onBehalfOf');
  const fieldErrors = [requesterError, at('subject'), at('description'), at('categoryId'), at('channel'), at('attachmentIds')];
  const otherError = error && !fieldErrors.some(Boolean) ? describeError(error) : null;

  const submit = () => {
    const blank = { onBehalfOf: !requester, subject: !subject.trim(), description: !description.trim(), categoryId: !category };
    setMissing(blank);
    if (Object.values(blank).some(Boolean) || !requester) return;
    if (stillUploading(files)) {
      setWaitForFiles(true);
      return;
    }
    setWaitForFiles(false);
    mutation.mutate({
      input: {
        subject: subject.trim(),
        description: textToHtml(description),
        categoryId: category,
        channel,
        onBehalfOf: { id: requester.id, type: requester.type, name: requester.name, email: requester.email },
        attachmentIds: uploadedIds(files),
      },
    });
  };

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <form noValidate className={styles.form} onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <RequesterPicker value={requester} onChange={(value) => { setRequesterJson(value ? JSON.stringify(value) : ''); edited('onBehalfOf'); }} error={requesterError} />
        <Field label={t.subject} hint={t.subjectHint} error={at('subject')}>
          <input value={subject} onChange={(event) => { setSubject(event.target.value); edited('subject'); }} maxLength={200} autoComplete="off" />
        </Field>
        <Field label={t.description} hint={t.descriptionHint} error={at('description')}>
          <textarea value={description} onChange={(event) => { setDescription(event.target.value); edited('description'); }} rows={8} className={styles.textarea} />
        </Field>
        <div className={styles.row}>
          {categories.isError ? (
            <ErrorState error={categories.error} onRetry={() => categories.refetch()} />
          ) : (
            <Field label={t.category} error={at('categoryId')}>
              <select value={category} onChange={(event) => { setCategoryId(event.target.value); edited('categoryId'); }} disabled={categories.isPending}>
                <option value="">{categories.isPending ? strings.common.loading : t.categoryPlaceholder}</option>
                {activeCategories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </Field>
          )}
          <Field label={t.channel} error={at('channel')}>
            <select value={channel} onChange={(event) => setChannel(event.target.value)}>
              {CHANNELS.map((value) => <option key={value} value={value}>{t.channels[value]}</option>)}
            </select>
          </Field>
        </div>
        <fieldset className={styles.files}>
          <legend className={styles.legend}>{t.files}</legend>
          <FileDrop files={files} onChange={(update) => setFiles(update)} />
          {at('attachmentIds') && <p className={styles.error} role="alert">{at('attachmentIds')}</p>}
        </fieldset>
        {waitForFiles && stillUploading(files) && <Banner kind="error">{strings.common.files.waitForUploads}</Banner>}
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={mutation.isPending}>{mutation.isPending ? t.submitting : t.submit}</Button>
          <Button variant="ghost" onClick={clearAll} disabled={mutation.isPending}>{t.reset}</Button>
          <span className={styles.note}>{t.draftKept}</span>
        </div>
      </form>
    </section>
  );
}
