import { strings } from '../strings';
import { ApiError } from './api';

/** Plain words for an error: the API's codes are never shown raw. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'VALIDATION_FAILED' && error.message && error.field) {
      // The API's validation messages are written for people ("Subject may have at most 200 characters.").
      return error.message;
    }
    return strings.common.errors[error.code] ?? strings.common.genericError;
  }
  return strings.common.genericError;
}

/** The message for `field` when `error` is a validation error about it, else null (show it inline there). */
export function fieldError(error: unknown, field: string): string | null {
  return error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.isAbout(field) ? error.message : null;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CONFLICT';
}
