/**
 * One import in a process of its own, so that its peak memory is the import's and not the bench's
 * (which holds whole portfolios): what `npm run import` does with a file on disk, against the
 * bench's Azurite (another process). Reads STORE_CS, STORE_PREFIX, IMPORT_FILE, IMPORT_KIND,
 * IMPORT_DATE and SKIP_INVALID; prints one line of JSON.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CalendarDate } from '../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../src/domain/ladder';
import type { ImportKind } from '../src/import';
import { importLedgerFile } from '../src/application/ledger/import-ledger-file';
import { importFecFile } from '../src/application/ledger/import-fec-file';
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { keepHeapNearLiveSize } from '../src/cli/heap-governor';

export interface ImportChildResult {
  ms: number;
  maxRssMb: number;
  status: string;
  counts: Record<string, number>;
  /** Lines of the French report the user would read. */
  reportLines: number;
}

async function main(): Promise<void> {
  // As `npm run import` does (src/cli/import.ts).
  keepHeapNearLiveSize();
  const today = process.env.IMPORT_DATE as CalendarDate;
  const stores = await openStores(process.env.STORE_CS!, process.env.STORE_PREFIX!, fixedClock(today));
  const path = process.env.IMPORT_FILE!;
  const start = performance.now();
  if (process.env.IMPORT_KIND === 'fec') {
    const fec = await importFecFile(stores, {
      open: () => createReadStream(path, { highWaterMark: 64 * 1024 }),
      fileName: basename(path),
      actor: { id: 'bench', name: 'npm run bench' },
      today,
    });
    const output: ImportChildResult = {
      ms: performance.now() - start,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      status: fec.status,
      counts: {
        lines: fec.lines,
        invoices: fec.counts.invoices.created,
        payments: fec.counts.payments.created,
      },
      reportLines: fec.report === '' ? 0 : fec.report.split('\n').length,
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
    return;
  }
  const result = await importLedgerFile(stores, {
    kind: process.env.IMPORT_KIND as ImportKind,
    // As `npm run import` does: read from disk in chunks, once per reading, never held whole.
    open: () => createReadStream(path),
    fileName: basename(path),
    actor: { id: 'bench', name: 'npm run bench' },
    today,
    ladder: GREENOVA_LADDER,
    skipInvalid: process.env.SKIP_INVALID === 'true',
  });
  const ms = performance.now() - start;
  const output: ImportChildResult = {
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    status: result.status,
    counts: { ...result.counts },
    reportLines: result.report === '' ? 0 : result.report.split('\n').length,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);
