/**
 * Feedback where the controller looks, over HTTP: a refusal or a confirmation next to the row's
 * buttons (not at the top of a long card), « Tout envoyer » ending with its summary (sent, failed,
 * skipped and why) in its section, and the header counting what is left to do.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';
import { reply, startSmtp, type TestServer } from '../support/smtp-server';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;
let smtp: TestServer;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await condition()).toBe(true);
}

type Node = Record<string, unknown>;

/** The row's container on the day's card: its heading names the customer, its buttons the step. */
function rowOf(card: unknown, customer: string, mark = '"step":"J+20"'): Node | null {
  let found: Node | null = null;
  const walk = (node: unknown) => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as Node;
    const items = n.items as Node[] | undefined;
    if (
      n.type === 'Container' &&
      Array.isArray(items) &&
      String(items[0]?.text ?? '').startsWith(customer) &&
      JSON.stringify(n).includes(mark)
    ) {
      found = n;
      return;
    }
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

/** The card's text before its first section: its header and any top-level message. */
const headerOf = (card: Node) =>
  cardText(
    (card.body as Node[]).slice(
      0,
      (card.body as Node[]).findIndex((b) => b.separator === true),
    ),
  );

beforeEach(async () => {
  // The SMTP server refuses the second recipient it is given: one « Tout envoyer » e-mail fails.
  smtp = await startSmtp({ rcptTo: (n) => (n === 2 ? reply(550, 'Mailbox unavailable') : null) });
  bot = await startTestBot({ MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.install(PEOPLE.controller);
  await bot.runJob({ trigger: 'cli' });
});

afterEach(async () => {
  await bot.stop();
  await smtp.close();
  await bot.stores.storage.dropTables();
});

it('puts a refusal next to the row’s button, not at the top of the card', async () => {
  const ref = { date: MONDAY, customer: 'C002', step: 'J+20' };
  await bot.click('action.generate', ref);
  const { card } = await bot.click('action.markRegistered', ref);
  const row = rowOf(card, 'Société Générale d’Hygiène')!;
  expect(cardText(row)).toContain('saisissez le numéro de la lettre recommandée');
  expect(headerOf(card!)).not.toContain('saisissez le numéro');

  const done = await bot.click('action.markRegistered', { ...ref, lrar: '1A 234 567 8901 2' });
  expect(cardText(rowOf(done.card, 'Société Générale d’Hygiène', 'Envoyée en LRAR'))).toContain(
    '✅ Mise en demeure à Société Générale d’Hygiène envoyée en LRAR n° 1A 234 567 8901 2.',
  );
});

it('counts in the header what is left to do', async () => {
  const { body } = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }));
  const card = (body as ExpectedReplies).activities.at(-1)!.attachments![0]!.content;
  const total = (await bot.stores.actions.listForDate(MONDAY)).length;
  expect(headerOf(card)).toContain(`Reste à faire : ${total} sur ${total}`);
  await bot.click('action.sendEmail', { date: MONDAY, customer: 'C001', step: 'J+3' });
  const after = await bot.click('digest.refresh', { date: MONDAY });
  expect(headerOf(after.card!)).toContain(`Reste à faire : ${total - 1} sur ${total}`);
});

it('ends « Tout envoyer » with a summary in its section: sent, failed and why', async () => {
  const started = await bot.click('section.sendAll', { date: MONDAY, step: 'J+3' });
  expect(started.text).toContain('⏳ Envoi de 4 e-mails en cours');
  await until(async () =>
    (await bot.stores.journal.listForDays(MONDAY, MONDAY)).some((e) => e.action === 'email.send_all_done'),
  );
  const summary = (await bot.stores.journal.listForDays(MONDAY, MONDAY)).find(
    (e) => e.action === 'email.send_all_done',
  )!;
  expect(summary).toMatchObject({ outcome: 'failed', actor: { name: 'Camille Roux' } });
  expect((summary.details!.sent as string[]).length).toBe(3);
  expect(summary.details!.failed as string[]).toHaveLength(1);

  const card = (await bot.click('digest.refresh', { date: MONDAY })).text;
  expect(card).toContain('« Tout envoyer » terminé : 3 e-mails envoyés, 1 échec, 0 ignoré.');
  expect(card).toMatch(/Mailbox unavailable|refus/);
});
