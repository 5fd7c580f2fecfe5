/**
 * Where the statement import's time goes: `npx tsx bench/statement-profile.ts [credits]` imports the
 * bench's realistic statement (default 9 300 credits, about 10 000 lines) into its own Azurite and
 * prints the storage requests per table and kind, and the time spent in each store call.
 * A diagnostic for issue 19 (not a figure of `npm run bench`).
 */
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { importStatement } from '../src/application/bank/import-statement';
import { calendarDate } from '../src/domain/calendar-date';
import { openStores } from '../src/store';
import { freePort, startAzurite } from '../src/store/azurite';
import { fixedClock } from '../src/store/system-clock';
import { camt053, realisticStatement } from '../test/support/bank-statements';

const requests = new Map<string, { n: number; ms: number }>();
let counting = false;
/** Every request to the storage, by HTTP method and table (`$batch` for a transaction). */
const original = http.request.bind(http) as (...args: unknown[]) => http.ClientRequest;
(http as { request: unknown }).request = (...args: unknown[]) => {
  const req = original(...args);
  if (counting) {
    const started = performance.now();
    const table = /\/[^/]+\/([^(?]*)/.exec(req.path)?.[1]?.replace(/^bprofbank1/, '') ?? req.path;
    const key = `${req.method} ${decodeURIComponent(table)}${/\(/.test(req.path) ? '(point)' : ''}`;
    req.on('response', (res) => {
      res.on('end', () => {
        const r = requests.get(key) ?? { n: 0, ms: 0 };
        r.n++;
        r.ms += performance.now() - started;
        requests.set(key, r);
      });
    });
  }
  return req;
};

const phases = new Map<string, { ms: number; calls: number }>();
function timed<T extends object>(name: string, target: T): void {
  for (const key of Object.getOwnPropertyNames(Object.getPrototypeOf(target))) {
    const fn = (target as Record<string, unknown>)[key];
    if (key === 'constructor' || typeof fn !== 'function') continue;
    (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
      const start = performance.now();
      const done = () => {
        const p = phases.get(`${name}.${key}`) ?? { ms: 0, calls: 0 };
        p.ms += performance.now() - start;
        p.calls++;
        phases.set(`${name}.${key}`, p);
      };
      const out = (fn as (...a: unknown[]) => unknown).apply(target, args);
      if (out instanceof Promise)
        return out.finally(done).catch((error: unknown) => {
          console.error(`${name}.${key} failed after ${Math.round(performance.now() - start)} ms`);
          throw error;
        });
      return out;
    };
  }
}

/** CPU seconds (user + system) of this process's Azurite child: less sensitive to load than wall time. */
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

async function main() {
  const credits = Number(process.argv[2] ?? 9_300);
  const today = calendarDate(2026, 11, 23);
  const azurite = await startAzurite({
    blobPort: Number(process.env.PROFILE_BLOB_PORT) || (await freePort()),
    tablePort: Number(process.env.PROFILE_TABLE_PORT) || (await freePort()),
  });
  try {
    const statement = realisticStatement(20_261_123, credits, today);
    const stores = await openStores(azurite.connectionString, 'bprofbank1', fixedClock(today));
    await stores.customers.upsertMany(statement.customers);
    await stores.invoices.upsertMany(statement.invoices);
    const bytes = new TextEncoder().encode(camt053(statement.movements, { version: '001.08' }));
    for (const name of ['invoices', 'payments', 'journal', 'bank', 'customers'] as const)
      timed(name, stores[name]);
    const load = loadavg()[0]!.toFixed(2);
    counting = true;
    const cpuBefore = process.cpuUsage();
    const azuriteBefore = azuriteCpuSeconds();
    const start = performance.now();
    const result = await importStatement(stores, {
      fileName: 'bench.xml',
      actor: { id: 'bench', name: 'bench' },
      today,
      file: { bytes },
    });
    const ms = performance.now() - start;
    counting = false;
    const cpu = process.cpuUsage(cpuBefore);
    const azuriteCpu = azuriteCpuSeconds() - azuriteBefore;
    console.log(
      `${result.counts.lines} lines in ${(ms / 1000).toFixed(1)} s (load ${load} before, ${loadavg()[0]!.toFixed(2)} after)`,
    );
    console.log(JSON.stringify(result.counts));
    console.log(
      `CPU: this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, Azurite ${azuriteCpu.toFixed(1)} s`,
    );
    console.log('\nHTTP requests (method table: count, mean latency)');
    let total = 0;
    for (const [key, r] of [...requests].sort((a, b) => b[1].n - a[1].n)) {
      total += r.n;
      console.log(`  ${key}: ${r.n} (${Math.round(r.ms / r.n)} ms each)`);
    }
    console.log(`  total: ${total}`);
    console.log('\nstore calls (wall ms, calls; nested calls overlap)');
    for (const [key, p] of [...phases].sort((a, b) => b[1].ms - a[1].ms))
      console.log(`  ${key}: ${Math.round(p.ms)} ms, ${p.calls}`);
  } finally {
    await azurite.stop();
  }
}

void main();
