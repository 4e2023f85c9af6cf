import { useId, useRef, useState } from 'react';
import type { AdminResponsesQuery } from '../../../gql/graphql';
import type { ApiError } from '../../../platform/api';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { Banner } from '../../../ui/States';
import { RichEditor, type RichEditorHandle } from '../../ticket/RichEditor';
import { AdminResponsesCreate, AdminResponsesUpdate } from './queries';
import { useFormDraft } from './useFormDraft';
import styles from './CannedResponses.module.css';

export type CannedResponse = AdminResponsesQuery['cannedResponses'][number];
export type Category = AdminResponsesQuery['ticketCategories'][number];

/** What the form holds: the values to save and the version they were started from (a stale one is a CONFLICT). */
interface Values {
  title: string;
  shortcut: string;
  body: string;
  categoryIds: string[];
  shared: boolean;
  version: number;
}

const f = strings.adminResponses.responses.form;
const SHORTCUT = /^[a-z0-9_-]{1,30}$/;

function stored(response: CannedResponse | null, isAdmin: boolean): Values {
  return response
    ? { title: response.title, shortcut: response.shortcut ?? '', body: response.body, categoryIds: response.categories.map((c) => c.id), shared: response.shared, version: response.version }
    // Admins mostly write for the team; agents can only write their own.
    : { title: '', shortcut: '', body: '', categoryIds: [], shared: isAdmin, version: 0 };
}

function variableHtml(key: string): string {
  return `{{${key}}}`;
}

interface FormProps {
  /** The response being edited, null for a new one. */
  response: CannedResponse | null;
  categories: Category[];
  isAdmin: boolean;
  onSaved: (saved: { id: string; title: string }) => void;
  /** Closes the form; a draft stays for when it is opened again. */
  onCancel: () => void;
  /** Asks for the latest list (after a conflict, or when the response turned out to be gone). */
  onReload: () => void;
}

/**
 * Writes or edits one canned response: title, shortcut, text (a small rich-text editor producing the server's allowed
 * HTML, with the template variables to insert), the categories it suits and, for an admin's new response, whether it
 * is shared. The values are a draft until saved; the API's validation is shown at its field; a CONFLICT keeps the text
 * and offers their version or another save of this one.
 */
export function CannedResponseForm({ response, categories, isAdmin, onSaved, onCancel, onReload }: FormProps) {
  const ids = useId();
  const [draft, setDraft, clearDraft] = useFormDraft<Values>(`admin-responses.${response?.id ?? 'new'}`);
  const server = stored(response, isAdmin);
  const values = draft ?? server;
  const [missing, setMissing] = useState({ title: false, body: false });
  const [shortcutInvalid, setShortcutInvalid] = useState(false);
  const [resets, setResets] = useState(0);
  const editor = useRef<RichEditorHandle>(null);

  const saved = (result: { id: string; title: string }) => {
    clearDraft();
    onSaved(result);
  };
  const failed = (error: ApiError) => {
    if (isConflict(error) || error.code === 'NOT_FOUND') onReload();
  };
  const create = useApiMutation(AdminResponsesCreate, { onSuccess: (data) => saved(data.createCannedResponse), onError: failed });
  const update = useApiMutation(AdminResponsesUpdate, { onSuccess: (data) => saved(data.updateCannedResponse), onError: failed });
  const mutation = response ? update : create;
  const error = mutation.error;

  const change = (patch: Partial<Values>) => {
    setDraft({ ...values, ...patch });
    if (patch.title !== undefined || patch.body !== undefined) setMissing({ title: false, body: false });
    if (patch.shortcut !== undefined) setShortcutInvalid(false);
  };

  const titleError = missing.title ? f.required : fieldError(error, 'input.title');
  const shortcutError = shortcutInvalid ? f.shortcutPattern : fieldError(error, 'input.shortcut');
  const bodyError = missing.body ? f.required : fieldError(error, 'input.body');
  const categoriesError = error?.code === 'NOT_FOUND' && error.isAbout('input.categoryIds') ? describeError(error) : null;
  const conflict = isConflict(error);
  const gone = Boolean(response) && error?.code === 'NOT_FOUND' && !categoriesError;
  const otherError = error && !titleError && !shortcutError && !bodyError && !categoriesError && !conflict && !gone ? describeError(error) : null;

  const submit = () => {
    const body = editor.current?.html() ?? values.body;
    const blank = { title: values.title.trim() === '', body: editor.current ? editor.current.blank() : values.body.trim() === '' };
    const shortcut = values.shortcut.trim().toLowerCase();
    setMissing(blank);
    setShortcutInvalid(shortcut !== '' && !SHORTCUT.test(shortcut));
    if (blank.title || blank.body || (shortcut !== '' && !SHORTCUT.test(shortcut))) return;
    const common = { title: values.title, body, shortcut: shortcut || null, categoryIds: values.categoryIds };
    if (response) update.mutate({ input: { ...common, id: response.id, version: values.version } });
    else create.mutate({ input: { ...common, shared: isAdmin && values.shared } });
  };

  const useTheirs = () => {
    clearDraft();
    mutation.reset();
    setResets((count) => count + 1);
  };
  const keepMine = () => {
    // Their version is loaded (onReload): saving again replaces it with this text, knowingly.
    setDraft({ ...values, version: server.version });
    mutation.reset();
  };

  const visibleCategories = categories.filter((category) => !category.archived || values.categoryIds.includes(category.id));
  const bodyLabelId = `${ids}-body-label`;
  const bodyHintId = `${ids}-body-hint`;
  const bodyErrorId = `${ids}-body-error`;

  return (
    <section className={styles.panel} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className={styles.panelHeading}>{response ? f.editHeading(response.title) : f.newHeading}</h2>
      {draft && !conflict && <p className={styles.muted}>{f.draftKept}</p>}
      {conflict && (
        <Banner kind="error">
          {f.conflict}
          <span className={styles.bannerActions}>
            <Button onClick={useTheirs}>{f.useTheirs}</Button>
            <Button onClick={keepMine}>{f.keepMine}</Button>
          </span>
        </Banner>
      )}
      {gone && <Banner kind="error">{f.gone}</Banner>}
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Field label={f.title} hint={f.titleHint} error={titleError}>
          <input value={values.title} onChange={(event) => change({ title: event.target.value })} maxLength={200} autoComplete="off" required />
        </Field>
        <Field label={f.shortcut} hint={f.shortcutHint} error={shortcutError}>
          <input value={values.shortcut} onChange={(event) => change({ shortcut: event.target.value })} autoComplete="off" spellCheck={false}
            autoCapitalize="off" className={styles.shortcutInput} />
        </Field>
        <div className={styles.bodyField}>
          <div className={styles.bodyLabelRow}>
            <span id={bodyLabelId} className={styles.label}>{f.body}</span>
            <select className={styles.variablePicker} value="" aria-label={f.insertVariable} onChange={(event) => {
              const key = event.target.value;
              if (key) editor.current?.insert(variableHtml(key));
            }}>
              <option value="">{f.insertVariableNone}</option>
              {strings.adminResponses.variables.map((variable) => (
                <option key={variable.key} value={variable.key}>{`{{${variable.key}}} – ${variable.description}`}</option>
              ))}
            </select>
          </div>
          <RichEditor
            ref={editor}
            resetKey={`${response?.id ?? 'new'}.${values.version}.${resets}`}
            initialHtml={values.body}
            onChange={(html) => change({ body: html })}
            labelledBy={bodyLabelId}
            describedBy={[bodyError ? bodyErrorId : null, bodyHintId].filter(Boolean).join(' ')}
            invalid={Boolean(bodyError)}
          />
          <span id={bodyHintId} className={styles.hint}>{f.bodyHint}</span>
          {bodyError && <span id={bodyErrorId} className={styles.error} role="alert">{bodyError}</span>}
        </div>
        {visibleCategories.length > 0 && (
          <fieldset className={styles.fieldset} aria-describedby={`${ids}-categories-hint`}>
            <legend className={styles.label}>{f.categories}</legend>
            <span id={`${ids}-categories-hint`} className={styles.hint}>{f.categoriesHint}</span>
            <div className={styles.checks}>
              {visibleCategories.map((category) => (
                <label key={category.id} className={styles.check}>
                  <input type="checkbox" checked={values.categoryIds.includes(category.id)} onChange={(event) => change({
                    categoryIds: event.target.checked ? [...values.categoryIds, category.id] : values.categoryIds.filter((id) => id !== category.id),
                  })} />
                  {category.archived ? f.archived(category.name) : category.name}
                </label>
              ))}
            </div>
            {categoriesError && <span className={styles.error} role="alert">{categoriesError}</span>}
          </fieldset>
        )}
        {isAdmin && !response && (
          <fieldset className={styles.fieldset}>
            <legend className={styles.label}>{f.sharing}</legend>
            <label className={styles.check}>
              <input type="radio" name={`${ids}-sharing`} checked={values.shared} onChange={() => change({ shared: true })} />
              {f.sharedOption}
            </label>
            <label className={styles.check}>
              <input type="radio" name={`${ids}-sharing`} checked={!values.shared} onChange={() => change({ shared: false })} />
              {f.personalOption}
            </label>
          </fieldset>
        )}
        {response && isAdmin && (
          <p className={styles.muted}>
            {strings.adminResponses.responses.columns.scope}: {response.shared ? strings.adminResponses.responses.shared : strings.adminResponses.responses.personal}. {f.sharingFixed}
          </p>
        )}
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <div className={styles.formActions}>
          <Button type="submit" variant="primary" disabled={mutation.isPending}>{mutation.isPending ? f.saving : f.save}</Button>
          <Button onClick={onCancel}>{f.close}</Button>
          {draft && <Button variant="ghost" onClick={useTheirs}>{f.discard}</Button>}
        </div>
      </form>
    </section>
  );
}
