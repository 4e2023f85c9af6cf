import * as RadixDialog from '@radix-ui/react-dialog';
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import styles from './primitives.module.css';

/** Where dialogs render: inside the screens' root, so they keep its scoped styles and theme inside a host page. */
export const PortalContext = createContext<HTMLElement | null>(null);

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  /** Where focus goes when the dialog closes (call `event.preventDefault()` and focus something): by default, back to what opened it. */
  onCloseAutoFocus?: (event: Event) => void;
  /** Wider (760px) for forms with several columns. */
  wide?: boolean;
}

export function Dialog({ open, onOpenChange, title, description, children, actions, onCloseAutoFocus, wide }: DialogProps) {
  const container = useContext(PortalContext);
  // Our dialogs open from state, not from a Radix trigger, so Radix has nothing to give focus back to: remember what
  // had focus when the dialog opened and return there, unless the caller decides otherwise.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  const returnFocus = (event: Event) => {
    onCloseAutoFocus?.(event);
    if (!event.defaultPrevented && opener.current?.isConnected) {
      event.preventDefault();
      opener.current.focus();
    }
  };
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={container ?? undefined}>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content className={[styles.dialog, wide ? styles.dialogWide : ''].join(' ')} onCloseAutoFocus={returnFocus}>
          <RadixDialog.Title className={styles.dialogTitle}>{title}</RadixDialog.Title>
          {description ? <RadixDialog.Description>{description}</RadixDialog.Description> : <RadixDialog.Description className={styles.hint} />}
          {children}
          {actions && <div className={styles.dialogActions}>{actions}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
