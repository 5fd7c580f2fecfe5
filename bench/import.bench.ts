import { GREENOVA_LADDER } from '../src/domain/ladder';
/**
 * `import rows/s, N invoices`: the invoices export of a whole portfolio imported into an empty
 * ledger (customers imported first, untimed) — parsing, validation, reads of what exists, writes of
 * the truth and the views. No goal yet: the figure is printed so that a regression shows.
 *
 * `import peak RSS, …`: the same export, and a file of junk under a valid header, each imported by
 * a process of its own reading the file from disk as `npm run import` does (bench/import-child.ts),
 * whose peak resident memory is the import's alone — goal ≤ 300 MB for 100k rows and for 60 MB of
 * junk. Azurite runs in the bench's process tree, not in the child.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Invoice } from '../src/domain/ledger';
import { importLedgerFile } from '../src/application/ledger/import-ledger-file';
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { sizeLabel, timeMs, type BenchContext, type Figure, type Suite } from './figures';
import type { ImportChildResult } from './import-child';
import { writeJunkFile } from './junk';
import { generatePortfolio, INVOICES_HEADER } from './portfolio';

const ACTOR = { id: 'bench', name: 'npm run bench' };
const nameOf = (n: number) => `import rows/s, ${sizeLabel(n)} invoices`;
const rssNameOf = (n: number) => `import peak RSS, ${sizeLabel(n)} invoices (MB)`;
const junkRssNameOf = (mb: number) => `import peak RSS, ${mb} MB junk (MB)`;

const RSS_GOAL_MB = 300;
const GOAL_SIZE = 100_000;
/** The junk file of the goal; `--quick` reads a tenth of it. */
const JUNK_MB = 60;
const junkMb = (context: BenchContext) => (context.quick ? JUNK_MB / 10 : JUNK_MB);

export const importSuite: Suite = {
  name: 'import',
  figureNames: (context) => [
    ...context.sizes.flatMap((n) => [nameOf(n), rssNameOf(n)]),
    junkRssNameOf(junkMb(context)),
  ],
  async *run(context: BenchContext): AsyncIterable<Figure> {
    yield* importThroughput(context);
    yield* importPeakRss(context);
  },
};

async function* importThroughput(context: BenchContext): AsyncIterable<Figure> {
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
}

/** Each file imported by a child process, into a ledger of its own that knows the customers. */
async function* importPeakRss(context: BenchContext): AsyncIterable<Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'relances-bench-import-'));
  try {
    for (const n of context.sizes) {
      const name = rssNameOf(n);
      if (!context.wanted(name)) continue;
      const portfolio = generatePortfolio({ invoices: n, seed: context.seed, today: context.today });
      const file = join(dir, `factures-${sizeLabel(n)}.csv`);
      writeFileSync(file, portfolio.csv.invoices, 'utf8');
      const child = await importInChild(context, 'invoices', file, portfolio.csv.customers);
      if (child.status !== 'imported' || child.counts.created !== n) {
        throw new Error(`invoices import in child: ${child.status}, ${child.counts.created}/${n} created`);
      }
      context.log(
        `import ${sizeLabel(n)} in a child: ${Math.round(child.ms)} ms, peak RSS ${Math.round(child.maxRssMb)} MB`,
      );
      const goal = n === GOAL_SIZE ? RSS_GOAL_MB : null;
      yield { name, value: child.maxRssMb, unit: 'MB', goal, better: 'lower' };
    }

    const mb = junkMb(context);
    const name = junkRssNameOf(mb);
    if (context.wanted(name)) {
      const file = join(dir, `junk-${mb}MB.csv`);
      await writeJunkFile(file, INVOICES_HEADER, mb * 1e6, context.seed);
      // The worst case: with skipInvalid the valid lines would be written and the others handed back.
      const child = await importInChild(context, 'invoices', file, null, true);
      if (child.counts.created !== 0)
        throw new Error(`the junk file created ${child.counts.created} invoices`);
      context.log(
        `import of ${mb} MB of junk in a child: ${child.status} after ${Math.round(child.ms)} ms, ` +
          `${child.counts.read} lines read, ${child.reportLines} report lines, peak RSS ${Math.round(child.maxRssMb)} MB`,
      );
      yield { name, value: child.maxRssMb, unit: 'MB', goal: RSS_GOAL_MB, better: 'lower' };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function importInChild(
  context: BenchContext,
  kind: 'invoices',
  file: string,
  customersCsv: string | null,
  skipInvalid = false,
): Promise<ImportChildResult> {
  const prefix = context.prefix('imprss');
  const stores = await openStores(context.connectionString, prefix, fixedClock(context.today));
  try {
    if (customersCsv !== null) {
      const customers = await importLedgerFile(stores, {
        ladder: GREENOVA_LADDER,
        kind: 'customers',
        bytes: Buffer.from(customersCsv, 'utf8'),
        fileName: 'bench-clients.csv',
        actor: ACTOR,
        today: context.today,
      });
      if (customers.status !== 'imported') throw new Error(`customers refused:\n${customers.report}`);
    }
    return await runChild({
      STORE_CS: context.connectionString,
      STORE_PREFIX: prefix,
      IMPORT_FILE: file,
      IMPORT_KIND: kind,
      IMPORT_DATE: context.today,
      SKIP_INVALID: String(skipInvalid),
    });
  } finally {
    await stores.storage.dropTables();
  }
}

export function runChild(env: Record<string, string>): Promise<ImportChildResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'import-child.ts')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-8000)));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`import child failed (${code}): ${err}`));
      else resolveRun(JSON.parse(out.trim().split('\n').pop()!) as ImportChildResult);
    });
  });
}

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
