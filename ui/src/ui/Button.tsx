import type { ComponentPropsWithRef } from 'react';
import styles from './primitives.module.css';

type Variant = 'default' | 'primary' | 'danger' | 'ghost';

export function Button({ variant = 'default', className, type = 'button', ...props }: ComponentPropsWithRef<'button'> & { variant?: Variant }) {
  const variantClass = variant === 'default' ? '' : styles[variant];
  return <button type={type} className={[styles.button, variantClass, className].filter(Boolean).join(' ')} {...props} />;
}
