/**
 * Data shown as written, never as markup, and never so long that a card breaks: a customer whose
 * name is a markdown link, on the controller's card and in a question's answer; a 100 kB message
 * said back on the help card.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { MAX_CARD_BYTES } from '../../src/bot/card-templates';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
const EVIL = '[Cliquez ici pour payer](http://evil.example) **URGENT**';
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot();
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  const biocoop = (await bot.stores.customers.get('C001'))!;
  // Stored before any import cleaned names: a link, bold, a line break, a bidi override.
  await bot.stores.customers.upsertMany([{ ...biocoop, legalName: `${EVIL}\n- \u202eSARL` }]);
  await bot.runJob({ trigger: 'cli' });
}, 60_000);

afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

/** The texts Teams renders as markdown, as sent (zero-width spaces included). */
function renderedTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown, parentType = '') => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, parentType));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const type = typeof record.type === 'string' ? record.type : parentType;
      if ((type === 'TextBlock' || type === 'TextRun') && typeof record.text === 'string')
        texts.push(record.text);
      if (type === 'FactSet' && Array.isArray(record.facts))
        for (const f of record.facts as Array<Record<string, unknown>>)
          texts.push(String(f.title), String(f.value));
      for (const [key, value] of Object.entries(record)) if (key !== 'data') walk(value, type);
    }
  };
  walk(card);
  return texts;
}

function expectNoLiveMarkup(card: unknown) {
  const texts = renderedTexts(card).filter((t) => t.includes('Cliquez ici'));
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text).not.toContain('](');
    expect(text).not.toContain('**');
    expect(text).not.toContain('http://');
    expect(text).not.toMatch(/[\r\n\u202e]/);
  }
  // Still readable as the name was written.
  expect(cardText(card)).toContain('[Cliquez ici pour payer](http://evil.example) ∗∗URGENT∗∗ - SARL');
}

it('shows the name on the controller’s card as text, not as a link', async () => {
  const { card } = await bot.click('digest.refresh', { date: MONDAY, pages: {} });
  expectNoLiveMarkup(card);
  // Buttons still carry the customer's code, untouched.
  expect(JSON.stringify(card)).toContain('"customer":"C001"');
});

it('shows the name in a question’s answer as text, not as a link', async () => {
  const { body } = await postActivity(
    bot.url,
    bot.activity({ text: 'quels sont les impayés ?' }, PEOPLE.director),
  );
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  expectNoLiveMarkup(reply.attachments![0]!.content);
});

it('says a 100 kB message back bounded, on a help card under 28 KB', async () => {
  const text = `je voudrais ${'blabla '.repeat(15_000)}`;
  const { status, body } = await postActivity(bot.url, bot.activity({ text }, PEOPLE.director));
  expect(status).toBe(200);
  const card = (body as ExpectedReplies).activities.at(-1)!.attachments![0]!.content;
  expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
  const said = /Je n’ai pas compris « ([^»]*) »/.exec(cardText(card))?.[1] ?? '';
  expect(said.startsWith('je voudrais blabla')).toBe(true);
  expect(said.endsWith('…')).toBe(true);
  expect(said.length).toBeLessThanOrEqual(200);
});

it('says back a message written as markdown without making it live, on a card or in a message', async () => {
  const help = await postActivity(
    bot.url,
    bot.activity({ text: 'je voudrais [clique ici](https://evil.fr) **xyz**' }, PEOPLE.director),
  );
  const card = (help.body as ExpectedReplies).activities.at(-1)!.attachments![0]!.content;
  const intro = renderedTexts(card).find((t) => t.includes('Je n’ai pas compris'))!;
  expect(intro).not.toContain('](');
  expect(intro).not.toContain('**');
  expect(cardText(card)).toContain('« je voudrais [clique ici](https://evil.fr) ∗∗xyz∗∗ »');

  const question = await postActivity(
    bot.url,
    bot.activity({ text: 'combien nous doit [Zorglub](http://evil.example) ?' }, PEOPLE.director),
  );
  // A customer not found is said on a card (with close examples): its texts as rendered.
  const notFound = (question.body as ExpectedReplies).activities.at(-1)!.attachments![0]!.content;
  const answer = renderedTexts(notFound).join('\n');
  expect(answer).toContain('Zorglub');
  expect(answer).not.toContain('](');
  expect(answer).not.toContain('http://');
});
