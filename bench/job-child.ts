/**
 * One run of the daily job in a process of its own, so that its peak memory is the job's and not
 * the bench's (which holds whole portfolios). Reads STORE_CS, STORE_PREFIX, JOB_DATE; prints JSON.
 */
import { jobSkipText } from '../src/i18n/reasons';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../src/config/logger';
import { frenchBusinessCalendar } from '../src/domain/business-calendar';
import type { CalendarDate } from '../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../src/domain/ladder';
import { DEFAULT_RATE_TABLE } from '../src/domain/rate-table';
import { runDailyJob } from '../src/application/day/run-daily-job';
import { openStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';

async function main(): Promise<void> {
  const date = process.env.JOB_DATE as CalendarDate;
  const clock = fixedClock(date);
  const stores = await openStores(process.env.STORE_CS!, process.env.STORE_PREFIX!, clock);
  const start = performance.now();
  const result = await runDailyJob(
    {
      stores,
      ladder: GREENOVA_LADDER,
      calendar: frenchBusinessCalendar(),
      rates: DEFAULT_RATE_TABLE,
      notifier: { publishDigest: async () => ({ delivered: 1, unreachable: [] }) },
      logger: silentLogger(),
      clock,
      instance: `bench-${process.pid}`,
    },
    { trigger: 'cli' },
  );
  const ms = performance.now() - start;
  if (result.status !== 'completed') throw new Error(`job ${result.status}: ${jobSkipText(result.skip)}`);
  process.stdout.write(
    JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, counts: result.run.counts }) + '\n',
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);
