/**
 * Trends read the daily snapshots (issue #18) where they are kept: a past point is the snapshot of
 * its last day (a stock) or the sum of its days (a flow); the last point is still the direct
 * question's figure, read now; a sales rep's overdue comes from the overdue kept per customer; a
 * day without a snapshot is rebuilt from the ledger.
 */
import { computeSnapshots } from '../../src/application/snapshots/save-day-snapshot';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { DEMO_SNAPSHOT_DAYS } from '../../src/cli/demo-snapshots';
import { addDays, calendarDate, endOfMonth, addMonths } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { cents } from '../../src/domain/money';
import type { TrendAnswer } from '../../src/questions/intents/trend/answer';
import type { StructuredQuery } from '../../src/questions/query';
import { customersScope, EVERYONE, type Scope } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const today = calendarDate(2026, 11, 23);
let stores: TableStores;

beforeAll(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(today));
  await seedDemoIfEmpty(stores, today, GREENOVA_LADDER);
}, 120_000);
afterAll(async () => {
  await stores.storage.dropTables();
});

async function ask(query: StructuredQuery, scope: Scope = EVERYONE) {
  const outcome = await new QueryService(stores).execute(query, { scope, today });
  if (outcome.kind !== 'answer') throw new Error(outcome.kind);
  return outcome.answer;
}
const trend = async (query: Omit<StructuredQuery, 'intent'>, scope?: Scope) =>
  (await ask({ intent: 'trend', ...query }, scope)) as TrendAnswer;

it('reads a past month from its last day’s snapshot, and the current one from the ledger now', async () => {
  const october = endOfMonth(addMonths(today, -1));
  const kept = (await stores.snapshots.get(october))!;
  const before = await trend({ measure: 'outstanding' });
  expect(before.points.find((p) => p.to === october)!.value).toBe(kept.outstanding);
  // The snapshot is what the trend reads: a snapshot changed shows in the trend.
  await stores.snapshots.save({ ...kept, outstanding: cents(kept.outstanding + 12_345) });
  const after = await trend({ measure: 'outstanding' });
  expect(after.points.find((p) => p.to === october)!.value).toBe(kept.outstanding + 12_345);
  await stores.snapshots.save(kept);
  // The last point is the direct question's figure.
  const direct = (await ask({ intent: 'overdue_ratio' })) as unknown as { total: number };
  expect(after.points.at(-1)!.value).toBe(direct.total);
});

it('sums a past flow over its days, and rebuilds a day without a snapshot from the ledger', async () => {
  const week = { from: addDays(today, -14), to: addDays(today, -8) };
  const days = await stores.snapshots.range(week.from, week.to);
  const collected = await trend({ measure: 'collected', period: { from: addDays(today, -20), to: today } });
  const point = collected.points.find((p) => p.from === week.from && p.to === week.from)!;
  expect(point.value).toBe(days[0]!.collected);
  const direct = (await ask({
    intent: 'collected',
    period: { from: week.from, to: week.from },
  })) as unknown as {
    total: number;
  };
  expect(point.value).toBe(direct.total);
  // Before the first snapshot (a year back), the points are rebuilt from the ledger's history.
  const early = addDays(today, -(DEMO_SNAPSHOT_DAYS + 6));
  expect(await stores.snapshots.get(early)).toBeUndefined();
  const old = await trend({
    measure: 'overdue',
    period: {
      from: addDays(today, -(DEMO_SNAPSHOT_DAYS + 11)),
      to: addDays(today, -(DEMO_SNAPSHOT_DAYS - 4)),
    },
  });
  const [replayed] = await computeSnapshots(stores, [early], today);
  expect(old.points.find((p) => p.to === early)!.value).toBe(replayed!.overdue);
});

it('gives a sales rep the overdue of their customers only, from the overdue kept per customer', async () => {
  const mine = ['C001', 'C003'];
  const answer = await trend({ measure: 'overdue' }, customersScope(mine));
  const october = endOfMonth(addMonths(today, -1));
  const kept = (await stores.snapshots.get(october))!;
  const expected = mine.reduce((s, c) => s + (kept.overdueByCustomer[c] ?? 0), 0);
  expect(answer.points.find((p) => p.to === october)!.value).toBe(expected);
  const direct = (await ask({ intent: 'overdue_ratio' }, customersScope(mine))) as unknown as {
    overdue: number;
  };
  expect(answer.points.at(-1)!.value).toBe(direct.overdue);
});
