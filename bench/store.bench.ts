/**
 * Reads of the invoice store at portfolio scale:
 * - `raw full scan, N invoices (ms)`: every row of `Invoices`, page by page — the reference;
 * - `open invoices read, N (ms)` and its ratio to the raw scan of the same store in the same run:
 *   the daily job reads the `open` view partition (≈ 10 % of the history) instead of the history.
 *   The ratio, not the milliseconds, is the goal: it does not depend on the machine.
 */
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { median, sizeLabel, timeMs, type BenchContext, type Figure, type Suite } from './figures';
import { generatePortfolio, loadInvoices } from './portfolio';

const OPEN_RATIO = 0.1;
/** The goal: reading the open invoices costs at most half a full scan, at 100k, 10 % open. */
const RATIO_GOAL = 0.5;
const GOAL_SIZE = 100_000;

const names = (n: number) => ({
  scan: `raw full scan, ${sizeLabel(n)} invoices (ms)`,
  open: `open invoices read, ${sizeLabel(n)} (ms)`,
  ratio: `open invoices read / raw scan, ${sizeLabel(n)}`,
});

/** Timed rounds per size, reported as medians: one slow round (GC, a neighbour's process) is ignored. */
const ROUNDS = 3;

export const storeSuite: Suite = {
  name: 'store reads',
  figureNames: (context) => context.sizes.flatMap((n) => Object.values(names(n))),
  async *run(context: BenchContext): AsyncIterable<Figure> {
    for (const n of context.sizes) {
      const figure = names(n);
      if (!Object.values(figure).some((name) => context.wanted(name))) continue;

      const portfolio = generatePortfolio({
        invoices: n,
        openRatio: OPEN_RATIO,
        seed: context.seed,
        today: context.today,
      });
      const stores = await openStores(
        context.connectionString,
        context.prefix(`scan${sizeLabel(n)}`),
        fixedClock(context.today),
        // Storage itself is measured here, not the ledger's read model that would answer rounds 2–3.
        { readModel: { cache: false } },
      );
      try {
        await stores.customers.upsertMany(portfolio.customers);
        const load = await timeMs(() => loadInvoices(portfolio.invoices, (c) => stores.invoices.saveMany(c)));
        context.log(
          `store ${sizeLabel(n)}: loaded ${n} invoices (truth + views) in ${Math.round(load.ms)} ms ` +
            `(${Math.round(n / (load.ms / 1000))} invoices/s, not a figure)`,
        );

        // Alternating the two reads spreads any drift (GC, Azurite's own warm-up) over both.
        const scans: number[] = [];
        const opens: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const scan = await timeMs(async () => {
            let count = 0;
            for await (const _ of stores.invoices.scanAll()) count++;
            return count;
          });
          if (scan.result !== n) throw new Error(`scan read ${scan.result} invoices, expected ${n}`);
          scans.push(scan.ms);
          const open = await timeMs(() => stores.invoices.listOpen());
          if (open.result.length !== portfolio.openCount) {
            throw new Error(`listOpen read ${open.result.length}, expected ${portfolio.openCount}`);
          }
          opens.push(open.ms);
          context.log(
            `store ${sizeLabel(n)} round ${round + 1}: scan ${Math.round(scan.ms)} ms, ` +
              `open ${Math.round(open.ms)} ms (${open.result.length} rows)`,
          );
        }
        const scanMs = median(scans);
        const openMs = median(opens);
        yield { name: figure.scan, value: scanMs, unit: 'ms', goal: null, better: 'lower' };
        yield { name: figure.open, value: openMs, unit: 'ms', goal: null, better: 'lower' };
        yield {
          name: figure.ratio,
          value: openMs / scanMs,
          unit: 'ratio',
          goal: n === GOAL_SIZE ? RATIO_GOAL : null,
          better: 'lower',
        };
      } finally {
        // Azurite keeps everything in memory: free it before the next, larger, size.
        await stores.storage.dropTables();
      }
    }
  },
};
