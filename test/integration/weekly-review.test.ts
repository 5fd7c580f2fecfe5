/**
 * The director's weekly review (issue #18) over the demo portfolio and its year of snapshots: sent
 * once per date to each director (twice asked, two instances: once), its five figures equal to the
 * same questions asked through the question executors, shown on demand with « revue de la semaine »,
 * refused to a sales rep, and given to a director who installs after it went.
 */
import { buildWeeklyReview, type WeeklyReview } from '../../src/application/review/weekly-review';
import { reviewCard } from '../../src/bot/review/review-card';
import { cardSize, MAX_CARD_BYTES } from '../../src/bot/card-templates';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import {
  addDays,
  addMonths,
  calendarDate,
  endOfMonth,
  startOfMonth,
  type CalendarDate,
} from '../../src/domain/calendar-date';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { viewOf } from '../../src/questions/registry';
import { QueryService } from '../../src/questions/service';
import { EVERYONE } from '../../src/questions/scope';
import type { StructuredQuery } from '../../src/questions/query';
import { scheduleWeeklyReview } from '../../src/server/weekly-review-schedule';
import { silentLogger } from '../../src/config/logger';
import { runningClockFrom } from '../../src/store/system-clock';
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
  bot = await startTestBot({ BLOB_CONTAINER: `review-${MONDAY}` }, MONDAY);
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.runJob({ trigger: 'cli' });
}, 120_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function ask(text: string, person = PEOPLE.director) {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  return (body as ExpectedReplies).activities;
}

async function answer(query: StructuredQuery) {
  const outcome = await new QueryService(bot.stores).execute(query, { scope: EVERYONE, today: MONDAY });
  if (outcome.kind !== 'answer') throw new Error(outcome.kind);
  return outcome.answer as unknown as Record<string, unknown>;
}

describe('the weekly review', () => {
  let review: WeeklyReview;
  beforeAll(async () => {
    review = await buildWeeklyReview(
      { stores: bot.stores, ladder: bot.ladder, lawFirmName: 'Aptos Avocats' },
      MONDAY,
    );
  });

  it('gives the five figures the questions give, with last week’s and last year’s from the snapshots', async () => {
    const value = (key: string) => review.figures.find((f) => f.key === key)!;
    const ratio = await answer({ intent: 'overdue_ratio' });
    expect(value('outstanding').value).toBe(ratio.total);
    expect(value('overdue').value).toBe(ratio.overdue);
    expect(value('dso').value).toBe((await answer({ intent: 'dso' })).days);
    const week = { from: addDays(MONDAY, -7), to: addDays(MONDAY, -1) };
    expect(review.week).toEqual(week);
    expect(value('collected').value).toBe((await answer({ intent: 'collected', period: week })).total);
    expect(value('inLitigation').value).toBe((await answer({ intent: 'litigation' })).total);
    // The demo carries a year of snapshots: every comparison is known.
    const snapshot = (await bot.stores.snapshots.get(addDays(MONDAY, -7)))!;
    expect(value('outstanding').lastWeek).toBe(snapshot.outstanding);
    expect(value('dso').lastWeek).toBe(snapshot.dsoDays);
    const lastYear = (await bot.stores.snapshots.get(addDays(MONDAY, -364)))!;
    expect(value('overdue').lastYear).toBe(lastYear.overdue);
    const previousWeek = await bot.stores.snapshots.range(addDays(MONDAY, -14), addDays(MONDAY, -8));
    expect(value('collected').lastWeek).toBe(previousWeek.reduce((s, d) => s + d.collected, 0));
  });

  it('lists the five largest risks with their step, and the twelve months of both charts', () => {
    expect(review.risks.length).toBeGreaterThan(0);
    expect(review.risks.length).toBeLessThanOrEqual(5);
    const amounts = review.risks.map((r) => r.overdue);
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    expect(review.risks.some((r) => r.step === 'J+20')).toBe(true);
    expect(review.charts.aged.spec.categories).toHaveLength(12);
    expect(review.charts.aged.spec.series).toHaveLength(5);
    expect(review.charts.dso.spec.series[0]!.values.at(-1)).toBe(
      review.figures.find((f) => f.key === 'dso')!.value,
    );
    expect(review.charts.aged.altText).toMatch(/^Balance âgée fin de mois sur douze mois/);
  });

  it('draws the same bar and point for a month as « graphique de la balance âgée » and « évolution du DSO », a missing month-end left empty on both', async () => {
    // The month-end before last hidden from the snapshots (as if the job had not kept it).
    const hidden = endOfMonth(addMonths(startOfMonth(MONDAY), -2));
    const snapshots = {
      ...bot.stores.snapshots,
      get: (date: CalendarDate) =>
        date === hidden ? Promise.resolve(undefined) : bot.stores.snapshots.get(date),
      range: async (from: CalendarDate, to: CalendarDate) =>
        (await bot.stores.snapshots.range(from, to)).filter((s) => s.date !== hidden),
    };
    const stores = { ...bot.stores, snapshots };
    const ours = await buildWeeklyReview(
      { stores, ladder: bot.ladder, lawFirmName: 'Aptos Avocats' },
      MONDAY,
    );
    const customers = await bot.stores.customers.list();
    const chartOf = async (text: string) => {
      const parsed = parseQuestion(text, { today: MONDAY, customers });
      if (parsed.kind !== 'query') throw new Error(parsed.kind);
      const query = parsed.query;
      const outcome = await new QueryService(stores).execute(query, { scope: EVERYONE, today: MONDAY });
      if (outcome.kind !== 'answer') throw new Error(outcome.kind);
      return viewOf(outcome.answer).chart!.spec;
    };
    const aged = await chartOf('graphique de la balance âgée');
    // One rule (the month-end's own snapshot, today's figures for the current month), one label.
    expect(ours.charts.aged.spec.categories).toEqual(aged.categories);
    expect(ours.charts.aged.spec.categories.at(-1)).toBe('nov.\u00a026');
    expect(ours.charts.aged.spec.series).toEqual(aged.series);
    const month = aged.categories.length - 3;
    expect(aged.series.map((band) => band.values[month])).toEqual([null, null, null, null, null]);
    expect(aged.series.every((band) => band.values[month - 1] !== null)).toBe(true);
    // The DSO: the same months under the axis, the same value for every month with its month-end.
    const dso = await chartOf('évolution du DSO');
    expect(ours.charts.dso.spec.categories).toEqual(dso.categories);
    const theirs = dso.series[0]!.values;
    ours.charts.dso.spec.series[0]!.values.forEach((value, i) => {
      if (i !== month) expect([i, value]).toEqual([i, theirs[i]]);
    });
    expect(ours.charts.dso.spec.series[0]!.values[month]).toBeNull();
  });

  it('fits in a Teams card with its two charts linked, and keeps their summaries without them', () => {
    const url = `https://relances.example/documents/${'a'.repeat(64)}?expires=1790000000000&signature=${'b'.repeat(64)}`;
    const withCharts = reviewCard(review, {
      lawFirmName: 'Aptos Avocats',
      images: { aged: { url, altText: 'x' }, dso: { url, altText: 'y' } },
    });
    expect(cardSize(withCharts)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(JSON.stringify(withCharts)).toContain(url);
    const text = cardText(reviewCard(review, { lawFirmName: 'Aptos Avocats' }));
    expect(text).toContain('Balance âgée fin de mois sur douze mois');
    expect(text).toContain('DSO fin de mois sur douze mois');
  });

  it('shows the DSO to the tenth of a day, as the question « DSO ? » says it, in the table and the chart’s summary', async () => {
    const days = (await answer({ intent: 'dso' })).days as number;
    const said = `${days.toFixed(1).replace('.', ',')}\u00a0j`;
    expect(cardText(reviewCard(review, { lawFirmName: 'Aptos Avocats' }))).toContain(said);
    // The chart's summary ends on the same figure.
    expect(review.charts.dso.altText).toContain(`à ${said} (`);
    expect(JSON.stringify(reviewCard(review, { lawFirmName: 'Aptos Avocats' }))).not.toContain('"Image"');
  });
});

it('goes once per date to each director — asked twice, by two instances at once — and later to one who installs', async () => {
  const [first, second] = await Promise.all([bot.sendReview(), bot.sendReview()]);
  expect([first.status, second.status].sort()).toEqual(['sent', 'skipped']);
  expect((await bot.sendReview()).status).toBe('skipped');
  const stored = (await bot.stores.reviews.get(MONDAY))!;
  // The director had not installed the app: nobody was reached, the review is kept.
  expect(stored.sentTo).toEqual([]);
  const replies = await bot.install(PEOPLE.director);
  const cards = replies.activities.flatMap((a) => a.attachments ?? []).map((a) => cardText(a.content));
  expect(cards.some((c) => c.includes('Revue de la semaine'))).toBe(true);
});

it('reaches an installed director on the next date', async () => {
  const tuesday = addDays(MONDAY, 1);
  const later = await startTestBot(
    { TABLE_PREFIX: bot.settings.TABLE_PREFIX, BLOB_CONTAINER: `review-${tuesday}` },
    tuesday,
  );
  try {
    const result = await later.sendReview();
    expect(result.status === 'sent' && result.review.sentTo).toEqual([PEOPLE.director.email]);
    // The director's conversation was recorded through the first bot's connector stand-in.
    const posted = bot.connector
      .posted()
      .map((p) => cardText((p.activity.attachments as Array<{ content: unknown }>)[0]!.content));
    expect(posted.filter((c) => c.includes('Revue de la semaine'))).toHaveLength(1);
  } finally {
    await later.stop();
  }
});

it('« revue de la semaine » shows it on demand to a director, not to a sales rep', async () => {
  const card = (await ask('revue de la semaine')).find((a) => a.attachments?.length)!;
  const text = cardText(card.attachments![0]!.content);
  expect(text).toContain('Revue de la semaine\u00a0— du 16 au 22 novembre 2026');
  expect(text).toContain('La semaine en cinq chiffres');
  expect(text).toContain('Les cinq plus gros risques');
  expect(text).not.toMatch(/\(s\)|C00\d/);
  const rep = await ask('la revue hebdo', PEOPLE.claire);
  expect(rep.map((a) => a.text ?? '').join(' ')).toContain('réservée à la direction');
});

it('the schedule fires on its cron and sends once; « off » disables it', async () => {
  expect(scheduleWeeklyReview('off', async () => undefined, silentLogger())).toBeNull();
  let fired = 0;
  const results: string[] = [];
  const schedule = scheduleWeeklyReview(
    '* * * * * *',
    async () => {
      fired++;
      results.push((await bot.sendReview()).status);
    },
    silentLogger(),
    { clock: runningClockFrom(bot.clock.now()) },
  )!;
  // Two firings of the every-second cron, however slow a loaded machine makes each run.
  for (let waited = 0; fired < 2 && waited < 20_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  schedule.stop();
  expect(fired).toBeGreaterThanOrEqual(2);
  // Monday's review went already (above): every firing of the day is skipped.
  expect(results.every((s) => s === 'skipped')).toBe(true);
  expect(
    scheduleWeeklyReview('0 8 * * 1', async () => undefined, silentLogger(), { clock: bot.clock })!
      .nextRun()!
      .getUTCDay(),
  ).toBe(1);
});
