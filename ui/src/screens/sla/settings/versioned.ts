import { isConflict } from '../../../platform/errors';

/** A line the dialog shows above its form. */
export interface Notice { kind: 'info' | 'error'; text: string }

/**
 * The CONFLICT answer of a save of something versioned (a policy, a calendar): read it again and take its new
 * version, keeping what the user typed, and say so; if it is gone, say that. Other errors are shown at their fields.
 */
export function reloadOnConflict<T extends { version: number }>(editing: boolean, reload: () => Promise<T | null>,
  setVersion: (version: number) => void, setNotice: (notice: Notice) => void, text: { conflict: string; gone: string }) {
  return async (error: unknown) => {
    if (!isConflict(error) || !editing) return;
    const current = await reload();
    if (current) {
      setVersion(current.version);
      setNotice({ kind: 'info', text: text.conflict });
    } else {
      setNotice({ kind: 'error', text: text.gone });
    }
  };
}
