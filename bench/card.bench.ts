/**
 * The controller's card:
 * - `digest card build, 1,000 actions (ms)` and `digest card size, 1,000 actions (KB)`: the card of
 *   a very busy day, built in memory (median of 20 builds). Teams refuses a card over 28 KB, hence
 *   the size goal; the build time is informative (it shrinks pages until the card fits).
 * - `Action.Execute round trip p50/p95, 20 clients (ms)` and `… errors`: the real bot server
 *   in-process on the demo portfolio after the day's job, 20 clients each clicking M times in a row
 *   the card's read-only buttons (refresh, next page, « plus »): member lookup (cached after the
 *   first), storage reads, card build and teams-ai's in-place update through a connector stand-in.
 *   Read-only verbs keep every request doing the same work; p95 ≤ 300 ms leaves Teams' 5 s far off.
 */
import { performance } from 'node:perf_hooks';
import { textContext } from '../src/i18n/reasons';
import { buildDigestCard } from '../src/bot/controller/digest-card';
import { cardSize, type CardJson } from '../src/bot/card-templates';
import { seedDemoIfEmpty } from '../src/cli/demo-seed';
import { silentLogger } from '../src/config/logger';
import { parseSettings } from '../src/config/settings';
import { newAction, type DunningAction } from '../src/domain/actions';
import type { CalendarDate } from '../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../src/domain/ladder';
import { cents } from '../src/domain/money';
import type { DailyDigest } from '../src/application/day/digest';
import { startBotServer } from '../src/server/bot-server';
import { fixedClock } from '../src/store/system-clock';
import { startBenchConnector, type ConnectorMember } from './connector';
import { median, type BenchContext, type Figure, type Suite } from './figures';

const BUILD = 'digest card build, 1,000 actions (ms)';
const SIZE = 'digest card size, 1,000 actions (KB)';
const P50 = 'Action.Execute round trip p50, 20 clients (ms)';
const P95 = 'Action.Execute round trip p95, 20 clients (ms)';
const ERRORS = 'Action.Execute round trip errors, 20 clients';

const ACTIONS = 1000;
const BUILDS = 20;
const SIZE_GOAL_KB = 28;
const CLIENTS = 20;
const P95_GOAL_MS = 300;
/** Untimed clicks per client before the measured session. */
const WARM_UP_CLICKS = 3;

const STEPS = [
  ['J-5', 'email'],
  ['J+3', 'email'],
  ['J+10', 'letter'],
  ['J+20', 'registered_letter'],
  ['J+30', 'transfer'],
] as const;

/** As test/unit/digest-card.test.ts: 1,000 proposed actions over 5 steps, one invoice each. */
function busyDigest(date: CalendarDate): DailyDigest {
  const actions: DunningAction[] = Array.from({ length: ACTIONS }, (_, i) => {
    const [step, channel] = STEPS[i % STEPS.length]!;
    return newAction({
      id: `${date}|C${i}|${step}`,
      date,
      customerCode: `C${i}`,
      customerName: `Client numéro ${i} — Société d’exemple`,
      risk: 'moderate',
      salesRepEmail: 'claire.martin@greenova.example',
      step,
      channel,
      invoices: [
        {
          number: `F2026-${1000 + i}`,
          issueDate: '2026-10-01' as CalendarDate,
          dueDate: '2026-10-31' as CalendarDate,
          amountInclTax: cents(120000),
          balance: cents(120000),
          daysLate: 23,
        },
      ],
      total: cents(120000 + i),
      maxDaysLate: 23,
      alerts: [],
    });
  });
  return { date, actions, promisesDue: [], openDisputes: [], warnings: [] };
}

/** The people of the bench's tenant, as test/support/bot.ts's PEOPLE; the clients are the controller. */
const CONTROLLER: ConnectorMember = {
  id: 'user-ctrl',
  name: 'Camille Roux',
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
  email: 'camille.roux@greenova.example',
};
const MEMBERS: ConnectorMember[] = [
  CONTROLLER,
  {
    id: 'user-backup',
    name: 'Sophie Laurent',
    aadObjectId: '00000000-0000-0000-0000-0000000000b1',
    email: 'sophie.laurent@greenova.example',
  },
  {
    id: 'user-dir',
    name: 'Hélène Garnier',
    aadObjectId: '00000000-0000-0000-0000-0000000000d1',
    email: 'helene.garnier@greenova.example',
  },
];

/** Nearest-rank percentile: a value some request really took. */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Click {
  verb: string;
  data: Record<string, unknown>;
}

interface ClickResult {
  ms: number;
  /** The card sent back, or null when the request failed or answered something else. */
  card: CardJson | null;
  error: string | null;
}

/** The Action.Execute buttons of a card (and of its refresh), wherever they sit. */
function executeButtons(card: unknown): Click[] {
  const found: Click[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute' && typeof o.verb === 'string')
        found.push({ verb: o.verb, data: (o.data as Record<string, unknown> | undefined) ?? {} });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

function cardOf(body: unknown): CardJson | null {
  if (!body || typeof body !== 'object') return null;
  const { statusCode, value } = body as { statusCode?: unknown; value?: unknown };
  if (statusCode !== 200 || !value || typeof value !== 'object') return null;
  return (value as CardJson).type === 'AdaptiveCard' ? (value as CardJson) : null;
}

async function* cardBuildFigures(context: BenchContext): AsyncIterable<Figure> {
  const digest = busyDigest(context.today);
  const options = {
    ladder: GREENOVA_LADDER,
    texts: textContext(GREENOVA_LADDER, 'Cabinet Aptos Avocats'),
    canAct: true,
    refreshUserIds: ['29:camille'],
    documentUrl: (id: string) => `http://localhost:3978/documents/${id}`,
  };
  // One untimed build: the templates are read and parsed once per process, not per card.
  const card = buildDigestCard(digest, options);
  const times: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    const start = performance.now();
    buildDigestCard(digest, options);
    times.push(performance.now() - start);
  }
  context.log(
    `card: ${BUILDS} builds of the 1,000-action card, ${times.map((t) => Math.round(t)).join(', ')} ms`,
  );
  yield { name: BUILD, value: median(times), unit: 'ms', goal: null, better: 'lower' };
  yield { name: SIZE, value: cardSize(card) / 1024, unit: 'KB', goal: SIZE_GOAL_KB, better: 'lower' };
}

async function* roundTripFigures(context: BenchContext): AsyncIterable<Figure> {
  const perClient = context.quick ? 10 : 25;
  const parsed = parseSettings({
    PORT: '0',
    HOST: '127.0.0.1',
    TABLE_PREFIX: context.prefix('card'),
    LOG_LEVEL: 'silent',
    CONTROLLER_EMAILS: CONTROLLER.email,
    BACKUP_CONTROLLER_EMAILS: MEMBERS[1]!.email,
    DIRECTOR_EMAILS: MEMBERS[2]!.email,
    JOB_SCHEDULE: 'off',
    WEEKLY_REVIEW_SCHEDULE: 'off',
  });
  if (!parsed.ok) throw new Error(`bench settings refused: ${JSON.stringify(parsed.errors)}`);
  const connector = await startBenchConnector(MEMBERS);
  const bot = await startBotServer({
    settings: parsed.settings,
    connectionString: context.connectionString,
    logger: silentLogger(),
    clock: fixedClock(context.today),
  });
  try {
    const url = `http://127.0.0.1:${bot.port}/api/messages`;
    const seeded = await seedDemoIfEmpty(bot.stores, context.today, bot.ladder);
    const job = await bot.runJob({ trigger: 'cli' });
    const actions = job.status === 'completed' ? job.digest.actions.length : null;
    context.log(
      `card: demo seeded (${seeded?.customers ?? 0} customers, ${seeded?.invoices ?? 0} invoices), ` +
        `job ${job.status}${actions === null ? '' : `, ${actions} actions`}`,
    );

    let sequence = 0;
    // As Teams sends a click: an invoke from the controller's personal chat, answered in the response.
    const click = async ({ verb, data }: Click): Promise<ClickResult> => {
      const activity = {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: `bench-${++sequence}`,
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl: connector.url,
        from: { id: CONTROLLER.id, name: CONTROLLER.name, aadObjectId: CONTROLLER.aadObjectId },
        recipient: { id: 'bot-id', name: 'Relances' },
        conversation: {
          id: `conv-${CONTROLLER.id}`,
          conversationType: 'personal',
          tenantId: '00000000-0000-0000-0000-000000000001',
        },
        replyToId: 'activity-1',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      };
      const start = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity),
        });
        const text = await response.text();
        const ms = performance.now() - start;
        const card = response.status === 200 && text ? cardOf(JSON.parse(text)) : null;
        return {
          ms,
          card,
          error: card ? null : `${verb}: HTTP ${response.status} ${text.slice(0, 200)}`,
        };
      } catch (error) {
        return { ms: performance.now() - start, card: null, error: `${verb}: ${String(error)}` };
      }
    };

    // One untimed refresh: the first turn looks the controller up and stores their conversation,
    // once per process; its card gives the buttons the clients then press, as a user would.
    const refresh: Click = { verb: 'digest.refresh', data: { date: context.today, pages: {} } };
    const first = await click(refresh);
    if (!first.card) throw new Error(`the first refresh failed: ${first.error}`);
    const buttons = executeButtons(first.card);
    const pages = buttons.filter((b) => b.verb === 'digest.page');
    const mores = buttons.filter((b) => b.verb === 'action.more');
    if (mores.length === 0) throw new Error('the demo card shows no « plus » button');
    context.log(
      `card: first refresh ${Math.round(first.ms)} ms; its buttons: ${pages.length} next page, ` +
        `${mores.length} « plus »`,
    );
    // 3 refreshes, 1 page, 1 « plus » in 5 clicks: refreshing (and Teams' auto-refresh) is the common
    // case. Without a second page in the demo's card, the page click asks for page 1 of J+3, which
    // the card clamps, and still renders the whole digest.
    const page: Click = pages[0] ?? {
      verb: 'digest.page',
      data: { date: context.today, pages: { 'J+3': 1 } },
    };
    const plan = (client: number, i: number): Click => {
      const k = (client + i) % 5;
      if (k < 3) return refresh;
      if (k === 3) return page;
      return mores[(client * perClient + i) % mores.length]!;
    };

    const session = async (clicks: number): Promise<Array<ClickResult & { verb: string }>> => {
      const done: Array<ClickResult & { verb: string }> = [];
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          for (let i = 0; i < clicks; i++) {
            const next = plan(client, i);
            done.push({ ...(await click(next)), verb: next.verb });
          }
        }),
      );
      return done;
    };
    // A running bot is warm: a short untimed session first, so that V8 compiling the invoke path
    // does not land in the first clients' times (a cold process is the cold-start figure's business).
    const warmUp = await session(WARM_UP_CLICKS);
    const warmUpError = warmUp.find((r) => r.error !== null);
    if (warmUpError) throw new Error(`error while warming up: ${warmUpError.error}`);
    const started = performance.now();
    const results = await session(perClient);
    const wallMs = performance.now() - started;
    const times = results.map((r) => r.ms);
    const errors = results.filter((r) => r.error !== null);
    const byVerb = [...new Set(results.map((r) => r.verb))]
      .map((verb) => {
        const own = results.filter((r) => r.verb === verb).map((r) => r.ms);
        return `${verb} ×${own.length} p50 ${Math.round(percentile(own, 50))} / p95 ${Math.round(percentile(own, 95))} ms`;
      })
      .join('; ');
    context.log(
      `card: ${results.length} invokes from ${CLIENTS} clients in ${Math.round(wallMs)} ms ` +
        `(${Math.round(results.length / (wallMs / 1000))}/s); ${byVerb}; max ${Math.round(Math.max(...times))} ms`,
    );
    context.log(
      `card: connector calls (warm-up included) ${[...connector.counts].map(([k, v]) => `${k} ×${v}`).join(', ') || 'none'}`,
    );
    for (const error of errors.slice(0, 3)) context.log(`card: error ${error.error}`);

    yield { name: P50, value: percentile(times, 50), unit: 'ms', goal: null, better: 'lower' };
    yield { name: P95, value: percentile(times, 95), unit: 'ms', goal: P95_GOAL_MS, better: 'lower' };
    yield { name: ERRORS, value: errors.length, unit: 'errors', goal: 0, better: 'lower' };
  } finally {
    await bot.stop();
    await connector.close();
    await bot.stores.storage.dropTables();
  }
}

export const cardSuite: Suite = {
  name: 'digest card',
  figureNames: () => [BUILD, SIZE, P50, P95, ERRORS],
  async *run(context: BenchContext): AsyncIterable<Figure> {
    if (context.wanted(BUILD) || context.wanted(SIZE)) yield* cardBuildFigures(context);
    // The server, the seed and the job take a few seconds: only when a round-trip figure is wanted.
    if ([P50, P95, ERRORS].some((name) => context.wanted(name))) yield* roundTripFigures(context);
  },
};
