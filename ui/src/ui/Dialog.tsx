import * as RadixDialog from '@radix-ui/react-dialog';
import { createContext, useContext, type ReactNode } from 'react';
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
  /** Wider (760px) for forms with several columns. */
  wide?: boolean;
}

export function Dialog({ open, onOpenChange, title, description, children, actions, wide }: DialogProps) {
  const container = useContext(PortalContext);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={container ?? undefined}>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content className={[styles.dialog, wide ? styles.dialogWide : ''].join(' ')}>
          <RadixDialog.Title className={styles.dialogTitle}>{title}</RadixDialog.Title>
          {description ? <RadixDialog.Description>{description}</RadixDialog.Description> : <RadixDialog.Description className={styles.hint} />}
          {children}
          {actions && <div className={styles.dialogActions}>{actions}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
