/** Clocks for tests that need time to pass (deadlines, the sweeper) from a fixed start. */
import type { CalendarDate, Clock } from '../../src/domain/calendar-date';

/**
 * A clock that starts at 08:00 (Paris) on `today` and then runs like a real one, from a monotonic
 * source: the suite's dates stay fixed whatever the machine's date, while deadlines do pass.
 */
export function runningClock(today: CalendarDate): Clock {
  const base = new Date(`${today}T08:00:00+01:00`).getTime();
  const start = performance.now();
  return { now: () => new Date(base + (performance.now() - start)), today: () => today };
}
