/**
 * The demo's year of daily snapshots (issue #18): replayed over the demo's ledger, each day's
 * figures are those the daily job would have stored that evening — the last one is today's job's,
 * a past one agrees with the ledger's payments and due dates of that day — and seeding stays fast.
 */
import { computeSnapshots } from '../../src/application/snapshots/save-day-snapshot';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { DEMO_SNAPSHOT_DAYS } from '../../src/cli/demo-snapshots';
import { buildWeeklyReview } from '../../src/application/review/weekly-review';
import {
  addDays,
  calendarDate,
  endOfMonth,
  minDate,
  monthsBetween,
  startOfMonth,
  type CalendarDate,
} from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
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

it('stores one snapshot per day of the past year and a week, today included', async () => {
  const year = await stores.snapshots.range(addDays(today, -400), today);
  expect(year).toHaveLength(DEMO_SNAPSHOT_DAYS);
  expect(year[0]!.date).toBe(addDays(today, -(DEMO_SNAPSHOT_DAYS - 1)));
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

it('the weekly review of the demo compares every figure with last week and the same week last year', async () => {
  const review = await buildWeeklyReview(
    { stores, ladder: GREENOVA_LADDER, lawFirmName: 'Aptos Avocats' },
    today,
  );
  const unknown = review.figures.filter((f) => f.lastWeek === null || f.lastYear === null).map((f) => f.key);
  expect(unknown).toEqual([]);
});

it('seeding again changes nothing (the demo is loaded once)', async () => {
  expect(await seedDemoIfEmpty(stores, today, GREENOVA_LADDER)).toBeNull();
  expect(await stores.snapshots.range(addDays(today, -400), today)).toHaveLength(DEMO_SNAPSHOT_DAYS);
});

/**
 * The demo's year as a director reads it (its charts over twelve months, « vs an dernier »): every
 * month has invoices issued, falling due and collected, some paid late, receivables and overdue at
 * its end of the same order as today's, and a DSO of a believable SME — no empty month, no cliff,
 * whatever day the demo starts.
 */
describe.each([today, calendarDate(2027, 3, 1)])('the demo’s year started on %s', (day) => {
  let dayStores: TableStores;
  beforeAll(async () => {
    dayStores =
      day === today ? stores : await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(day));
    await seedDemoIfEmpty(dayStores, day, GREENOVA_LADDER);
  }, 120_000);
  afterAll(async () => {
    if (dayStores !== stores) await dayStores.storage.dropTables();
  });

  it('has every month of the last twelve alive, with month-end figures of the same order as today’s', async () => {
    const year = await dayStores.snapshots.range(addDays(day, -364), day);
    const now = year.at(-1)!;
    const invoices: Invoice[] = [];
    for await (const i of dayStores.invoices.scanAll()) invoices.push(i);
    const payments = (
      await Promise.all(monthsBetween(addDays(day, -364), day).map((m) => dayStores.payments.listByMonth(m)))
    ).flat();
    const dueOf = new Map(invoices.map((i) => [i.number, i.dueDate]));
    const months = monthsBetween(startOfMonth(addDays(day, -330)), day);
    expect(months).toHaveLength(12);
    for (const month of months) {
      const end = minDate(endOfMonth(`${month}-01` as CalendarDate), day);
      const inMonth = (date: string) => date.startsWith(month) && date <= day;
      const snapshot = year.find((s) => s.date === end)!;
      const days = year.filter((s) => inMonth(s.date));
      const paidLate = payments.filter((p) => inMonth(p.date) && p.date > dueOf.get(p.invoiceNumber)!);
      const issued = invoices.filter((i) => inMonth(i.issueDate));
      // The flows of each month gone by (the current one may be a day old: it has today's lists).
      const complete = end !== day;
      expect([month, issued.length > 0 || !complete]).toEqual([month, true]);
      expect([month, days.reduce((s, d) => s + d.fallingDue, 0) > 0 || !complete]).toEqual([month, true]);
      expect([month, days.reduce((s, d) => s + d.collected, 0) > 0 || !complete]).toEqual([month, true]);
      expect([month, paidLate.length > 0 || !complete]).toEqual([month, true]);
      // Receivables and overdue at the month's end: of today's order (a third to twice today's).
      expect([month, snapshot.outstanding > now.outstanding / 3]).toEqual([month, true]);
      expect([month, snapshot.outstanding < now.outstanding * 2]).toEqual([month, true]);
      expect([month, snapshot.overdue > now.overdue / 3]).toEqual([month, true]);
      expect([month, snapshot.overdue < now.overdue * 2]).toEqual([month, true]);
      // A DSO a director believes: between 40 and 75 days at every month-end.
      expect([month, snapshot.dsoDays !== null && snapshot.dsoDays >= 40 && snapshot.dsoDays <= 75]).toEqual([
        month,
        true,
      ]);
    }
    // A year ago, the same day: the same order of receivables (« vs an dernier » is not a cliff).
    const yearAgo = year.find((s) => s.date === addDays(day, -364))!;
    expect(yearAgo.outstanding).toBeGreaterThan(now.outstanding / 2);
    expect(yearAgo.overdue).toBeGreaterThan(now.overdue / 4);
  });
});
