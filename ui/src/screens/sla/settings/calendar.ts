import type { AdminSlaCalendarFieldsFragment, BusinessDayInput, DayOfWeek, HolidayInput } from '../../../gql/graphql';

export const DAYS: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export interface ShiftForm { from: string; to: string }
export interface DayForm { day: DayOfWeek; open: boolean; shifts: ShiftForm[] }
export interface HolidayForm { key: number; date: string; name: string }

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes since midnight of `HH:mm` (`24:00` is 1440), or null. */
export function minutesOf(value: string): number | null {
  const text = value.trim();
  if (!TIME.test(text)) return null;
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

/** True when the day's shifts are well-formed: times as HH:mm, each closing after it opens, none overlapping. */
export function validDay(day: DayForm): boolean {
  if (!day.open) return true;
  if (day.shifts.length === 0) return false;
  const spans = day.shifts.map((shift) => [minutesOf(shift.from), minutesOf(shift.to)] as const);
  if (spans.some(([from, to]) => from === null || to === null || from >= 1440 || to <= from)) return false;
  const sorted = [...spans].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  return sorted.every((span, index) => index === 0 || (span[0] ?? 0) >= (sorted[index - 1]![1] ?? 0));
}

export function daysForm(calendar: AdminSlaCalendarFieldsFragment | null): DayForm[] {
  return DAYS.map((day) => {
    if (!calendar) {
      const weekday = day !== 'SATURDAY' && day !== 'SUNDAY';
      return { day, open: weekday, shifts: [{ from: '09:00', to: '17:00' }] };
    }
    const found = calendar.weeklyHours.find((candidate) => candidate.day === day);
    return found && found.shifts.length > 0
      ? { day, open: true, shifts: found.shifts.map((shift) => ({ from: shift.from, to: shift.to })) }
      : { day, open: false, shifts: [{ from: '09:00', to: '17:00' }] };
  });
}

/** The API's weekly hours: open days only, times trimmed. */
export function weeklyHoursInput(days: DayForm[]): BusinessDayInput[] {
  return days.filter((day) => day.open).map((day) => ({ day: day.day, shifts: day.shifts.map((shift) => ({ from: shift.from.trim(), to: shift.to.trim() })) }));
}

export function holidaysInput(holidays: HolidayForm[]): HolidayInput[] {
  return holidays.map((holiday) => ({ date: holiday.date, name: holiday.name.trim() }));
}

/** True when every holiday has a date and a name and no date is there twice. */
export function validHolidays(holidays: HolidayForm[]): boolean {
  const dates = holidays.map((holiday) => holiday.date);
  return holidays.every((holiday) => /^\d{4}-\d{2}-\d{2}$/.test(holiday.date) && holiday.name.trim() !== '') && new Set(dates).size === dates.length;
}

/** The IANA time zones this browser knows (and `extra`, the calendar's own, should the browser not list it). */
export function timeZones(extra?: string): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  const all = new Set(zones);
  all.add('UTC');
  if (extra) all.add(extra);
  return [...all].sort();
}
