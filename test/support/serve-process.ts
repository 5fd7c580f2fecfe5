/**
 * The production process as App Service runs it — `node dist/src/server/main.js` (`npm run serve`)
 * — started on loopback with only the environment given here (nothing of the caller's, no env
 * file), then waited for on `/healthz`. Used by the production smoke check (scripts/prod-smoke.ts)
 * and the two-instance tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/store/azurite';

export const PROJECT_ROOT = resolve(__dirname, '../..');
export const SERVE_ENTRY = resolve(PROJECT_ROOT, 'dist/src/server/main.js');

export interface ServeProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything the process wrote (JSON log lines on stdout, French lines on stderr). */
  output(): string;
  /** The JSON log lines written so far. */
  logs(): Array<Record<string, unknown>>;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A process environment with nothing of the caller's but what running node needs. */
function baseEnvironment(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'LD_PRELOAD', 'FAKETIME', 'FAKETIME_NO_CACHE'];
  const env: Record<string, string> = {};
  for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name]!;
  return env;
}

export async function startServe(
  env: Record<string, string>,
  options: { readyTimeoutMs?: number; cwd?: string } = {},
): Promise<ServeProcess> {
  const port = env.PORT && env.PORT !== '0' ? Number(env.PORT) : await freePort();
  let text = '';
  const child = spawn(process.execPath, [SERVE_ENTRY], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: {
      ...baseEnvironment(),
      // A file of the caller's own (env/.env.<APP_ENV>) is never read: this name has none.
      APP_ENV: 'serve-check',
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<number | NodeJS.Signals | null>((r) =>
    child.once('exit', (code, signal) => r(code ?? signal)),
  );
  const url = `http://127.0.0.1:${port}`;
  const served: ServeProcess = {
    port,
    url,
    child,
    output: () => text,
    logs: () =>
      text
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const deadline = performance.now() + (options.readyTimeoutMs ?? 30_000);
  let ended = false;
  void exited.then(() => (ended = true));
  while (performance.now() < deadline && !ended) {
    const status = await fetch(`${url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return served;
    await new Promise((r) => setTimeout(r, 150));
  }
  await served.stop('SIGKILL');
  throw new Error(`npm run serve did not answer /healthz (exit ${String(await exited)}):\n${text}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * `npm run build` unless dist/ is already newer than every source file (CI has just built it; a
 * fresh machine running `npm test` has not).
 */
export function ensureBuilt(): void {
  const sources = Math.max(
    newestMtime(resolve(PROJECT_ROOT, 'src')),
    statSync(resolve(PROJECT_ROOT, 'tsconfig.build.json')).mtimeMs,
  );
  if (existsSync(SERVE_ENTRY) && newestMtime(resolve(PROJECT_ROOT, 'dist/src')) >= sources) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}
