/**
 * Runs the daily job on its schedule (cron, Europe/Paris; default 08:00 Monday–Friday — the job
 * itself skips public holidays), inside the bot process. `JOB_SCHEDULE=off` disables it.
 */
import { Cron } from 'croner';
import type { Logger } from '../config/logger';
import { addDays, BUSINESS_TIME_ZONE, calendarDateAt } from '../domain/calendar-date';

export interface ScheduledJob {
  nextRun(): Date | null;
  /** True when today's scheduled time has passed (the process was down then): time to catch up. */
  missedToday(now: Date): boolean;
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
  return {
    nextRun: () => cron.nextRun(),
    missedToday: (now) => {
      const today = calendarDateAt(now);
      // Midnight in Paris of today, approximated by 00:00 UTC of the day before: the next run after it
      // is the first slot of (yesterday evening or) today.
      const slot = cron.nextRun(new Date(`${addDays(today, -1)}T23:00:00Z`));
      return slot !== null && calendarDateAt(slot) === today && slot <= now;
    },
    stop: () => cron.stop(),
  };
}
