import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { describeError, fieldError, isConflict } from './errors';

describe('errors in plain words', () => {
  it('never shows a code raw', () => {
    expect(describeError(new ApiError('CONFLICT', 'Stale version'))).toMatch(/changed this meanwhile/);
    expect(describeError(new ApiError('SOMETHING_NEW', 'x'))).toBe('Something went wrong. Please try again.');
    expect(describeError(new Error('boom'))).not.toContain('boom');
  });

  it('puts a validation error at its field and its parts', () => {
    const error = new ApiError('VALIDATION_FAILED', 'Subject may have at most 200 characters.', 'input.subject');
    expect(fieldError(error, 'input.subject')).toBe('Subject may have at most 200 characters.');
    expect(fieldError(error, 'input.description')).toBeNull();
    expect(fieldError(new ApiError('VALIDATION_FAILED', 'Bad file', 'input.attachmentIds[1]'), 'input.attachmentIds')).toBe('Bad file');
    expect(isConflict(new ApiError('CONFLICT', ''))).toBe(true);
  });
});
