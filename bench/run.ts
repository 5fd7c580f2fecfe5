/**
 * `npm run bench`: the project's only place where speed is measured (tests never time anything).
 *
 *   npm run bench                      10k and 100k invoices, every figure (about 2½ min on 2 cores)
 *   npm run bench -- --quick           1k and 10k only: checks the harness in about 25 s
 *   npm run bench -- --only "import"   the figures whose name contains the text (case-insensitive)
 *
 * Prints a table and writes bench/results.json. It starts its own Azurite, in memory, on free ports
 * (never the developer's), and every figure writes under its own table prefix. Ratios are computed
 * within one run: absolute times depend on the machine, and the machine is recorded with them.
 *
 * A new figure goes in a `bench/<topic>.bench.ts` exporting a Suite, added to SUITES below.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { calendarDate } from '../src/domain/calendar-date';
import { freePort, startAzurite } from '../src/store/azurite';
import { bankSuite } from './bank.bench';
import { cardSuite } from './card.bench';
import { chartsSuite } from './charts.bench';
import { coldStartSuite } from './cold-start.bench';
import { judge, type BenchContext, type Figure, type JudgedFigure, type Suite } from './figures';
import { importSuite } from './import.bench';
import { fecSuite } from './fec.bench';
import { jobSuite } from './job.bench';
import { lettersSuite } from './letters.bench';
import { nluSuite } from './nlu.bench';
import { storeSuite } from './store.bench';

/** Fixed so that every run measures the same portfolio (the generator is seeded). */
const SEED = 20_261_123;
const TODAY = calendarDate(2026, 11, 23);

const PEAK_RSS = 'peak RSS (MB)';
const AZURITE_PEAK_RSS = 'Azurite peak RSS (MB)';

/** Last: it reads what the others left behind. */
const processSuite: Suite = {
  name: 'process',
  figureNames: () => [PEAK_RSS, AZURITE_PEAK_RSS],
  async *run(): AsyncIterable<Figure> {
    yield {
      name: PEAK_RSS,
      value: process.resourceUsage().maxRSS / 1024,
      unit: 'MB',
      goal: null,
      better: 'lower',
    };
    // Azurite holds every row in its own process: its memory is the other half of the picture.
    const azurite = azuritePeakRssMb();
    if (azurite !== null)
      yield { name: AZURITE_PEAK_RSS, value: azurite, unit: 'MB', goal: null, better: 'lower' };
  },
};

// CPU-bound figures first, on a fresh heap: after the 100k suites the process holds a gigabyte
// and garbage collection would be measured with them.
const SUITES: readonly Suite[] = [
  coldStartSuite,
  lettersSuite,
  cardSuite,
  chartsSuite,
  storeSuite,
  importSuite,
  bankSuite,

  fecSuite,
  jobSuite,
  nluSuite,
  processSuite,
];

interface Arguments {
  quick: boolean;
  only: string | null;
}

function parseArguments(argv: readonly string[]): Arguments {
  const args: Arguments = { quick: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--only') {
      const value = argv[++i];
      if (!value) throw new Error('--only needs a text: --only "import"');
      args.only = value;
    } else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length);
    else throw new Error(`unknown argument ${arg} (expected --quick, --only <text>)`);
  }
  return args;
}

function machine() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    totalMemGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: platform(),
    date: new Date().toISOString(),
  };
}

/** VmHWM of the Azurite child of this process (Linux /proc only; null elsewhere). */
function azuritePeakRssMb(): number | null {
  if (process.platform !== 'linux') return null;
  try {
    for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
      try {
        // Field 4 of stat is the parent pid; the command name (field 2) may contain spaces.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid !== process.pid || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('azurite'))
          continue;
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) return Number(hwm[1]) / 1024;
      } catch {
        // The process ended while being read: not ours to measure.
      }
    }
  } catch {
    // /proc not readable here: the figure is informative, leave it out.
  }
  return null;
}

function formatValue(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function printTable(figures: readonly JudgedFigure[]): void {
  const rows = [
    ['figure', 'value', 'unit', 'goal', 'met'],
    ...figures.map((f) => [
      f.name,
      formatValue(f.value),
      f.unit,
      f.goal === null ? '—' : `${f.better === 'lower' ? '≤' : '≥'} ${formatValue(f.goal)}`,
      f.met === null ? '—' : f.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const line = (r: string[]) =>
    r.map((c, col) => (col === 1 ? c.padStart(widths[col]!) : c.padEnd(widths[col]!))).join('  ');
  process.stdout.write(`${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows.slice(1)) process.stdout.write(`${line(r)}\n`);
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const started = Date.now();
  const log = (message: string) =>
    process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
  const only = args.only?.toLowerCase() ?? null;
  // Absolute times mean little on a busy machine (ratios hold better): say so in the log. At the
  // end the load includes this run's own two processes, so only the start is judged.
  const logLoad = (when: string, judged: boolean) => {
    const load = loadavg()[0]!;
    const busy =
      judged && load > cpus().length * 0.5 ? ' — machine busy: absolute times are pessimistic' : '';
    log(`load average ${when}: ${load.toFixed(2)} on ${cpus().length} cpus${busy}`);
  };
  logLoad('at start', true);

  const azurite = await startAzurite({ blobPort: await freePort(), tablePort: await freePort() });
  log(`Azurite in memory on table port ${azurite.tablePort}`);
  const runTag = Date.now().toString(36).slice(-5);
  let prefixes = 0;
  const context: BenchContext = {
    connectionString: azurite.connectionString,
    quick: args.quick,
    sizes: args.quick ? [1_000, 10_000] : [10_000, 100_000],
    seed: SEED,
    today: TODAY,
    // Table names allow letters and digits only; the counter keeps two figures apart.
    prefix: (label) => `b${runTag}${label.replace(/[^A-Za-z0-9]/g, '')}${++prefixes}`,
    wanted: (name) => only === null || name.toLowerCase().includes(only),
    log,
  };

  const figures: JudgedFigure[] = [];
  let failures = 0;
  try {
    for (const suite of SUITES) {
      if (!suite.figureNames(context).some((name) => context.wanted(name))) continue;
      log(`suite ${suite.name}`);
      try {
        for await (const figure of suite.run(context)) {
          if (!context.wanted(figure.name)) continue;
          const judged = judge(figure);
          figures.push(judged);
          log(`${judged.name}: ${formatValue(judged.value)} ${judged.unit}`);
        }
      } catch (error) {
        // One broken suite should not hide the others' figures; the run still fails at the end.
        failures++;
        log(
          `suite ${suite.name} FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
  } finally {
    await azurite.stop();
  }
  logLoad('at end (this run included)', false);

  printTable(figures);
  const path = resolve(__dirname, 'results.json');
  const written = figures.map(({ name, value, unit, goal, met }) => ({ name, value, unit, goal, met }));
  writeFileSync(path, `${JSON.stringify({ machine: machine(), figures: written }, null, 2)}\n`);
  log(`${figures.length} figures written to ${path} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
