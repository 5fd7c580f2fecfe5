/**
 * The help and the answers that give no figure, over HTTP as Teams sends them: « que puis-je
 * demander ? » pages through every example, each a button that asks it; a question not understood
 * says what was understood and offers three close examples; a customer not found offers the same
 * question for every customer, close examples and the way to every question.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { fr } from '../../src/i18n/fr';
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
  bot = await startTestBot();
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

type Person = (typeof PEOPLE)[keyof typeof PEOPLE];
interface Execute {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

async function say(text: string, person: Person = PEOPLE.director) {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  return (body as ExpectedReplies).activities.at(-1)!;
}

async function sayCard(text: string, person: Person = PEOPLE.director): Promise<Record<string, unknown>> {
  const reply = await say(text, person);
  const content = reply.attachments?.[0]?.content;
  if (!content) throw new Error(`no card in the reply: ${reply.text ?? ''}`);
  return content;
}

function executes(card: unknown): Execute[] {
  const found: Execute[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record as unknown as Execute);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

const press = (button: Execute, person: Person = PEOPLE.director) =>
  bot.click(button.verb, button.data, person);
const asks = (card: unknown) => executes(card).filter((a) => a.verb === 'question.ask');
const FIGURE = /€|\d+,\d\d/;

it('« que puis-je demander ? » pages through every family and every example, each a button', async () => {
  const firm = bot.settings.LAW_FIRM_NAME;
  const catalogue = fr.questionFamilies(firm).flatMap((f) => f.examples.map((e) => e.text));
  let card = await sayCard('que puis-je demander ?');
  expect(cardText(card)).toContain('Ce que vous pouvez demander');
  const seen: string[] = [];
  const texts: string[] = [];
  for (let page = 1; ; page++) {
    texts.push(cardText(card));
    expect(cardText(card)).toMatch(new RegExp(`Page ${page} sur \\d+`));
    seen.push(...asks(card).map((a) => a.data.text as string));
    const next = executes(card).find((a) => a.title.startsWith('Voir la suite'));
    if (!next) break;
    const answer = await press(next);
    expect(answer.card).not.toBeNull();
    card = answer.card!;
    expect(page).toBeLessThan(20);
  }
  expect(seen).toEqual(catalogue);
  for (const family of fr.questionFamilies(firm)) expect(texts.join('\n')).toContain(family.title);
  // And back.
  const previous = executes(card).find((a) => a.title === '← Page précédente')!;
  expect((await press(previous)).text).toContain(`Page ${texts.length - 1} sur ${texts.length}`);
});

it('an example’s button asks it: the answer is the one typing it gives', async () => {
  const help = await sayCard('que puis-je demander ?');
  const example = asks(help).find((a) => a.data.text === 'quels impayés ce mois ?')!;
  const clicked = await press(example);
  const typed = cardText(await sayCard('quels impayés ce mois ?'));
  expect(clicked.text).toMatch(/^\d+ factures? impayées? .*: .+ TTC/);
  expect(clicked.text).toBe(typed);
  // Someone who may not ask gets nothing from the button either.
  expect((await press(example, PEOPLE.stranger)).text).toContain('réservées au service crédit client');
  // A forged one with no text is refused.
  expect((await bot.click('question.ask', { text: '' }, PEOPLE.director)).text).not.toMatch(FIGURE);
});

it('a question not understood says what was understood and offers three close examples, no figure', async () => {
  const card = await sayCard('combien en octobre ?');
  const text = cardText(card);
  expect(text).toContain('Je n’ai pas compris la question.');
  expect(text).toContain('J’ai compris : période en octobre 2026.');
  expect(text).toContain('Questions proches :');
  expect(text).not.toMatch(FIGURE);
  const offered = asks(card);
  expect(offered).toHaveLength(3);
  for (const button of offered) expect(button.data.text).toMatch(/octobre/);
  // Each asks its question; the way to every question is there too.
  const answer = await press(offered[0]!);
  expect(answer.card).not.toBeNull();
  const all = executes(card).find((a) => a.title === 'Toutes les questions possibles')!;
  expect((await press(all)).text).toContain('Ce que vous pouvez demander');
});

it('nonsense gets the first examples of the catalogue', async () => {
  const card = await sayCard('zorglub frobnicate ?');
  expect(cardText(card)).not.toMatch(FIGURE);
  const families = fr.questionFamilies(bot.settings.LAW_FIRM_NAME);
  expect(asks(card).map((a) => a.data.text)).toEqual(families.slice(0, 3).map((f) => f.examples[0]!.text));
});

it('a customer not found: said, with the same question for every customer, close examples and a way out', async () => {
  const card = await sayCard('combien nous doit l’Hôtel du Parc ?', PEOPLE.karim);
  const text = cardText(card);
  expect(text).toContain('Aucun client ne correspond à « Hôtel du Parc »');
  expect(text).not.toMatch(FIGURE);
  expect(asks(card)).toHaveLength(3);
  const everyone = executes(card).find((a) => a.title === 'Voir pour tous les clients')!;
  expect(everyone.data).toEqual({ q: { intent: 'aged_balance' } });
  // For every customer he may see — his — not the Hôtel du Parc's.
  const answer = await press(everyone, PEOPLE.karim);
  expect(answer.text).toMatch(/^Balance âgée au /);
  expect(executes(card).some((a) => a.title === 'Toutes les questions possibles')).toBe(true);
});

it('the general help card opens the pages of questions', async () => {
  const card = await sayCard('aide');
  const all = executes(card).find((a) => a.title === 'Toutes les questions possibles')!;
  expect(cardText((await press(all)).card)).toContain('Page 1 sur');
});
