/**
 * Structured logging with pino: JSON in production, readable lines in development.
 * Secrets and message bodies are redacted; never log an e-mail body or a password.
 *
 * Two nets: pino's `redact` for the paths it can name (a key at the top, one or two levels down,
 * the request's headers), and a walk of every logged object (a few levels deep, errors included)
 * that masks the keys no path can name — any `SECRET_*`, any `*_API_KEY` — wherever they are,
 * and the user and password of any URL written in a string (smtp://user:pass@host).
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { RuntimeSettings } from './settings';

export type { Logger };

export const CENSOR = '[masqué]';

/** Keys whose value never reaches a log, at whatever depth (case-insensitive). */
const SECRET_KEY =
  /^SECRET_|_API_KEY$|^SMTP_URL$|^DOCUMENT_SIGNING_KEY$|^JOB_KEY$|^authorization$|^x-job-key$|^password$|^connectionString$|^STORAGE_CONNECTION_STRING$/i;

/** Secrets pino's `redact` masks by path: at the top, one and two levels down, in headers. */
const SECRET_PATHS = [
  'password',
  'SECRET_BOT_PASSWORD',
  'SECRET_GRAPH_CLIENT_SECRET',
  'OPENAI_API_KEY',
  'AZURE_OPENAI_API_KEY',
  'SMTP_URL',
  'DOCUMENT_SIGNING_KEY',
  'JOB_KEY',
  'connectionString',
  'STORAGE_CONNECTION_STRING',
  'authorization',
].flatMap((name) => [name, `*.${name}`, `*.*.${name}`]);

const HEADER_PATHS = ['headers', 'req.headers', '*.headers'].flatMap((headers) => [
  `${headers}.authorization`,
  `${headers}["x-job-key"]`,
]);

/** Message bodies: what customers and people wrote is not for the logs. */
const BODY_PATHS = ['html', 'text', 'body'].flatMap((name) => [name, `*.${name}`]);

const REDACTED_PATHS = [...SECRET_PATHS, ...HEADER_PATHS, ...BODY_PATHS];

/** The user and password of a URL (smtp://user:pass@host → smtp://[masqué]@host). */
export function maskUrlCredentials(text: string): string {
  if (!text.includes('@') || !text.includes('://')) return text;
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, `$1${CENSOR}@`);
}

const MAX_DEPTH = 6;

/** A copy of what is logged with secret keys masked and URL credentials removed (bounded walk). */
export function maskSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return maskUrlCredentials(value);
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Error) return maskSecrets(pino.stdSerializers.err(value), depth + 1, seen);
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, depth + 1, seen));
  const proto = Object.getPrototypeOf(value) as unknown;
  // Only plain objects are walked (a Date, a Buffer, a class instance are logged as they are).
  if (proto !== Object.prototype && proto !== null && !isSerializedError(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) && item !== undefined ? CENSOR : maskSecrets(item, depth + 1, seen);
  }
  return copy;
}

/** pino's serialized errors have a prototype of their own; they are walked like plain objects. */
function isSerializedError(value: object): boolean {
  return 'type' in value && 'message' in value && 'stack' in value;
}

export function loggerOptions(
  settings: Pick<RuntimeSettings, 'LOG_LEVEL'>,
  name = 'relances',
): LoggerOptions<never, boolean> {
  return {
    name,
    level: settings.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    formatters: { log: (object) => maskSecrets(object) as Record<string, unknown> },
    serializers: { err: (error: unknown) => maskSecrets(error) },
    hooks: {
      // The message itself: a URL with its password written into it loses the password.
      logMethod(args, method) {
        const masked = args.map((a: unknown) => (typeof a === 'string' ? maskUrlCredentials(a) : a));
        return method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
}

export function createLogger(
  settings: Pick<RuntimeSettings, 'LOG_LEVEL' | 'LOG_FORMAT' | 'NODE_ENV'>,
  name = 'relances',
  /** Where JSON lines go instead of stdout (tests read them). */
  destination?: DestinationStream,
): Logger {
  const format = settings.LOG_FORMAT ?? (settings.NODE_ENV === 'production' ? 'json' : 'pretty');
  const options = loggerOptions(settings, name);
  if (destination) return pino(options, destination);
  if (format === 'json') return pino(options);
  return pino(
    options,
    pino.transport({
      target: 'pino-pretty',
      options: { colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' },
    }),
  );
}

/** A logger that writes nothing, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
