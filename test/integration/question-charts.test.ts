/**
 * Charts on the answer cards (issue #18), over HTTP as Teams sends the questions: « évolution du
 * DSO » answers with an Image whose signed link serves the PNG anonymously (Teams fetches card
 * images without the user's credentials), its text summary kept as a visible line; the same chart
 * asked again is the same blob.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import {
  asRead,
  cardText,
  postActivity,
  PEOPLE,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
const RESULTS = resolve(__dirname, '..', '..', 'test-results', 'charts');
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot(
    { BLOB_CONTAINER: `charts-${Date.now()}`, DOCUMENT_SIGNING_KEY: 'c'.repeat(40) },
    MONDAY,
  );
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function ask(text: string): Promise<Record<string, unknown>> {
  const { body } = await postActivity(bot.url, bot.activity({ text }, PEOPLE.director));
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  const content = reply.attachments?.[0]?.content;
  if (!content) throw new Error(`no card in the reply: ${reply.text ?? ''}`);
  return content as Record<string, unknown>;
}

function images(card: unknown): Array<{ url: string; altText: string }> {
  const found: Array<{ url: string; altText: string }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Image') found.push(record as unknown as (typeof found)[number]);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('a trend question answered with a chart', () => {
  it('shows the DSO over twelve months as an image, its summary as a line, served as a PNG', async () => {
    const card = await ask('évolution du DSO');
    const [image, ...more] = images(card);
    expect(more).toHaveLength(0);
    expect(image!.url).toMatch(/\/documents\/[0-9a-f-]{36}\?exp=\d+&kid=[\w-]+&sig=[\w-]+$/);
    expect(image!.altText).toMatch(/^Courbe — Évolution du DSO\u00a0: /);
    expect(image!.altText).toMatch(/au plus haut .* j/);
    // The summary is also read on the card, not only by screen readers.
    expect(cardText(card)).toContain(asRead(image!.altText));

    // No cookie, no token: the signed link alone serves the image.
    const response = await fetch(new URL(new URL(image!.url).pathname + new URL(image!.url).search, bot.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(response.headers.get('cache-control')).toMatch(/^private, max-age=\d+, immutable$/);
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeLessThanOrEqual(60 * 1024);
    // Kept for a look (and for the README's picture): the chart as Teams shows it.
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'evolution-du-dso.png'), png);

    // Asked again: the same chart, the same blob.
    const [again] = images(await ask('courbe du DSO'));
    expect(new URL(again!.url).pathname).toBe(new URL(image!.url).pathname);
  });

  it('answers « ça va mieux que le mois dernier ? » with the month drawn day by day', async () => {
    const card = await ask('ça va mieux que le mois dernier ?');
    const [image] = images(card);
    expect(image).toBeDefined();
    expect(image!.altText).toMatch(/^Courbe — Évolution des impayés échus\u00a0: /);
  });

  it('draws « graphique de la balance âgée » as the twelve month-ends stacked by age, said in words', async () => {
    const card = await ask('graphique de la balance âgée');
    const [image] = images(card);
    expect(image!.altText).toMatch(
      /^Barres empilées par tranche d’âge, une par fin de mois\u00a0: l’encours passe de .*€ \(fin décembre 2025\) à .*€ \(aujourd’hui\)/,
    );
    expect(cardText(card)).toContain(asRead(image!.altText));
  });

  it('draws the overdue invoices by risk segment when asked « par segment de risque »', async () => {
    const [image] = images(await ask('impayés par segment de risque'));
    expect(image!.altText).toMatch(/^Barres — Impayés échus par segment de risque\u00a0: /);
  });

  it('keeps the text answer without image for an answer that has no chart', async () => {
    const card = await ask('combien de factures impayées ?');
    expect(images(card)).toHaveLength(0);
  });
});
