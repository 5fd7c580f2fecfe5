/**
 * Runs the daily job on its schedule (cron, Europe/Paris; default 08:00 Monday–Friday — the job
 * itself skips public holidays), inside the bot process. `JOB_SCHEDULE=off` disables it.
 */
import { Cron } from 'croner';
import type { Logger } from '../config/logger';
import { BUSINESS_TIME_ZONE } from '../domain/calendar-date';

export interface ScheduledJob {
  nextRun(): Date | null;
  stop(): void;
}

export function scheduleDailyJob(
  expression: string,
  run: () => Promise<unknown>,
  logger: Logger,
): ScheduledJob | null {
  if (expression.trim().toLowerCase() === 'off') return null;
  const cron = new Cron(expression, { timezone: BUSINESS_TIME_ZONE, protect: true }, async () => {
    try {
      await run();
    } catch (error) {
      logger.error({ err: error }, 'scheduled daily job failed');
    }
  });
  logger.info({ schedule: expression, next: cron.nextRun()?.toISOString() }, 'daily job scheduled');
  return { nextRun: () => cron.nextRun(), stop: () => cron.stop() };
}

export function isValidSchedule(expression: string): boolean {
  if (expression.trim().toLowerCase() === 'off') return true;
  try {
    new Cron(expression, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}
