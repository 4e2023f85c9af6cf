import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { AdminTemplatesQuery, ResponseTemplateKind } from '../../../gql/graphql';
import { ApiError } from '../../../platform/api';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { useApiMutation, useApiQuery } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { RichText } from '../../../ui/RichText';
import { Badge, Banner } from '../../../ui/States';
import { useFormDraft } from '../responses/useFormDraft';
import { AdminTemplateCreate, AdminTemplatePreviewQuery, AdminTemplateUpdate } from './queries';
import { SourceEditor, type SourceEditorHandle } from './SourceEditor';
import { layoutBody, problemLine } from './source';
import styles from './Templates.module.css';

export type Template = AdminTemplatesQuery['responseTemplates'][number];
export type PreviewTicket = { id: string; reference: string; subject: string };

interface Values {
  name: string;
  subject: string;
  body: string;
  version: number;
}

const t = strings.adminResponses.templates;
/** How long typing pauses before the preview asks the API again. */
export const PREVIEW_DELAY_MS = 400;

function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function stored(template: Template | null): Values {
  return template
    ? { name: template.name, subject: template.subject ?? '', body: layoutBody(template.body), version: template.version }
    : { name: '', subject: '', body: '', version: 0 };
}

/** A validation error about the template's text (subject or body), from a save or from the preview. */
function textProblem(error: unknown): ApiError | null {
  return error instanceof ApiError && error.code === 'VALIDATION_FAILED' && (error.isAbout('input.body') || error.isAbout('input.subject')) ? error : null;
}

interface EditorProps {
  /** The template being edited, null for a new reply template. */
  template: Template | null;
  tickets: PreviewTicket[];
  /** The ticket the preview is rendered for; null: the API's sample ticket. */
  previewTicket: string | null;
  onPreviewTicket: (id: string | null) => void;
  onSaved: (saved: { id: string; name: string }, created: boolean) => void;
  onDelete: (template: Template) => void;
  onReload: () => void;
  /** What the last action did ("Saved …"), shown beside the buttons that did it. */
  notice?: string | null;
}

/**
 * One template: name, subject (notifications), the body's source with line numbers, and beside it the live preview
 * (`previewResponseTemplate`, debounced, against the sample ticket or a recent one) and the variables to insert. A
 * problem in the text, found by the preview as it is typed or by a save, is shown at its line: marked in the gutter,
 * named in the list below, which puts the caret there. The values are a draft until saved.
 */
export function TemplateEditor({ template, tickets, previewTicket, onPreviewTicket, onSaved, onDelete, onReload, notice }: EditorProps) {
  const ids = useId();
  const kind: ResponseTemplateKind = template?.kind ?? 'REPLY';
  const notification = kind !== 'REPLY';
  const notificationVariables = strings.adminResponses.notificationVariables.filter((variable) => variable.kinds.includes(kind));
  const [draft, setDraft, clearDraft] = useFormDraft<Values>(`admin-templates.${template?.id ?? 'new'}`);
  const server = stored(template);
  const values = draft ?? server;
  const [nameMissing, setNameMissing] = useState(false);
  const body = useRef<SourceEditorHandle>(null);
  const subjectInput = useRef<HTMLInputElement>(null);
  const [insertInto, setInsertInto] = useState<'subject' | 'body'>('body');

  const failed = (error: ApiError) => {
    if (isConflict(error) || error.code === 'NOT_FOUND') onReload();
  };
  const done = (saved: { id: string; name: string }, created: boolean) => {
    clearDraft();
    onSaved(saved, created);
  };
  const create = useApiMutation(AdminTemplateCreate, { onSuccess: (data) => done(data.createResponseTemplate, true), onError: failed });
  const update = useApiMutation(AdminTemplateUpdate, { onSuccess: (data) => done(data.updateResponseTemplate, false), onError: failed });
  const mutation = template ? update : create;

  const input = useDebounced({ kind, subject: notification ? values.subject : null, body: values.body, ticketId: previewTicket }, PREVIEW_DELAY_MS);
  const preview = useApiQuery('admin-template-preview', AdminTemplatePreviewQuery, { input },
    { enabled: input.body.trim() !== '', placeholderData: keepPreviousData, staleTime: 60_000 });
  // The last preview that could be rendered stays in view while the text has a problem.
  const [shown, setShown] = useState(preview.data?.previewResponseTemplate ?? null);
  const latest = preview.data?.previewResponseTemplate ?? null;
  if (latest && latest !== shown) setShown(latest);
  const typing = input.body !== values.body || input.subject !== (notification ? values.subject : null);

  const problem = textProblem(mutation.error) ?? (preview.isError ? textProblem(preview.error) : null);
  const bodyProblem = problem?.isAbout('input.body') ? problem : null;
  const subjectProblem = problem?.isAbout('input.subject') ? problem.message : null;
  const bodyLine = problemLine(bodyProblem?.details);
  const nameError = nameMissing ? t.required : fieldError(mutation.error, 'input.name');
  const conflict = isConflict(mutation.error);
  const gone = Boolean(template) && mutation.error?.code === 'NOT_FOUND';
  const otherError = mutation.error && !textProblem(mutation.error) && !nameError && !conflict && !gone ? describeError(mutation.error) : null;
  const previewError = preview.isError && !textProblem(preview.error) ? describeError(preview.error) : null;

  const change = (patch: Partial<Values>) => {
    setDraft({ ...values, ...patch });
    if (patch.name !== undefined) setNameMissing(false);
    // What a save said is about the text it saved, not the one being typed now.
    if (mutation.error && !isConflict(mutation.error)) mutation.reset();
  };

  const submit = () => {
    if (values.name.trim() === '') {
      setNameMissing(true);
      return;
    }
    if (template) update.mutate({ input: { id: template.id, version: values.version, name: values.name, subject: notification ? values.subject : null, body: values.body } });
    else create.mutate({ input: { name: values.name, body: values.body } });
  };
  const discard = () => {
    clearDraft();
    mutation.reset();
  };
  const keepMine = () => {
    setDraft({ ...values, version: server.version });
    mutation.reset();
  };
  const insert = (key: string) => {
    const text = `{{${key}}}`;
    if (insertInto === 'subject' && notification && subjectInput.current) {
      const element = subjectInput.current;
      const start = element.selectionStart ?? values.subject.length;
      const end = element.selectionEnd ?? start;
      change({ subject: values.subject.slice(0, start) + text + values.subject.slice(end) });
      requestAnimationFrame(() => {
        element.focus();
        element.setSelectionRange(start + text.length, start + text.length);
      });
    } else {
      body.current?.insert(text);
    }
  };

  const bodyId = `${ids}-body`;
  const hintId = `${ids}-body-hint`;
  const problemId = `${ids}-problem`;
  const heading = template ? template.name : t.newHeading;

  return (
    <div className={styles.editorColumns}>
      <section className={styles.editor} aria-labelledby={`${ids}-heading`}>
        <div className={styles.editorHead}>
          <h2 id={`${ids}-heading`} className={styles.editorHeading}>{heading}</h2>
          <Badge>{t.kind(kind)}</Badge>
        </div>
        <p className={styles.muted}>{t.kindHint[kind]}</p>
        {draft && !conflict && <p className={styles.unsaved}>{t.unsaved}</p>}
        {conflict && (
          <Banner kind="error">
            {t.conflict}
            <span className={styles.bannerActions}>
              <Button onClick={discard}>{t.useTheirs}</Button>
              <Button onClick={keepMine}>{t.keepMine}</Button>
            </span>
          </Banner>
        )}
        {gone && <Banner kind="error">{t.gone}</Banner>}
        <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
          <Field label={t.name} hint={t.nameHint} error={nameError}>
            <input value={values.name} onChange={(event) => change({ name: event.target.value })} autoComplete="off" required />
          </Field>
          {notification && (
            <Field label={t.subject} hint={t.subjectHint} error={subjectProblem}>
              <input ref={subjectInput} value={values.subject} onChange={(event) => change({ subject: event.target.value })}
                onFocus={() => setInsertInto('subject')} autoComplete="off" spellCheck={false} className={styles.mono} />
            </Field>
          )}
          <div className={styles.bodyField}>
            <label htmlFor={bodyId} className={styles.label}>{t.body}</label>
            <SourceEditor ref={body} id={bodyId} value={values.body} onChange={(value) => change({ body: value })}
              onFocus={() => setInsertInto('body')} errorLine={bodyLine} invalid={Boolean(bodyProblem)}
              describedBy={[bodyProblem ? problemId : null, hintId].filter(Boolean).join(' ')} />
            <span id={hintId} className={styles.hint}>{t.bodyHint}</span>
            {bodyProblem && (
              <div className={styles.problem}>
                <span id={problemId} aria-live="polite">
                  {bodyLine !== null && <strong className={styles.problemLine}>{t.problemAtLine(bodyLine)}:</strong>} {bodyProblem.message}
                </span>
                {bodyLine !== null && (
                  <Button variant="ghost" className={styles.goToLine} onClick={() => body.current?.focusLine(bodyLine)}>{t.goToLine(bodyLine)}</Button>
                )}
              </div>
            )}
          </div>
          {otherError && <Banner kind="error">{otherError}</Banner>}
          <div className={styles.formActions}>
            <Button type="submit" variant="primary" disabled={mutation.isPending}>{mutation.isPending ? t.saving : template ? t.save : t.create}</Button>
            {draft && <Button onClick={discard}>{t.discard}</Button>}
            <span className={styles.notice} role="status">{!draft && notice}</span>
            {template?.deletable && (
              <Button variant="ghost" className={styles.dangerText} onClick={() => onDelete(template)}>{t.delete}</Button>
            )}
          </div>
        </form>
      </section>
      <div className={styles.side}>
        <section className={styles.preview} aria-labelledby={`${ids}-preview`}>
          <h3 id={`${ids}-preview`} className={styles.sideHeading}>{t.preview.heading}</h3>
          <label className={styles.previewWith}>
            <span className={styles.label}>{t.preview.against}</span>
            <select value={previewTicket ?? ''} onChange={(event) => onPreviewTicket(event.target.value || null)}>
              <option value="">{t.preview.sample}</option>
              {tickets.map((ticket) => <option key={ticket.id} value={ticket.id}>{t.preview.ticket(ticket.reference, ticket.subject)}</option>)}
            </select>
          </label>
          <div className={styles.previewStatus} role="status">
            {(typing || preview.isFetching) && values.body.trim() !== '' ? t.preview.updating : ''}
          </div>
          {previewError && <Banner kind="error">{previewError}</Banner>}
          {problem && shown && <p className={styles.previewStale}>{t.preview.failed}</p>}
          {values.body.trim() === '' ? (
            <p className={styles.muted}>{t.preview.empty}</p>
          ) : shown && (
            <div className={[styles.previewMail, problem ? styles.previewDimmed : ''].join(' ')} aria-label={t.preview.regionLabel} role="region">
              {shown.subject !== null && shown.subject !== undefined && (
                <p className={styles.previewSubject}><span className={styles.muted}>{t.preview.subject}: </span>{shown.subject}</p>
              )}
              <RichText html={shown.body} />
            </div>
          )}
        </section>
        <section className={styles.variables} aria-labelledby={`${ids}-variables`}>
          <h3 id={`${ids}-variables`} className={styles.sideHeading}>{t.variables.heading}</h3>
          <p className={styles.hint}>{t.variables.intro}</p>
          <ul className={styles.variableList}>
            {strings.adminResponses.variables.map((variable) => (
              <li key={variable.key}>
                <Button variant="ghost" className={styles.variableButton} aria-label={t.variables.insert(variable.key)}
                  onMouseDown={(event) => event.preventDefault()} onClick={() => insert(variable.key)}>
                  <code>{`{{${variable.key}}}`}</code>
                </Button>
                <span className={styles.variableText}>{variable.description}</span>
              </li>
            ))}
          </ul>
          {notificationVariables.length > 0 && (
            <>
              <h4 id={`${ids}-notification-variables`} className={styles.variablesSubheading}>{t.variables.notificationHeading}</h4>
              <p className={styles.hint}>{t.variables.notificationIntro}</p>
              <ul className={styles.variableList} aria-labelledby={`${ids}-notification-variables`}>
                {notificationVariables.map((variable) => (
                  <li key={variable.key}>
                    <Button variant="ghost" className={styles.variableButton} aria-label={t.variables.insert(variable.key)}
                      onMouseDown={(event) => event.preventDefault()} onClick={() => insert(variable.key)}>
                      <code>{`{{${variable.key}}}`}</code>
                    </Button>
                    <span className={styles.variableText}>{variable.description}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className={styles.hint}>{t.variables.sections}</p>
        </section>
      </div>
    </div>
  );
}
