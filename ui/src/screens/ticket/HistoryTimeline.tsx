import { strings } from '../../strings';
import { formatDateTime, formatRelative } from '../../platform/time';
import type { Agent, Category, TicketFields } from './useTicket';
import styles from './TicketView.module.css';

type Entry = NonNullable<TicketFields['history']>[number];
const h = strings.ticket.history;

/** Who did it, in words: a person's name, a rule's, or the system. */
function actorName(entry: Entry): string {
  if (entry.actor.type === 'RULE') return h.rule(entry.actor.name ?? '');
  if (entry.actor.type === 'SYSTEM') return entry.actor.name ? `${h.system} (${entry.actor.name})` : h.system;
  return entry.actor.name ?? h.someone;
}

/** A value of a history entry in words: statuses and priorities by label, categories and agents by name. */
function valueText(entry: Entry, value: string | null, categories: Category[], agents: Agent[]): string {
  if (value === null) return entry.field === 'ASSIGNEE' ? h.nobody : '—';
  switch (entry.field) {
    case 'STATUS': return strings.ticket.status(value);
    case 'PRIORITY': return strings.ticket.priority(value);
    case 'CATEGORY': return categories.find((category) => category.id === value)?.name ?? value;
    case 'ASSIGNEE': return agents.find((agent) => agent.id === value)?.name ?? value;
    case 'SLA': return strings.sla.history.value(value);
    default: return value;
  }
}

/** The tags a TAGS entry added and removed (its values are the tags before and after, comma-separated). */
export function tagChanges(from: string | null, to: string | null): { added: string[]; removed: string[] } {
  const list = (value: string | null) => (value ? value.split(',').map((tag) => tag.trim()).filter(Boolean) : []);
  const before = list(from);
  const after = list(to);
  return { added: after.filter((tag) => !before.includes(tag)), removed: before.filter((tag) => !after.includes(tag)) };
}

/** Every change of the ticket, oldest first: who, when, what, from → to, and why. */
export function HistoryTimeline({ history, categories, agents }: { history: Entry[]; categories: Category[]; agents: Agent[] }) {
  if (history.length === 0) return <p className={styles.muted}>{h.empty}</p>;
  return (
    <ol className={styles.timeline} aria-label={h.label}>
      {history.map((entry) => {
        // A notification's value is its channel, said in the words; its note says to whom and what (the system's words, not a quote).
        const notification = entry.field === 'NOTIFICATION';
        const tags = entry.field === 'TAGS' ? tagChanges(entry.fromValue, entry.toValue) : null;
        const hasValues = entry.field !== 'CREATED' && entry.field !== 'FIRST_RESPONSE' && !notification && !tags;
        return (
          <li key={entry.id} className={styles.timelineEntry}>
            <time dateTime={entry.occurredAt} title={formatDateTime(entry.occurredAt)} className={styles.timelineTime}>
              {formatRelative(entry.occurredAt)}
            </time>
            <div>
              <span className={styles.author}>{actorName(entry)}</span>{' '}
              <span>{notification ? h.notification(entry.toValue) : h.fields[entry.field] ?? entry.field}</span>
              {tags && (
                <>
                  {': '}
                  {tags.added.length > 0 && <>{h.tagsAdded} <strong>{tags.added.join(', ')}</strong></>}
                  {tags.added.length > 0 && tags.removed.length > 0 && '; '}
                  {tags.removed.length > 0 && <>{h.tagsRemoved} <span className={styles.fromValue}>{tags.removed.join(', ')}</span></>}
                  {tags.added.length === 0 && tags.removed.length === 0 && <strong>{entry.toValue ?? h.noTags}</strong>}
                </>
              )}
              {hasValues && (entry.fromValue !== null || entry.toValue !== null) && (
                <>
                  {': '}
                  {(entry.fromValue !== null || entry.field === 'ASSIGNEE') && <><span className={styles.fromValue}>{valueText(entry, entry.fromValue, categories, agents)}</span>{' → '}</>}
                  <strong>{valueText(entry, entry.toValue, categories, agents)}</strong>
                </>
              )}
              {entry.note && (notification
                ? <p className={styles.timelineDetail}>{entry.note}</p>
                : <p className={styles.timelineNote}>{h.note(entry.note)}</p>)}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
