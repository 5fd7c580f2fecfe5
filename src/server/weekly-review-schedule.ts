/**
 * Sends the weekly review on its schedule (cron, Europe/Paris; default Monday 08:00), inside the bot
 * process, waited for on the process's own clock like the daily job (./daily-schedule.ts).
 * `WEEKLY_REVIEW_SCHEDULE=off` disables it. Every instance schedules it; the use case sends it once
 * per date (lease + the review recorded as sent), and an instance that finds the lease held looks
 * again until the review is sent — by the holder, or by itself if the holder died.
 */
import type { Logger } from '../config/logger';
import type { Clock } from '../domain/calendar-date';
import { scheduleOnClock, type ScheduledJob } from './daily-schedule';

export const DEFAULT_WEEKLY_REVIEW_SCHEDULE = '0 8 * * 1';

export type ScheduledReview = ScheduledJob;

export interface ReviewScheduleOptions {
  clock?: Clock;
  /** Says the review must be tried again later (another instance holds the lease). */
  again?: (result: unknown) => boolean;
  retryEveryMs?: number;
}

export function scheduleWeeklyReview(
  expression: string,
  run: () => Promise<unknown>,
  logger: Logger,
  options: ReviewScheduleOptions = {},
): ScheduledReview | null {
  return scheduleOnClock(expression, run, logger, { ...options, name: 'weekly review' });
}
