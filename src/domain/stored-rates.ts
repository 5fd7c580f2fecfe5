/**
 * Rates set by the controller from Teams, and the effective table: the built-in table (sourced,
 * src/domain/rate-table.ts), completed or corrected by the file (`loadRates`), completed or
 * corrected by the stored entries — later wins. A stored entry for a semester the table already
 * has is a correction: it is allowed, and journaled with the rate before and after.
 *
 * Also what the day's card asks for: which rates of a semester are still missing, from a fortnight
 * before each 1 January / 1 July, and which rates a customer's letter needs.
 */
import { addDays, daysBetween, type CalendarDate } from './calendar-date';
import type { Customer } from './ledger';
import {
  ecbRateForSemester,
  individualLegalRateForSemester,
  legalRateForSemester,
  semesterEndOf,
  semesterStartOf,
  type RateTable,
} from './rate-table';

export const RATE_SERIES = ['ecb', 'legal-professional', 'legal-individual'] as const;
export type RateSeries = (typeof RATE_SERIES)[number];

/**
 * The rates a company's claims need each semester: the ECB rate (L441-10 II: ECB + 10 points) and
 * the legal rate « tous les autres cas » (the floor of a contractual rate, 3 × the legal rate; the
 * interest a consumer owes after a mise en demeure — the creditor being a company, it is this
 * rate, not the individuals'). The individuals' rate is kept when known, never asked for.
 */
export const REQUIRED_SERIES: readonly RateSeries[] = ['ecb', 'legal-professional'];

/** How long before 1 January / 1 July the day's card asks for the coming semester's rates. */
export const REMINDER_DAYS_BEFORE = 15;

/** The highest rate the form accepts, in basis points (50 %). */
export const MAX_RATE_BP = 5000;

export interface StoredRate {
  series: RateSeries;
  /** 1 January or 1 July. */
  semesterStart: CalendarDate;
  rateBp: number;
  /** Where the rate comes from, as typed: « BCE, décision du 11 juin 2026 », « arrêté du … ». */
  source: string;
  setBy: { id: string; name: string };
  /** ISO instant. */
  setAt: string;
}

export function isSemesterStart(date: string): date is CalendarDate {
  return /^\d{4}-(01|07)-01$/.test(date);
}

/** The 1 January / 1 July after `date`'s semester. */
export function nextSemesterStart(date: CalendarDate): CalendarDate {
  return addDays(semesterEndOf(date), 1);
}

/** The 1 January / 1 July before `date`'s semester. */
export function previousSemesterStart(date: CalendarDate): CalendarDate {
  return semesterStartOf(addDays(semesterStartOf(date), -1));
}

/** The rate of one series for the semester starting `semesterStart`, or null when unknown. */
export function rateOf(table: RateTable, series: RateSeries, semesterStart: CalendarDate): number | null {
  switch (series) {
    case 'ecb':
      return ecbRateForSemester(table, semesterStart);
    case 'legal-professional':
      return legalRateForSemester(table, semesterStart);
    case 'legal-individual':
      return individualLegalRateForSemester(table, semesterStart);
  }
}

function upsert<T>(entries: readonly T[], key: (e: T) => string, extra: readonly T[]): T[] {
  const replaced = new Set(extra.map(key));
  return [...entries.filter((e) => !replaced.has(key(e))), ...extra].sort((a, b) =>
    key(a).localeCompare(key(b)),
  );
}

/**
 * The table with the stored entries over it (a stored entry replaces the table's for its series
 * and semester). When the same series and semester is stored twice, the latest `setAt` wins.
 * Entries not on a semester start, or with a rate that is not whole, are ignored (the form never
 * stores them).
 */
export function mergeStoredRates(base: RateTable, stored: readonly StoredRate[]): RateTable {
  const latest = new Map<string, StoredRate>();
  for (const entry of stored) {
    if (!isSemesterStart(entry.semesterStart) || !Number.isSafeInteger(entry.rateBp)) continue;
    const key = `${entry.series}|${entry.semesterStart}`;
    const seen = latest.get(key);
    if (!seen || seen.setAt <= entry.setAt) latest.set(key, entry);
  }
  if (latest.size === 0) return base;
  const of = (series: RateSeries) =>
    [...latest.values()]
      .filter((e) => e.series === series)
      .map((e) => ({ semesterStart: e.semesterStart, rateBp: e.rateBp }));
  return {
    ecbMainRefinancingRate: upsert(
      base.ecbMainRefinancingRate,
      (e) => e.from,
      of('ecb').map((e) => ({ from: e.semesterStart, rateBp: e.rateBp })),
    ),
    legalInterestRateProfessional: upsert(
      base.legalInterestRateProfessional,
      (e) => e.semesterStart,
      of('legal-professional'),
    ),
    legalInterestRateIndividual: upsert(
      base.legalInterestRateIndividual,
      (e) => e.semesterStart,
      of('legal-individual'),
    ),
  };
}

/** One rate the form sets, and what it was before (null: unknown until now). */
export interface RateChange {
  series: RateSeries;
  before: number | null;
  after: number;
}

export function rateChanges(
  table: RateTable,
  semesterStart: CalendarDate,
  rates: ReadonlyArray<{ series: RateSeries; rateBp: number }>,
): RateChange[] {
  return rates.map(({ series, rateBp }) => ({
    series,
    before: rateOf(table, series, semesterStart),
    after: rateBp,
  }));
}

/** The required rates of a semester that the table does not have. */
export function missingSeries(table: RateTable, semesterStart: CalendarDate): RateSeries[] {
  return REQUIRED_SERIES.filter((series) => rateOf(table, series, semesterStart) === null);
}

/** What the day's card asks for about rates, on `date`. */
export type RateReminder =
  /** The coming semester starts within a fortnight and some of its rates are missing. */
  | { kind: 'rates_due'; semesterStart: CalendarDate; series: RateSeries[] }
  /** The current semester has started and some of its rates are still missing. */
  | { kind: 'rate_missing'; semesterStart: CalendarDate; series: RateSeries[] };

export function rateReminders(table: RateTable, date: CalendarDate): RateReminder[] {
  const reminders: RateReminder[] = [];
  const current = semesterStartOf(date);
  const missingNow = missingSeries(table, current);
  if (missingNow.length > 0)
    reminders.push({ kind: 'rate_missing', semesterStart: current, series: missingNow });
  const next = nextSemesterStart(date);
  if (daysBetween(date, next) <= REMINDER_DAYS_BEFORE) {
    const missingNext = missingSeries(table, next);
    if (missingNext.length > 0)
      reminders.push({ kind: 'rates_due', semesterStart: next, series: missingNext });
  }
  return reminders;
}

/**
 * The semester the form proposes on `date`: the current one while one of its required rates is
 * missing, the next one otherwise.
 */
export function defaultFormSemester(table: RateTable, date: CalendarDate): CalendarDate {
  const current = semesterStartOf(date);
  return missingSeries(table, current).length > 0 ? current : nextSemesterStart(date);
}

/** What is being generated: a letter (J+10), a mise en demeure (J+20), or the file to the firm. */
export type RatedDocument = 'letter' | 'notice' | 'transfer';

/**
 * The series without which a document cannot put a figure on the penalties, or null when it needs
 * none: the ECB rate for a company or a public buyer without a contractual rate (ECB + 10 or + 8
 * points). A contractual rate is applied whatever happens (its floor, 3 × the legal rate, is then
 * reported unverifiable by the engine, not guessed). A consumer owes no L441-10 penalties; only the
 * file to the firm counts the interest after the mise en demeure, at the legal rate « autres cas ».
 */
export function seriesNeededBy(
  customer: Pick<Customer, 'type' | 'contractualPenaltyRateBp'>,
  document: RatedDocument,
): RateSeries | null {
  if (customer.type === 'B2C') return document === 'transfer' ? 'legal-professional' : null;
  return customer.contractualPenaltyRateBp === null ? 'ecb' : null;
}

/** A rate a document needs and the table does not have. */
export interface MissingRate {
  series: RateSeries;
  semesterStart: CalendarDate;
}

/**
 * The rates missing for the penalties of these invoices on `asOf`: every semester from the day
 * after the earliest due date to `asOf`, for the series the customer's penalties rest on.
 */
export function missingRatesFor(
  table: RateTable,
  customer: Pick<Customer, 'type' | 'contractualPenaltyRateBp'>,
  document: RatedDocument,
  dueDates: readonly CalendarDate[],
  asOf: CalendarDate,
): MissingRate[] {
  const series = seriesNeededBy(customer, document);
  const late = dueDates.filter((d) => d < asOf);
  if (series === null || late.length === 0) return [];
  const missing: MissingRate[] = [];
  const earliest = late.reduce((a, b) => (a < b ? a : b));
  for (let start = semesterStartOf(addDays(earliest, 1)); start <= asOf; start = nextSemesterStart(start)) {
    if (rateOf(table, series, start) === null) missing.push({ series, semesterStart: start });
  }
  return missing;
}

/**
 * A percentage as typed in French or English: « 2,40 », « 2.40 », « 2,4 % », « 12 ». Whole basis
 * points only (at most two decimals), between 0 and 50 %. Empty → null (not given).
 */
export function parseRatePercent(text: string): { ok: true; rateBp: number | null } | { ok: false } {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (cleaned === '') return { ok: true, rateBp: null };
  const match = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return { ok: false };
  const rateBp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (rateBp < 0 || rateBp > MAX_RATE_BP) return { ok: false };
  return { ok: true, rateBp };
}
