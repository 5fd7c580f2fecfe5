import { calendarDateAt, type CalendarDate, type Clock } from '../domain/calendar-date';

/** The real clock, read at the edge only. `today()` is the Europe/Paris calendar date. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: (): CalendarDate => calendarDateAt(new Date()),
};

/** A clock pinned to a date (a job run « as of » a date, tests). */
export function fixedClock(today: CalendarDate, instant: Date = new Date(`${today}T08:00:00+01:00`)): Clock {
  return { now: () => instant, today: () => today };
}

/**
 * A clock that reads `start` now and then runs like the real one, from a monotonic source (tests of
 * whole processes: TEST_CLOCK_START).
 */
export function runningClockFrom(start: Date): Clock {
  const origin = performance.now();
  const now = () => new Date(start.getTime() + (performance.now() - origin));
  return { now, today: () => calendarDateAt(now()) };
}
