/**
 * The demo's year of daily snapshots (issue #18): replayed over the demo's ledger, each day's
 * figures are those the daily job would have stored that evening — the last one is today's job's,
 * a past one agrees with the ledger's payments and due dates of that day — and seeding stays fast.
 */
import { computeSnapshots } from '../../src/application/snapshots/save-day-snapshot';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { addDays, calendarDate, monthsBetween } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const today = calendarDate(2026, 11, 23);
let stores: TableStores;
let seedMs = 0;

beforeAll(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(today));
  const started = performance.now();
  await seedDemoIfEmpty(stores, today, GREENOVA_LADDER);
  seedMs = performance.now() - started;
});
afterAll(async () => {
  await stores.storage.dropTables();
});

it('stores one snapshot per day of the past year, today included', async () => {
  const year = await stores.snapshots.range(addDays(today, -400), today);
  expect(year).toHaveLength(365);
  expect(year[0]!.date).toBe(addDays(today, -364));
  expect(year.at(-1)!.date).toBe(today);
  // The demo's history starts about a year back: receivables then, and money collected since.
  expect(year.every((s) => s.outstanding >= s.overdue)).toBe(true);
  expect(year.reduce((sum, s) => sum + s.collected, 0)).toBeGreaterThan(0);
  // Seeding the demo (import, past, the year of snapshots) stays quick (measured: see the README).
  expect(seedMs).toBeLessThan(30_000);
});

it('the last day is what the daily job computes today; a past day agrees with the ledger', async () => {
  const [now] = await computeSnapshots(stores, [today], today);
  expect(await stores.snapshots.get(today)).toEqual(now);
  // Flows: each day's collected is the payments dated that day; each day's falling due, the
  // invoices due that day.
  const payments = (
    await Promise.all(monthsBetween(addDays(today, -364), today).map((m) => stores.payments.listByMonth(m)))
  ).flat();
  const invoices: Array<{ dueDate: string; amountInclTax: number }> = [];
  for await (const i of stores.invoices.scanAll()) invoices.push(i);
  for (const s of await stores.snapshots.range(addDays(today, -364), today)) {
    expect(s.collected).toBe(payments.filter((p) => p.date === s.date).reduce((t, p) => t + p.amount, 0));
    expect(s.fallingDue).toBe(
      invoices.filter((i) => i.dueDate === s.date).reduce((t, i) => t + i.amountInclTax, 0),
    );
  }
  // A day replayed alone (as a catch-up run would) gives the same figures as the year's replay.
  const past = addDays(today, -100);
  const [alone] = await computeSnapshots(stores, [past], today);
  expect(await stores.snapshots.get(past)).toEqual(alone);
});

it('seeding again changes nothing (the demo is loaded once)', async () => {
  expect(await seedDemoIfEmpty(stores, today, GREENOVA_LADDER)).toBeNull();
  expect(await stores.snapshots.range(addDays(today, -400), today)).toHaveLength(365);
});
