/**
 * A calendar date (no time, no zone) as `YYYY-MM-DD`. Due dates, issue dates and dunning dates are
 * calendar dates in Europe/Paris: a date never shifts because a server runs in UTC.
 * Arithmetic is done on UTC midnights, where every day has exactly 24 hours.
 */
declare const calendarDateBrand: unique symbol;
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

export const BUSINESS_TIME_ZONE = 'Europe/Paris';

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(`invalid date: ${JSON.stringify(input)}`);
  }
}

function fromParts(year: number, month: number, day: number, input: string): CalendarDate {
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    year > 2200 ||
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    throw new InvalidDateError(input);
  }
  return toCalendarDate(utc);
}

function toCalendarDate(utcMidnight: Date): CalendarDate {
  return utcMidnight.toISOString().slice(0, 10) as CalendarDate;
}

function toUtc(date: CalendarDate): number {
  const m = ISO.exec(date);
  if (!m) throw new InvalidDateError(date);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Accepts `2026-11-23` and the French `23/11/2026` (also `23.11.2026`, `23-11-2026`). */
export function parseCalendarDate(input: string): CalendarDate {
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), input);
  const fr = FRENCH.exec(text);
  if (fr) return fromParts(Number(fr[3]), Number(fr[2]), Number(fr[1]), input);
  throw new InvalidDateError(input);
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !ISO.test(value)) return false;
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return fromParts(year, month, day, `${year}-${month}-${day}`);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return toCalendarDate(new Date(toUtc(date) + days * DAY_MS));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function maxDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((m, d) => (d > m ? d : m), first);
}

export function minDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((m, d) => (d < m ? d : m), first);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: CalendarDate): number {
  return Number(date.slice(5, 7));
}

/** `2026-11` */
export type MonthKey = string;
export function monthKey(date: CalendarDate): MonthKey {
  return date.slice(0, 7);
}

export function startOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01` as CalendarDate;
}

export function endOfMonth(date: CalendarDate): CalendarDate {
  return addDays(addMonths(startOfMonth(date), 1), -1);
}

/** Adds calendar months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const year = yearOf(date);
  const month = monthOf(date) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return toCalendarDate(new Date(Date.UTC(targetYear, targetMonth, day)));
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Months `from`..`to` inclusive, as keys. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): MonthKey[] {
  const keys: MonthKey[] = [];
  for (let d = startOfMonth(from); d <= to; d = addMonths(d, 1)) keys.push(monthKey(d));
  return keys;
}

/** One formatter per time zone: creating an Intl.DateTimeFormat costs far more than using one. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in Europe/Paris (or another zone). Pure: Intl does no I/O. */
export function calendarDateAt(instant: Date, timeZone: string = BUSINESS_TIME_ZONE): CalendarDate {
  let format = DATE_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DATE_FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}` as CalendarDate;
}

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

export function frenchMonthName(month: number): string {
  return MONTHS_FR[month - 1] ?? '';
}

/** `23 novembre 2026` (`1er` for the first of the month, as French letters write it). */
export function formatDateLongFr(date: CalendarDate): string {
  const day = Number(date.slice(8, 10));
  return `${day === 1 ? '1er' : day} ${frenchMonthName(monthOf(date))} ${yearOf(date)}`;
}

/** `lundi 23 novembre 2026` */
export function formatDateWithWeekdayFr(date: CalendarDate): string {
  return `${WEEKDAYS_FR[dayOfWeek(date)]} ${formatDateLongFr(date)}`;
}

/** `23/11/2026` */
export function formatDateShortFr(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** Today's date and the current instant. Injected everywhere; the domain never reads the system clock. */
export interface Clock {
  now(): Date;
  today(): CalendarDate;
}
