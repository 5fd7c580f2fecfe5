/**
 * Trends over Azurite, on the demo's portfolio (loaded through the import, as `npm start` does):
 * the last point of a trend is the figure the direct question gives — overdue, outstanding, DSO,
 * late rate, payments received — for everyone and for a sales rep; a past month's flow is that
 * month's direct figure; the card stays under Teams' size and speaks French.
 */
import { buildAnswerCard } from '../../src/bot/questions/answer-card';
import { cardSize, MAX_CARD_BYTES } from '../../src/bot/card-templates';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import type { TrendAnswer } from '../../src/questions/intents/trend/answer';
import type { StructuredQuery } from '../../src/questions/query';
import type { QueryAnswer } from '../../src/questions/results';
import { customersScope, EVERYONE, type Scope } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { cardText } from '../support/bot';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const TODAY = calendarDate(2026, 11, 23);
const d = (text: string) => text as CalendarDate;
const NOVEMBER = { from: d('2026-11-01'), to: d('2026-11-30') };
const OCTOBER = { from: d('2026-10-01'), to: d('2026-10-31') };

let stores: TableStores;
let service: QueryService;

beforeAll(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
  await seedDemoIfEmpty(stores, TODAY, GREENOVA_LADDER);
  service = new QueryService({
    invoices: stores.invoices,
    customers: stores.customers,
    payments: stores.payments,
    journal: stores.journal,
    actions: stores.actions,
  });
}, 120_000);

afterAll(async () => {
  await stores.storage.dropTables();
});

async function ask(query: StructuredQuery, scope: Scope = EVERYONE): Promise<QueryAnswer> {
  const outcome = await service.execute(query, { scope, today: TODAY });
  if (outcome.kind !== 'answer') throw new Error(`no answer: ${outcome.kind}`);
  return outcome.answer;
}

async function trend(query: Omit<StructuredQuery, 'intent'>, scope: Scope = EVERYONE): Promise<TrendAnswer> {
  const answer = await ask({ intent: 'trend', ...query }, scope);
  if (answer.intent !== 'trend') throw new Error(answer.intent);
  return answer;
}

/** The direct question's figure, as its own card gives it. */
async function direct(query: StructuredQuery, scope: Scope = EVERYONE): Promise<number | null> {
  const answer = await ask(query, scope);
  switch (answer.intent) {
    case 'unpaid_invoices':
      return answer.allTotal;
    case 'overdue_ratio':
      return answer.total;
    case 'dso':
      return answer.days;
    case 'late_rate':
      return answer.rate;
    case 'collected':
      return answer.total;
    default:
      throw new Error(answer.intent);
  }
}

const lastPoint = (answer: TrendAnswer) => answer.points.at(-1)!.value;

describe('a trend’s last point is the direct question’s figure', () => {
  it('for the overdue amount, the outstanding and the DSO, over the last twelve months', async () => {
    const overdue = await trend({});
    expect(overdue.points).toHaveLength(12);
    expect(overdue.points.at(-1)).toMatchObject({ from: d('2026-11-01'), to: TODAY });
    const unpaid = await direct({ intent: 'unpaid_invoices' });
    expect(unpaid).toBeGreaterThan(0);
    expect(lastPoint(overdue)).toBe(unpaid);
    expect(overdue.comparison!.current.value).toBe(unpaid);

    const outstanding = await direct({ intent: 'overdue_ratio' });
    expect(outstanding).toBeGreaterThan(unpaid!);
    expect(lastPoint(await trend({ measure: 'outstanding' }))).toBe(outstanding);

    const dso = await direct({ intent: 'dso' });
    expect(dso).toBeGreaterThan(0);
    expect(lastPoint(await trend({ measure: 'dso' }))).toBeCloseTo(dso!, 9);
  });

  it('for the late rate and the payments received, this month and last month', async () => {
    const rate = await trend({ measure: 'late_rate' });
    expect(lastPoint(rate)).toBe(await direct({ intent: 'late_rate', period: NOVEMBER }));
    expect(rate.points.at(-2)!.value).toBe(await direct({ intent: 'late_rate', period: OCTOBER }));

    const collected = await trend({ measure: 'collected', period: NOVEMBER });
    const thisMonth = await direct({ intent: 'collected', period: NOVEMBER });
    expect(thisMonth).toBeGreaterThan(0);
    expect(collected.comparison!.current.value).toBe(thisMonth);
    // Against the same days of October.
    expect(collected.comparison!.previous).toMatchObject({ from: d('2026-10-01'), to: d('2026-10-23') });
    expect(collected.comparison!.previous.value).toBe(
      await direct({ intent: 'collected', period: { from: d('2026-10-01'), to: d('2026-10-23') } }),
    );
    const byMonth = await trend({ measure: 'collected' });
    expect(byMonth.points.at(-2)!.value).toBe(await direct({ intent: 'collected', period: OCTOBER }));
  });

  it('for a sales rep, over their customers only', async () => {
    const customers = await stores.customers.list();
    const reps = [...new Set(customers.map((c) => c.salesRepEmail).filter((e): e is string => !!e))];
    expect(reps.length).toBeGreaterThan(1);
    const codes = customers.filter((c) => c.salesRepEmail === reps[0]).map((c) => c.code);
    const scope = customersScope(codes);
    const theirs = await direct({ intent: 'unpaid_invoices' }, scope);
    const everyone = await direct({ intent: 'unpaid_invoices' });
    expect(theirs).not.toBe(everyone);
    expect(lastPoint(await trend({}, scope))).toBe(theirs);
    expect(lastPoint(await trend({ measure: 'collected' }, scope))).toBe(
      await direct({ intent: 'collected', period: NOVEMBER }, scope),
    );
  });
});

it('answers « ça va mieux que le mois dernier ? » with a card in French, under Teams’ size', async () => {
  const answer = await trend({ period: NOVEMBER });
  expect(answer.granularity).toBe('day');
  expect(answer.points).toHaveLength(23);
  expect(answer.comparison!.previous).toMatchObject({ from: d('2026-10-01'), to: d('2026-10-31') });
  const card = buildAnswerCard(answer);
  expect(cardSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  const text = cardText(card);
  expect(text).toMatch(
    /Les impayés échus (baissent|augmentent|sont stables)\s:\s[\s\S]*au\s23\snovembre\s2026\scontre\s[\s\S]*fin\soctobre\s2026/,
  );
  expect(text).not.toMatch(/\(s\)|overdue|late_rate|undefined|NaN/);
});
