/**
 * Sends the weekly review on its schedule (cron, Europe/Paris; default Monday 08:00), inside the bot
 * process. `WEEKLY_REVIEW_SCHEDULE=off` disables it. Every instance schedules it; the use case sends
 * it once per date (lease + the review recorded as sent).
 */
import { Cron } from 'croner';
import type { Logger } from '../config/logger';
import { BUSINESS_TIME_ZONE } from '../domain/calendar-date';

export const DEFAULT_WEEKLY_REVIEW_SCHEDULE = '0 8 * * 1';

export interface ScheduledReview {
  nextRun(): Date | null;
  stop(): void;
}

export function scheduleWeeklyReview(
  expression: string,
  run: () => Promise<unknown>,
  logger: Logger,
): ScheduledReview | null {
  if (expression.trim().toLowerCase() === 'off') return null;
  const cron = new Cron(expression, { timezone: BUSINESS_TIME_ZONE, protect: true }, async () => {
    try {
      await run();
    } catch (error) {
      logger.error({ err: error }, 'scheduled weekly review failed');
    }
  });
  logger.info({ schedule: expression, next: cron.nextRun()?.toISOString() }, 'weekly review scheduled');
  return { nextRun: () => cron.nextRun(), stop: () => cron.stop() };
}
