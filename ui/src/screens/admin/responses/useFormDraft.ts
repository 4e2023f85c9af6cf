import { useCallback, useMemo } from 'react';
import { useDraft } from '../../../platform/useDraft';

/**
 * A form's unsaved values kept as a draft (sessionStorage, through {@link useDraft}): null until the person changes
 * something, so an untouched form always shows what is stored. Mount the form again (a React key) for another key.
 */
export function useFormDraft<T extends object>(key: string): [T | null, (value: T) => void, () => void] {
  const [raw, setRaw, clear] = useDraft(key);
  const value = useMemo(() => parse<T>(raw), [raw]);
  const set = useCallback((next: T) => setRaw(JSON.stringify(next)), [setRaw]);
  return [value, set, clear];
}

function parse<T>(raw: string): T | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' ? (value as T) : null;
  } catch {
    return null;
  }
}
