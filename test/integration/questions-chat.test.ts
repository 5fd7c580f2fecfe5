/**
 * Questions in French over HTTP, as Teams sends them, against the demo portfolio: the figures on the
 * cards are checked against totals computed here from the store's invoices with plain loops.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import { formatEuros, cents } from '../../src/domain/money';
import { MAX_CARD_BYTES } from '../../src/bot/card-templates';
import { aCustomer } from '../support/fixtures';
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
  await bot.runJob({ trigger: 'cli' });
  await bot.stores.customers.upsertMany([
    aCustomer({ code: 'C011', legalName: 'Biocoop Part-Dieu', salesRepEmail: PEOPLE.claire.email }),
  ]);
  invoices = [];
  for await (const invoice of bot.stores.invoices.scanAll()) invoices.push(invoice);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

type Reply = ExpectedReplies['activities'][number];

async function say(
  text: string,
  person: (typeof PEOPLE)[keyof typeof PEOPLE] = PEOPLE.director,
): Promise<Reply> {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  // A first message of the day may also bring the day's card: the answer is the last reply.
  return (body as ExpectedReplies).activities.at(-1)!;
}

function card(reply: Reply): Record<string, unknown> {
  const content = reply.attachments?.[0]?.content;
  if (!content) throw new Error(`no card in the reply: ${reply.text ?? ''}`);
  return content;
}

function executes(
  content: Record<string, unknown>,
): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const found: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record as (typeof found)[number]);
      Object.values(record).forEach(walk);
    }
  };
  walk(content);
  return found;
}

async function click(verb: string, data: Record<string, unknown>, person = PEOPLE.director) {
  const { body } = await postActivity(
    bot.url,
    bot.activity(
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: undefined,
        text: undefined,
        replyToId: 'activity-1',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      },
      person,
    ),
  );
  return (body as { value: Record<string, unknown> | string }).value;
}

const balance = (i: Invoice) => Math.max(0, i.amountInclTax - i.amountPaid);
const unpaid = (i: Invoice) =>
  i.status !== 'paid' && i.status !== 'written_off' && balance(i) >= 100 && i.dueDate < MONDAY;
const euros = (list: Invoice[]) => formatEuros(cents(list.reduce((s, i) => s + balance(i), 0)));

it('the director asks « quels impayés ce mois ? » and reads the exact total of November’s unpaid invoices', async () => {
  const november = invoices.filter((i) => unpaid(i) && i.dueDate.startsWith('2026-11'));
  expect(november.length).toBeGreaterThan(3);
  const reply = await say('quels impayés ce mois ?');
  const text = cardText(card(reply));
  expect(text).toContain(
    `${november.length} factures impayées échues en novembre 2026 : ${euros(november)} TTC`,
  );
  for (const i of november.slice(0, 5)) expect(text).toContain(i.number);
  expect(JSON.stringify(card(reply)).length).toBeLessThanOrEqual(MAX_CARD_BYTES);
});

it('understands typos and missing accents, and pages the full list with Action.Execute', async () => {
  const all = invoices.filter(unpaid);
  const first = card(await say('facture impayee'));
  expect(cardText(first)).toContain(`${all.length} factures impayées : ${euros(all)} TTC`);
  const next = executes(first).find((a) => a.title.startsWith('Voir la suite'));
  expect(all.length).toBeGreaterThan(10);
  expect(next).toBeDefined();
  const second = await click(next!.verb, next!.data);
  const secondText = cardText(second);
  expect(secondText).toContain(`Lignes 11 à ${Math.min(20, all.length)} sur ${all.length}`);
  // The second page shows the invoices the first did not.
  const shownFirst = all.filter((i) => cardText(first).includes(i.number));
  const shownSecond = all.filter((i) => secondText.includes(i.number));
  expect(shownFirst.length + shownSecond.length).toBe(Math.min(20, all.length));
});

it('a sales rep only ever sees their own customers’ figures', async () => {
  const karims = new Set(['C002', 'C004', 'C005', 'C007']);
  const his = invoices.filter((i) => unpaid(i) && karims.has(i.customerCode));
  const text = cardText(card(await say('quels sont les impayés ?', PEOPLE.karim)));
  expect(text).toContain(`${his.length} factures impayées : ${euros(his)} TTC`);
  for (const i of invoices.filter((x) => unpaid(x) && !karims.has(x.customerCode)))
    expect(text).not.toContain(i.number);

  const notHis = await say('combien nous doit l’Hôtel du Parc ?', PEOPLE.karim);
  // Said on a card that gives no figure (its buttons: test/integration/questions-help.test.ts).
  const notHisCard = cardText(card(notHis));
  expect(notHisCard).toContain('Aucun client ne correspond à « Hôtel du Parc »');
  expect(notHisCard).not.toMatch(/€|\d+,\d\d/);
  // A forged button with another rep's customer gives nothing either.
  const forged = await click(
    'question.run',
    { q: { intent: 'customer_balance', customerCodes: ['C003'] } },
    PEOPLE.karim,
  );
  expect(forged).toContain('pas dans votre portefeuille');

  expect((await say('balance âgée ?', PEOPLE.stranger)).text).toContain('réservées au service crédit client');
});

it('a customer name matching several customers asks which, with buttons that answer for the one chosen', async () => {
  const choice = card(await say('combien nous doit Biocoop ?'));
  expect(cardText(choice)).toContain('Plusieurs clients correspondent à « Biocoop » : lequel ?');
  const buttons = executes(choice);
  expect(buttons.map((b) => b.title).sort()).toEqual(['Biocoop Lyon Croix-Rousse', 'Biocoop Part-Dieu']);
  const lyon = buttons.find((b) => b.title === 'Biocoop Lyon Croix-Rousse')!;
  const answer = cardText(await click(lyon.verb, lyon.data));
  const owed = invoices.filter(
    (i) =>
      i.customerCode === 'C001' && i.status !== 'paid' && i.status !== 'written_off' && balance(i) >= 100,
  );
  expect(answer).toContain(`Biocoop Lyon Croix-Rousse nous doit ${euros(owed)} TTC`);
});

it('nonsense gets what was understood and examples, never a figure', async () => {
  const reply = await say('zorglub frobnicate ?');
  const text = cardText(card(reply));
  expect(text).toContain('Je n’ai pas compris la question.');
  expect(text).toContain('quels impayés ce mois ?');
  expect(text).not.toMatch(/€|\d+,\d\d/);

  const partly = cardText(card(await say('combien en octobre ?')));
  expect(partly).toContain('J’ai compris : période en octobre 2026.');
  expect(partly).not.toContain('€');
});

it('answers « que puis-je demander ? » with examples, and adds its commands to the help card', async () => {
  // Page by page, each example a button (test/integration/questions-help.test.ts walks them all).
  const examples = cardText(card(await say('que puis-je demander ?')));
  expect(examples).toContain('quels impayés ce mois ?');
  expect(examples).toMatch(/Page 1 sur \d+/);
  const help = cardText(card(await say('aide')));
  expect(help).toContain('quels impayés ce mois ?');
  expect(help).toContain('que puis-je demander ?');
});

it('leaves the other commands to their routes', async () => {
  const today = cardText(card(await say('relances du jour', PEOPLE.controller)));
  expect(today).toContain('Relances du lundi 23 novembre 2026');
  const history = cardText(
    card(await say('historique client societe generale d hygiene', PEOPLE.controller)),
  );
  expect(history).toContain('Historique du client Société Générale d’Hygiène');
});
