/**
 * Customers named on evidence, over HTTP as Teams sends the questions, against the demo portfolio:
 * an ordinary word is never « aucun client », an acronym or an alias names its customer, and a word
 * that may also be a customer's name gets the answer plus « Vouliez-vous dire le client … ? ».
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
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
    aCustomer({ code: 'C017', legalName: 'Pressing Total Net' }),
    aCustomer({ code: 'C018', legalName: 'Intermarché Vaise', aliases: ['ITM Vaise'] }),
  ]);
  invoices = [];
  for await (const invoice of bot.stores.invoices.scanAll()) invoices.push(invoice);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

type Reply = ExpectedReplies['activities'][number];

async function say(text: string): Promise<Reply> {
  const { body } = await postActivity(bot.url, bot.activity({ text }, PEOPLE.director));
  return (body as ExpectedReplies).activities.at(-1)!;
}

function card(reply: Reply): Record<string, unknown> {
  const content = reply.attachments?.[0]?.content;
  if (!content) throw new Error(`no card in the reply: ${reply.text ?? ''}`);
  return content;
}

interface Execute {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

function executes(content: unknown): Execute[] {
  const found: Execute[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record as unknown as Execute);
      Object.values(record).forEach(walk);
    }
  };
  walk(content);
  return found;
}

async function click(action: Execute) {
  const { body } = await postActivity(
    bot.url,
    bot.activity(
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: undefined,
        text: undefined,
        replyToId: 'activity-1',
        value: {
          action: { type: 'Action.Execute', verb: action.verb, data: action.data },
          trigger: 'manual',
        },
      },
      PEOPLE.director,
    ),
  );
  return (body as { value: Record<string, unknown> | string }).value;
}

const balance = (i: Invoice) => Math.max(0, i.amountInclTax - i.amountPaid);
const unpaid = (i: Invoice) =>
  i.status !== 'paid' && i.status !== 'written_off' && balance(i) >= 100 && i.dueDate < MONDAY;
const euros = (list: Invoice[]) => formatEuros(cents(list.reduce((s, i) => s + balance(i), 0)));

it('answers « c koi le total des impayes » with the figure, and offers no customer for « total »', async () => {
  const all = invoices.filter(unpaid);
  const text = cardText(card(await say('c koi le total des impayes')));
  expect(text).not.toContain('Aucun client');
  expect(text).toContain(`${all.length} factures impayées : ${euros(all)} TTC`);
  // « total » is a word of the question here, not « Pressing Total Net » (issue 16, eighteenth round).
  expect(text).not.toContain('Vouliez-vous dire');
});

it('answers « services impayés » with the figure, offering the customer « services » may name', async () => {
  const all = invoices.filter(unpaid);
  const reply = card(await say('services impayés'));
  const text = cardText(reply);
  expect(text).not.toContain('Aucun client');
  expect(text).toContain(`${all.length} factures impayées : ${euros(all)} TTC`);
  expect(text).toContain('Vouliez-vous dire le client « Propreté Services Rhône-Alpes » ?');
  const offer = executes(reply).find((a) => a.title === 'Propreté Services Rhône-Alpes');
  expect(offer).toBeDefined();
  expect(offer!.data).toEqual({ q: { intent: 'unpaid_invoices', customerCodes: ['C007'] } });
  // The button answers the same question for that customer only.
  const forIt = cardText(await click(offer!));
  expect(forIt).not.toContain(euros(all));
  expect(forIt).not.toContain('Vouliez-vous dire');
});

it('never takes an ordinary word for a customer: « fric », « bilan », « koi », an invoice number, « le 5 »', async () => {
  for (const question of [
    'qui nous doit le plus de fric ?',
    'bilan des impayés',
    'impayés échus le 5',
    'impayés de F2026-1042',
  ]) {
    const reply = await say(question);
    const text = reply.attachments ? cardText(card(reply)) : (reply.text ?? '');
    expect(text).not.toContain('Aucun client');
  }
});

it('names a customer by the acronym of its name or by its alias', async () => {
  const sgh = invoices.filter((i) => unpaid(i) && i.customerCode === 'C002');
  expect(sgh.length).toBeGreaterThan(0);
  const text = cardText(card(await say('impayés de la SGH')));
  expect(text).toContain(`${euros(sgh)} TTC`);
  expect(text).toContain('Société Générale d’Hygiène');
  const alias = await say('combien nous doit ITM Vaise ?');
  expect(cardText(card(alias))).toContain('Intermarché Vaise');
});

it('still says « aucun client » for a word placed like a name that names none', async () => {
  const reply = await say('impayés de Carrefour');
  expect(reply.attachments ? cardText(card(reply)) : reply.text).toContain(
    'Aucun client ne correspond à « Carrefour »',
  );
});

it('opens a customer’s card by its acronym or its alias (« fiche SGH », « fiche ITM Vaise »)', async () => {
  expect(cardText(card(await say('fiche SGH')))).toContain('Fiche client — Société Générale d’Hygiène');
  expect(cardText(card(await say('fiche ITM Vaise')))).toContain('Fiche client — Intermarché Vaise');
});
