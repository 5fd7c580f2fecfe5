/**
 * What one row costs Azurite by kind of write and by the size of its table (issue 19):
 * `npx tsx bench/azurite-row-cost.ts` fills a table with 1 000, 20 000 then 50 000 rows and times 2 000
 * inserts of new rows, 2 000 replaces of existing rows, 2 000 merges of them and 2 000 deletes, in transactions of 100,
 * reporting the wall time and Azurite's CPU for each. A diagnostic, not a figure of `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { TransactionAction } from '@azure/data-tables';
import { freePort, startAzurite } from '../src/store/azurite';
import { TableStorage, submitInBatches, deleteInBatches } from '../src/store/table-storage';

function azuriteCpuSeconds(): number {
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (
        Number(fields[1]) !== process.pid ||
        !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('azurite')
      )
        continue;
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // ended meanwhile
    }
  }
  return NaN;
}

const N = 2_000;
const row = (p: string, r: number, v: string) => ({
  partitionKey: p,
  rowKey: String(r).padStart(6, '0'),
  payload: v.repeat(20),
  amount: r,
});

async function measure(label: string, run: () => Promise<void>) {
  const cpu = azuriteCpuSeconds();
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  console.log(`  ${label}: ${Math.round(ms)} ms, Azurite CPU ${(azuriteCpuSeconds() - cpu).toFixed(2)} s`);
}

async function main() {
  const azurite = await startAzurite({ blobPort: await freePort(), tablePort: await freePort() });
  try {
    console.log(`load ${loadavg()[0]!.toFixed(2)}`);
    for (const size of [1_000, 20_000, 50_000]) {
      const storage = new TableStorage(azurite.connectionString, `rowcost${size}`);
      await storage.ensureTables();
      const table = storage.table('Payments');
      // The table's bulk: partitions of 100 rows.
      const bulk: TransactionAction[] = [];
      for (let i = 0; i < size; i++)
        bulk.push(['upsert', row(`bulk-${Math.floor(i / 100)}`, i, 'b'), 'Replace']);
      await submitInBatches(table, bulk);
      console.log(`table of ${size} rows, ${N} rows each way, transactions of 100:`);
      const fresh = (v: string, mode: 'Replace' | 'Merge' = 'Replace') =>
        Array.from({ length: N }, (_, i): TransactionAction => [
          'upsert',
          row(`t-${Math.floor(i / 100)}`, i, v),
          mode,
        ]);
      await measure('insert new rows', () => submitInBatches(table, fresh('a')));
      await measure('replace existing rows', () => submitInBatches(table, fresh('c')));
      await measure('merge existing rows (every column)', () => submitInBatches(table, fresh('d', 'Merge')));
      await measure('delete rows', () =>
        deleteInBatches(
          table,
          Array.from({ length: N }, (_, i) => ({
            partitionKey: `t-${Math.floor(i / 100)}`,
            rowKey: String(i).padStart(6, '0'),
          })),
        ),
      );
    }
  } finally {
    await azurite.stop();
  }
}

void main();
