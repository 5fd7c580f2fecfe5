/**
 * The two charts over twelve months (issue #18), over the demo and its year of snapshots:
 * « graphique de la balance âgée » stacks each month-end's balance by age (the month-end snapshot,
 * today for the current month), « encaissé vs échu par mois » sets the payments of each month
 * against what fell due in it. A sales rep keeps today's bars of their own customers (the
 * snapshots are the whole portfolio's). The PNGs are kept under test-results/charts for a look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate, endOfMonth, monthsBetween, startOfMonth } from '../../src/domain/calendar-date';
import type { AgedBalanceAnswer } from '../../src/questions/intents/aged-balance/answer';
import type { TrendAnswer } from '../../src/questions/intents/trend/answer';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { viewOf } from '../../src/questions/registry';
import { EVERYONE } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
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
    { BLOB_CONTAINER: `charts2-${Date.now()}`, DOCUMENT_SIGNING_KEY: 'd'.repeat(40) },
    MONDAY,
  );
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
}, 120_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function card(text: string, person = PEOPLE.director): Promise<Record<string, unknown>> {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  const content = reply.attachments?.[0]?.content;
  if (!content) throw new Error(`no card in the reply: ${reply.text ?? ''}`);
  return content as Record<string, unknown>;
}

function images(node: unknown, found: Array<{ url: string; altText: string }> = []) {
  if (Array.isArray(node)) node.forEach((n) => images(n, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Image') found.push(record as unknown as { url: string; altText: string });
    Object.values(record).forEach((v) => images(v, found));
  }
  return found;
}

/** The question parsed as the bot parses it, answered for everyone. */
async function answer(text: string) {
  const customers = await bot.stores.customers.list();
  const parsed = parseQuestion(text, { today: MONDAY, customers });
  if (parsed.kind !== 'query') throw new Error(parsed.kind);
  const outcome = await new QueryService(bot.stores).execute(parsed.query, {
    scope: EVERYONE,
    today: MONDAY,
  });
  if (outcome.kind !== 'answer') throw new Error(outcome.kind);
  return outcome.answer;
}

async function png(url: string, name: string): Promise<Buffer> {
  const response = await fetch(new URL(new URL(url).pathname + new URL(url).search, bot.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.length).toBeLessThanOrEqual(60 * 1024);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, name), bytes);
  return bytes;
}

describe('the aged balance over twelve months', () => {
  it.each(['graphique de la balance âgée', 'évolution de la balance âgée', 'balance âgée sur 12 mois'])(
    '« %s »: one stack per month-end, one band per bucket, each stack the month-end’s outstanding',
    async (question) => {
      const aged = (await answer(question)) as AgedBalanceAnswer;
      expect(aged.intent).toBe('aged_balance');
      const chart = viewOf(aged).chart!;
      expect(chart.spec.kind).toBe('aged_balance');
      expect(chart.spec.stacked).toBe(true);
      expect(chart.spec.categories).toHaveLength(12);
      expect(chart.spec.series).toHaveLength(5);
      for (const s of chart.spec.series) expect(s.values).toHaveLength(12);
      const stack = (i: number) => chart.spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
      for (let i = 0; i < 11; i++) {
        const end = endOfMonth(startOfMonth(aged.months![i]!.end));
        expect(aged.months![i]!.end).toBe(end);
        const snapshot = await bot.stores.snapshots.get(end);
        expect(snapshot).toBeDefined();
        expect(stack(i)).toBe(snapshot!.outstanding);
      }
      // The current month is today's balance, the table's.
      expect(stack(11)).toBe(aged.total);
      expect(viewOf(aged).tables![0]!.rows).toHaveLength(5);
    },
  );

  it('is drawn on the card as an image with its text summary, served as a PNG', async () => {
    const answerCard = await card('graphique de la balance âgée');
    const [image, ...more] = images(answerCard);
    expect(more).toHaveLength(0);
    expect(image!.altText).toMatch(
      /^Barres empilées par tranche d’âge, une par fin de mois\u00a0: l’encours passe de /,
    );
    expect(image!.altText).toMatch(/\(fin décembre 2025\) à .* \(aujourd’hui\)/);
    expect(cardText(answerCard)).toContain(asRead(image!.altText));
    expect(Buffer.byteLength(JSON.stringify(answerCard))).toBeLessThanOrEqual(28 * 1024);
    await png(image!.url, 'balance-agee-12-mois.png');
  });

  it('keeps a sales rep to today’s bars of their own customers', async () => {
    const repCard = await card('graphique de la balance âgée', PEOPLE.claire);
    const [image] = images(repCard);
    expect(image!.altText).toMatch(/^Barres — Balance âgée au 23 novembre 2026\u00a0: Non échu /);
    expect(image!.altText).not.toMatch(/empilées/);
  });
});

describe('collected vs falling due, per month', () => {
  it.each(['encaissements par mois', 'encaissé vs échu par mois', 'encaissements sur 12 mois'])(
    '« %s »: the payments of each month beside what fell due in it',
    async (question) => {
      const trend = (await answer(question)) as TrendAnswer;
      expect(trend.intent).toBe('trend');
      expect(trend.measure).toBe('collected');
      const chart = viewOf(trend).chart!;
      expect(chart.spec.kind).toBe('collected_vs_due');
      expect(chart.spec.stacked).toBeFalsy();
      expect(chart.spec.series).toHaveLength(2);
      const [collected, due] = chart.spec.series;
      expect(chart.spec.categories.length).toBeGreaterThanOrEqual(12);
      for (const [i, point] of trend.points.entries()) {
        const payments = (
          await Promise.all(
            monthsBetween(point.from, point.to).map((m) => bot.stores.payments.listByMonth(m)),
          )
        )
          .flat()
          .filter((p) => p.date >= point.from && p.date <= point.to);
        expect(collected!.values[i]).toBe(payments.reduce((s, p) => s + p.amount, 0));
        const fellDue = (await bot.stores.invoices.listDueIn(monthsBetween(point.from, point.to))).filter(
          (inv) => inv.dueDate >= point.from && inv.dueDate <= point.to,
        );
        expect(due!.values[i]).toBe(fellDue.reduce((s, inv) => s + inv.amountInclTax, 0));
      }
      // The table says the same, a column for each series.
      expect(viewOf(trend).tables![0]!.rows).toHaveLength(trend.points.length);
      expect(viewOf(trend).tables![0]!.columns.map((c) => c.title)).toContain('Échu TTC');
    },
  );

  it('is drawn on the card as grouped bars with their text summary, served as a PNG', async () => {
    const answerCard = await card('encaissé vs échu par mois');
    const [image] = images(answerCard);
    expect(image!.altText).toMatch(
      /^Barres groupées — encaissé et échu par mois\u00a0: décembre 2025 .* encaissés pour .* échus/,
    );
    expect(cardText(answerCard)).toContain(asRead(image!.altText));
    expect(cardText(answerCard)).toContain('Échu TTC');
    expect(Buffer.byteLength(JSON.stringify(answerCard))).toBeLessThanOrEqual(28 * 1024);
    await png(image!.url, 'encaisse-vs-echu.png');
  });
});
