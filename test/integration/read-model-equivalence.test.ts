/**
 * The ledger's read model changes how fast an answer comes, never what it says: over the demo
 * portfolio and a generated one, every question of the public evaluation set and every intent
 * (whole ledger, one customer, grouped, a sales rep's scope) gets byte-identical answers and cards
 * from stores that read storage every time and from the bot's stores, read cold and then from what
 * they kept.
 */
import { generatePortfolio, loadInvoices } from '../../bench/portfolio';
import { buildAnswerCard } from '../../src/bot/questions/answer-card';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { QUERY_INTENTS, type StructuredQuery } from '../../src/questions/query';
import type { QueryOutcome } from '../../src/questions/results';
import { customersScope, EVERYONE, type Scope } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { loadEvalSet } from '../nlu/eval-set';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const TODAY = calendarDate(2026, 11, 23);
const clock = fixedClock(TODAY);
// Long deadlines: the machine running the tests may be busy; nothing here is timed.
const deadlines = { tryTimeoutMs: 30_000 };

/**
 * The evaluation set's queries, its customers' codes replaced by the portfolio's (by rank), and
 * one query per intent over the whole ledger, one customer, and grouped by customer.
 */
function queriesFor(codes: readonly string[]): StructuredQuery[] {
  const set = loadEvalSet();
  const rank = new Map(set.customers.map((c, i) => [c.code, i]));
  const mapCode = (code: string) => codes[(rank.get(code) ?? 0) % codes.length]!;
  const fromSet = set.questions.flatMap((q) => {
    const parsed = parseQuestion(q.question, {
      today: set.today,
      steps: GREENOVA_LADDER.steps,
      preDueId: GREENOVA_LADDER.preDue?.id ?? null,
      lawFirm: set.lawFirm,
      customers: set.customers,
    });
    if (parsed.kind !== 'query') return [];
    const query = parsed.query;
    return [query.customerCodes ? { ...query, customerCodes: query.customerCodes.map(mapCode) } : query];
  });
  const perIntent = QUERY_INTENTS.flatMap((intent): StructuredQuery[] => [
    { intent },
    { intent, customerCodes: [codes[0]!] },
    { intent, groupBy: 'customer' },
  ]);
  return [...fromSet, ...perIntent];
}

const bytes = (outcome: QueryOutcome) =>
  JSON.stringify(outcome) +
  (outcome.kind === 'answer' ? JSON.stringify(buildAnswerCard(outcome.answer)) : '');

async function compare(plain: TableStores, kept: TableStores, scopes: readonly Scope[]): Promise<number> {
  const codes = (await plain.customers.list()).map((c) => c.code).sort();
  const straight = new QueryService(plain);
  const fast = new QueryService(kept);
  let answered = 0;
  for (const scope of scopes) {
    for (const query of queriesFor(codes)) {
      const options = { scope, today: TODAY };
      const expected = bytes(await straight.execute(query, options));
      // Cold (the read model fills), then warm (from what it kept), then with the customers given
      // (as a turn that parsed a name does).
      expect([query, bytes(await fast.execute(query, options))]).toEqual([query, expected]);
      expect([query, bytes(await fast.execute(query, options))]).toEqual([query, expected]);
      if (scope === scopes[0]) {
        const customers = await kept.customers.list();
        expect([query, bytes(await fast.execute(query, { ...options, customers }))]).toEqual([
          query,
          bytes(await straight.execute(query, { ...options, customers: await plain.customers.list() })),
        ]);
      }
      if (expected.startsWith('{"kind":"answer"')) answered++;
    }
  }
  return answered;
}

async function storesOn(prefix: string) {
  return {
    kept: await openStores(testConnectionString(), prefix, clock, { deadlines }),
    plain: await openStores(testConnectionString(), prefix, clock, {
      deadlines,
      readModel: { cache: false },
    }),
  };
}

it('answers the same over the demo portfolio', async () => {
  const { kept, plain } = await storesOn(uniqueTablePrefix());
  try {
    await seedDemoIfEmpty(plain, TODAY, GREENOVA_LADDER);
    const codes = (await plain.customers.list()).map((c) => c.code).sort();
    const answered = await compare(plain, kept, [EVERYONE, customersScope(codes.slice(0, 3))]);
    // Most queries are answered (not refused): the comparison is over figures, not refusals.
    expect(answered).toBeGreaterThan(200);
  } finally {
    await plain.storage.dropTables();
  }
}, 600_000);

it('answers the same over a generated portfolio', async () => {
  const { kept, plain } = await storesOn(uniqueTablePrefix());
  try {
    const portfolio = generatePortfolio({ invoices: 2000, openRatio: 0.15, seed: 16, today: TODAY });
    await plain.customers.upsertMany(portfolio.customers);
    await loadInvoices(portfolio.invoices, (changes) => plain.invoices.saveMany(changes));
    const answered = await compare(plain, kept, [EVERYONE]);
    expect(answered).toBeGreaterThan(100);
  } finally {
    await plain.storage.dropTables();
  }
}, 600_000);
