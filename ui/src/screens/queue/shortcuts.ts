import { useEffect, useRef, type RefObject } from 'react';

const WIDGET_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'option', 'menu', 'menuitem', 'spinbutton', 'slider']);

/** True while the person is typing (or working a widget that takes letters): shortcuts must not fire then. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const role = target.getAttribute('role');
  return role !== null && WIDGET_ROLES.has(role);
}

/**
 * Single-key shortcuts for the console. `handle` returns true when it used the key (its default is then prevented).
 * Keys count only when the focus is on the page itself or inside `root` (so a host page's own fields never trigger
 * them), never while typing, never with Ctrl/Alt/Meta, never inside a dialog, and never when someone inside already
 * handled the key (`defaultPrevented`: the ticket view may have its own).
 */
export function useShortcuts(root: RefObject<HTMLElement | null>, handle: (event: KeyboardEvent) => boolean) {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const target = event.target;
      if (isTypingTarget(target)) return;
      const element = target instanceof Element ? target : null;
      const onPage = element === null || element === document.body || element === document.documentElement;
      if (!onPage && !(root.current && element && root.current.contains(element))) return;
      if (element?.closest('[role="dialog"], [role="alertdialog"]')) return;
      if (latest.current(event)) event.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [root]);
}
