/**
 * The demo's year of daily snapshots (issue #18): the same computation as the daily job's
 * (src/questions/snapshot-figures.ts), replayed for each day of the past year and a week over the demo's
 * ledger as stored — invoices with their issue, due and closing dates (write-offs included, as
 * whatever the ledger holds), dated payments, penalty invoices. Trends and the weekly review then
 * have a year behind them, consistent with the ledger, the day the demo starts.
 */
import { addDays, monthsBetween, type CalendarDate } from '../domain/calendar-date';
import type { Invoice } from '../domain/ledger';
import { snapshotsOver } from '../questions/snapshot-figures';
import type { TableStores } from '../store';

/**
 * A year and a week: the weekly review compares the week just ended with the same week a year
 * before, whose seven days are 365 to 371 days back — with a bare year its « encaissé » read « — ».
 */
export const DEMO_SNAPSHOT_DAYS = 372;

/** Computes and saves the snapshots of the `days` days up to `today` included; returns how many. */
export async function seedDemoSnapshots(
  stores: TableStores,
  today: CalendarDate,
  days = DEMO_SNAPSHOT_DAYS,
): Promise<number> {
  const first = addDays(today, -(days - 1));
  const invoices: Invoice[] = [];
  for await (const invoice of stores.invoices.scanAll()) invoices.push(invoice);
  const [customers, payments, bills, numbers] = await Promise.all([
    stores.customers.list(),
    Promise.all(monthsBetween(first, today).map((m) => stores.payments.listByMonth(m))),
    stores.lateFees.listBills(),
    stores.lateFees.listNumberIndex(),
  ]);
  const dates: CalendarDate[] = [];
  for (let d = first; d <= today; d = addDays(d, 1)) dates.push(d);
  const snapshots = snapshotsOver(dates, {
    invoices,
    payments: payments.flat(),
    customers: new Map(customers.map((c) => [c.code, c])),
    penaltyBills: bills,
    penaltyNumbers: new Set(numbers.keys()),
  });
  await stores.snapshots.saveMany(snapshots);
  return snapshots.length;
}
