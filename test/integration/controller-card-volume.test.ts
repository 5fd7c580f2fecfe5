/** The controller's card at volume, over HTTP: 1,000 actions stay under Teams' 28 KB, in pages. */
import { addDays, calendarDate } from '../../src/domain/calendar-date';
import { cents } from '../../src/domain/money';
import { aCustomer, anInvoice } from '../support/fixtures';
import { cardText, postActivity, startTestBot, type ExpectedReplies, type TestBot } from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({ DEMO_DATA: 'false' });
  const customers = Array.from({ length: 1000 }, (_, i) =>
    aCustomer({
      code: `K${String(i).padStart(4, '0')}`,
      legalName: `Client en volume n° ${i} — Société d’essai`,
      risk: 'low',
    }),
  );
  await bot.stores.customers.upsertMany(customers);
  await bot.stores.invoices.saveMany(
    customers.map((c, i) => ({
      next: anInvoice({
        number: `V-${i}`,
        customerCode: c.code,
        dueDate: addDays(MONDAY, -3 - (i % 40)),
        issueDate: addDays(MONDAY, -60),
        amountInclTax: cents(10000 + i),
      }),
      previous: null,
    })),
  );
  await bot.runJob({ trigger: 'cli' });
});

afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

it('keeps the card under 28 KB at 1,000 actions, with complete totals and pages', async () => {
  expect(await bot.stores.actions.listForDate(MONDAY)).toHaveLength(1000);
  const { body } = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }));
  const activity = (body as ExpectedReplies).activities.at(-1)!;
  const card = activity.attachments![0]!.content;
  expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(28 * 1024);
  const text = cardText(card);
  expect(text).toContain('1000 actions à mener');
  expect(text).toMatch(/Page suivante \(2\/\d+\)/);
});
