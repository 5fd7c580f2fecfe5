/**
 * One date or month as a question writes it — « 30/09 », « 30/09/2026 », « 1er septembre 2026 »,
 * « octobre dernier », « T3 » — and the periods they make. A month or a day named without a year is
 * the latest one not after today; weeks run Monday to Sunday. The expressions around them (« depuis
 * … », « du … au … », « au … ») are ./dates.ts.
 */
import {
  addDays,
  addMonths,
  calendarDate,
  dayOfWeek,
  endOfMonth,
  monthOf,
  yearOf,
  type CalendarDate,
} from '../../domain/calendar-date';
import type { Period } from '../query';
import { word, type TokenSet } from './patterns';
import { keywordStem, sameWord, type Token } from './tokens';

const MONTH_NAMES: ReadonlyArray<readonly [number, string]> = [
  [1, 'janvier'],
  [2, 'fevrier'],
  [3, 'mars'],
  [4, 'avril'],
  [5, 'mai'],
  [6, 'juin'],
  [7, 'juillet'],
  [8, 'aout'],
  [9, 'septembre'],
  [10, 'octobre'],
  [11, 'novembre'],
  [12, 'decembre'],
];
const MONTH_STEMS = MONTH_NAMES.map(([n, name]) => [n, keywordStem(name)] as const);
/** Abbreviations, read only where a month is expected (after a day, a preposition, before a year). */
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  janv: 1,
  jan: 1,
  fev: 2,
  fevr: 2,
  avr: 4,
  juil: 7,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export function monthNamed(token: Token | undefined, abbreviationsToo: boolean): number | null {
  if (!token || token.kind !== 'word') return null;
  // « plus de 30 jours mais pas plus de 60 »: the conjunction, whose stem is « mai », is never May.
  if (token.norm === 'mais') return null;
  for (const [n, s] of MONTH_STEMS) if (sameWord(token, s)) return n;
  return abbreviationsToo ? (ABBREVIATIONS[token.norm] ?? null) : null;
}

export function yearIn(token: Token | undefined): number | null {
  if (!token || !/^\d{4}$/.test(token.norm)) return null;
  const year = Number(token.norm);
  return year >= 1990 && year <= 2100 ? year : null;
}

function dayIn(token: Token | undefined): number | null {
  if (!token) return null;
  if (token.norm === '1er' || token.norm === 'premier') return 1;
  if (!/^\d{1,2}$/.test(token.norm)) return null;
  const day = Number(token.norm);
  return day >= 1 && day <= 31 ? day : null;
}

export function safeDate(year: number, month: number, day: number): CalendarDate | null {
  try {
    return calendarDate(year, month, day);
  } catch {
    return null;
  }
}

/** The latest year in which this month (and day) is not after today. */
function latestYear(today: CalendarDate, month: number, day = 1): number {
  const year = yearOf(today);
  const candidate = safeDate(year, month, day) ?? safeDate(year, month, 28);
  return candidate !== null && candidate > today ? year - 1 : year;
}

const monthPeriod = (year: number, month: number): Period => {
  const from = calendarDate(year, month, 1);
  return { from, to: endOfMonth(from) };
};
export const yearPeriod = (year: number): Period => ({
  from: calendarDate(year, 1, 1),
  to: calendarDate(year, 12, 31),
});
export const dayPeriod = (date: CalendarDate): Period => ({ from: date, to: date });
export function weekOf(date: CalendarDate): Period {
  const monday = addDays(date, -((dayOfWeek(date) + 6) % 7));
  return { from: monday, to: addDays(monday, 6) };
}
export function quarterOf(year: number, quarter: number): Period {
  const from = calendarDate(year, (quarter - 1) * 3 + 1, 1);
  return { from, to: endOfMonth(addMonths(from, 2)) };
}

export interface DateRead {
  date: CalendarDate;
  end: number;
  /** Whether the month (and year) were written, or only a day. */
  dayOnly: boolean;
  day: number;
  /** The year was not written: `date` is the latest such day not after today (see `nextYearly`). */
  yearGuessed?: boolean;
}

/** The first date on or after `today` with the day and month of `date` (a year on when past). */
export function nextYearly(date: CalendarDate, today: CalendarDate): CalendarDate {
  if (date >= today) return date;
  return safeDate(yearOf(date) + 1, monthOf(date), Number(date.slice(8, 10))) ?? date;
}

/**
 * A date at `index`: « 30/09 », « 30/09/2026 », « 30.09.26 », « 30 septembre », « 1er septembre 2026 »,
 * or a bare day (« du 1er au 15 octobre »: the month comes later).
 */
export function readDate(
  tokens: TokenSet,
  index: number,
  today: CalendarDate,
  allowDayOnly: boolean,
): DateRead | null {
  if (!tokens.isFree(index)) return null;
  const token = tokens.token(index)!;
  const numeric = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/.exec(token.norm);
  if (numeric) {
    const day = Number(numeric[1]);
    const month = Number(numeric[2]);
    const written = numeric[3];
    const year = written
      ? written.length === 2
        ? 2000 + Number(written)
        : Number(written)
      : latestYear(today, month, day);
    const date = safeDate(year, month, day);
    return date ? { date, end: index + 1, dayOnly: false, day, yearGuessed: !written } : null;
  }
  const day = dayIn(token);
  if (day === null) return null;
  const month = tokens.isFree(index + 1) ? monthNamed(tokens.token(index + 1), true) : null;
  if (month === null) {
    return allowDayOnly ? { date: today, end: index + 1, dayOnly: true, day } : null;
  }
  const year = tokens.isFree(index + 2) ? yearIn(tokens.token(index + 2)) : null;
  const date = safeDate(year ?? latestYear(today, month, day), month, day);
  return date
    ? { date, end: index + (year === null ? 2 : 3), dayOnly: false, day, yearGuessed: year === null }
    : null;
}

/** A month name at `index` with its year and « dernier » / « prochain ». */
export function readMonth(
  tokens: TokenSet,
  index: number,
  today: CalendarDate,
  abbreviationsToo: boolean,
): { period: Period; end: number; yearGuessed?: boolean } | null {
  if (!tokens.isFree(index)) return null;
  const month = monthNamed(tokens.token(index), abbreviationsToo);
  if (month === null) return null;
  let end = index + 1;
  const year = tokens.isFree(end) ? yearIn(tokens.token(end)) : null;
  if (year !== null) return { period: monthPeriod(year, month), end: end + 1 };
  let chosen = latestYear(today, month);
  const last = tokens.matchAt(end, [word('dernier', 'derniere', 'passe', 'passee')]);
  const next = tokens.matchAt(end, [word('prochain', 'prochaine')]);
  if (last) {
    chosen = month >= monthOf(today) ? yearOf(today) - 1 : yearOf(today);
    end = last.end;
  } else if (next) {
    chosen = month <= monthOf(today) ? yearOf(today) + 1 : yearOf(today);
    end = next.end;
  }
  return { period: monthPeriod(chosen, month), end, yearGuessed: !last && !next };
}
