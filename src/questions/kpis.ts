/**
 * The figures behind the answers, computed from invoices already read (pure): aged balance, overdue
 * ratio, DSO by the countback method, top late payers, late rate. Definitions: ./definitions.ts.
 */
import {
  daysBetween,
  endOfMonth,
  parseCalendarDate,
  type CalendarDate,
  type MonthKey,
} from '../domain/calendar-date';
import { balanceOf, type Invoice } from '../domain/ledger';
import { cents, sumCents, type Cents } from '../domain/money';
import {
  AGE_BUCKETS,
  ageBucket,
  daysLate,
  isReceivable,
  isUnpaid,
  latenessOf,
  type AgeBucket,
} from './definitions';

export interface BucketTotal {
  bucket: AgeBucket;
  count: number;
  amount: Cents;
}

export interface AgedBalance {
  buckets: BucketTotal[];
  count: number;
  total: Cents;
}

export function agedBalance(invoices: readonly Invoice[], today: CalendarDate): AgedBalance {
  const buckets = new Map<AgeBucket, { count: number; amount: number }>(
    AGE_BUCKETS.map((b) => [b, { count: 0, amount: 0 }]),
  );
  let count = 0;
  let total = 0;
  for (const invoice of invoices) {
    if (!isReceivable(invoice)) continue;
    const entry = buckets.get(ageBucket(daysLate(invoice, today)))!;
    const balance = balanceOf(invoice);
    entry.count++;
    entry.amount += balance;
    count++;
    total += balance;
  }
  return {
    buckets: AGE_BUCKETS.map((bucket) => ({
      bucket,
      count: buckets.get(bucket)!.count,
      amount: cents(buckets.get(bucket)!.amount),
    })),
    count,
    total: cents(total),
  };
}

export interface OverdueRatio {
  overdue: Cents;
  overdueCount: number;
  total: Cents;
  totalCount: number;
  /** Percentage; null when nothing is owed. */
  ratio: number | null;
}

export function overdueRatio(invoices: readonly Invoice[], today: CalendarDate): OverdueRatio {
  const receivables = invoices.filter(isReceivable);
  const overdue = receivables.filter((i) => isUnpaid(i, today));
  const total = sumCents(receivables, balanceOf);
  const overdueAmount = sumCents(overdue, balanceOf);
  return {
    overdue: overdueAmount,
    overdueCount: overdue.length,
    total,
    totalCount: receivables.length,
    ratio: total > 0 ? (100 * overdueAmount) / total : null,
  };
}

export interface SalesMonth {
  month: MonthKey;
  /** Credit sales: TTC of the invoices issued that month (up to today for the current month). */
  sales: Cents;
  /** Days the month counts (up to today for the current month). */
  days: number;
}

export interface CountbackStep extends SalesMonth {
  /** Days this month added to the DSO. */
  counted: number;
  /** Receivables left to explain before this month. */
  remainingBefore: Cents;
}

export interface Countback {
  receivables: Cents;
  /** Null when the receivables are not exhausted by the months given (« plus de … jours »). */
  days: number | null;
  /** Days counted over the months walked (the DSO, or its lower bound). */
  countedDays: number;
  steps: CountbackStep[];
}

/**
 * DSO by the countback method: walk back through `months` (most recent first), adding a month's
 * days while the receivables left exceed its sales, then the fraction of the month they cover.
 */
export function countback(receivables: Cents, months: readonly SalesMonth[]): Countback {
  let remaining: number = receivables;
  let counted = 0;
  const steps: CountbackStep[] = [];
  if (remaining <= 0) return { receivables, days: 0, countedDays: 0, steps };
  for (const month of months) {
    const before = cents(remaining);
    if (month.sales > 0 && remaining <= month.sales) {
      const part = (month.days * remaining) / month.sales;
      steps.push({ ...month, counted: part, remainingBefore: before });
      return { receivables, days: counted + part, countedDays: counted + part, steps };
    }
    counted += month.days;
    remaining -= Math.max(0, month.sales);
    steps.push({ ...month, counted: month.days, remainingBefore: before });
  }
  return { receivables, days: null, countedDays: counted, steps };
}

/** Days of a month counted by the DSO: up to today for the current month. */
export function daysCounted(month: MonthKey, today: CalendarDate): number {
  const first = parseCalendarDate(`${month}-01`);
  const last = endOfMonth(first);
  const end = last < today ? last : today;
  return daysBetween(first, end) + 1;
}

export interface LatePayer {
  customerCode: string;
  overdue: Cents;
  count: number;
  maxDaysLate: number;
}

/** Customers by unpaid (past-due) balance, largest first. */
export function latePayers(invoices: readonly Invoice[], today: CalendarDate): LatePayer[] {
  const byCustomer = new Map<string, { overdue: number; count: number; maxDaysLate: number }>();
  for (const invoice of invoices) {
    if (!isUnpaid(invoice, today)) continue;
    const entry = byCustomer.get(invoice.customerCode) ?? { overdue: 0, count: 0, maxDaysLate: 0 };
    entry.overdue += balanceOf(invoice);
    entry.count++;
    entry.maxDaysLate = Math.max(entry.maxDaysLate, daysLate(invoice, today));
    byCustomer.set(invoice.customerCode, entry);
  }
  return [...byCustomer]
    .map(([customerCode, e]) => ({
      customerCode,
      overdue: cents(e.overdue),
      count: e.count,
      maxDaysLate: e.maxDaysLate,
    }))
    .sort((a, b) => b.overdue - a.overdue || a.customerCode.localeCompare(b.customerCode));
}

export interface LateRate {
  late: number;
  onTime: number;
  /** Closed without a known payment date: left out of the rate. */
  unknown: number;
  /** late + onTime */
  considered: number;
  /** Percentage; null when no invoice was considered. */
  rate: number | null;
  /** Amount (TTC) of the late invoices. */
  lateAmount: Cents;
}

/** Late rate over invoices (the caller picks those due in the period). */
export function lateRate(invoices: readonly Invoice[], today: CalendarDate): LateRate {
  let late = 0;
  let onTime = 0;
  let unknown = 0;
  let lateAmount = 0;
  for (const invoice of invoices) {
    const lateness = latenessOf(invoice, today);
    if (lateness === 'late') {
      late++;
      lateAmount += invoice.amountInclTax;
    } else if (lateness === 'on_time') onTime++;
    else if (lateness === 'unknown') unknown++;
  }
  const considered = late + onTime;
  return {
    late,
    onTime,
    unknown,
    considered,
    rate: considered > 0 ? (100 * late) / considered : null,
    lateAmount: cents(lateAmount),
  };
}
