/**
 * The day's key figures (`DailySnapshot`, issue #18), computed (pure) from the ledger as it stood at
 * the end of a date, by the functions the questions use (./kpis.ts, ./definitions.ts, ./trends.ts):
 * each figure is the answer the question would have given that evening.
 *
 * - Stocks (outstanding, overdue, aged balance, overdue by risk and by customer, DSO, in litigation)
 *   read the invoices as they stood at the end of `date` (`owedAt`: payments dated later taken back,
 *   a later closing undone). An invoice is « in litigation » from its transfer to the firm (the
 *   date of its last step) while it is owed.
 * - The late rate is the question's default: invoices due over the last twelve months up to the day
 *   before `date`, late or not as they stood that day.
 * - Flows are what happened on `date`: payments dated that day (all of them, penalty payments
 *   included, as « encaissé »), invoices due that day (TTC), the losses dated that day (write-offs
 *   in full or in part, `lossesOf`), penalty invoices issued that day and payments of penalty numbers dated that day.
 *
 * On the day itself (the daily job) nothing is taken back: the figures are today's answers.
 */
import { addDays, addMonths, startOfMonth, type CalendarDate } from '../domain/calendar-date';
import { lateFeeFigures, type PenaltyBill } from '../domain/late-fees';
import {
  balanceOf,
  RISK_SEGMENTS,
  type Customer,
  type Invoice,
  type Payment,
  type RiskSegment,
} from '../domain/ledger';
import { cents, type Cents } from '../domain/money';
import { lossesOf } from '../domain/write-off';
import type { DailySnapshot } from '../application/ports/snapshots';
import { AGE_BUCKETS, type AgeBucket } from './definitions';
import { agedBalance, countback, latePayers, lateRate, overdueRatio } from './kpis';
import { ledgerAt, owedAt, paymentsByInvoice, salesBefore, type PaymentsByInvoice } from './trends';

export interface SnapshotLedger {
  /**
   * Every invoice that may count on the date: those still open, those due over the last two years
   * (DSO's sales, the late rate) and those written off, in full or in part, on the date.
   */
  readonly invoices: readonly Invoice[];
  /** Payments dated on the date or later (those later are taken back); earlier ones are ignored. */
  readonly payments: readonly Payment[];
  readonly customers: ReadonlyMap<string, Pick<Customer, 'risk'>>;
  /** Penalty invoices, and the numbers they took (payments against them are penalties collected). */
  readonly penaltyBills?: readonly PenaltyBill[];
  readonly penaltyNumbers?: ReadonlySet<string>;
}

const zeroBy = <K extends string>(keys: readonly K[]): Record<K, Cents> =>
  Object.fromEntries(keys.map((k) => [k, cents(0)])) as Record<K, Cents>;

/** The snapshot of `date` (see the module comment). */
export function snapshotOf(
  date: CalendarDate,
  ledger: SnapshotLedger,
  byInvoice: PaymentsByInvoice = paymentsByInvoice([...ledger.payments]),
): DailySnapshot {
  const owed = owedAt(ledger.invoices, date, byInvoice);
  const ratio = overdueRatio(owed, date);
  const aged = zeroBy<AgeBucket>(AGE_BUCKETS);
  for (const b of agedBalance(owed, date).buckets) aged[b.bucket] = b.amount;
  const overdueByRisk = zeroBy<RiskSegment>(RISK_SEGMENTS);
  const overdueByCustomer: Record<string, Cents> = {};
  for (const payer of latePayers(owed, date)) {
    overdueByCustomer[payer.customerCode] = payer.overdue;
    const risk = ledger.customers.get(payer.customerCode)?.risk ?? 'low';
    overdueByRisk[risk] = cents(overdueByRisk[risk] + payer.overdue);
  }
  let inLitigation = 0;
  for (const invoice of owed) {
    const transferred = invoice.dunning.lastStepDate;
    if (
      invoice.status === 'litigation' &&
      transferred !== null &&
      transferred <= date &&
      balanceOf(invoice) > 0
    )
      inLitigation += balanceOf(invoice);
  }
  const lateFrom = startOfMonth(addMonths(date, -11));
  const lateTo = addDays(date, -1);
  const due = ledgerAt(
    ledger.invoices.filter((i) => i.dueDate >= lateFrom && i.dueDate <= lateTo),
    date,
    byInvoice,
  );
  const dayPayments = ledger.payments.filter((p) => p.date === date);
  const penalties = lateFeeFigures(
    ledger.penaltyBills ?? [],
    [],
    dayPayments.filter((p) => ledger.penaltyNumbers?.has(p.invoiceNumber)),
    date,
    date,
  );
  let fallingDue = 0;
  let writtenOff = 0;
  for (const invoice of ledger.invoices) {
    if (invoice.dueDate === date) fallingDue += invoice.amountInclTax;
    // Every loss dated that day: a write-off in full (its balance) or in part (the amount written
    // off, the rest still owed — or paid since), as « pertes » counts them.
    for (const loss of lossesOf(invoice)) if (loss.date === date) writtenOff += loss.amount;
  }
  return {
    date,
    outstanding: ratio.total,
    overdue: ratio.overdue,
    overdueCount: ratio.overdueCount,
    aged,
    overdueByRisk,
    overdueByCustomer,
    dsoDays: countback(ratio.total, salesBefore(ledger.invoices, date)).days,
    lateRate: lateRate(due, date).rate,
    inLitigation: cents(inLitigation),
    collected: cents(dayPayments.reduce((s, p) => s + p.amount, 0)),
    fallingDue: cents(fallingDue),
    writtenOff: cents(writtenOff),
    penaltiesBilled: penalties.billed,
    penaltiesCollected: penalties.collected,
  };
}

/**
 * The snapshots of several past days over one ledger history (the demo's year, a catch-up): the
 * same computation replayed for each date, the payments indexed once.
 */
export function snapshotsOver(dates: readonly CalendarDate[], ledger: SnapshotLedger): DailySnapshot[] {
  const byInvoice = paymentsByInvoice([...ledger.payments]);
  return dates.map((date) => snapshotOf(date, ledger, byInvoice));
}
