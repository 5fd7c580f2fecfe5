import { silentLogger } from '../../src/config/logger';
import { startStack } from '../../src/cli/stack';
import { DEMO_CUSTOMERS, DEMO_LOST_CUSTOMERS } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { fixedClock } from '../../src/store/system-clock';
import { testSettings } from '../support/bot';
import { testConnectionString } from '../support/storage';

it('uses the configured storage and starts neither Azurite nor the Playground for a real tenant', async () => {
  const settings = testSettings({
    STORAGE_CONNECTION_STRING: testConnectionString(),
    BOT_ID: '11111111-2222-3333-4444-555555555555',
    SECRET_BOT_PASSWORD: 'x',
    BOT_TENANT_ID: '66666666-7777-8888-9999-000000000000',
    // Ports nobody listens on: if the stack tried to start or reach them, it would show.
    AZURITE_TABLE_PORT: '1',
    AZURITE_BLOB_PORT: '2',
  });
  const stack = await startStack({
    settings,
    logger: silentLogger(),
    clock: fixedClock(calendarDate(2026, 11, 23)),
    inMemory: true,
  });
  try {
    expect(stack.azurite).toBeNull();
    expect(stack.playground).toBeNull();
    expect(stack.connectionString).toBe(testConnectionString());
    const health = await fetch(`${stack.botUrl}/healthz`);
    expect(health.status).toBe(200);
    // The demo portfolio — its active customers and those it lost money on — went into the configured storage.
    expect((await stack.bot.stores.customers.list()).length).toBe(
      DEMO_CUSTOMERS.length + DEMO_LOST_CUSTOMERS.length,
    );
  } finally {
    await stack.stop();
    await stack.bot.stores.storage.dropTables();
  }
});

it('on a business day after the job’s hour, the demo’s day has its actions: the ledger is seeded before the job catches up', async () => {
  const monday = calendarDate(2026, 11, 23);
  const settings = testSettings({
    STORAGE_CONNECTION_STRING: testConnectionString(),
    BOT_ID: '11111111-2222-3333-4444-555555555555',
    SECRET_BOT_PASSWORD: 'x',
    BOT_TENANT_ID: '66666666-7777-8888-9999-000000000000',
    JOB_SCHEDULE: '0 8 * * 1-5',
  });
  // 10:00 in Paris: the 08:00 job was missed, so the bot catches it up as it starts.
  const stack = await startStack({
    settings,
    logger: silentLogger(),
    clock: fixedClock(monday, new Date('2026-11-23T10:00:00+01:00')),
    inMemory: true,
  });
  try {
    let runs = await stack.bot.stores.jobRuns.listForDate(monday);
    for (let i = 0; i < 100 && !runs.some((r) => r.status === 'completed'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      runs = await stack.bot.stores.jobRuns.listForDate(monday);
    }
    const completed = runs.filter((r) => r.status === 'completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]!.counts.actions).toBeGreaterThan(0);
    const steps = (await stack.bot.stores.actions.listForDate(monday)).map((a) => a.step);
    expect(steps).toEqual(expect.arrayContaining(['J+3', 'J+10', 'J+20']));
  } finally {
    await stack.stop();
    await stack.bot.stores.storage.dropTables();
  }
});
