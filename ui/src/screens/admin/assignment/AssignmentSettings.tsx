import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useApiQuery } from '../../../platform/hooks';
import { useUrlParams } from '../../../platform/urlState';
import { strings } from '../../../strings';
import { ErrorState, LoadingState } from '../../../ui/States';
import { Tabs } from '../../../ui/Tabs';
import { AgentsPanel } from './AgentsPanel';
import { AssignmentScreenQuery } from './queries';
import { RulesPanel } from './RulesPanel';
import { TeamsPanel } from './TeamsPanel';
import styles from './Assignment.module.css';

const a = strings.adminAssignment;
const TABS = ['rules', 'teams', 'agents'] as const;
type TabKey = (typeof TABS)[number];
export const ASSIGNMENT_QUERY_KEY = 'admin-assignment';

/**
 * Settings: assignment rules (in order, by drag and drop or the keyboard), teams, agents (availability, capacity,
 * teams; those who left apart) and the sync from Keycloak. One query feeds every tab; the open tab is in the URL
 * (`assignmentTab`). Admins only (the settings shell shows it to nobody else).
 */
export function AssignmentSettings() {
  const headingId = useId();
  const [params, setParams] = useUrlParams();
  const requested = params.get('assignmentTab');
  const tab: TabKey = TABS.includes(requested as TabKey) ? (requested as TabKey) : 'rules';
  const query = useApiQuery(ASSIGNMENT_QUERY_KEY, AssignmentScreenQuery, {});
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: [ASSIGNMENT_QUERY_KEY] });

  let body;
  if (query.isPending) body = <LoadingState />;
  else if (!query.data) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else {
    const data = query.data;
    body = (
      <Tabs label={a.tabsLabel} value={tab} onValueChange={(value) => setParams({ assignmentTab: value === 'rules' ? null : value }, 'replace')}
        tabs={[
          { value: 'rules', label: a.tabs.rules, content: <RulesPanel data={data} refresh={refresh} /> },
          { value: 'teams', label: a.tabs.teams, content: <TeamsPanel data={data} refresh={refresh} /> },
          { value: 'agents', label: a.tabs.agents, content: <AgentsPanel data={data} refresh={refresh} /> },
        ]} />
    );
  }

  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{a.title}</h1>
      <p className={styles.muted}>{a.intro}</p>
      {query.isError && query.data && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {body}
    </section>
  );
}
