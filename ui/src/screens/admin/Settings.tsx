import type { ReactNode } from 'react';
import { useMe } from '../../platform/hooks';
import { strings } from '../../strings';
import { Banner } from '../../ui/States';
import { AssignmentSettings } from './assignment/AssignmentSettings';
import { AttachmentSettings } from './attachments/AttachmentSettings';
import { CannedResponsesSettings } from './responses/CannedResponsesSettings';
import { CategoriesSettings } from './categories/CategoriesSettings';
import { TemplatesSettings } from './templates/TemplatesSettings';
import { NotificationSettings } from './notifications/NotificationSettings';
import { AutoCloseSettings } from '../sla/settings/AutoCloseSettings';
import { CalendarsSettings } from '../sla/settings/CalendarsSettings';
import { SlaPoliciesSettings } from '../sla/settings/SlaPoliciesSettings';

export type SettingsSection = 'categories' | 'responses' | 'templates' | 'assignment' | 'attachments' | 'sla-policies' | 'calendars' | 'auto-close' | 'notifications';

interface SectionEntry {
  key: SettingsSection;
  label: string;
  /** Agents see only their own canned responses; everything else is for admins. */
  agents: boolean;
  render: () => ReactNode;
}

const SECTIONS: SectionEntry[] = [
  { key: 'categories', label: strings.admin.sections.categories, agents: false, render: () => <CategoriesSettings /> },
  { key: 'responses', label: strings.admin.sections.responses, agents: true, render: () => <CannedResponsesSettings /> },
  { key: 'templates', label: strings.admin.sections.templates, agents: false, render: () => <TemplatesSettings /> },
  { key: 'notifications', label: strings.admin.sections.notifications, agents: false, render: () => <NotificationSettings /> },
  { key: 'assignment', label: strings.admin.sections.assignment, agents: false, render: () => <AssignmentSettings /> },
  { key: 'attachments', label: strings.admin.sections.attachments, agents: false, render: () => <AttachmentSettings /> },
  { key: 'sla-policies', label: strings.admin.sections.slaPolicies, agents: false, render: () => <SlaPoliciesSettings /> },
  { key: 'calendars', label: strings.admin.sections.calendars, agents: false, render: () => <CalendarsSettings /> },
  { key: 'auto-close', label: strings.admin.sections.autoClose, agents: false, render: () => <AutoCloseSettings /> },
];

/** The settings sections this user may open, with the label they see (agents: "My canned responses"). */
export function settingsSections(isAdmin: boolean): { key: SettingsSection; label: string }[] {
  return SECTIONS.filter((section) => isAdmin || section.agents)
    .map((section) => ({ key: section.key, label: !isAdmin && section.key === 'responses' ? strings.admin.sections.myResponses : section.label }));
}

export function isSettingsSection(value: string | null): value is SettingsSection {
  return SECTIONS.some((section) => section.key === value);
}

/** One settings section, if this user may see it (controls a role may not use are not shown at all). */
export function Settings({ section }: { section: SettingsSection }) {
  const me = useMe();
  const entry = SECTIONS.find((candidate) => candidate.key === section);
  if (!entry || (!me.isAdmin && !entry.agents)) return <Banner>{strings.admin.notAllowed}</Banner>;
  return <>{entry.render()}</>;
}
