import * as RadixSwitch from '@radix-ui/react-switch';
import { useId, type ReactNode } from 'react';
import styles from './primitives.module.css';

interface SwitchProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  label: ReactNode;
  disabled?: boolean;
  /** Ids of the hint and error that describe the switch (a validation error about it, shown beside it). */
  describedBy?: string;
  /** Marks the switch invalid (its error is one of `describedBy`). */
  invalid?: boolean;
}

export function Switch({ checked, onCheckedChange, label, disabled, describedBy, invalid }: SwitchProps) {
  const id = useId();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <RadixSwitch.Root id={id} className={styles.switchRoot} checked={checked} onCheckedChange={onCheckedChange} disabled={disabled}
        aria-describedby={describedBy || undefined} aria-invalid={invalid || undefined}>
        <RadixSwitch.Thumb className={styles.switchThumb} />
      </RadixSwitch.Root>
      <label htmlFor={id}>{label}</label>
    </span>
  );
}
