import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { strings } from '../../strings';
import { ApiError } from '../../platform/api';
import { describeError, fieldError } from '../../platform/errors';
import { useApiMutation, useApiQuery } from '../../platform/hooks';
import { useDraft } from '../../platform/useDraft';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FileDrop, stillUploading, uploadedIds, type PendingFile } from '../../ui/Files';
import { Banner } from '../../ui/States';
import { PortalLink, ViewTitle, type PortalPlace } from './links';
import { REQUESTS_KEY } from './MyRequests';
import { codePoints, textToHtml } from './text';
import { retryTransient } from './paging';
import styles from './Member.module.css';

const MemberCategories = graphql(`
  query MemberCategories {
    ticketCategories {
      id
      name
      description
      position
      archived
    }
  }
`);

const MemberRaiseRequest = graphql(`
  mutation MemberRaiseRequest($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      reference
    }
  }
`);

const SUBJECT_MAX = 200;
/** Where the form's text is kept while it is typed (sessionStorage: a failed send or a new sign-in gives it back). */
export const DRAFT_KEYS = { subject: 'member.new.subject', description: 'member.new.description', category: 'member.new.category' };
type Missing = Partial<Record<'subject' | 'description' | 'category', string>>;

/** One form to raise a request: subject, what it is about (the admins' order), the message and files. */
export function RaiseRequest({ focus, onGo, onCreated }: { focus: boolean; onGo: (to: PortalPlace) => void; onCreated: (id: string, notice: string) => void }) {
  const queryClient = useQueryClient();
  const categories = useApiQuery('member.categories', MemberCategories, {}, { staleTime: 5 * 60_000, retry: retryTransient });
  const [subject, setSubject, clearSubject] = useDraft(DRAFT_KEYS.subject);
  const [description, setDescription, clearDescription] = useDraft(DRAFT_KEYS.description);
  const [categoryId, setCategoryId, clearCategory] = useDraft(DRAFT_KEYS.category);
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [missing, setMissing] = useState<Missing>({});
  const [waitForFiles, setWaitForFiles] = useState(false);
  const filesLabelId = useId();
  const create = useApiMutation(MemberRaiseRequest, {
    onSuccess: (data) => {
      clearSubject();
      clearDescription();
      clearCategory();
      setFiles([]);
      void queryClient.invalidateQueries({ queryKey: [REQUESTS_KEY] });
      onCreated(data.createTicket.id, strings.member.form.sent(data.createTicket.reference));
    },
  });

  // Archived categories are never offered (the API gives members active ones only; this holds if that ever changes).
  const offered = (categories.data?.ticketCategories ?? []).filter((category) => !category.archived).sort((a, b) => a.position - b.position);
  const chosen = offered.find((category) => category.id === categoryId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Missing = {};
    if (!subject.trim()) problems.subject = strings.member.form.required.subject;
    if (!description.trim()) problems.description = strings.member.form.required.description;
    if (!chosen) problems.category = strings.member.form.required.category;
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    if (stillUploading(files)) {
      setWaitForFiles(true);
      return;
    }
    setWaitForFiles(false);
    create.reset();
    create.mutate({ input: { subject, description: textToHtml(description), categoryId: chosen!.id, attachmentIds: uploadedIds(files) } });
  };

  const error = create.error;
  const categoryProblem = error instanceof ApiError && (error.code === 'CATEGORY_ARCHIVED' || (error.code === 'NOT_FOUND' && !error.field));
  const errors = {
    subject: missing.subject ?? fieldError(error, 'input.subject'),
    description: missing.description ?? fieldError(error, 'input.description'),
    category: missing.category ?? fieldError(error, 'input.categoryId') ?? (categoryProblem ? describeError(error) : null),
    files: fieldError(error, 'input.attachmentIds') ?? (waitForFiles && stillUploading(files) ? strings.common.files.waitForUploads : null),
  };
  const atAField = Boolean(fieldError(error, 'input.subject') || fieldError(error, 'input.description') || fieldError(error, 'input.categoryId')
    || fieldError(error, 'input.attachmentIds') || categoryProblem);
  const subjectLength = codePoints(subject);

  return (
    <>
      <PortalLink to={{}} onGo={onGo} className={styles.back}>← {strings.member.backToList}</PortalLink>
      <div className={styles.top}>
        <ViewTitle focus={focus}>{strings.member.form.title}</ViewTitle>
      </div>
      <p className={styles.intro}>{strings.member.form.intro}</p>
      <form className={styles.card} onSubmit={submit} noValidate>
        {error && (
          <Banner kind="error">
            {strings.member.form.notSent} {atAField ? strings.member.form.fixBelow : describeError(error)}
          </Banner>
        )}
        <Field
          label={strings.member.form.subject}
          hint={subjectLength > SUBJECT_MAX * 0.8 ? strings.member.form.counter(subjectLength, SUBJECT_MAX) : strings.member.form.subjectHint}
          error={errors.subject}
        >
          <input type="text" name="subject" value={subject} onChange={(event) => setSubject(event.target.value)} autoComplete="off" aria-required="true" />
        </Field>
        <Field
          label={strings.member.form.category}
          hint={categories.isPending ? strings.member.form.categoriesLoading : chosen?.description ?? undefined}
          error={errors.category ?? (categories.isError ? describeError(categories.error) : null)}
        >
          <select name="category" value={chosen?.id ?? ''} onChange={(event) => setCategoryId(event.target.value)} aria-required="true">
            <option value="">{strings.member.form.chooseCategory}</option>
            {offered.map((category) => <option key={category.id} value={category.id}>{category.name}</option>)}
          </select>
        </Field>
        <Field label={strings.member.form.description} hint={strings.member.form.descriptionHint} error={errors.description}>
          <textarea name="description" value={description} onChange={(event) => setDescription(event.target.value)} className={styles.textarea} aria-required="true" />
        </Field>
        <div className={styles.group} role="group" aria-labelledby={filesLabelId}>
          <span id={filesLabelId} className={styles.groupLabel}>{strings.member.form.files}</span>
          <span className={styles.hint}>{strings.member.form.filesHint}</span>
          <FileDrop files={files} onChange={setFiles} />
          {errors.files && <p className={styles.fileError} role="alert">{errors.files}</p>}
        </div>
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? strings.member.form.sending : strings.member.form.send}
          </Button>
          <PortalLink to={{}} onGo={onGo}>{strings.member.form.cancel}</PortalLink>
        </div>
      </form>
    </>
  );
}
