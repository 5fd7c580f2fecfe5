/**
 * The Microsoft 365 Agents Playground — the local Teams client of `npm start` and the e2e tests —
 * as a child process. It exits when its standard input closes, so stdin stays an open pipe; it
 * must not try to open a browser (there may be none: TEAMSAPPTESTER_BROWSER=none).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import { playgroundErrors } from '../i18n/cli';
import { isPortOpen, stopChild } from '../store/azurite';

export interface PlaygroundOptions {
  port: number;
  botEndpoint: string;
  /** The people and chats of the demo (.m365agentsplayground.yml). */
  configPath?: string;
  logFile: string;
}

export interface RunningPlayground {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  if (await isPortOpen(options.port)) {
    throw new Error(playgroundErrors.portInUse(options.port));
  }
  mkdirSync(dirname(options.logFile), { recursive: true });
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(
    process.execPath,
    [
      cli,
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry',
    ],
    {
      cwd: PROJECT_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH:
          options.configPath ?? resolve(PROJECT_ROOT, '.m365agentsplayground.yml'),
      },
    },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  child.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  let exitCode: number | null = null;
  child.once('exit', (code) => (exitCode = code ?? -1));
  const startSeconds = 30;
  const deadline = Date.now() + startSeconds * 1000;
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      throw new Error(playgroundErrors.exited(exitCode, output.trim(), options.logFile));
    }
    if (await isPortOpen(options.port)) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  if (!(await isPortOpen(options.port))) {
    child.kill('SIGKILL');
    throw new Error(playgroundErrors.notListening(options.port, startSeconds, output.trim()));
  }
  return {
    url: `http://localhost:${options.port}`,
    process: child,
    stop: async () => {
      child.stdin?.end();
      await stopChild(child);
    },
  };
}
