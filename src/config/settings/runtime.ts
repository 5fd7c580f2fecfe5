/** The process itself: which environment files, where it listens, how it logs, where data goes. */
import { z } from 'zod';
import { port, withDefault } from './fields';

export const runtimeFields = {
  APP_ENV: withDefault(
    z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('local'),
  ),
  NODE_ENV: withDefault(z.enum(['development', 'production', 'test']).default('development')),
  PORT: port(3978),
  HOST: withDefault(z.string().default('0.0.0.0')),
  LOG_LEVEL: withDefault(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  LOG_FORMAT: withDefault(z.enum(['pretty', 'json']).optional()),
  DATA_DIR: withDefault(z.string().default('.data')),
};
