/**
 * French business days: neither Saturday, Sunday nor a public holiday (jour férié) of the chosen
 * calendar. Holidays come from date-holidays, a pure data library; we only ever read its `date`
 * string (`2026-05-01 00:00:00`, a Europe/Paris wall-clock date), never a JS Date's local fields,
 * so the result does not depend on the server's time zone.
 *
 * The engine asks this for every open invoice, so the hot paths work on integer day numbers
 * (days since 1970-01-01) and the holidays of a year are computed once per region and year.
 */
import Holidays from 'date-holidays';
import type { CalendarDate } from './calendar-date';

export interface BusinessCalendar {
  isBusinessDay(date: CalendarDate): boolean;
  /** `date` itself when it is a business day, else the first business day after it. */
  nextBusinessDayOnOrAfter(date: CalendarDate): CalendarDate;
  /** `date` itself when it is a business day, else the last business day before it. */
  previousBusinessDayOnOrBefore(date: CalendarDate): CalendarDate;
  /**
   * The n-th business day after `date` (n ≥ 0, whether or not `date` is a business day):
   * promise on Friday 1 May 2026 + 2 → Tuesday 5 May. n = 0 rolls `date` forward to a business
   * day, so a computed deadline never lands on a day the office is closed.
   */
  addBusinessDays(date: CalendarDate, n: number): CalendarDate;
  /**
   * Business days in (from, to]: `businessDaysBetween(d, addBusinessDays(d, n)) === n` for n ≥ 1.
   * Negative when `to` is before `from`, 0 when equal.
   */
  businessDaysBetween(from: CalendarDate, to: CalendarDate): number;
}

/**
 * `alsace-moselle`: the Bas-Rhin, Haut-Rhin and Moselle keep two more holidays under their local
 * law (Good Friday, 26 December).
 */
export type FrenchRegion = 'metropolitan' | 'alsace-moselle';

export interface FrenchCalendarOptions {
  region?: FrenchRegion;
}

// date-holidays models the local law per département; 67, 68 and 57 carry the same two extra days,
// so one of them stands for the three.
const DATE_HOLIDAYS_STATE: Record<FrenchRegion, string | null> = {
  metropolitan: null,
  'alsace-moselle': '67',
};

const DAY_MS = 86_400_000;
// A Monday far before 1900 (CalendarDate's lower bound): counting weekdays from it never sees a
// negative offset. Day -3 is Monday 29 December 1969.
const COUNTING_MONDAY = -3 - 7 * 20_000;

function toDayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10) as CalendarDate;
}

function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

function isWeekday(day: number): boolean {
  // Day 0 (1 January 1970) was a Thursday.
  const dow = (((day + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6;
}

/** Weekdays in [COUNTING_MONDAY, day): whole weeks count 5, a partial week at most 5. */
function weekdaysBefore(day: number): number {
  const offset = day - COUNTING_MONDAY;
  return 5 * Math.floor(offset / 7) + Math.min(offset % 7, 5);
}

interface YearHolidays {
  all: ReadonlySet<number>;
  /** Sorted; the ones that actually remove a business day. */
  onWeekdays: readonly number[];
}

/** The public holidays of one region, computed once per year and kept for the process' life. */
class HolidayIndex {
  private library: Holidays | null = null;
  private readonly years = new Map<number, YearHolidays>();

  constructor(private readonly state: string | null) {}

  of(year: number): YearHolidays {
    const cached = this.years.get(year);
    if (cached) return cached;
    // Constructing Holidays parses the country's rules: done lazily, once.
    this.library ??= this.state === null ? new Holidays('FR') : new Holidays('FR', this.state);
    const days = this.library
      .getHolidays(year)
      // Only 'public' days close the office; 'observance' (Pentecost Sunday, Mother's Day) does not.
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => toDayNumber(holiday.date.slice(0, 10)));
    const all = new Set(days);
    const computed: YearHolidays = {
      all,
      onWeekdays: [...all].filter(isWeekday).sort((a, b) => a - b),
    };
    this.years.set(year, computed);
    return computed;
  }
}

/** A day number walking one day at a time, knowing its year without converting back to a string. */
class DayCursor {
  private yearStart: number;
  private nextYearStart: number;

  constructor(
    public day: number,
    public year: number,
  ) {
    this.yearStart = firstDayOfYear(year);
    this.nextYearStart = firstDayOfYear(year + 1);
  }

  step(direction: 1 | -1): void {
    this.day += direction;
    if (this.day >= this.nextYearStart || this.day < this.yearStart) {
      this.year += direction;
      this.yearStart = firstDayOfYear(this.year);
      this.nextYearStart = firstDayOfYear(this.year + 1);
    }
  }
}

class FrenchBusinessCalendar implements BusinessCalendar {
  constructor(private readonly holidays: HolidayIndex) {}

  isBusinessDay(date: CalendarDate): boolean {
    return this.isBusinessDayNumber(toDayNumber(date), Number(date.slice(0, 4)));
  }

  nextBusinessDayOnOrAfter(date: CalendarDate): CalendarDate {
    return this.rollToBusinessDay(date, 1);
  }

  previousBusinessDayOnOrBefore(date: CalendarDate): CalendarDate {
    return this.rollToBusinessDay(date, -1);
  }

  addBusinessDays(date: CalendarDate, n: number): CalendarDate {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`addBusinessDays needs a whole number of days ≥ 0, got ${n}`);
    }
    if (n === 0) return this.nextBusinessDayOnOrAfter(date);
    const cursor = new DayCursor(toDayNumber(date), Number(date.slice(0, 4)));
    let counted = 0;
    while (counted < n) {
      cursor.step(1);
      if (this.isBusinessDayNumber(cursor.day, cursor.year)) counted++;
    }
    return fromDayNumber(cursor.day);
  }

  businessDaysBetween(from: CalendarDate, to: CalendarDate): number {
    if (to < from) return -this.businessDaysBetween(to, from);
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    // Closed form instead of a day-by-day walk: invoices can be years apart.
    let count = weekdaysBefore(end + 1) - weekdaysBefore(start + 1);
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      for (const holiday of this.holidays.of(year).onWeekdays) {
        if (holiday > start && holiday <= end) count--;
      }
    }
    return count;
  }

  private isBusinessDayNumber(day: number, year: number): boolean {
    return isWeekday(day) && !this.holidays.of(year).all.has(day);
  }

  private rollToBusinessDay(date: CalendarDate, direction: 1 | -1): CalendarDate {
    const cursor = new DayCursor(toDayNumber(date), Number(date.slice(0, 4)));
    while (!this.isBusinessDayNumber(cursor.day, cursor.year)) cursor.step(direction);
    return fromDayNumber(cursor.day);
  }
}

// One calendar per region for the whole process, so every caller shares the per-year memo.
const calendars = new Map<FrenchRegion, BusinessCalendar>();

export function frenchBusinessCalendar(options: FrenchCalendarOptions = {}): BusinessCalendar {
  const region = options.region ?? 'metropolitan';
  let calendar = calendars.get(region);
  if (!calendar) {
    calendar = new FrenchBusinessCalendar(new HolidayIndex(DATE_HOLIDAYS_STATE[region]));
    calendars.set(region, calendar);
  }
  return calendar;
}

// Shortcuts on the metropolitan calendar, the one the company works with by default.
const metropolitan = frenchBusinessCalendar();

export function isBusinessDay(date: CalendarDate): boolean {
  return metropolitan.isBusinessDay(date);
}

export function nextBusinessDayOnOrAfter(date: CalendarDate): CalendarDate {
  return metropolitan.nextBusinessDayOnOrAfter(date);
}

export function previousBusinessDayOnOrBefore(date: CalendarDate): CalendarDate {
  return metropolitan.previousBusinessDayOnOrBefore(date);
}

export function addBusinessDays(date: CalendarDate, n: number): CalendarDate {
  return metropolitan.addBusinessDays(date, n);
}

export function businessDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return metropolitan.businessDaysBetween(from, to);
}
