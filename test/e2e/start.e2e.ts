/**
 * The README's promise: `npm start` on a fresh clone, no configuration, prints one line with the
 * Playground's address, serves the bot and the Playground, and Ctrl-C stops everything cleanly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, isPortOpen } from '../../src/store/azurite';

it('npm start serves the bot and the Playground, and Ctrl-C stops everything', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'relances-start-'));
  const ports = {
    PORT: await freePort(),
    PLAYGROUND_PORT: await freePort(),
    AZURITE_BLOB_PORT: await freePort(),
    AZURITE_TABLE_PORT: await freePort(),
  };
  const child = spawn('npm', ['start', '--silent'], {
    cwd: resolve(__dirname, '..', '..'),
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  try {
    const deadline = Date.now() + 60_000;
    while (!output.includes('Relances est prêt') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    const ready = output.split('\n').filter((l) => l.includes('Relances est prêt'));
    expect(ready).toEqual([
      `Relances est prêt : ouvrez http://localhost:${ports.PLAYGROUND_PORT} dans votre navigateur (Ctrl-C pour arrêter).`,
    ]);
    expect((await fetch(`http://127.0.0.1:${ports.PORT}/healthz`)).status).toBe(200);
    expect((await fetch(`http://localhost:${ports.PLAYGROUND_PORT}/`)).status).toBe(200);

    // Ctrl-C in a terminal signals the whole process group: npm itself ends on the signal, the
    // bot's process stops its children and exits cleanly.
    process.kill(-child.pid!, 'SIGINT');
    await exited;
    const deadline2 = Date.now() + 15_000;
    while (
      Date.now() < deadline2 &&
      (await Promise.all(Object.values(ports).map((p) => isPortOpen(p)))).some(Boolean)
    ) {
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const port of Object.values(ports)) expect(await isPortOpen(port)).toBe(false);
    expect(output).not.toMatch(/error|erreur/i);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone: the expected case.
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
