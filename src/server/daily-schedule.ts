/**
 * Runs the daily job on its schedule (cron, Europe/Paris; default 08:00 Monday–Friday — the job
 * itself skips public holidays), inside the bot process. `JOB_SCHEDULE=off` disables it.
 *
 * The slots are computed by croner and waited for on the process's own clock (the injected one:
 * tests of whole processes run a fixed day). When another instance holds the job's lease, the run
 * is tried again every `retryEveryMs` until the day is done: the holder may finish it — or die, and
 * then this instance takes over once its lease has lapsed.
 */
import { Cron } from 'croner';
import type { Logger } from '../config/logger';
import { addDays, BUSINESS_TIME_ZONE, calendarDateAt, type Clock } from '../domain/calendar-date';
import { systemClock } from '../store/system-clock';

export interface ScheduledJob {
  nextRun(): Date | null;
  /** Runs now as a slot would (a catch-up after a missed slot), retries included. */
  runNow(): void;
  /** True when today's scheduled time has passed (the process was down then): time to catch up. */
  missedToday(now: Date): boolean;
  stop(): void;
}

export interface ScheduleOptions {
  clock?: Clock;
  /** What the logs call it (« daily job », « weekly review »). */
  name?: string;
  /** Says a run must be tried again later (another instance holds the lease). */
  again?: (result: unknown) => boolean;
  retryEveryMs?: number;
}

/** setTimeout's longest wait; a longer one is waited for in several steps. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;

export function scheduleDailyJob(
  expression: string,
  run: () => Promise<unknown>,
  logger: Logger,
  options: ScheduleOptions = {},
): ScheduledJob | null {
  return scheduleOnClock(expression, run, logger, { name: 'daily job', ...options });
}

/**
 * A cron schedule (Europe/Paris) waited for on the given clock, with the retries above; `off`
 * disables it. The daily job and the weekly review both run on it.
 */
export function scheduleOnClock(
  expression: string,
  run: () => Promise<unknown>,
  logger: Logger,
  options: ScheduleOptions = {},
): ScheduledJob | null {
  if (expression.trim().toLowerCase() === 'off') return null;
  const clock = options.clock ?? systemClock;
  const name = options.name ?? 'scheduled run';
  const cron = new Cron(expression, { timezone: BUSINESS_TIME_ZONE, paused: true });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running = false;

  const wait = (ms: number, then: () => void) => {
    if (stopped) return;
    timer = setTimeout(then, Math.max(0, Math.min(ms, LONGEST_WAIT_MS)));
    timer.unref();
  };
  const attempt = async () => {
    try {
      const result = await run();
      if (options.again?.(result)) {
        logger.info({ retryInMs: options.retryEveryMs }, `${name} held by another instance: will look again`);
        return true;
      }
    } catch (error) {
      logger.error({ err: error }, `scheduled ${name} failed`);
    }
    return false;
  };
  /** One slot: runs, and runs again while another instance holds the lease; then waits for the next slot. */
  const fire = () => {
    // A run still going (a slow day, retries) is not started twice.
    if (running) return;
    running = true;
    const loop = () =>
      void attempt().then((again) => {
        if (again && !stopped) return wait(options.retryEveryMs ?? 60_000, loop);
        running = false;
        arm();
      });
    clearTimeout(timer);
    loop();
  };
  const arm = () => {
    const next = cron.nextRun(clock.now());
    if (!next || running) return;
    wait(next.getTime() - clock.now().getTime(), () => {
      // Woken early (a long wait in steps, a timer's rounding): wait the rest.
      if (clock.now() < next) return arm();
      fire();
    });
  };
  arm();
  logger.info({ schedule: expression, next: cron.nextRun(clock.now())?.toISOString() }, `${name} scheduled`);
  return {
    nextRun: () => cron.nextRun(clock.now()),
    runNow: fire,
    missedToday: (now) => {
      const today = calendarDateAt(now);
      // Midnight in Paris of today, approximated by 00:00 UTC of the day before: the next run after it
      // is the first slot of (yesterday evening or) today.
      const slot = cron.nextRun(new Date(`${addDays(today, -1)}T23:00:00Z`));
      return slot !== null && calendarDateAt(slot) === today && slot <= now;
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      cron.stop();
    },
  };
}
