/**
 * Structured logging with pino: JSON in production, readable lines in development.
 * Secrets and message bodies are redacted by path; never log an e-mail body or a password.
 */
import pino, { type Logger } from 'pino';
import type { RuntimeSettings } from './settings';

export type { Logger };

const REDACTED_PATHS = [
  'password',
  '*.password',
  'SECRET_BOT_PASSWORD',
  '*.SECRET_BOT_PASSWORD',
  'connectionString',
  '*.connectionString',
  'STORAGE_CONNECTION_STRING',
  '*.STORAGE_CONNECTION_STRING',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'html',
  '*.html',
  'text',
  '*.text',
  'body',
  '*.body',
];

export function createLogger(
  settings: Pick<RuntimeSettings, 'LOG_LEVEL' | 'LOG_FORMAT' | 'NODE_ENV'>,
  name = 'relances',
): Logger {
  const format = settings.LOG_FORMAT ?? (settings.NODE_ENV === 'production' ? 'json' : 'pretty');
  const options = {
    name,
    level: settings.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[masqué]' },
  };
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
