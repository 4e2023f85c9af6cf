import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import styles from './primitives.module.css';

export interface Tab {
  value: string;
  label: ReactNode;
  content: ReactNode;
}

export function Tabs({ tabs, value, onValueChange, label }: { tabs: Tab[]; value: string; onValueChange: (value: string) => void; label: string }) {
  return (
    <RadixTabs.Root value={value} onValueChange={onValueChange}>
      <RadixTabs.List className={styles.tabsList} aria-label={label}>
        {tabs.map((tab) => <RadixTabs.Trigger key={tab.value} value={tab.value} className={styles.tabsTrigger}>{tab.label}</RadixTabs.Trigger>)}
      </RadixTabs.List>
      {tabs.map((tab) => <RadixTabs.Content key={tab.value} value={tab.value}>{tab.content}</RadixTabs.Content>)}
    </RadixTabs.Root>
  );
}
