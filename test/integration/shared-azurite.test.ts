/**
 * Command-line tools and `npm start` share one embedded Azurite on disk: it is never stopped under
 * a process still using it, the last one to leave stops it, and one left behind by a killed
 * process is stopped by the next last user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, isPortOpen } from '../../src/store/azurite';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
let location: string;
let ports: { table: number; blob: number };

beforeEach(async () => {
  location = mkdtempSync(join(tmpdir(), 'relances-shared-'));
  ports = { table: await freePort(), blob: await freePort() };
});
afterEach(() => {
  // Whatever a failed test left running.
  const pid = Number(
    existsSync(join(location, 'azurite.pid')) ? readFileSync(join(location, 'azurite.pid'), 'utf8') : 0,
  );
  try {
    if (pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  rmSync(location, { recursive: true, force: true });
});

function user(holdMs: number): { child: ChildProcess; ready: Promise<void>; exit: Promise<number> } {
  const child = spawn(
    TSX,
    ['test/support/azurite-user.ts', location, String(ports.table), String(ports.blob), String(holdMs)],
    // Its own process group: killing it kills tsx and the node it runs, as a terminal would.
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const ready = new Promise<void>((resolveReady, reject) => {
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolveReady());
    child.once('exit', (code) => reject(new Error(`exited ${code} before ready: ${stderr}`)));
  });
  const exit = new Promise<number>((resolveExit) =>
    child.once('exit', (code) => {
      if (code !== 0) process.stderr.write(stderr);
      resolveExit(code ?? -1);
    }),
  );
  return { child, ready, exit };
}

it('two commands started at once share it: the first to finish does not stop it under the other', async () => {
  const short = user(1_000);
  const long = user(4_000);
  await Promise.all([short.ready, long.ready]);
  expect(await short.exit).toBe(0);
  // Still serving the other one…
  expect(await isPortOpen(ports.table)).toBe(true);
  expect(await long.exit).toBe(0);
  // …and stopped by the last to leave.
  expect(await isPortOpen(ports.table)).toBe(false);
  expect(readdirSync(join(location, 'users'))).toEqual([]);
  expect(existsSync(join(location, 'azurite.pid'))).toBe(false);
}, 60_000);

it('one left running by a killed command is reused, then stopped by the next last user', async () => {
  const killed = user(60_000);
  await killed.ready;
  process.kill(-killed.child.pid!, 'SIGKILL');
  await killed.exit;
  expect(await isPortOpen(ports.table)).toBe(true);

  const next = user(300);
  expect(await next.exit).toBe(0);
  expect(await isPortOpen(ports.table)).toBe(false);
  expect(readdirSync(join(location, 'users'))).toEqual([]);
}, 60_000);
