import { GREENOVA_LADDER } from '../src/domain/ladder';
/**
 * `import rows/s, N invoices`: the invoices export of a whole portfolio imported into an empty
 * ledger (customers imported first, untimed) — parsing, validation, reads of what exists, writes of
 * the truth and the views. No goal yet: the figure is printed so that a regression shows.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Invoice } from '../src/domain/ledger';
import { importLedgerFile } from '../src/application/ledger/import-ledger-file';
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { sizeLabel, timeMs, type BenchContext, type Figure, type Suite } from './figures';
import { generatePortfolio } from './portfolio';

const ACTOR = { id: 'bench', name: 'npm run bench' };
const nameOf = (n: number) => `import rows/s, ${sizeLabel(n)} invoices`;

export const importSuite: Suite = {
  name: 'import',
  figureNames: (context) => context.sizes.map(nameOf),
  async *run(context: BenchContext): AsyncIterable<Figure> {
    for (const n of context.sizes) {
      if (!context.wanted(nameOf(n))) continue;
      const portfolio = generatePortfolio({ invoices: n, seed: context.seed, today: context.today });
      const stores = await openStores(
        context.connectionString,
        context.prefix(`imp${sizeLabel(n)}`),
        fixedClock(context.today),
      );
      try {
        const customers = await importLedgerFile(stores, {
          ladder: GREENOVA_LADDER,
          kind: 'customers',
          bytes: Buffer.from(portfolio.csv.customers, 'utf8'),
          fileName: `bench-clients-${n}.csv`,
          actor: ACTOR,
          today: context.today,
        });
        if (customers.status !== 'imported') throw new Error(`customers refused:\n${customers.report}`);

        const bytes = Buffer.from(portfolio.csv.invoices, 'utf8');
        const { ms, result } = await timeMs(() =>
          importLedgerFile(stores, {
            ladder: GREENOVA_LADDER,
            kind: 'invoices',
            bytes,
            fileName: `bench-factures-${n}.csv`,
            actor: ACTOR,
            today: context.today,
          }),
        );
        if (result.status !== 'imported' || result.counts.created !== n) {
          throw new Error(
            `invoices import: ${result.status}, ${result.counts.created}/${n} created\n${result.report}`,
          );
        }
        context.log(
          `import ${sizeLabel(n)}: ${n} rows (${(bytes.length / 1e6).toFixed(1)} MB) in ${Math.round(ms)} ms`,
        );
        // Once, at the smallest size: the generator's domain objects are what the import stored,
        // so the other suites load the same ledger the import would have built.
        if (n === context.sizes[0]) await checkSameLedger(portfolio.invoices, stores.invoices.scanAll());
        yield { name: nameOf(n), value: n / (ms / 1000), unit: 'rows/s', goal: null, better: 'higher' };
      } finally {
        await stores.storage.dropTables();
      }
    }
  },
};

async function checkSameLedger(expected: readonly Invoice[], stored: AsyncIterable<Invoice>): Promise<void> {
  const byNumber = new Map(expected.map((invoice) => [invoice.number, invoice]));
  let count = 0;
  for await (const invoice of stored) {
    count++;
    if (!isDeepStrictEqual(invoice, byNumber.get(invoice.number))) {
      throw new Error(`imported ${invoice.number} differs from the generated invoice`);
    }
  }
  if (count !== expected.length) throw new Error(`imported ${count} invoices, generated ${expected.length}`);
}
