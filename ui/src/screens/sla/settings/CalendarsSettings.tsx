import { useId, useState } from 'react';
import type { AdminSlaCalendarFieldsFragment } from '../../../gql/graphql';
import { useApiQuery } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Banner, EmptyState, ErrorState, LoadingState } from '../../../ui/States';
import { DAYS } from './calendar';
import { CalendarDialog } from './CalendarDialog';
import { AdminSlaCalendarsQuery } from './queries';
import styles from './SlaSettings.module.css';

const s = strings.sla;
const t = s.calendars;
type Calendar = AdminSlaCalendarFieldsFragment;

/** Settings: the business calendars (time zone, open hours per day, holidays), created and edited in a dialog. Admins only. */
export function CalendarsSettings() {
  const headingId = useId();
  const query = useApiQuery('admin-sla-calendars', AdminSlaCalendarsQuery, {});
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ calendar: Calendar | null } | null>(null);
  const calendars = [...(query.data?.businessCalendars ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  let body;
  if (query.isPending) body = <LoadingState />;
  else if (!query.data) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (calendars.length === 0) body = <EmptyState>{t.empty}</EmptyState>;
  else body = (
    <ul className={styles.cards} aria-label={t.listLabel}>
      {calendars.map((calendar) => (
        <li key={calendar.id} className={styles.item}>
          <div className={styles.itemHead}>
            <h3 className={styles.itemTitle}>{calendar.name} <span className={styles.itemKind}>· {calendar.timeZone}</span></h3>
            <Button variant="ghost" aria-label={t.editLabel(calendar.name)} onClick={() => setEditing({ calendar })}>{t.edit}</Button>
          </div>
          <dl className={styles.hours}>
            {DAYS.map((day) => {
              const shifts = calendar.weeklyHours.find((candidate) => candidate.day === day)?.shifts ?? [];
              return [
                <dt key={`${day}-dt`}>{t.days[day]}</dt>,
                <dd key={`${day}-dd`} className={shifts.length ? undefined : styles.muted}>
                  {shifts.length ? shifts.map((shift) => `${shift.from}–${shift.to}`).join(', ') : t.closed}
                </dd>,
              ];
            })}
          </dl>
          <p className={styles.muted}>
            {t.holidays(calendar.holidays.length)}
            {calendar.holidays.length > 0 && `: ${calendar.holidays.map((holiday) => `${holiday.name} (${holiday.date})`).join(', ')}`}
          </p>
        </li>
      ))}
    </ul>
  );

  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{t.title}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {message && <Banner>{message}</Banner>}
      <div className={styles.toolbar}>
        <Button variant="primary" onClick={() => setEditing({ calendar: null })}><span aria-hidden="true">+ </span>{t.add}</Button>
      </div>
      {query.isError && query.data && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {body}
      {editing && (
        <CalendarDialog key={editing.calendar?.id ?? 'new'} calendar={editing.calendar}
          reload={async () => (await query.refetch()).data?.businessCalendars.find((calendar) => calendar.id === editing.calendar?.id) ?? null}
          onClose={() => setEditing(null)}
          onSaved={async (calendar, created) => {
            setEditing(null);
            setMessage(created ? t.created(calendar.name) : t.updated(calendar.name));
            await query.refetch();
          }} />
      )}
    </section>
  );
}
