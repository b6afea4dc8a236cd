import { fail, ok, type Result } from './result';

/** A calendar date as `YYYY-MM-DD`, with no time zone: the day printed on the devis. */
export type CalendarDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Checks a `YYYY-MM-DD` text is a real day (no 31 November). */
export function readCalendarDate(text: string): Result<CalendarDate> {
  const match = ISO_DAY.exec(text);
  if (!match) return fail(`${text} is not a date written YYYY-MM-DD`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return fail(`${text} is not a day of the calendar`);
  return ok(text);
}

/** The local calendar day of an instant, as the person issuing the devis sees it. */
export function calendarDateOf(instant: Date): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The day `days` days after `date` (UTC arithmetic on calendar days, so no daylight-saving drift). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}
