/**
 * A registered user of the shared Azurite that was killed must count as gone even when nobody
 * reaps it (a container's init often does not): a zombie is not alive.
 */
import { spawn } from 'node:child_process';
import { isProcessAlive } from '../../src/store/process-alive';

it('a running process is alive; a dead one that nobody reaped (a zombie) is not', async () => {
  // `sh` starts a short child, prints its pid, then becomes `sleep`, which never reaps it.
  const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const zombie = await new Promise<number>((resolve) =>
      parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(isProcessAlive(parent.pid!)).toBe(true);
    expect(isProcessAlive(zombie)).toBe(false);
  } finally {
    parent.kill('SIGKILL');
  }
});

it('no pid, or a pid nobody has, is not alive', () => {
  expect(isProcessAlive(0)).toBe(false);
  expect(isProcessAlive(-1)).toBe(false);
  expect(isProcessAlive(2 ** 22 + 1)).toBe(false);
});
