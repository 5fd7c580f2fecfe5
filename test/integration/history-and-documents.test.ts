import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { docxText } from '../support/docx-text';
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

beforeAll(async () => {
  bot = await startTestBot({
    BLOB_CONTAINER: `hist-${Date.now()}`,
    DOCUMENT_SIGNING_KEY: 'h'.repeat(40),
    // The mandate's date as the firm's letter of 29 November states it (the tests' default is earlier).
    LAW_FIRM_MANDATE_START: '2026-12-01',
  });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.runJob({ trigger: 'cli' });
  await bot.stores.customers.upsertMany([aCustomer({ code: 'C011', legalName: 'Biocoop Part-Dieu' })]);
});
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function say(text: string, person = PEOPLE.controller) {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  // The controller's first message of the day also brings the day's card: the answer is the last reply.
  return (body as ExpectedReplies).activities.at(-1)!;
}

it('shows an invoice’s history from the journal, newest first', async () => {
  const disputed = (await bot.stores.invoices.listByCustomer('C006')).find((i) => i.status === 'disputed')!;
  const reply = await say(`historique ${disputed.number}`);
  const text = cardText(reply.attachments![0]!.content);
  expect(text).toContain(`Historique de la facture ${disputed.number} — La Vie Claire Annecy`);
  expect(text).toContain('Litige signalé sur la facture');
  expect(text).toContain('Camille Roux');
});

it('finds a customer by part of its name, accents and case ignored, and asks which when several match', async () => {
  const one = await say('historique client societe generale d hygiene');
  expect(cardText(one.attachments![0]!.content)).toContain('Historique du client Société Générale d’Hygiène');
  const several = await say('historique client biocoop');
  const card = several.attachments![0]!.content as { actions: Array<{ title: string; data: unknown }> };
  expect(cardText(card)).toContain('Plusieurs clients correspondent à « biocoop »');
  expect(card.actions.map((a) => a.title).sort()).toEqual(['Biocoop Lyon Croix-Rousse', 'Biocoop Part-Dieu']);
  expect((await say('historique client carrefour')).text).toContain(
    'Aucun client ne correspond à « carrefour »',
  );
});

it('limits a sales rep to their own customers', async () => {
  const own = await say('historique client dupont', PEOPLE.karim);
  expect(cardText(own.attachments![0]!.content)).toContain('Historique du client Dupont & Fils <SARL>');
  const notOwn = await say('historique client hotel du parc', PEOPLE.karim);
  expect(notOwn.text).toContain('Aucun client ne correspond');
  expect((await say('historique client hotel', PEOPLE.stranger)).text).toContain(
    'réservé au service crédit client',
  );
});

it('« procédure » returns the live procedure as a .docx behind a signed link', async () => {
  const reply = await say('procédure');
  const card = reply.attachments![0]!.content as { actions: Array<{ url: string }> };
  const response = await fetch(card.actions[0]!.url);
  expect(response.status).toBe(200);
  const text = await docxText(Buffer.from(await response.arrayBuffer()));
  expect(text).toContain('Camille Roux');
  for (const step of ['J+3', 'J+10', 'J+20', 'J+30']) expect(text).toContain(step);
  expect((await say('procédure', PEOPLE.karim)).text).toContain('réservés au service crédit client');
});

it('« lettre au cabinet » returns the official letter to the law firm', async () => {
  const reply = await say('lettre au cabinet');
  const card = reply.attachments![0]!.content as { actions: Array<{ url: string }> };
  const text = await docxText(Buffer.from(await (await fetch(card.actions[0]!.url)).arrayBuffer()));
  expect(text).toContain('Cabinet Aptos Avocats');
  expect(text).toContain('1er décembre 2026');
});
