import { startTestBot } from '../support/bot';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';

const KEY = 'a-long-enough-job-key-1234';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/jobs/daily`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /api/jobs/daily', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot({ JOB_KEY: KEY, JOB_SCHEDULE: 'off' });
    await seedDemoIfEmpty(bot.stores, calendarDate(2026, 11, 23), bot.ladder);
  });
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
  });

  it('refuses a request without the key or with a wrong one', async () => {
    expect((await post(bot.url, {})).status).toBe(401);
    expect((await post(bot.url, {}, { 'x-job-key': 'wrong-key-of-the-same-len' })).status).toBe(401);
  });

  it('refuses a date in the future or a malformed one, in French', async () => {
    const future = await post(bot.url, { date: '2026-11-24' }, { 'x-job-key': KEY });
    expect(future.status).toBe(400);
    expect(future.body.error).toContain('24/11/2026 est dans le futur');
    const malformed = await post(bot.url, { date: '24/11/2026' }, { 'x-job-key': KEY });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toContain('aaaa-mm-jj');
  });

  it('runs the job and reports what it did', async () => {
    const first = await post(bot.url, {}, { 'x-job-key': KEY });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'completed',
      date: '2026-11-23',
      // The demo's 8 actions: one voice per customer holds back C002's and C007's pre-due reminders,
      // and C007's transfer waits for its mise en demeure's deadline (they used to make 11).
      counts: { actions: 8, actionsCreated: 8 },
    });
    const again = await post(bot.url, { date: '2026-11-23' }, { 'x-job-key': KEY });
    expect(again.body).toMatchObject({ status: 'completed', counts: { actions: 8, actionsCreated: 0 } });
  });
});

it('refuses every request when no JOB_KEY is configured', async () => {
  const bot = await startTestBot({ JOB_SCHEDULE: 'off' });
  try {
    const response = await post(bot.url, {}, { 'x-job-key': KEY });
    expect(response.status).toBe(403);
    expect(response.body.error).toContain('JOB_KEY');
  } finally {
    await bot.stop();
    await bot.stores.storage.dropTables();
  }
});
