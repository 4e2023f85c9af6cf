import { formatDateTime } from '../../platform/time';
import { strings } from '../../strings';
import theme from '../../ui/theme.module.css';
import { clockWhen, type BadgeClock, type SlaTargetKind } from './clock';
import styles from './Sla.module.css';

const MARKS: Record<string, string> = { ON_TRACK: '●', AT_RISK: '▲', BREACHED: '■', MET: '✓', PAUSED: '‖' };

/**
 * A clock's state in words and colour (never colour alone: the state's name and a mark), how long is left or how far
 * it is overdue, and the absolute due time in a `<time title>`. `showTarget` adds which clock in a short word ("Reply",
 * "Resolve"); screen readers always hear it. `showWhen` false leaves out the time left (the ticket's panel says it
 * in full beside the badge).
 */
export function SlaBadge({ clock, target, showTarget = false, showWhen = true }: {
  clock: BadgeClock; target: SlaTargetKind; showTarget?: boolean; showWhen?: boolean;
}) {
  const s = strings.sla;
  const when = showWhen ? clockWhen(clock) : null;
  const state = s.state(clock.state);
  return (
    <span className={[styles.badge, styles[`state_${clock.state}`]].join(' ')}>
      <span aria-hidden="true" className={styles.mark}>{MARKS[clock.state] ?? ''}</span>
      {showTarget && <span className={styles.badgeTarget}>{s.queue.short[target]} </span>}
      <span className={theme.visuallyHidden}>{s.target(target)}: </span>
      <span className={styles.badgeState}>{state}</span>
      {when && (
        <>
          {' · '}
          {clock.dueAt ? (
            <time dateTime={clock.dueAt} title={s.queue.dueTitle(target, formatDateTime(clock.dueAt))}>{when}</time>
          ) : <span>{when}</span>}
        </>
      )}
    </span>
  );
}
