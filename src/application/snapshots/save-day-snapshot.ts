/**
 * The day's snapshot (issue #18), read from storage and saved: called by the daily job after the
 * day's plan, and on days off too. The figures are those the questions would give that evening
 * (src/questions/snapshot-figures.ts); saving the same date again replaces it.
 *
 * Reads: the open invoices, the invoices due over the last twelve months up to the payment terms
 * ahead (the late rate, and the DSO's sales of those months — issued in month M means due from M),
 * those written off, the payments from the date to today (a catch-up for an earlier date takes the
 * later ones back), the penalty invoices. When the DSO walks further back than the months read, the
 * due months back to `DSO_MAX_MONTHS` are read too (as the DSO question does).
 */
import {
  addDays,
  addMonths,
  daysBetween,
  maxDate,
  minDate,
  monthsBetween,
  startOfMonth,
  type CalendarDate,
  type Clock,
} from '../../domain/calendar-date';
import type { Invoice } from '../../domain/ledger';
import { DSO_MAX_MONTHS } from '../../questions/definitions';
import { snapshotOf, type SnapshotLedger } from '../../questions/snapshot-figures';
import { paymentsByInvoice } from '../../questions/trends';
import type { Logger, Stores } from '../ports';
import type { DailySnapshot, SnapshotStore } from '../ports/snapshots';

export type SnapshotReads = Pick<Stores, 'invoices' | 'payments' | 'customers' | 'lateFees'>;

/** Months a due date may follow its issue date by: the longest terms, plus a month. */
const horizonMonths = (terms: readonly number[]) => Math.ceil(Math.max(60, ...terms) / 28) + 1;

function unique(lists: readonly Invoice[][]): Invoice[] {
  const seen = new Map<string, Invoice>();
  for (const list of lists) for (const i of list) if (!seen.has(i.number)) seen.set(i.number, i);
  return [...seen.values()];
}

/**
 * The snapshots of `dates` as the stores hold the ledger now (see the module comment), from one
 * read: the earliest date sets what is read.
 */
export async function computeSnapshots(
  stores: SnapshotReads,
  dates: readonly CalendarDate[],
  today: CalendarDate,
): Promise<DailySnapshot[]> {
  if (dates.length === 0) return [];
  const earliest = minDate(dates[0]!, ...dates.slice(1));
  const latest = maxDate(dates[0]!, ...dates.slice(1));
  const customers = await stores.customers.list();
  const horizon = horizonMonths(customers.map((c) => c.paymentTermsDays));
  const [open, writtenOff, payments, bills, numbers] = await Promise.all([
    stores.invoices.listOpen(),
    stores.invoices.listWrittenOff(),
    Promise.all(monthsBetween(earliest, maxDate(today, latest)).map((m) => stores.payments.listByMonth(m))),
    stores.lateFees.listBills(),
    stores.lateFees.listNumberIndex(),
  ]);
  const ledgerWith = (invoices: Invoice[]): SnapshotLedger => ({
    invoices,
    payments: payments.flat().filter((p) => p.date >= earliest),
    customers: new Map(customers.map((c) => [c.code, c])),
    penaltyBills: bills,
    penaltyNumbers: new Set(numbers.keys()),
  });
  const dueFrom = async (months: number) =>
    ledgerWith(
      unique([
        open,
        writtenOff,
        await stores.invoices.listDueIn(
          monthsBetween(addMonths(startOfMonth(earliest), -(months - 1)), addMonths(latest, horizon)),
        ),
      ]),
    );
  const recent = await dueFrom(12);
  const byInvoice = paymentsByInvoice([...recent.payments]);
  let everything: SnapshotLedger | null = null;
  const result: DailySnapshot[] = [];
  for (const date of dates) {
    const snapshot = snapshotOf(date, recent, byInvoice);
    // The DSO stayed within the twelve months read (their sales are complete): done.
    const first = startOfMonth(addMonths(earliest, -11));
    if (snapshot.dsoDays !== null && snapshot.dsoDays <= daysBetween(first, date) + 1) result.push(snapshot);
    else result.push(snapshotOf(date, (everything ??= await dueFrom(DSO_MAX_MONTHS + 1)), byInvoice));
  }
  return result;
}

export interface SnapshotDependencies {
  stores: SnapshotReads & { snapshots?: SnapshotStore };
  clock: Clock;
  logger: Logger;
}

/** Days without a snapshot before the job's date are filled, this far back at most. */
export const SNAPSHOT_CATCH_UP_DAYS = 10;

/**
 * Saves the snapshot of `date`, and of the days since the last one saved (a weekend or a holiday
 * the job did not run, up to `SNAPSHOT_CATCH_UP_DAYS`: replayed from the ledger, so that a week's
 * flows are all there). Never throws (a failure is logged: the day's card goes anyway). Returns
 * the snapshots saved.
 */
export async function saveDaySnapshot(
  deps: SnapshotDependencies,
  date: CalendarDate,
): Promise<DailySnapshot[]> {
  const store = deps.stores.snapshots;
  if (!store) return [];
  const started = deps.clock.now().getTime();
  try {
    const before = await store.range(addDays(date, -SNAPSHOT_CATCH_UP_DAYS), addDays(date, -1));
    const last = before.at(-1)?.date;
    const dates: CalendarDate[] = [];
    if (last) for (let d = addDays(last, 1); d < date; d = addDays(d, 1)) dates.push(d);
    dates.push(date);
    const snapshots = await computeSnapshots(deps.stores, dates, deps.clock.today());
    for (const snapshot of snapshots) await store.save(snapshot);
    deps.logger.info(
      { date, days: dates.length, durationMs: deps.clock.now().getTime() - started },
      'daily snapshot saved',
    );
    return snapshots;
  } catch (error) {
    deps.logger.error({ err: error, date }, 'daily snapshot not saved');
    return [];
  }
}
