/**
 * A figure over time (pure): the points of a period (days, weeks or months), the window a
 * comparison sets against the previous one, the ledger as it stood on a past date, and each
 * measure on that ledger — computed by the same functions as the direct questions (./kpis.ts,
 * ./definitions.ts), so that a trend's point at today is the figure the direct question gives.
 *
 * - A stock (overdue, outstanding, DSO) is read at the point's date: the invoices issued by then,
 *   each with the payments dated after it added back and its closing (paid, written off) undone
 *   when it came later.
 * - A flow (collected, late rate) is read over the point's window: payments dated in it; invoices
 *   due in it, late or not as they stood the day after it (today for the current window) — which
 *   is how the direct question, read today, counts them too (a payment after that day is late).
 */
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  maxDate,
  minDate,
  monthKey,
  monthsBetween,
  startOfMonth,
  dayOfWeek,
  type CalendarDate,
  type MonthKey,
} from '../domain/calendar-date';
import { isClosed, statusAfterAmounts, type Invoice, type Payment } from '../domain/ledger';
import { cents } from '../domain/money';
import { BALANCE_TOLERANCE, DSO_MAX_MONTHS } from './definitions';
import { countback, daysCounted, lateRate, overdueRatio, type SalesMonth } from './kpis';
import type { Period, TrendMeasure } from './query';

export type Granularity = 'day' | 'week' | 'month';

/** One point of a trend: a stock is read on `to`; a flow is summed over `from`..`to`. */
export interface TrendWindow {
  from: CalendarDate;
  to: CalendarDate;
}

/** Daily points up to this many days, weekly up to `WEEKLY_MAX_DAYS`, monthly beyond. */
export const DAILY_MAX_DAYS = 31;
export const WEEKLY_MAX_DAYS = 92;
/** A trend shows at most this many months (the payments' and the DSO's own horizon). */
export const TREND_MAX_MONTHS = 24;

export const isStock = (measure: TrendMeasure): boolean =>
  measure === 'overdue' || measure === 'outstanding' || measure === 'dso';

const mondayOf = (date: CalendarDate): CalendarDate => addDays(date, -((dayOfWeek(date) + 6) % 7));

/** The period as far as it has happened (its end is today at the latest); null when all future. */
export function pastPart(period: Period, today: CalendarDate): Period | null {
  const to = minDate(period.to, today);
  return to < period.from ? null : { from: period.from, to };
}

export function granularityOf(period: Period): Granularity {
  const days = daysBetween(period.from, period.to) + 1;
  return days <= DAILY_MAX_DAYS ? 'day' : days <= WEEKLY_MAX_DAYS ? 'week' : 'month';
}

/** The points of a (past) period, oldest first: its days, weeks (Monday–Sunday) or months, cut to it. */
export function trendWindows(period: Period, granularity: Granularity): TrendWindow[] {
  const windows: TrendWindow[] = [];
  const next = (date: CalendarDate): CalendarDate =>
    granularity === 'day'
      ? addDays(date, 1)
      : granularity === 'week'
        ? addDays(mondayOf(date), 7)
        : addMonths(startOfMonth(date), 1);
  for (let from = period.from; from <= period.to; from = next(from)) {
    windows.push({ from, to: minDate(addDays(next(from), -1), period.to) });
  }
  return granularity === 'month' ? windows.slice(-TREND_MAX_MONTHS) : windows;
}

/**
 * What a comparison sets side by side: the current unit of the period (« ce mois » → this month up
 * to its last day past; a week, a day; otherwise the last point's unit) and the unit before it, cut
 * to the same number of days for a flow (the 1st to the 23rd of October against the 1st to the 23rd
 * of November), whole for a stock (read at its end: « fin octobre »).
 */
export interface Comparison {
  unit: Granularity;
  current: TrendWindow;
  previous: TrendWindow;
}

export function comparisonOf(
  asked: Period,
  past: Period,
  granularity: Granularity,
  stock: boolean,
): Comparison {
  const unit: Granularity =
    asked.from === asked.to
      ? 'day'
      : asked.from === startOfMonth(asked.from) && asked.to <= endOfMonth(asked.from)
        ? 'month'
        : asked.from === mondayOf(asked.from) && asked.to <= addDays(asked.from, 6)
          ? 'week'
          : granularity;
  const end = past.to;
  const start = unit === 'day' ? end : unit === 'week' ? mondayOf(end) : startOfMonth(end);
  const current = { from: maxDate(start, past.from), to: end };
  const shift = (date: CalendarDate): CalendarDate =>
    unit === 'month' ? addMonths(date, -1) : addDays(date, unit === 'week' ? -7 : -1);
  const previousEnd = addDays(start, -1);
  const previous = stock
    ? { from: shift(start), to: previousEnd }
    : { from: shift(current.from), to: minDate(shift(current.to), previousEnd) };
  return { unit, current, previous };
}

/** Payments of each invoice, for adding back those made after a date. */
export type PaymentsByInvoice = ReadonlyMap<string, readonly Pick<Payment, 'date' | 'amount'>[]>;

export function paymentsByInvoice(payments: readonly Payment[]): Map<string, Payment[]> {
  const map = new Map<string, Payment[]>();
  for (const p of payments) map.set(p.invoiceNumber, [...(map.get(p.invoiceNumber) ?? []), p]);
  return map;
}

/**
 * The invoice as it stood at the end of `date`, or null when not yet issued. Payments dated after
 * `date` are taken back; a closing (paid, written off) dated after it is undone. An invoice closed
 * on an unknown date stays closed (it cannot be placed). A settled invoice whose settling payment is
 * not among the payments given (paid by the invoices' export) counts for its whole amount until
 * its closing date.
 */
export function invoiceAt(invoice: Invoice, date: CalendarDate, payments: PaymentsByInvoice): Invoice | null {
  if (invoice.issueDate > date) return null;
  let paidLater = 0;
  for (const p of payments.get(invoice.number) ?? []) if (p.date > date) paidLater += p.amount;
  const closedLater = isClosed(invoice) && invoice.closedOn !== null && invoice.closedOn > date;
  // A partial write-off dated after `date` had not lowered the balance yet.
  const writtenOffLater = (invoice.writeOffs ?? []).some((w) => w.date > date);
  if (!closedLater && !writtenOffLater && (paidLater === 0 || isClosed(invoice))) return invoice;
  let paid = Math.max(0, invoice.amountPaid - paidLater);
  if (closedLater && invoice.amountInclTax - paid < BALANCE_TOLERANCE) paid = 0;
  const amountPaid = cents(paid);
  const kept = writtenOffLater ? { writeOffs: invoice.writeOffs!.filter((w) => w.date <= date) } : {};
  const reopened = closedLater
    ? { ...invoice, ...kept, status: 'open' as const, closedOn: null }
    : { ...invoice, ...kept };
  return { ...reopened, amountPaid, status: statusAfterAmounts({ ...reopened, amountPaid }) };
}

export function ledgerAt(
  invoices: readonly Invoice[],
  date: CalendarDate,
  payments: PaymentsByInvoice,
): Invoice[] {
  const list: Invoice[] = [];
  for (const invoice of invoices) {
    const then = invoiceAt(invoice, date, payments);
    if (then) list.push(then);
  }
  return list;
}

/**
 * The invoices still owed something at the end of `date`, as they stood (`ledgerAt` without those
 * already closed by then, which no stock counts: most of a history, skipped without a copy).
 */
export function owedAt(
  invoices: readonly Invoice[],
  date: CalendarDate,
  payments: PaymentsByInvoice,
): Invoice[] {
  const list: Invoice[] = [];
  for (const invoice of invoices) {
    if (invoice.issueDate > date) continue;
    if (isClosed(invoice) && (invoice.closedOn === null || invoice.closedOn <= date)) continue;
    const then = invoiceAt(invoice, date, payments);
    if (then) list.push(then);
  }
  return list;
}

/** Credit sales of the months before `date` (its own month counted up to it), most recent first. */
export function salesBefore(invoices: readonly Invoice[], date: CalendarDate): SalesMonth[] {
  const months: MonthKey[] = [];
  for (let k = 0; k < DSO_MAX_MONTHS; k++) months.push(monthKey(addMonths(startOfMonth(date), -k)));
  const sales = new Map<MonthKey, number>();
  for (const invoice of invoices) {
    if (invoice.issueDate > date) continue;
    const month = monthKey(invoice.issueDate);
    sales.set(month, (sales.get(month) ?? 0) + invoice.amountInclTax);
  }
  return months.map((month) => ({
    month,
    sales: cents(sales.get(month) ?? 0),
    days: daysCounted(month, date),
  }));
}

export interface LedgerHistory {
  /** Every invoice that may have been owed over the windows (history included). */
  invoices: readonly Invoice[];
  /** The payments dated from the first window's start (all of them for `collected`). */
  payments: readonly Payment[];
}

/**
 * The measure over one window, from the ledger's history: an amount in cents (overdue,
 * outstanding, collected), days (DSO; null past `DSO_MAX_MONTHS` of sales), or a percentage (late
 * rate; null when no invoice fell due).
 */
export function measureOver(
  measure: TrendMeasure,
  window: TrendWindow,
  history: LedgerHistory,
  today: CalendarDate,
  byInvoice: PaymentsByInvoice = paymentsByInvoice(history.payments),
): number | null {
  const at = window.to;
  switch (measure) {
    case 'collected':
      return history.payments
        .filter((p) => p.date >= window.from && p.date <= window.to)
        .reduce((sum, p) => sum + p.amount, 0);
    case 'overdue':
      return overdueRatio(owedAt(history.invoices, at, byInvoice), at).overdue;
    case 'outstanding':
      return overdueRatio(owedAt(history.invoices, at, byInvoice), at).total;
    case 'dso': {
      const receivables = overdueRatio(owedAt(history.invoices, at, byInvoice), at).total;
      return countback(receivables, salesBefore(history.invoices, at)).days;
    }
    case 'late_rate': {
      // As the direct question: the invoices due in the window and already due when the figure is
      // read — the day after the window, or today for the current one (an invoice due on the day
      // the figure is read is not late yet) — late or not as the ledger stood on that day.
      const on = minDate(addDays(window.to, 1), today);
      const end = minDate(window.to, addDays(on, -1));
      const due = ledgerAt(
        history.invoices.filter((i) => i.dueDate >= window.from && i.dueDate <= end),
        on,
        byInvoice,
      );
      return lateRate(due, on).rate;
    }
  }
}

/** The change from `previous` to `current`: the difference, and as a percentage of `previous`. */
export interface Change {
  difference: number;
  /** Null when `previous` is zero. */
  percent: number | null;
}

export function changeOf(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return {
    difference: current - previous,
    percent: previous === 0 ? null : (100 * (current - previous)) / Math.abs(previous),
  };
}

/** The due months a reconstruction reads: from `DSO_MAX_MONTHS` before the first window. */
export function dueMonthsFor(first: CalendarDate, today: CalendarDate, horizonMonths: number): MonthKey[] {
  return monthsBetween(addMonths(startOfMonth(first), -DSO_MAX_MONTHS), addMonths(today, horizonMonths));
}
