/**
 * One embedded Azurite on disk for every process of this checkout that needs it — `npm start`,
 * `npm run job`, `npm run import` — however they overlap: it is never stopped under a process
 * still using it.
 *
 * Users register in `<location>/users/<pid>` under a lock file. The first starts Azurite detached
 * (its pid in `azurite.pid`, its output in `azurite.log`); the last one to leave stops it. A user
 * that died without leaving is pruned; an Azurite left behind by a killed last user is reused, then
 * stopped by the next last user. An Azurite started by hand (no pid file) is never stopped.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  azuriteConnectionString,
  isAzuriteUp,
  isPortOpen,
  startAzurite,
  type RunningAzurite,
} from './azurite';
import { isProcessAlive } from './process-alive';

export interface SharedAzuriteOptions {
  blobPort: number;
  tablePort: number;
  /** Where Azurite keeps its data, and where the users register. */
  location: string;
}

const LOCK_WAIT_MS = 60_000;
/** A lock older than this is a crashed holder's (starting Azurite takes a few seconds). */
const LOCK_STALE_MS = 45_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Runs `work` holding `<location>/registry.lock` (a file created exclusively). */
async function underLock<T>(location: string, work: () => Promise<T>): Promise<T> {
  const lock = join(location, 'registry.lock');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      writeFileSync(lock, `${process.pid} ${Date.now()}`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pid, since] = (() => {
        try {
          return readFileSync(lock, 'utf8').trim().split(' ').map(Number);
        } catch {
          return [NaN, NaN];
        }
      })();
      const stale =
        (pid !== undefined && Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid)) ||
        (since !== undefined && Number.isFinite(since) && Date.now() - since > LOCK_STALE_MS);
      if (stale) rmSync(lock, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`the embedded storage's lock ${lock} is held by process ${pid}`);
      else await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** The registered users still alive; the files of dead ones are removed. */
function liveUsers(users: string): number[] {
  const alive: number[] = [];
  for (const name of readdirSync(users)) {
    const pid = Number(name);
    if (isProcessAlive(pid)) alive.push(pid);
    else rmSync(join(users, name), { force: true });
  }
  return alive;
}

/** Whether `pid` is an Azurite process (not a recycled pid of something else). */
function isAzuriteProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('azurite');
  } catch {
    return isProcessAlive(pid);
  }
}

async function stopPid(pid: number): Promise<void> {
  if (!isProcessAlive(pid) || !isAzuriteProcess(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 5_000 && isProcessAlive(pid); waited += 50) await sleep(50);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
}

export async function useSharedAzurite(options: SharedAzuriteOptions): Promise<RunningAzurite> {
  const location = resolve(options.location);
  const users = join(location, 'users');
  const pidFile = join(location, 'azurite.pid');
  mkdirSync(users, { recursive: true });
  const me = join(users, String(process.pid));

  const startedHere = await underLock(location, async () => {
    liveUsers(users);
    writeFileSync(me, '');
    if ((await isAzuriteUp(options.tablePort)) && (await isPortOpen(options.blobPort))) return false;
    try {
      const started = await startAzurite({
        ...options,
        location,
        detachedLog: join(location, 'azurite.log'),
      });
      writeFileSync(pidFile, String(started.pid ?? ''));
      return true;
    } catch (error) {
      rmSync(me, { force: true });
      throw error;
    }
  });

  let left = false;
  return {
    connectionString: azuriteConnectionString(options.blobPort, options.tablePort),
    blobPort: options.blobPort,
    tablePort: options.tablePort,
    startedHere,
    stop: async () => {
      if (left) return;
      left = true;
      await underLock(location, async () => {
        rmSync(me, { force: true });
        if (liveUsers(users).length > 0) return;
        const pid = readPid(pidFile);
        if (pid !== null) await stopPid(pid);
        rmSync(pidFile, { force: true });
      });
    },
  };
}
