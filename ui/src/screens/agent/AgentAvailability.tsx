import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { useApiMutation } from '../../platform/hooks';
import { describeError, isConflict } from '../../platform/errors';
import { strings } from '../../strings';
import { Switch } from '../../ui/Switch';
import { Banner } from '../../ui/States';
import styles from './AgentAvailability.module.css';

const UpdateAvailability = graphql(`
  mutation AgentUpdateAvailability($input: UpdateSupportAgentInput!) {
    updateSupportAgent(input: $input) { id availability version }
  }
`);

export interface AgentRecord {
  id: string;
  availability: 'AVAILABLE' | 'AWAY';
  version: number;
}

/**
 * The signed-in agent's own availability switch. It sends only `availability` (the one setting an agent may change,
 * and only their own); a stale version (CONFLICT) reloads the record and says so. `onChanged` refetches whatever
 * holds the record.
 */
export function AgentAvailability({ agent, onChanged }: { agent: AgentRecord; onChanged: () => Promise<unknown> | void }) {
  const headingId = useId();
  const [pending, setPending] = useState<AgentRecord['availability'] | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const mutation = useApiMutation(UpdateAvailability, {
    onSuccess: async () => {
      await onChanged();
      setPending(null);
    },
    onError: async (error) => {
      setPending(null);
      if (isConflict(error)) {
        setMessage({ kind: 'info', text: strings.agent.conflict });
        await onChanged();
      } else {
        setMessage({ kind: 'error', text: describeError(error) });
      }
    },
  });
  const shown = pending ?? agent.availability;
  const change = (checked: boolean) => {
    const availability = checked ? 'AVAILABLE' : 'AWAY';
    setMessage(null);
    setPending(availability);
    mutation.mutate({ input: { id: agent.id, version: agent.version, availability } });
  };
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>{strings.agent.title}</h2>
      <Switch checked={shown === 'AVAILABLE'} onCheckedChange={change} label={strings.agent.switchLabel} disabled={mutation.isPending} />
      <p className={styles.state} aria-live="polite">
        {mutation.isPending ? strings.agent.saving : shown === 'AVAILABLE' ? strings.agent.available : strings.agent.away}
      </p>
      {message && <Banner kind={message.kind}>{message.text}</Banner>}
    </section>
  );
}
