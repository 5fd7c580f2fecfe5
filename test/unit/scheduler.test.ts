import { silentLogger } from '../../src/config/logger';
import { isValidSchedule } from '../../src/config/settings';
import { scheduleDailyJob } from '../../src/server/daily-schedule';
import { scheduleWeeklyReview } from '../../src/server/weekly-review-schedule';
import { runningClockFrom } from '../../src/store/system-clock';

describe('the daily schedule (Europe/Paris)', () => {
  const job = scheduleDailyJob('0 8 * * 1-5', async () => undefined, silentLogger())!;
  afterAll(() => job.stop());

  it('knows when today’s 08:00 Paris run was missed, in winter and in summer time', () => {
    expect(job.missedToday(new Date('2026-11-23T06:59:00Z'))).toBe(false); // 07:59 in Paris
    expect(job.missedToday(new Date('2026-11-23T07:01:00Z'))).toBe(true); // 08:01 in Paris
    expect(job.missedToday(new Date('2026-07-01T05:59:00Z'))).toBe(false); // 07:59 CEST
    expect(job.missedToday(new Date('2026-07-01T06:01:00Z'))).toBe(true);
    expect(job.missedToday(new Date('2026-11-22T12:00:00Z'))).toBe(false); // a Sunday
  });

  it('schedules the next run at 08:00 Paris on a weekday', () => {
    expect(job.nextRun()!.getUTCHours() === 7 || job.nextRun()!.getUTCHours() === 6).toBe(true);
  });

  it('accepts « off » and refuses a malformed expression', () => {
    expect(scheduleDailyJob('off', async () => undefined, silentLogger())).toBeNull();
    expect(isValidSchedule('0 8 * * 1-5')).toBe(true);
    expect(isValidSchedule('tous les matins')).toBe(false);
  });
});

/**
 * A schedule on a running clock started at `start`, whose run answers `results` in turn (then
 * nothing): the times it was called, read once `count` calls were made (or 5 s passed) and 300 ms
 * more (no extra call then). The timers and the monotonic source are jest's fake ones: the slots and
 * retries are measured on virtual time, so a loaded machine cannot starve them (a CI run once saw no
 * call in 5 s of real time).
 */
async function firings(
  schedule: typeof scheduleDailyJob,
  expression: string,
  start: string,
  results: string[],
  count: number,
) {
  jest.useFakeTimers({ now: new Date('2031-05-14T10:00:00Z') });
  const clock = runningClockFrom(new Date(start));
  const calls: Date[] = [];
  const job = schedule(
    expression,
    async () => {
      calls.push(clock.now());
      return results.shift();
    },
    silentLogger(),
    { clock, again: (r) => r === 'held', retryEveryMs: 100 },
  )!;
  const firstSlot = job.nextRun()!.toISOString();
  try {
    for (let waited = 0; calls.length < count && waited < 5_000; waited += 20)
      await jest.advanceTimersByTimeAsync(20);
    await jest.advanceTimersByTimeAsync(300);
    return { firstSlot, calls, nextSlot: job.nextRun()!.toISOString() };
  } finally {
    job.stop();
    jest.useRealTimers();
  }
}

describe('the daily schedule on the process clock, with several instances', () => {
  it('fires at the slot of the injected clock and tries again while another instance holds the lease', async () => {
    // Monday 23 November 2026, 300 ms before 08:00 in Paris — whatever the machine's date.
    const { firstSlot, calls, nextSlot } = await firings(
      scheduleDailyJob,
      '0 8 * * 1-5',
      '2026-11-23T06:59:59.700Z',
      ['held', 'held', 'done'],
      3,
    );
    expect(firstSlot).toBe('2026-11-23T07:00:00.000Z');
    expect(calls).toHaveLength(3);
    expect(calls[0]!.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-23T07:00:00Z'));
    // Two retries 100 ms apart.
    expect(calls[2]!.getTime() - calls[0]!.getTime()).toBeGreaterThanOrEqual(200);
    // Done for the day: the next run is Tuesday's slot, not another try.
    expect(nextSlot).toBe('2026-11-24T07:00:00.000Z');
  });
});

describe('the weekly review’s schedule', () => {
  it('fires at Monday 08:00 Paris of the injected clock, whatever the machine’s date, and looks again while the lease is held', async () => {
    const { firstSlot, calls, nextSlot } = await firings(
      scheduleWeeklyReview,
      '0 8 * * 1',
      '2026-11-30T06:59:59.700Z',
      ['held', 'sent'],
      2,
    );
    expect(firstSlot).toBe('2026-11-30T07:00:00.000Z');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-30T07:00:00Z'));
    // One retry 100 ms later.
    expect(calls[1]!.getTime() - calls[0]!.getTime()).toBeGreaterThanOrEqual(100);
    // Sent: the next run is next Monday's slot.
    expect(nextSlot).toBe('2026-12-07T07:00:00.000Z');
  });

  it('is off with « off »', () => {
    expect(scheduleWeeklyReview('off', async () => undefined, silentLogger())).toBeNull();
  });
});
