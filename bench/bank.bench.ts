/**
 * Bank statements (#19): a realistic generated statement of about 10 000 lines (clear references,
 * names only, grouped and partial payments, batches, noise) imported and matched against a ledger
 * of its customers' open invoices — the time, the share of customer credits matched automatically,
 * and how many automatic matches were wrong (the generator knows which invoices each credit pays).
 */
import {
  importStatement,
  statementLineKey,
  statementPaymentId,
} from '../src/application/bank/import-statement';
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { camt053, COMPANY_IBAN, realisticStatement } from '../test/support/bank-statements';
import { timeMs, type BenchContext, type Figure, type Suite } from './figures';

const TIME = 'statement ~10k lines (1k with --quick): import + match (s)';
const RATE = 'statement: credits matched automatically (%)';
const WRONG = 'statement: wrong automatic matches';

/** Customer credits generated; with batches and noise the statement has about 10 000 lines. */
const CREDITS = 9_300;

export const bankSuite: Suite = {
  name: 'bank statements',
  figureNames: () => [TIME, RATE, WRONG],
  async *run(context: BenchContext): AsyncIterable<Figure> {
    if (![TIME, RATE, WRONG].some((n) => context.wanted(n))) return;
    const credits = context.quick ? CREDITS / 10 : CREDITS;
    const statement = realisticStatement(context.seed, credits, context.today);
    const stores = await openStores(
      context.connectionString,
      context.prefix('bank'),
      fixedClock(context.today),
    );
    await stores.customers.upsertMany(statement.customers);
    await stores.invoices.upsertMany(statement.invoices);
    const bytes = new TextEncoder().encode(camt053(statement.movements, { version: '001.08' }));
    const { ms, result } = await timeMs(() =>
      importStatement(stores, {
        fileName: 'bench.xml',
        actor: { id: 'bench', name: 'bench' },
        today: context.today,
        file: { bytes },
      }),
    );
    context.log(
      `bank: ${result.counts.lines} lines in ${(ms / 1000).toFixed(1)} s — ${JSON.stringify(result.counts)}`,
    );
    yield { name: TIME, value: ms / 1000, unit: 's', goal: 10, better: 'lower' };

    // Against the truth: a credit is matched right when every payment it truly makes was applied;
    // an applied payment the truth does not have is a wrong match.
    const expected = new Set<string>();
    let customerCredits = 0;
    let right = 0;
    const applied = new Set<string>();
    for await (const invoice of stores.invoices.scanAll())
      for (const id of invoice.appliedPaymentIds) applied.add(id);
    for (const [key, paid] of statement.truth) {
      if (!paid) continue;
      customerCredits++;
      const [entryRef, tx] = key.split('|');
      const lineKey = statementLineKey({ account: COMPANY_IBAN, entryRef: entryRef!, txIndex: Number(tx) });
      const ids = paid.map((p) => statementPaymentId(lineKey, p.invoiceNumber));
      for (const id of ids) expected.add(id);
      if (ids.every((id) => applied.has(id))) right++;
    }
    const wrong = [...applied].filter((id) => !expected.has(id)).length;
    yield { name: RATE, value: (100 * right) / customerCredits, unit: '%', goal: 95, better: 'higher' };
    yield { name: WRONG, value: wrong, unit: 'matches', goal: 0, better: 'lower' };
    await stores.storage.dropTables();
  },
};
