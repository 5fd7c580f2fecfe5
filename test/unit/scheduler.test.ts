import { silentLogger } from '../../src/config/logger';
import { isValidSchedule } from '../../src/config/settings';
import { scheduleDailyJob } from '../../src/server/daily-schedule';

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
