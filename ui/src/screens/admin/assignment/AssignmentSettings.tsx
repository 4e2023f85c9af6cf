/** Settings: assignment rules, teams, agents and the sync from Keycloak. */
export function AssignmentSettings() {
  return <section aria-label="AssignmentSettings" />;
}
