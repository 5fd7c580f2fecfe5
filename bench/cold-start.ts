/**
 * One cold start of the whole local stack, in a process of its own (spawned by
 * `bench/cold-start.bench.ts`): what `npm start` does — Azurite, the bot, the demo portfolio, the
 * Playground — except that Azurite keeps nothing on disk and every port is a free one, so that runs
 * never share state with each other nor with a developer's `npm start`.
 *
 * Prints one line `BENCH_RESULT {json}` once the Playground answers HTTP, then stops the stack.
 * Times are read from `performance.now()`, whose origin is this process's start: node and tsx
 * loading count, as they do for a user.
 */
import '../src/config/quiet-warnings';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startStack } from '../src/cli/stack';
import { formatSettingsErrors, parseSettings, readEnvironment } from '../src/config/settings';
import { systemClock } from '../src/store/system-clock';
import { RESULT_MARKER, type ColdStartResult } from './cold-start.bench';

async function main(): Promise<void> {
  const requireEnv = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set (bench/cold-start.ts is spawned by npm run bench)`);
    return value;
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'relances-bench-'));
  const parsed = parseSettings({
    // The committed local defaults, as `npm start` reads them…
    ...readEnvironment(),
    // …but nothing of a developer's own environment, and free ports only.
    STORAGE_CONNECTION_STRING: '',
    BOT_ID: '',
    TABLE_PREFIX: 'rel',
    DEMO_DATA: 'true',
    HOST: '127.0.0.1',
    PORT: '0',
    AZURITE_BLOB_PORT: requireEnv('BENCH_AZURITE_BLOB_PORT'),
    AZURITE_TABLE_PORT: requireEnv('BENCH_AZURITE_TABLE_PORT'),
    PLAYGROUND_PORT: requireEnv('BENCH_PLAYGROUND_PORT'),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  });
  if (!parsed.ok) throw new Error(formatSettingsErrors(parsed.errors));

  // The log lines of startStack mark its phases; capturing them times each phase without
  // instrumenting the code under measurement.
  const phases: Record<string, number> = {};
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const at = performance.now();
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        try {
          const msg = (JSON.parse(line) as { msg?: unknown }).msg;
          if (typeof msg === 'string') phases[msg] ??= Math.round(at);
        } catch {
          // Not a JSON log line: nothing to time.
        }
      }
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);

  const stack = await startStack({ settings: parsed.settings, logger, clock: systemClock, inMemory: true });
  try {
    if (!stack.playground) throw new Error('the Playground did not start');
    const response = await fetch(stack.playground.url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`the Playground answered ${response.status}`);
    const result: ColdStartResult = { readyMs: performance.now(), phases };
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `cold start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
