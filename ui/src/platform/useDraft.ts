import { useCallback, useState } from 'react';

const PREFIX = 'memberpulse-support.draft.';

/**
 * Text a person is typing, kept in sessionStorage under `key`: a failed send, a conflict reload or a trip through
 * sign-in after the session expired gives it back. Never tokens: only what the user typed.
 */
export function useDraft(key: string, initial = ''): [string, (value: string) => void, () => void] {
  const [value, setValue] = useState<string>(() => read(key) ?? initial);
  const update = useCallback((next: string) => {
    setValue(next);
    write(key, next);
  }, [key]);
  const clear = useCallback(() => {
    setValue('');
    write(key, '');
  }, [key]);
  return [value, update, clear];
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    if (value) sessionStorage.setItem(PREFIX + key, value);
    else sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage full or blocked: the draft lives in memory only.
  }
}
