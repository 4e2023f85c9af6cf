import type { TicketReportGrouping } from '../../../gql/graphql';

export const GROUPINGS: TicketReportGrouping[] = ['CATEGORY', 'PRIORITY', 'AGENT', 'REQUESTER_TYPE', 'DAY'];
export type Preset = 'last7' | 'last30' | 'thisMonth';
export const PRESETS: Preset[] = ['last7', 'last30', 'thisMonth'];
export const MAX_DAYS = 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `yyyy-MM-dd` of a local day. */
export function dayString(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function localDay(value: string, plusDays = 0): Date {
  const [year = 1970, month = 1, date = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays);
}

/** The local days (inclusive) of a preset, as of `now`. */
export function presetRange(preset: Preset, now: Date = new Date()): { from: string; to: string } {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const to = dayString(today);
  switch (preset) {
    case 'last7': return { from: dayString(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6)), to };
    case 'last30': return { from: dayString(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29)), to };
    case 'thisMonth': return { from: dayString(new Date(today.getFullYear(), today.getMonth(), 1)), to };
  }
}

export function isDay(value: string | null): value is string {
  return value !== null && DAY.test(value) && !Number.isNaN(localDay(value).getTime());
}

/**
 * The API's period for local days `from` to `to` inclusive: `[start of from, start of the day after to)`, or null when
 * `to` is before `from` or the period is longer than 366 days.
 */
export function periodVariables(from: string, to: string): { from: string; to: string } | null {
  if (!isDay(from) || !isDay(to)) return null;
  const start = localDay(from);
  const end = localDay(to, 1);
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  if (days < 1 || days > MAX_DAYS) return null;
  return { from: start.toISOString(), to: end.toISOString() };
}
