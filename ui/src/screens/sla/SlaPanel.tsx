import { useId, useState } from 'react';
import type { TicketSlaClockFieldsFragment, TicketSlaFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../platform/time';
import { strings } from '../../strings';
import { SlaBadge } from './SlaBadge';
import styles from './Sla.module.css';

const s = strings.sla;
const p = s.panel;

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/**
 * The ticket's SLA (staff only; the caller shows it to staff alone): both clocks with their state, due time, time left
 * or overdue and target; the measured times once known; the ledger behind a disclosure. `sla` null: no policy
 * measures the ticket.
 */
export function SlaPanel({ sla }: { sla: TicketSlaFieldsFragment | null | undefined }) {
  const headingId = useId();
  const ledgerId = useId();
  const [showLedger, setShowLedger] = useState(false);
  if (!sla) {
    return (
      <section className={styles.panel} aria-labelledby={headingId}>
        <h3 id={headingId} className={styles.heading}>{p.heading}</h3>
        <p className={styles.meta}>{p.none}</p>
      </section>
    );
  }
  const times = sla.times;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>{p.heading}</h3>
      <p className={styles.meta}>
        {sla.policy ? p.policy(sla.policy.name) : p.policyDeleted}
        <br />
        {p.calendar(sla.calendarName)}
      </p>
      <Clock clock={sla.firstResponse} />
      <Clock clock={sla.resolution} />

      {(times.firstResponseBusinessMinutes !== null || times.resolutionBusinessMinutes !== null || times.pausedCalendarMinutes > 0 || times.firstResolvedAt) && (
        <>
          <h4 className={styles.subheading}>{p.times}</h4>
          <dl className={styles.facts}>
            <dt>{p.firstResponse}</dt>
            <dd>{measured(times.firstResponseBusinessMinutes, times.firstResponseCalendarMinutes)}</dd>
            <dt>{p.resolution}</dt>
            <dd>{measured(times.resolutionBusinessMinutes, times.resolutionCalendarMinutes)}</dd>
            {times.pausedCalendarMinutes > 0 && <><dt>{p.paused}</dt><dd>{s.duration(times.pausedCalendarMinutes)}</dd></>}
            {times.firstResolvedAt && <><dt>{p.firstResolved}</dt><dd><When iso={times.firstResolvedAt} /></dd></>}
          </dl>
        </>
      )}

      <button type="button" className={styles.disclosure} aria-expanded={showLedger} aria-controls={ledgerId} onClick={() => setShowLedger((was) => !was)}>
        {showLedger ? p.hideLedger : p.showLedger(sla.ledger.length)}
      </button>
      <div id={ledgerId} hidden={!showLedger}>
        {showLedger && (sla.ledger.length === 0 ? <p className={styles.meta}>{p.ledgerEmpty}</p> : (
          <ol className={styles.ledger} aria-label={p.ledgerLabel}>
            {sla.ledger.map((entry) => (
              <li key={entry.id} className={styles.ledgerEntry}>
                <When iso={entry.occurredAt} />
                <div className={styles.ledgerWhat}>{p.ledgerEntry(entry.target, p.kinds[entry.kind] ?? entry.kind)}</div>
                <div>{entry.reason}</div>
                <div className={styles.ledgerDetail}>
                  {entry.calendarName}
                  {' · '}
                  {entry.dueAt ? <>{p.dueAfter('')}<When iso={entry.dueAt} /></> : p.noDueAfter}
                </div>
              </li>
            ))}
          </ol>
        ))}
      </div>
    </section>
  );
}

function measured(business: number | null | undefined, calendar: number | null | undefined): string {
  if (business == null && calendar == null) return p.notYet;
  return [business != null ? p.business(business) : null, calendar != null ? p.calendarTime(calendar) : null].filter(Boolean).join(' · ');
}

/** One clock: its state as a badge, then due, left or overdue, target and time used. */
function Clock({ clock }: { clock: TicketSlaClockFieldsFragment }) {
  const headingId = useId();
  const overdue = clock.remainingMinutes < 0;
  return (
    <section className={styles.clock} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.clockHead}>
        <span>{s.target(clock.target)}</span>
        {/* The state alone: due, left or overdue follow in full (the badge's short form would only repeat them). */}
        <SlaBadge clock={clock} target={clock.target} showWhen={false} />
      </h4>
      <dl className={styles.facts}>
        <dt>{p.due}</dt>
        <dd>{clock.dueAt ? <When iso={clock.dueAt} /> : p.notRunning}</dd>
        {clock.state !== 'MET' && (overdue ? (
          <><dt>{p.overdue}</dt><dd className={styles.overdue}>{s.duration(-clock.remainingMinutes)}</dd></>
        ) : (
          <><dt>{p.remaining}</dt><dd>{s.duration(clock.remainingMinutes)}</dd></>
        ))}
        <dt>{p.target}</dt>
        <dd>{s.duration(clock.targetMinutes)}</dd>
        <dt>{p.elapsed}</dt>
        <dd>{s.duration(clock.elapsedMinutes)}</dd>
        {clock.breachedAt && <><dt>{p.breachedAt}</dt><dd><When iso={clock.breachedAt} /></dd></>}
        {clock.stoppedAt && <><dt>{p.stopped}</dt><dd><When iso={clock.stoppedAt} /></dd></>}
      </dl>
    </section>
  );
}
