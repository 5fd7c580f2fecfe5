/**
 * `cold start to ready (ms)`: the user runs `npm start` and opens the Playground; the welcome card
 * must be there within 30 s. Each run is a fresh process (bench/cold-start.ts) with its own
 * in-memory Azurite and Playground on free ports, so nothing is warm but the OS file cache.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../src/store/azurite';
import { median, type BenchContext, type Figure, type Suite } from './figures';

export interface ColdStartResult {
  /** From the child's process start to the Playground answering HTTP, in ms. */
  readyMs: number;
  /** When each start-up log line was written, ms since the child's start (where the time goes). */
  phases: Record<string, number>;
}

/** The line the child prints once ready; anything else on its stdout is ignored. */
export const RESULT_MARKER = 'BENCH_RESULT ';

const NAME = 'cold start to ready (ms)';
const RUNS = 3;
const GOAL_MS = 30_000;
/** Well above the goal: a run this slow has failed anyway, and the bench must not hang. */
const TIMEOUT_MS = 120_000;

async function coldStartOnce(): Promise<ColdStartResult & { spawnToReadyMs: number }> {
  const env = {
    ...process.env,
    BENCH_AZURITE_BLOB_PORT: String(await freePort()),
    BENCH_AZURITE_TABLE_PORT: String(await freePort()),
    BENCH_PLAYGROUND_PORT: String(await freePort()),
  };
  const script = resolve(__dirname, 'cold-start.ts');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: resolve(__dirname, '..'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveRun, reject) => {
    let stdout = '';
    let stderr = '';
    let result: (ColdStartResult & { spawnToReadyMs: number }) | null = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cold start did not finish within ${TIMEOUT_MS} ms: ${stderr.slice(-2000)}`));
    }, TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (line && !result) {
        const parsed = JSON.parse(line.slice(RESULT_MARKER.length)) as ColdStartResult;
        result = { ...parsed, spawnToReadyMs: performance.now() - started };
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-8000)));
    child.once('error', reject);
    // Wait for the exit, not only the result line: the next run must not compete with this
    // stack's shutdown for the two cores.
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && result) resolveRun(result);
      else reject(new Error(`cold start exited with code ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

export const coldStartSuite: Suite = {
  name: 'cold start',
  figureNames: () => [NAME],
  async *run(context: BenchContext): AsyncIterable<Figure> {
    const readyTimes: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await coldStartOnce();
      readyTimes.push(result.readyMs);
      const phases = Object.entries(result.phases)
        .map(([msg, at]) => `${msg} @${at} ms`)
        .join(', ');
      context.log(
        `cold start ${run}/${RUNS}: ready @${Math.round(result.readyMs)} ms after process start ` +
          `(${Math.round(result.spawnToReadyMs)} ms after spawn); ${phases}`,
      );
    }
    yield { name: NAME, value: median(readyTimes), unit: 'ms', goal: GOAL_MS, better: 'lower' };
  },
};
