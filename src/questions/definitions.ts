/**
 * The definitions behind every figure Relances gives, written once. The cards state them in French
 * (src/i18n/fr.ts, `questions.definitions`); this module is what the query service computes.
 *
 * - Amounts are TTC (VAT included), in cents, as invoiced.
 * - « Créance » (receivable): an invoice neither paid nor written off whose balance (TTC − paid) is
 *   at least 1 € (the ledger's tolerance: under it an invoice counts as settled). Disputed,
 *   promised, payment-plan and litigation invoices are receivables.
 * - « Impayé »: a receivable past its due date, i.e. due strictly before today (an invoice due today
 *   is not late yet). « Impayés de novembre » filters by DUE date, unless the question says
 *   « émises » / « facturées » (issue date).
 * - Days late: whole calendar days from the due date to today.
 * - Aged balance: the receivables by days late — non échu (≤ 0), 1–30, 31–60, 61–90, > 90.
 * - Overdue ratio: créances échues / créances totales (balances, TTC), as a percentage.
 * - DSO, countback method (« méthode par épuisement »): the receivables outstanding today are matched
 *   against credit sales (invoices issued, TTC) walking back month by month from the current month
 *   (counted up to today): while the receivables exceed a month's sales, that month's days are added
 *   and its sales subtracted; the last month contributes days × remaining / sales. At most
 *   `DSO_MAX_MONTHS` months are walked back; past that the DSO is « more than » the days counted.
 * - Late rate: among the invoices due in the period (and already due today), the share paid after
 *   their due date (closing date later than the due date), written off, or still unpaid. Invoices
 *   whose payment date is unknown (closed by an export without a date) are left out, and counted.
 * - Top late payers: customers ranked by their unpaid (past-due) balance.
 */
import {
  addDays,
  addMonths,
  calendarDate,
  daysBetween,
  startOfMonth,
  yearOf,
  type CalendarDate,
} from '../domain/calendar-date';
import { balanceOf, DEFAULT_BALANCE_TOLERANCE, isClosed, type Invoice } from '../domain/ledger';
import type { Period } from './query';

export const BALANCE_TOLERANCE = DEFAULT_BALANCE_TOLERANCE;

export function daysLate(invoice: Pick<Invoice, 'dueDate'>, today: CalendarDate): number {
  return daysBetween(invoice.dueDate, today);
}

/** What a customer still owes on this invoice, due or not. */
export function isReceivable(invoice: Pick<Invoice, 'status' | 'amountInclTax' | 'amountPaid'>): boolean {
  return !isClosed(invoice) && balanceOf(invoice) >= BALANCE_TOLERANCE;
}

/** « Impayé »: a receivable whose due date has passed. */
export function isUnpaid(invoice: Invoice, today: CalendarDate): boolean {
  return isReceivable(invoice) && invoice.dueDate < today;
}

export const AGE_BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(days: number): AgeBucket {
  if (days <= 0) return 'not_due';
  if (days <= 30) return 'd1_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'over_90';
}

export type Lateness = 'late' | 'on_time' | 'unknown' | 'not_due';

/** How an invoice counts in the late rate (see the module comment). */
export function latenessOf(invoice: Invoice, today: CalendarDate): Lateness {
  if (invoice.dueDate >= today) return 'not_due';
  if (invoice.status === 'written_off') return 'late';
  if (isReceivable(invoice)) return 'late';
  if (invoice.closedOn === null) return 'unknown';
  return invoice.closedOn > invoice.dueDate ? 'late' : 'on_time';
}

/** How far back the DSO walks before saying « plus de … jours ». */
export const DSO_MAX_MONTHS = 24;

/** Journal questions read one partition per day: longer periods keep their last days. */
export const JOURNAL_MAX_DAYS = 31;

/** Payments are read month by month: longer periods keep their last months. */
export const COLLECTED_MAX_MONTHS = 24;

/** Rows the top-N answers rank when the question gives no number. */
export const DEFAULT_TOP = 10;

/**
 * The periods an intent uses when the question gives none: the current month for money received,
 * the current year for write-offs, the last twelve months for the late rate, today for the journal
 * and the day's actions.
 */
export const monthToDate = (today: CalendarDate): Period => ({ from: startOfMonth(today), to: today });
export const calendarYear = (today: CalendarDate): Period => ({
  from: calendarDate(yearOf(today), 1, 1),
  to: calendarDate(yearOf(today), 12, 31),
});
export const lastTwelveMonths = (today: CalendarDate): Period => ({
  from: startOfMonth(addMonths(today, -11)),
  to: today,
});
export const todayOnly = (today: CalendarDate): Period => ({ from: today, to: today });

/** The same period one year earlier (write-offs « versus l’an dernier »). */
export function previousYear(period: Period): Period {
  return { from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
}

/** The last `days` days of a period (both ends included). */
export function lastDaysOf(period: Period, days: number): Period {
  const from = addDays(period.to, -(days - 1));
  return { from: from > period.from ? from : period.from, to: period.to };
}
