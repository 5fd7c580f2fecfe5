import { readFileSync } from 'node:fs';

/**
 * Whether a process of this machine still exists and runs (a signal 0 probe; EPERM means it
 * does). A zombie — dead, but not yet reaped by a parent, as happens under a container's init
 * that does not reap — counts as gone.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/** `/proc/<pid>/stat` reads `pid (comm) S …`; the state after the last `)` is `Z` for a zombie. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat
      .slice(stat.lastIndexOf(')') + 1)
      .trim()
      .startsWith('Z');
  } catch {
    // No /proc (not Linux), or gone between the probe and the read.
    return false;
  }
}
