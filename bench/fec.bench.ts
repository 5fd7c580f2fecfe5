/**
 * `FEC import …, 100k lines`: a generated year of sales (invoices, lettered settlements) written to
 * disk as a FEC and imported by a process of its own, as `npm run import -- fec` does — goal
 * ≤ 60 s and peak RSS ≤ 300 MB for 100,000 lines (issue #19).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { fecLines, generatedYear } from '../test/support/fec-files';
import { sizeLabel, type BenchContext, type Figure, type Suite } from './figures';
import { runChild } from './import.bench';

const GOAL_LINES = 100_000;
const timeName = (n: number) => `FEC import time, ${sizeLabel(n)} lines (s)`;
const rssName = (n: number) => `FEC import peak RSS, ${sizeLabel(n)} lines (MB)`;
/** Lines per invoice of the generated year: 3 for the sale, 2 for two settlements in three. */
const LINES_PER_INVOICE = 3 + (2 * 2) / 3;

export const fecSuite: Suite = {
  name: 'fec',
  figureNames: (context) => {
    const n = context.quick ? GOAL_LINES / 10 : GOAL_LINES;
    return [timeName(n), rssName(n)];
  },
  async *run(context: BenchContext): AsyncIterable<Figure> {
    const n = context.quick ? GOAL_LINES / 10 : GOAL_LINES;
    if (!context.wanted(timeName(n)) && !context.wanted(rssName(n))) return;
    const dir = mkdtempSync(join(tmpdir(), 'bench-fec-'));
    const file = join(dir, 'FEC.txt');
    const prefix = context.prefix('fec');
    const stores = await openStores(context.connectionString, prefix, fixedClock(context.today));
    try {
      const out = createWriteStream(file);
      for (const line of fecLines(generatedYear(Math.round(n / LINES_PER_INVOICE)))) {
        if (!out.write(line)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      const child = await runChild({
        STORE_CS: context.connectionString,
        STORE_PREFIX: prefix,
        IMPORT_FILE: file,
        IMPORT_KIND: 'fec',
        IMPORT_DATE: context.today,
        SKIP_INVALID: 'false',
      });
      if (child.status !== 'imported') throw new Error(`FEC import in child: ${child.status}`);
      context.log(
        `FEC of ${child.counts.lines} lines in a child: ${Math.round(child.ms)} ms, ` +
          `${child.counts.invoices} invoices, ${child.counts.payments} payments, peak RSS ${Math.round(child.maxRssMb)} MB`,
      );
      const goal = n === GOAL_LINES;
      yield { name: timeName(n), value: child.ms / 1000, unit: 's', goal: goal ? 60 : null, better: 'lower' };
      yield { name: rssName(n), value: child.maxRssMb, unit: 'MB', goal: goal ? 300 : null, better: 'lower' };
    } finally {
      await stores.storage.dropTables();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
