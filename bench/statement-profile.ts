/**
 * Where the statement import's time goes: `npx tsx bench/statement-profile.ts [credits]` imports the
 * bench's realistic statement (default 9 300 credits, about 10 000 lines) into its own Azurite and
 * prints the storage requests per table and kind, and the time spent in each store call.
 * A diagnostic for issue 19 (not a figure of `npm run bench`).
 */
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { importStatement } from '../src/application/bank/import-statement';
import { calendarDate } from '../src/domain/calendar-date';
import { openStores } from '../src/store';
import { freePort, startAzurite } from '../src/store/azurite';
import { fixedClock } from '../src/store/system-clock';
import { camt053, realisticStatement } from '../test/support/bank-statements';

const requests = new Map<string, { n: number; ms: number; bytes: number }>();
let counting = false;
/** Every request to the storage, by HTTP method and table (`$batch` for a transaction). */
const original = http.request.bind(http) as (...args: unknown[]) => http.ClientRequest;
(http as { request: unknown }).request = (...args: unknown[]) => {
  const req = original(...args);
  if (counting) {
    if (/\$batch/.test(req.path)) observeTransaction(req);
    const started = performance.now();
    const table = /\/[^/]+\/([^(?]*)/.exec(req.path)?.[1]?.replace(/^bprofbank1/, '') ?? req.path;
    const key = `${req.method} ${decodeURIComponent(table)}${/\(/.test(req.path) ? '(point)' : ''}`;
    req.on('response', (res) => {
      // Counted as the answer is read (a 'data' listener of its own would take it from the SDK).
      let bytes = 0;
      const emit = res.emit.bind(res) as (event: string, ...args: unknown[]) => boolean;
      (res as { emit: unknown }).emit = (event: string, ...args: unknown[]) => {
        if (event === 'data') bytes += (args[0] as Buffer).length;
        return emit(event, ...args);
      };
      res.on('end', () => {
        const r = requests.get(key) ?? { n: 0, ms: 0, bytes: 0 };
        r.n++;
        r.ms += performance.now() - started;
        r.bytes += bytes;
        requests.set(key, r);
      });
    });
  }
  return req;
};

/**
 * Every transaction, by table and kind of its actions: how many, how many rows, how long. Read from
 * the body on its way out (the store writes transactions itself, src/store/transaction.ts).
 */
const transactions = new Map<string, { n: number; rows: number; ms: number }>();
function observeTransaction(req: http.ClientRequest): void {
  const started = performance.now();
  let seen = false;
  const sniff = (chunk: unknown) => {
    if (seen || chunk == null || typeof chunk === 'function') return;
    seen = true;
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const ops = [...text.matchAll(/\r\n(POST|PUT|PATCH|DELETE) https?:\/\/[^/]+\/[^/]+\/([A-Za-z0-9]+)/g)];
    const table = (ops[0]?.[2] ?? '?').replace(/^bprofbank1/, '');
    const kinds = [...new Set(ops.map((m) => m[1]))].sort().join('+');
    stage(`${table} ${ops[0]?.[1] ?? ''}`);
    req.on('response', (res) => {
      res.on('end', () => {
        const key = `${table} ${kinds}`;
        const t = transactions.get(key) ?? { n: 0, rows: 0, ms: 0 };
        t.n++;
        t.rows += ops.length;
        t.ms += performance.now() - started;
        transactions.set(key, t);
      });
    });
  };
  const write = req.write.bind(req) as (...a: unknown[]) => boolean;
  const end = req.end.bind(req) as (...a: unknown[]) => http.ClientRequest;
  (req as { write: unknown }).write = (...a: unknown[]) => (sniff(a[0]), write(...a));
  (req as { end: unknown }).end = (...a: unknown[]) => (sniff(a[0]), end(...a));
}

/**
 * Azurite's CPU by stage: the transactions of one table and kind run in stages (the import writes
 * one table after the other), so the CPU between the first transaction of a stage and the first of
 * the next is that stage's.
 */
const stages = new Map<string, number>();
let currentStage: { name: string; cpu: number } | null = null;
function stage(name: string | null): void {
  if (currentStage?.name === name) return;
  const cpu = azuriteCpuSeconds();
  if (currentStage)
    stages.set(currentStage.name, (stages.get(currentStage.name) ?? 0) + cpu - currentStage.cpu);
  currentStage = name === null ? null : { name, cpu };
}

const phases = new Map<string, { ms: number; calls: number; azurite: number }>();
function timed<T extends object>(name: string, target: T): void {
  for (const key of Object.getOwnPropertyNames(Object.getPrototypeOf(target))) {
    const fn = (target as Record<string, unknown>)[key];
    if (key === 'constructor' || typeof fn !== 'function') continue;
    (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
      const start = performance.now();
      const azuriteAtStart = azuriteCpuSeconds();
      const done = () => {
        const p = phases.get(`${name}.${key}`) ?? { ms: 0, calls: 0, azurite: 0 };
        p.ms += performance.now() - start;
        p.azurite += azuriteCpuSeconds() - azuriteAtStart;
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

/**
 * CPU seconds (user + system) of this process's Azurite child, or of the Azurite whose pid is
 * PROFILE_AZURITE_PID (one started apart, e.g. under `node --cpu-prof`): less sensitive to load
 * than wall time. Looked for once: scanning /proc at every transaction would slow this process.
 */
let azuritePid: string | null = process.env.PROFILE_AZURITE_PID ?? null;
let azuriteLookedFor = false;
function azuriteCpuSeconds(): number {
  const cpuOf = (pid: string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { parent: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / 100 };
  };
  if (azuritePid) {
    try {
      return cpuOf(azuritePid).seconds;
    } catch {
      azuritePid = null;
    }
  }
  if (azuriteLookedFor) return NaN;
  azuriteLookedFor = true;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const { parent, seconds } = cpuOf(pid);
      if (parent !== process.pid || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('azurite'))
        continue;
      azuritePid = pid;
      return seconds;
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
    // STATEMENT_CPU_PROFILE=<file>: this process's CPU profile of the import alone (open it in Chrome).
    const profileTo = process.env.STATEMENT_CPU_PROFILE;
    const session = profileTo ? new Session() : null;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
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
    stage(null);
    counting = false;
    if (session && profileTo) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(profile));
      session.disconnect();
    }
    const cpu = process.cpuUsage(cpuBefore);
    const azuriteCpu = azuriteCpuSeconds() - azuriteBefore;
    console.log(
      `${result.counts.lines} lines in ${(ms / 1000).toFixed(1)} s (load ${load} before, ${loadavg()[0]!.toFixed(2)} after)`,
    );
    console.log(JSON.stringify(result.counts));
    console.log(
      `CPU: this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, Azurite ${azuriteCpu.toFixed(1)} s`,
    );
    console.log('\nHTTP requests (method table: count, mean latency, bytes of the answers)');
    let total = 0;
    for (const [key, r] of [...requests].sort((a, b) => b[1].n - a[1].n)) {
      total += r.n;
      console.log(
        `  ${key}: ${r.n} (${Math.round(r.ms / r.n)} ms each, ${(r.bytes / 1e6).toFixed(1)} MB answered)`,
      );
    }
    console.log(`  total: ${total}`);
    console.log('\ntransactions (table, HTTP methods of their operations: count, rows, mean latency)');
    for (const [key, t] of [...transactions].sort((a, b) => b[1].ms - a[1].ms))
      console.log(`  ${key}: ${t.n}, ${t.rows} rows (${Math.round(t.ms / t.n)} ms each)`);
    console.log('\nAzurite CPU by stage of transactions (table, first action)');
    for (const [key, cpu] of [...stages].sort((a, b) => b[1] - a[1]))
      console.log(`  ${key}: ${cpu.toFixed(2)} s`);
    console.log('\nstore calls (wall ms, calls, Azurite CPU meanwhile; nested calls overlap)');
    for (const [key, p] of [...phases].sort((a, b) => b[1].ms - a[1].ms))
      console.log(`  ${key}: ${Math.round(p.ms)} ms, ${p.calls}, Azurite ${p.azurite.toFixed(1)} s`);
  } finally {
    await azurite.stop();
  }
}

void main();
