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

describe('the daily schedule on the process clock, with several instances', () => {
  it('fires at the slot of the injected clock and tries again while another instance holds the lease', async () => {
    // Monday 23 November 2026, 300 ms before 08:00 in Paris — whatever the machine's date.
    const clock = runningClockFrom(new Date('2026-11-23T06:59:59.700Z'));
    const results = ['held', 'held', 'done'];
    const calls: Date[] = [];
    const job = scheduleDailyJob(
      '0 8 * * 1-5',
      async () => {
        calls.push(clock.now());
        return results.shift();
      },
      silentLogger(),
      { clock, again: (r) => r === 'held', retryEveryMs: 100 },
    )!;
    try {
      expect(job.nextRun()!.toISOString()).toBe('2026-11-23T07:00:00.000Z');
      const deadline = performance.now() + 5_000;
      while (calls.length < 3 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(calls).toHaveLength(3);
      expect(calls[0]!.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-23T07:00:00Z'));
      expect(calls[2]!.getTime() - calls[0]!.getTime()).toBeGreaterThanOrEqual(200);
      // Done for the day: the next run is Tuesday's slot, not another try.
      await new Promise((r) => setTimeout(r, 300));
      expect(calls).toHaveLength(3);
      expect(job.nextRun()!.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    } finally {
      job.stop();
    }
  });
});

describe('the weekly review’s schedule', () => {
  it('fires at Monday 08:00 Paris of the injected clock, whatever the machine’s date, and looks again while the lease is held', async () => {
    // Sunday 29 November 2026 would be the machine's date for nothing: the clock says Monday 30, 07:59:59.7 Paris.
    const clock = runningClockFrom(new Date('2026-11-30T06:59:59.700Z'));
    const results = ['held', 'sent'];
    const calls: Date[] = [];
    const review = scheduleWeeklyReview(
      '0 8 * * 1',
      async () => {
        calls.push(clock.now());
        return results.shift();
      },
      silentLogger(),
      { clock, again: (r) => r === 'held', retryEveryMs: 100 },
    )!;
    try {
      expect(review.nextRun()!.toISOString()).toBe('2026-11-30T07:00:00.000Z');
      const deadline = performance.now() + 5_000;
      while (calls.length < 2 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(calls).toHaveLength(2);
      expect(calls[0]!.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-30T07:00:00Z'));
      await new Promise((r) => setTimeout(r, 300));
      expect(calls).toHaveLength(2);
      expect(review.nextRun()!.toISOString()).toBe('2026-12-07T07:00:00.000Z');
    } finally {
      review.stop();
    }
  });

  it('is off with « off »', () => {
    expect(scheduleWeeklyReview('off', async () => undefined, silentLogger())).toBeNull();
  });
});
