import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AdminSlaCalendarFieldsFragment } from '../../../gql/graphql';
import { describeError, fieldError, isConflict } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { Banner } from '../../../ui/States';
import theme from '../../../ui/theme.module.css';
import {
  daysForm, holidaysInput, timeZones, validDay, validHolidays, weeklyHoursInput, type DayForm, type HolidayForm,
} from './calendar';
import { AdminSlaUpsertCalendar } from './queries';
import styles from './SlaSettings.module.css';
import { type Notice, reloadOnConflict } from './versioned';

const s = strings.sla;
const f = s.calendarForm;
type Calendar = AdminSlaCalendarFieldsFragment;

let lastKey = 0;
/** A key for a new holiday row (rows are added and removed: their index is no key). */
const newKey = () => ++lastKey;

/** The browser's own time zone: where a new calendar starts. */
function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * A calendar's name, time zone (a combobox over the IANA zones), open hours per day (split shifts: add and remove a
 * shift; `HH:mm`, `24:00` for the end of the day) and holidays, in a dialog. Checked here first; what the API refuses
 * is shown at its field. A stale version (CONFLICT) reloads and keeps what was entered.
 */
export function CalendarDialog({ calendar, reload, onClose, onSaved }: {
  calendar: Calendar | null;
  reload: () => Promise<Calendar | null>;
  onClose: () => void;
  onSaved: (calendar: Calendar, created: boolean) => void;
}) {
  const ids = useId();
  const [name, setName] = useState(calendar?.name ?? '');
  const [timeZone, setTimeZone] = useState(calendar?.timeZone ?? localZone());
  const [days, setDays] = useState<DayForm[]>(() => daysForm(calendar));
  const [holidays, setHolidays] = useState<HolidayForm[]>(() => (calendar?.holidays ?? []).map((holiday) => ({ key: newKey(), ...holiday })));
  const [version, setVersion] = useState(calendar?.version ?? null);
  const [local, setLocal] = useState<{ name?: string; timeZone?: string; weeklyHours?: string; holidays?: string }>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const zones = useMemo(() => timeZones(calendar?.timeZone), [calendar?.timeZone]);

  // Focus after adding or removing a row: the new row's first input, or the button that adds more.
  const form = useRef<HTMLFormElement>(null);
  // A new object each time, so the same target twice (two removals in a row) still moves the focus.
  const [focusTarget, setFocusTargetState] = useState<{ key: string } | null>(null);
  const setFocusTarget = (key: string) => setFocusTargetState({ key });
  useEffect(() => {
    if (focusTarget) form.current?.querySelector<HTMLElement>(`[data-focus="${focusTarget.key}"]`)?.focus();
  }, [focusTarget]);

  const mutation = useApiMutation(AdminSlaUpsertCalendar, {
    onSuccess: (result) => onSaved(result.upsertBusinessCalendar, !calendar),
    onError: reloadOnConflict(Boolean(calendar), reload, setVersion, setNotice, f),
  });
  const apiError = isConflict(mutation.error) ? null : mutation.error;
  const errors = {
    name: local.name ?? fieldError(apiError, 'input.name'),
    timeZone: local.timeZone ?? fieldError(apiError, 'input.timeZone'),
    weeklyHours: local.weeklyHours ?? fieldError(apiError, 'input.weeklyHours'),
    holidays: local.holidays ?? fieldError(apiError, 'input.holidays'),
  };
  const otherError = apiError && !Object.values(errors).some(Boolean) ? describeError(apiError) : null;
  const invalidDays = new Set(days.filter((day) => !validDay(day)).map((day) => day.day));

  const changeDay = (index: number, change: (day: DayForm) => DayForm) => {
    setDays((current) => current.map((day, i) => (i === index ? change(day) : day)));
    setLocal((current) => ({ ...current, weeklyHours: undefined }));
  };
  const changeHoliday = (key: number, change: Partial<HolidayForm>) => {
    setHolidays((current) => current.map((holiday) => (holiday.key === key ? { ...holiday, ...change } : holiday)));
    setLocal((current) => ({ ...current, holidays: undefined }));
  };

  const submit = () => {
    const found: typeof local = {};
    if (name.trim() === '') found.name = f.nameRequired;
    if (!zones.includes(timeZone.trim())) found.timeZone = f.timeZoneInvalid;
    const bad = days.find((day) => !validDay(day));
    if (bad) found.weeklyHours = f.shiftInvalid(s.calendars.days[bad.day] ?? bad.day);
    else if (!days.some((day) => day.open)) found.weeklyHours = f.noShift;
    if (!validHolidays(holidays)) found.holidays = f.holidayInvalid;
    setLocal(found);
    setNotice(null);
    if (Object.values(found).some(Boolean)) return;
    mutation.reset();
    mutation.mutate({
      input: {
        ...(calendar ? { id: calendar.id, version } : {}),
        name: name.trim(),
        timeZone: timeZone.trim(),
        weeklyHours: weeklyHoursInput(days),
        holidays: holidaysInput(holidays),
      },
    });
  };

  const formId = `${ids}-form`;
  const hoursErrorId = `${ids}-hours-error`;
  const holidaysErrorId = `${ids}-holidays-error`;
  const zonesId = `${ids}-zones`;
  return (
    <Dialog wide open onOpenChange={(open) => { if (!open && !mutation.isPending) onClose(); }}
      title={calendar ? f.editTitle(calendar.name) : f.newTitle} description={f.description}
      actions={<>
        <Button onClick={onClose} disabled={mutation.isPending}>{strings.common.cancel}</Button>
        <Button type="submit" form={formId} variant="primary" disabled={mutation.isPending}>
          {mutation.isPending ? f.saving : calendar ? f.save : f.create}
        </Button>
      </>}>
      <form ref={form} id={formId} noValidate className={styles.form} onSubmit={(event) => { event.preventDefault(); submit(); }}>
        {notice && <Banner kind={notice.kind}>{notice.text}</Banner>}
        {otherError && <Banner kind="error">{otherError}</Banner>}
        <div className={styles.twoColumns}>
          <Field label={f.name} hint={f.nameHint} error={errors.name}>
            <input value={name} maxLength={80} autoComplete="off"
              onChange={(event) => { setName(event.target.value); setLocal((current) => ({ ...current, name: undefined })); }} />
          </Field>
          <Field label={f.timeZone} hint={f.timeZoneHint} error={errors.timeZone}>
            <input value={timeZone} list={zonesId} autoComplete="off" spellCheck={false}
              onChange={(event) => { setTimeZone(event.target.value); setLocal((current) => ({ ...current, timeZone: undefined })); }} />
          </Field>
          <datalist id={zonesId}>
            {zones.map((zone) => <option key={zone} value={zone} />)}
          </datalist>
        </div>

        <fieldset className={styles.fieldset} aria-describedby={errors.weeklyHours ? hoursErrorId : `${ids}-hours-hint`}>
          <legend className={styles.legend}>{f.weeklyHours}</legend>
          <p id={`${ids}-hours-hint`} className={styles.hint}>{f.weeklyHoursHint}</p>
          <ul className={styles.days}>
            {days.map((day, dayIndex) => {
              const dayName = s.calendars.days[day.day] ?? day.day;
              const invalid = errors.weeklyHours && (invalidDays.has(day.day) || !days.some((d) => d.open)) ? true : undefined;
              return (
                <li key={day.day} className={styles.day}>
                  <label className={styles.check}>
                    <input type="checkbox" checked={day.open} onChange={(event) => changeDay(dayIndex, (d) => ({ ...d, open: event.target.checked }))} />
                    {dayName}{' '}<span className={theme.visuallyHidden}>{f.openWord}</span>
                  </label>
                  {day.open ? (
                    <div>
                      <ul className={styles.shifts}>
                        {day.shifts.map((shift, shiftIndex) => (
                          <li key={shiftIndex} className={styles.shift}>
                            <input data-focus={`${day.day}-${shiftIndex}`} className={styles.time} value={shift.from} placeholder="09:00" inputMode="numeric"
                              autoComplete="off" aria-label={f.fromLabel(dayName, shiftIndex + 1)} aria-invalid={invalid}
                              aria-describedby={invalid ? hoursErrorId : undefined}
                              onChange={(event) => changeDay(dayIndex, (d) => ({ ...d, shifts: d.shifts.map((x, i) => (i === shiftIndex ? { ...x, from: event.target.value } : x)) }))} />
                            <span aria-hidden="true">–</span>
                            <input className={styles.time} value={shift.to} placeholder="17:00" inputMode="numeric" autoComplete="off"
                              aria-label={f.toLabel(dayName, shiftIndex + 1)} aria-invalid={invalid} aria-describedby={invalid ? hoursErrorId : undefined}
                              onChange={(event) => changeDay(dayIndex, (d) => ({ ...d, shifts: d.shifts.map((x, i) => (i === shiftIndex ? { ...x, to: event.target.value } : x)) }))} />
                            {day.shifts.length > 1 && (
                              <Button variant="ghost" aria-label={f.removeShiftLabel(dayName, shiftIndex + 1)}
                                onClick={() => {
                                  setFocusTarget(`${day.day}-add`);
                                  changeDay(dayIndex, (d) => ({ ...d, shifts: d.shifts.filter((_, i) => i !== shiftIndex) }));
                                }}>
                                {f.removeShift}
                              </Button>
                            )}
                          </li>
                        ))}
                      </ul>
                      <Button variant="ghost" data-focus={`${day.day}-add`} aria-label={f.addShiftLabel(dayName)}
                        onClick={() => {
                          setFocusTarget(`${day.day}-${day.shifts.length}`);
                          const last = day.shifts.at(-1);
                          changeDay(dayIndex, (d) => ({ ...d, shifts: [...d.shifts, { from: last?.to ?? '', to: '' }] }));
                        }}>
                        <span aria-hidden="true">+ </span>{f.addShift}
                      </Button>
                    </div>
                  ) : <span className={styles.closedText}>{f.closedDay}</span>}
                </li>
              );
            })}
          </ul>
          {errors.weeklyHours && <span id={hoursErrorId} className={styles.error} role="alert">{errors.weeklyHours}</span>}
        </fieldset>

        <fieldset className={styles.fieldset} aria-describedby={errors.holidays ? holidaysErrorId : `${ids}-holidays-hint`}>
          <legend className={styles.legend}>{f.holidays}</legend>
          <p id={`${ids}-holidays-hint`} className={styles.hint}>{f.holidaysHint}</p>
          {holidays.length === 0 ? <p className={styles.muted}>{f.noHolidays}</p> : (
            <ul className={styles.holidays}>
              {holidays.map((holiday, index) => {
                const invalid = errors.holidays ? true : undefined;
                return (
                  <li key={holiday.key} className={styles.holiday}>
                    <input data-focus={`holiday-${holiday.key}`} type="date" className={styles.input} value={holiday.date}
                      aria-label={f.holidayDateLabel(index + 1)} aria-invalid={invalid} aria-describedby={invalid ? holidaysErrorId : undefined}
                      onChange={(event) => changeHoliday(holiday.key, { date: event.target.value })} />
                    <input className={styles.holidayName} value={holiday.name} maxLength={80} autoComplete="off"
                      aria-label={f.holidayNameLabel(index + 1)} aria-invalid={invalid} aria-describedby={invalid ? holidaysErrorId : undefined}
                      onChange={(event) => changeHoliday(holiday.key, { name: event.target.value })} />
                    <Button variant="ghost" aria-label={f.removeHolidayLabel(holiday.name || holiday.date || String(index + 1))}
                      onClick={() => {
                        setFocusTarget('holiday-add');
                        setHolidays((current) => current.filter((candidate) => candidate.key !== holiday.key));
                        setLocal((current) => ({ ...current, holidays: undefined }));
                      }}>
                      {f.removeHoliday}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
          <Button data-focus={'holiday-add'}
            onClick={() => {
              const key = newKey();
              setFocusTarget(`holiday-${key}`);
              setHolidays((current) => [...current, { key, date: '', name: '' }]);
            }}>
            <span aria-hidden="true">+ </span>{f.addHoliday}
          </Button>
          {errors.holidays && <span id={holidaysErrorId} className={styles.error} role="alert">{errors.holidays}</span>}
        </fieldset>
      </form>
    </Dialog>
  );
}
