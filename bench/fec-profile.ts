/**
 * Where a FEC import's time and memory go: `npx tsx bench/fec-profile.ts [lines] [twice]`.
 *
 * Generates the bench's FEC (see fec.bench.ts), imports it into an Azurite of its own (or
 * STORE_CS), and prints each phase (first and last call of each store method, ms from the start),
 * the storage requests per table (a transaction counts once, with its operations), and the heap:
 * live (after a collection) at the end of the reading and every few batches. `twice` imports the
 * same file again (what a re-import reads and writes). A diagnosis tool, not a figure: the bench
 * (`npm run bench -- --only "FEC import"`) measures `npm run import` in a process of its own.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TableClient } from '@azure/data-tables';
import { calendarDate } from '../src/domain/calendar-date';
import { importFecFile } from '../src/application/ledger/import-fec-file';
import { freePort, startAzurite } from '../src/store/azurite';
import { openStores, type TableStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { fecLines, generatedYear } from '../test/support/fec-files';

const MB = 1024 * 1024;
const LINES_PER_INVOICE = 3 + (2 * 2) / 3;

/** Requests per table and kind, counted on the clients the stores use (not a transaction's inner ones). */
const requests = new Map<string, { requests: number; operations: number }>();
const ours = new WeakSet<TableClient>();
function countRequests(): void {
  const methods = [
    'createEntity',
    'upsertEntity',
    'updateEntity',
    'deleteEntity',
    'getEntity',
    'submitTransaction',
  ];
  for (const method of [...methods, 'listEntities']) {
    const prototype = TableClient.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = prototype[method]!;
    prototype[method] = function (this: TableClient, ...args: unknown[]) {
      if (ours.has(this)) {
        const key = `${this.tableName.replace(/^[a-z0-9]+?(?=[A-Z])/, '')} ${method}`;
        const count = requests.get(key) ?? { requests: 0, operations: 0 };
        requests.set(key, count);
        count.requests++;
        count.operations += method === 'submitTransaction' ? (args[0] as unknown[]).length : 1;
      }
      return original.apply(this, args);
    };
  }
}

/** The first and last call of each store method, ms from the start. */
function timed(
  stores: TableStores,
  spans: Map<string, { calls: number; first: number; last: number }>,
  t0: () => number,
) {
  const wrap = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          const key = `${name}.${String(property)}`;
          const span = spans.get(key) ?? { calls: 0, first: t0(), last: 0 };
          spans.set(key, span);
          span.calls++;
          if (key === 'invoices.saveMany' && span.calls % 10 === 0) heap(`after ${span.calls} saves`);
          try {
            return (await (value as (...a: unknown[]) => Promise<unknown>).apply(object, args)) as unknown;
          } finally {
            span.last = t0();
          }
        };
      },
    });
  return {
    customers: wrap('customers', stores.customers),
    invoices: wrap('invoices', stores.invoices),
    payments: wrap('payments', stores.payments),
    journal: wrap('journal', stores.journal),
  };
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heap(label: string): void {
  gc();
  const m = process.memoryUsage();
  console.log(`  heap ${label}: ${Math.round(m.heapUsed / MB)} MB held, rss ${Math.round(m.rss / MB)} MB`);
}

async function main(): Promise<void> {
  const lines = Number(process.argv[2] ?? 10_000);
  const runs = process.argv[3] === 'twice' ? 2 : 1;
  countRequests();
  const dir = mkdtempSync(join(tmpdir(), 'fec-profile-'));
  const file = join(dir, 'FEC.txt');
  const out = createWriteStream(file);
  for (const line of fecLines(generatedYear(Math.round(lines / LINES_PER_INVOICE)))) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const azurite = process.env.STORE_CS
    ? null
    : await startAzurite({ blobPort: await freePort(), tablePort: await freePort() });
  const today = calendarDate(2026, 11, 23);
  const stores = await openStores(
    process.env.STORE_CS ?? azurite!.connectionString,
    `prof${Date.now().toString(36)}`,
    fixedClock(today),
  );
  for (const name of [
    'Customers',
    'Invoices',
    'InvoiceViews',
    'OpenInvoices',
    'Payments',
    'Journal',
    'ReadVersions',
  ] as const)
    ours.add(stores.storage.table(name));
  try {
    for (let run = 1; run <= runs; run++) {
      requests.clear();
      const spans = new Map<string, { calls: number; first: number; last: number }>();
      const start = performance.now();
      const since = () => Math.round(performance.now() - start);
      let read = false;
      const result = await importFecFile(timed(stores, spans, since), {
        open: () => createReadStream(file, { highWaterMark: 64 * 1024 }),
        fileName: 'FEC.txt',
        actor: { id: 'bench', name: 'fec-profile' },
        today,
        onProgress: () => {
          if (!read) heap(`when the reading is done (${since()} ms)`);
          read = true;
        },
      });
      console.log(
        `import ${run}: ${since()} ms, ${result.status}, peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, ${JSON.stringify(result.counts)}`,
      );
      heap('at the end');
      for (const [key, span] of spans)
        console.log(`  ${key}: ${span.calls} calls, ${span.first}..${span.last} ms`);
      let total = 0;
      for (const [key, count] of [...requests].sort()) {
        total += count.requests;
        console.log(`  ${key}: ${count.requests} requests, ${count.operations} operations`);
      }
      console.log(`  ${total} requests in all`);
    }
  } finally {
    await stores.storage.dropTables();
    await azurite?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);
