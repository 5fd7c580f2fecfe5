/**
 * A weekend or a public holiday: nothing new is due, the card is the last business day's work and
 * says so, and a letter prepared that day is dated the day it can be posted — never « Relances du
 * dimanche ».
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { demoNoticeReceived } from '../support/demo-notice';
import { startStack } from '../../src/cli/stack';
import { silentLogger } from '../../src/config/logger';
import { calendarDate } from '../../src/domain/calendar-date';
import { docxText } from '../support/docx-text';
import { jobSkipText } from '../../src/i18n/reasons';
import { fixedClock } from '../../src/store/system-clock';
import { cardText, postActivity, startTestBot, testSettings, type ExpectedReplies } from '../support/bot';
import { testConnectionString } from '../support/storage';

const FRIDAY = calendarDate(2026, 11, 27);
const SUNDAY = calendarDate(2026, 11, 29);

async function dayCardText(bot: Awaited<ReturnType<typeof startTestBot>>): Promise<string> {
  const { body } = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }));
  const card = (body as ExpectedReplies).activities.find((a) => a.attachments?.length)!;
  return cardText(card.attachments![0]!.content);
}

describe('on a Sunday', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot(
      { BLOB_CONTAINER: `dayoff-${SUNDAY}`, DOCUMENT_SIGNING_KEY: 's'.repeat(40) },
      SUNDAY,
    );
    await seedDemoIfEmpty(bot.stores, SUNDAY, bot.ladder);
    await demoNoticeReceived(bot.stores, bot.ladder);
  });
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
  });

  it('« relances du jour » shows Friday’s work and says why', async () => {
    const text = await dayCardText(bot);
    expect(text).toContain('Relances du vendredi 27 novembre 2026');
    expect(text).toContain('Nous sommes le dimanche 29 novembre 2026, jour non ouvré');
    expect(text).not.toContain('Relances du dimanche');
    expect(await bot.stores.jobRuns.listForDate(SUNDAY)).toEqual([]);
    expect((await bot.stores.jobRuns.listForDate(FRIDAY)).map((r) => r.status)).toEqual(['completed']);
    // The demo is anchored on the last business day: Friday's lists are full.
    expect((await bot.stores.actions.listForDate(FRIDAY)).map((a) => a.step)).toEqual(
      expect.arrayContaining(['J+3', 'J+10', 'J+20', 'J+30']),
    );
  });

  it('the job asked by hand is Friday’s; the schedule skips the day', async () => {
    const scheduled = await bot.runJob({ trigger: 'schedule' });
    expect(scheduled).toEqual({ status: 'skipped', skip: { code: 'not_business_day', date: SUNDAY } });
    expect(scheduled.status === 'skipped' && jobSkipText(scheduled.skip)).toBe(
      'Le 29/11/2026 n’est pas un jour ouvré : pas de relance.',
    );
    const manual = await bot.runJob({ trigger: 'cli' });
    expect(manual.status === 'completed' && manual.run.date).toBe(FRIDAY);
  });

  it('a letter prepared on Sunday is dated Monday, the day it can be posted', async () => {
    const generated = await bot.click('action.generate', { date: FRIDAY, customer: 'C005', step: 'J+10' });
    expect(generated.text).toContain('Courrier généré');
    const action = (await bot.stores.actions.get(FRIDAY, 'C005', 'J+10'))!;
    const stored = await bot.documents.get(action.details.documentId!);
    const text = await docxText(stored!.bytes);
    expect(text).toContain('30 novembre 2026');
    expect(text).not.toContain('29 novembre 2026');
  });
});

it('on Christmas Day, the card is Thursday 24 December’s', async () => {
  const christmas = calendarDate(2026, 12, 25);
  const bot = await startTestBot({}, christmas);
  try {
    await seedDemoIfEmpty(bot.stores, christmas, bot.ladder);
    const text = await dayCardText(bot);
    expect(text).toContain('Relances du jeudi 24 décembre 2026');
    expect(text).toContain('Nous sommes le vendredi 25 décembre 2026, jour non ouvré');
  } finally {
    await bot.stop();
    await bot.stores.storage.dropTables();
  }
});

it('on a business day the card is the day’s own, with no day-off note', async () => {
  const bot = await startTestBot({}, FRIDAY);
  try {
    await seedDemoIfEmpty(bot.stores, FRIDAY, bot.ladder);
    const text = await dayCardText(bot);
    expect(text).toContain('Relances du vendredi 27 novembre 2026');
    expect(text).not.toContain('jour non ouvré');
  } finally {
    await bot.stop();
    await bot.stores.storage.dropTables();
  }
});

it('`npm start` on a Sunday runs Friday’s job for the demo, not Sunday’s', async () => {
  const settings = testSettings({
    STORAGE_CONNECTION_STRING: testConnectionString(),
    BOT_ID: '11111111-2222-3333-4444-555555555555',
    SECRET_BOT_PASSWORD: 'x',
    BOT_TENANT_ID: '66666666-7777-8888-9999-000000000000',
  });
  const stack = await startStack({
    settings,
    logger: silentLogger(),
    clock: fixedClock(SUNDAY),
    inMemory: true,
  });
  try {
    expect(await stack.bot.stores.jobRuns.listForDate(SUNDAY)).toEqual([]);
    expect((await stack.bot.stores.jobRuns.listForDate(FRIDAY)).map((r) => r.trigger)).toEqual(['startup']);
  } finally {
    await stack.stop();
    await stack.bot.stores.storage.dropTables();
  }
});
