/** The process itself: which environment files, where it listens, how it logs, where data goes. */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
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
  /**
   * Tests of whole processes only (never in production): the instant the process's clock reads at
   * start, running on from there — so a test started on any day runs the job of a fixed day.
   */
  TEST_CLOCK_START: withDefault(
    z
      .string()
      .refine((v) => /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(new Date(v).getTime()), m.instant)
      .optional(),
  ),
};
