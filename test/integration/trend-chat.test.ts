/**
 * Trends asked in the chat, over HTTP as Teams sends them, against the demo portfolio: the
 * director's « ça va mieux que le mois dernier les retards ? » and a sales rep's « évolution des
 * impayés », whose figure today is checked against a total computed here with a plain loop over
 * the store's invoices.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;
let invoices: Invoice[];

beforeAll(async () => {
  bot = await startTestBot();
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  invoices = [];
  for await (const invoice of bot.stores.invoices.scanAll()) invoices.push(invoice);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function say(text: string, person: (typeof PEOPLE)[keyof typeof PEOPLE]): Promise<string> {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  const content = reply.attachments?.[0]?.content;
  if (!content) throw new Error(`no card in the reply: ${reply.text ?? ''}`);
  return cardText(content);
}

/** Overdue today, by hand: neither paid nor written off, at least 1 € left, due before today. */
function overdueToday(codes: ReadonlySet<string> | null): string {
  let total = 0;
  for (const i of invoices) {
    if (codes && !codes.has(i.customerCode)) continue;
    if (i.status === 'paid' || i.status === 'written_off') continue;
    if (i.amountInclTax - i.amountPaid < 100 || i.dueDate >= MONDAY) continue;
    total += i.amountInclTax - i.amountPaid;
  }
  return formatEuros(cents(total));
}

const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]/g, ' ');

it('answers the director with this month against the end of last month', async () => {
  const text = spaced(await say('ça va mieux que le mois dernier les retards ?', PEOPLE.director));
  expect(text).toMatch(/Les impayés échus (baissent|augmentent|sont stables) : /);
  expect(text).toContain(`${spaced(overdueToday(null))} au 23 novembre 2026 contre `);
  expect(text).toContain('fin octobre 2026');
  expect(text).not.toMatch(/Aucun client|va mieux/);
});

it('gives a sales rep the trend of their own customers only', async () => {
  const customers = await bot.stores.customers.list();
  const theirs = new Set(customers.filter((c) => c.salesRepEmail === PEOPLE.claire.email).map((c) => c.code));
  expect(theirs.size).toBeGreaterThan(0);
  const text = spaced(await say('évolution des impayés', PEOPLE.claire));
  expect(overdueToday(theirs)).not.toBe(overdueToday(null));
  expect(text).toContain(`${spaced(overdueToday(theirs))} au 23 novembre 2026`);
  expect(text).not.toContain(`${spaced(overdueToday(null))} au 23 novembre 2026`);
});
