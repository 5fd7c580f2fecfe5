/**
 * The embedded Azure Storage of development and tests: Azurite (tables and blobs) as a child
 * process on loopback. Production never comes here: it uses the configured storage account.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { resolve } from 'node:path';

/** The well-known development account of Azurite (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function azuriteConnectionString(blobPort: number, tablePort: number, host = '127.0.0.1'): string {
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${DEV_ACCOUNT}`,
    `AccountKey=${DEV_KEY}`,
    `BlobEndpoint=http://${host}:${blobPort}/${DEV_ACCOUNT}`,
    `TableEndpoint=http://${host}:${tablePort}/${DEV_ACCOUNT}`,
  ].join(';');
}

export interface AzuriteOptions {
  blobPort: number;
  tablePort: number;
  /** Folder where Azurite keeps its data; omitted = in memory (tests). */
  location?: string;
  /** Started detached from this process, its output appended to this file (a shared Azurite). */
  detachedLog?: string;
}

export interface RunningAzurite {
  connectionString: string;
  blobPort: number;
  tablePort: number;
  /** False when an Azurite already listening on these ports was reused. */
  startedHere: boolean;
  /** Its process id when started here. */
  pid?: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export function isPortOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = new Socket();
    const done = (open: boolean) => {
      socket.destroy();
      resolveOpen(open);
    };
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}

/** True when something on the table port answers like Azure Table storage. */
export async function isAzuriteUp(tablePort: number): Promise<boolean> {
  if (!(await isPortOpen(tablePort))) return false;
  try {
    const response = await fetch(`http://127.0.0.1:${tablePort}/${DEV_ACCOUNT}/Tables`, {
      signal: AbortSignal.timeout(2000),
    });
    // Unauthenticated: Azurite answers 403 with its own error body. Anything else is not Azurite.
    return response.headers.has('x-ms-request-id') || response.status === 403;
  } catch {
    return false;
  }
}

function azuriteEntryPoint(): string {
  return require.resolve('azurite/dist/src/azurite.js');
}

/**
 * Starts Azurite, or reuses one already listening on the same ports (the CLI while `npm start`
 * runs). Resolves once both endpoints accept connections.
 */
export async function startAzurite(options: AzuriteOptions): Promise<RunningAzurite> {
  const connectionString = azuriteConnectionString(options.blobPort, options.tablePort);
  if ((await isAzuriteUp(options.tablePort)) && (await isPortOpen(options.blobPort))) {
    return { connectionString, ...options, startedHere: false, stop: async () => undefined };
  }
  const queuePort = await freePort();
  const args = [
    azuriteEntryPoint(),
    '--silent',
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--loose',
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    String(options.blobPort),
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(options.tablePort),
    '--queueHost',
    '127.0.0.1',
    '--queuePort',
    String(queuePort),
  ];
  if (options.location) {
    const location = resolve(options.location);
    mkdirSync(location, { recursive: true });
    args.push('--location', location);
  } else {
    args.push('--inMemoryPersistence');
  }
  if (options.detachedLog) {
    // Shared by other processes (see ./shared-azurite.ts): it must outlive this one, and a Ctrl-C
    // here must not reach it — its own process group, its output in a file.
    const log = openSync(options.detachedLog, 'a');
    const child = spawn(process.execPath, args, { stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    child.unref();
    const output = () => tailOf(options.detachedLog!);
    await waitUntilListening(child, [options.tablePort, options.blobPort], output);
    return {
      connectionString,
      ...options,
      pid: child.pid ?? 0,
      startedHere: true,
      stop: () => stopChild(child),
    };
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));

  await waitUntilListening(child, [options.tablePort, options.blobPort], () => output);
  return {
    connectionString,
    ...options,
    pid: child.pid ?? 0,
    startedHere: true,
    stop: () => stopChild(child),
  };
}

function tailOf(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

async function waitUntilListening(child: ChildProcess, ports: number[], output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`Azurite stopped at start-up (code ${exited}): ${output().trim()}`);
    const open = await Promise.all(ports.map((p) => isPortOpen(p)));
    if (open.every(Boolean)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Azurite did not listen on ports ${ports.join(', ')} within 30 s: ${output().trim()}`);
}

export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
