import type { RefObject } from 'react';
import { ApiError } from '../../../platform/api';
import { describeError, fieldError } from '../../../platform/errors';
import { strings } from '../../../strings';
import { Field } from '../../../ui/Field';
import styles from './Categories.module.css';

const f = strings.adminCategories.fields;

/** Where an error about a category's input shows: at the name, at the description, or (anything else) above the form. */
export interface CategoryErrors {
  name: string | null;
  description: string | null;
  other: string | null;
}

/**
 * The API's errors placed at their fields (`extensions.field`): VALIDATION_FAILED at `input.name` or
 * `input.description`, CATEGORY_NAME_TAKEN at the name; `nameMissing` is the form's own check before sending.
 */
export function categoryErrors(error: unknown, nameMissing = false): CategoryErrors {
  const taken = error instanceof ApiError && error.code === 'CATEGORY_NAME_TAKEN';
  const name = nameMissing ? f.nameRequired : fieldError(error, 'input.name') ?? (taken ? f.nameTaken : null);
  const description = fieldError(error, 'input.description');
  const other = error && !nameMissing && !name && !description ? describeError(error) : null;
  return { name, description, other };
}

/** The name and description inputs of a category, with their hints and errors. */
export function CategoryFields({ name, description, onName, onDescription, errors, nameRef }: {
  name: string;
  description: string;
  onName: (value: string) => void;
  onDescription: (value: string) => void;
  errors: CategoryErrors;
  nameRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <>
      <Field label={f.name} hint={f.nameHint} error={errors.name}>
        <input ref={nameRef} type="text" name="name" value={name} onChange={(event) => onName(event.target.value)} autoComplete="off" aria-required="true" />
      </Field>
      <Field label={f.description} hint={f.descriptionHint} error={errors.description}>
        <textarea name="description" value={description} onChange={(event) => onDescription(event.target.value)} className={styles.textarea} rows={3} />
      </Field>
    </>
  );
}
