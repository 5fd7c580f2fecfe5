import fc from 'fast-check';
import { silentLogger } from '../../src/config/logger';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { addDays, calendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { EMPTY_DUNNING, type RiskSegment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { runDailyJob } from '../../src/application/day/run-daily-job';
import { openStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { aCustomer, anInvoice } from '../support/fixtures';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const TODAY = calendarDate(2026, 11, 23);

const portfolioArb = fc.array(
  fc.record({
    customer: fc.integer({ min: 1, max: 5 }),
    dueAgo: fc.integer({ min: -10, max: 60 }),
    paidPercent: fc.constantFrom(0, 0, 0, 40, 100),
    lastStep: fc.constantFrom(null, 'J+3', 'J+10', 'J+20'),
    disputed: fc.boolean(),
  }),
  { minLength: 1, maxLength: 25 },
);

it('the daily job is idempotent and never acts on paid, disputed or litigated invoices', async () => {
  await fc.assert(
    fc.asyncProperty(portfolioArb, async (rows) => {
      const stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
      try {
        const risks: RiskSegment[] = ['low', 'moderate', 'high'];
        await stores.customers.upsertMany(
          [1, 2, 3, 4, 5].map((n) =>
            aCustomer({ code: `C${n}`, legalName: `Client ${n}`, risk: risks[n % 3]! }),
          ),
        );
        const invoices = rows.map((row, i) => {
          const ttc = cents(100000 + i * 137);
          const paid = cents(Math.round((ttc * row.paidPercent) / 100));
          const dueDate = addDays(TODAY, -row.dueAgo);
          return anInvoice({
            number: `F${i}`,
            customerCode: `C${row.customer}`,
            issueDate: addDays(dueDate, -30),
            dueDate,
            amountInclTax: ttc,
            amountPaid: paid,
            status: row.disputed
              ? 'disputed'
              : row.paidPercent === 100
                ? 'paid'
                : paid > 0
                  ? 'partially_paid'
                  : 'open',
            dunning: {
              ...EMPTY_DUNNING,
              lastStep: row.lastStep,
              lastStepDate: row.lastStep ? addDays(TODAY, -6) : null,
              hold: row.disputed ? { kind: 'dispute', reason: 'x', since: TODAY } : null,
            },
          });
        });
        await stores.invoices.saveMany(invoices.map((next) => ({ next, previous: null })));
        const deps = {
          stores,
          ladder: GREENOVA_LADDER,
          calendar: frenchBusinessCalendar(),
          rates: DEFAULT_RATE_TABLE,
          notifier: { publishDigest: async () => ({ delivered: 1, unreachable: [] }) },
          logger: silentLogger(),
          clock: fixedClock(TODAY),
          instance: 'prop',
        };
        const first = await runDailyJob(deps, { trigger: 'cli' });
        const second = await runDailyJob(deps, { trigger: 'cli' });
        if (first.status !== 'completed' || second.status !== 'completed')
          throw new Error('job did not complete');
        expect(second.run.counts.actionsCreated).toBe(0);
        const ids = (list: Array<{ id: string }>) => list.map((a) => a.id).sort();
        expect(ids(second.digest.actions)).toEqual(ids(first.digest.actions));
        expect(ids(await stores.actions.listForDate(TODAY))).toEqual(ids(first.digest.actions));
        const inActions = new Set(first.digest.actions.flatMap((a) => a.invoices.map((i) => i.number)));
        for (const invoice of invoices) {
          if (['paid', 'disputed', 'litigation'].includes(invoice.status))
            expect(inActions.has(invoice.number)).toBe(false);
        }
      } finally {
        await stores.storage.dropTables();
      }
    }),
    { numRuns: 12 },
  );
});
