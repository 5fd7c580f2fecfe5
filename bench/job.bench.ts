/**
 * The daily job at portfolio scale (10 % of the invoices open), measured as a ratio to the raw full
 * scan of the same store in the same run — goal ≤ 1.5× at 100k — and its peak memory, in a process
 * of its own (goal ≤ 300 MB at 100k). Each job run is a first run of the day (fresh Actions).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { median, sizeLabel, timeMs, type BenchContext, type Figure, type Suite } from './figures';
import { generatePortfolio, loadInvoices } from './portfolio';

const OPEN_RATIO = 0.1;
const GOAL_SIZE = 100_000;
const RATIO_GOAL = 1.5;
const RSS_GOAL_MB = 300;

const names = (n: number) => ({
  job: `daily job, ${sizeLabel(n)} invoices (ms)`,
  ratio: `daily job / raw scan, ${sizeLabel(n)}`,
  rss: `daily job peak RSS, ${sizeLabel(n)} (MB)`,
});

interface ChildResult {
  ms: number;
  maxRssMb: number;
  counts: Record<string, number>;
}

function runJobInChild(connectionString: string, prefix: string, date: string): Promise<ChildResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'job-child.ts')], {
      env: { ...process.env, STORE_CS: connectionString, STORE_PREFIX: prefix, JOB_DATE: date },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`job child failed (${code}): ${err}`));
      else resolveRun(JSON.parse(out.trim().split('\n').pop()!) as ChildResult);
    });
  });
}

export const jobSuite: Suite = {
  name: 'daily job',
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
      const prefix = context.prefix(`job${sizeLabel(n)}`);
      const stores = await openStores(context.connectionString, prefix, fixedClock(context.today));
      try {
        await stores.customers.upsertMany(portfolio.customers);
        await loadInvoices(portfolio.invoices, (c) => stores.invoices.saveMany(c));
        const scans: number[] = [];
        const jobs: ChildResult[] = [];
        for (let round = 0; round < 2; round++) {
          const scan = await timeMs(async () => {
            let count = 0;
            for await (const _ of stores.invoices.scanAll()) count++;
            return count;
          });
          scans.push(scan.ms);
          // A fresh day each round: the job creates every action, as on a real morning.
          for await (const page of stores.storage
            .table('Actions')
            .listEntities()
            .byPage({ maxPageSize: 1000 })) {
            await Promise.all(
              page.map((e) => stores.storage.table('Actions').deleteEntity(e.partitionKey!, e.rowKey!)),
            );
          }
          const job = await runJobInChild(context.connectionString, prefix, context.today);
          jobs.push(job);
          context.log(
            `job ${sizeLabel(n)} round ${round + 1}: scan ${Math.round(scan.ms)} ms, job ${Math.round(job.ms)} ms ` +
              `(${job.counts.openInvoices} open, ${job.counts.actions} actions), peak RSS ${Math.round(job.maxRssMb)} MB`,
          );
        }
        const jobMs = median(jobs.map((j) => j.ms));
        const scanMs = median(scans);
        yield { name: figure.job, value: jobMs, unit: 'ms', goal: null, better: 'lower' };
        yield {
          name: figure.ratio,
          value: jobMs / scanMs,
          unit: 'ratio',
          goal: n === GOAL_SIZE ? RATIO_GOAL : null,
          better: 'lower',
        };
        yield {
          name: figure.rss,
          value: Math.max(...jobs.map((j) => j.maxRssMb)),
          unit: 'MB',
          goal: n === GOAL_SIZE ? RSS_GOAL_MB : null,
          better: 'lower',
        };
      } finally {
        await stores.storage.dropTables();
      }
    }
  },
};
