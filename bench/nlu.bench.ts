/**
 * Questions in French (every figure's name starts with « questions: », so that
 * `npm run bench -- --only questions` runs them alone):
 * - `questions: NLU accuracy on the evaluation set (%)`: the share of the public evaluation set
 *   (test/nlu/questions.fr.json) parsed to exactly its expected result (goal ≥ 95 %);
 * - `questions: p95 latency « … », N (ms)`: a question answered end to end but for the chat — the
 *   offline planner's parse (reading the customers when a name may be in the question), the query
 *   service over a store of N invoices (10 % open) loaded as bench/store.bench.ts does, and the
 *   answer card built — for one question per intent (QUESTIONS below). Goal ≤ 300 ms at 100k (issue
 *   16). Measured at the largest size of the run only, through the bot's stores (the ledger's read
 *   model on: src/store/read-model.ts), after a few untimed rounds that fill it;
 * - `…, straightforward reads (ms)`: the same question with every read going to storage, the
 *   « before » of the read model; the run fails if the two cards differ by a byte;
 * - `questions: p95 latency, slowest question, N (ms)`: the largest p95 above (goal ≤ 300 ms).
 */
import { performance } from 'node:perf_hooks';
import { buildAnswerCard } from '../src/bot/questions/answer-card';
import { normalizeText } from '../src/domain/customer-search';
import { GREENOVA_LADDER } from '../src/domain/ladder';
import type { Customer } from '../src/domain/ledger';
import { parseQuestion, parseWithoutCustomers } from '../src/questions/parser/parse-question';
import { QueryService } from '../src/questions/service';
import { EVERYONE } from '../src/questions/scope';
import { openStores, type TableStores } from '../src/store';
import { fixedClock } from '../src/store/system-clock';
import { existsSync } from 'node:fs';
import { evaluate, loadEvalSet } from '../test/nlu/eval-set';
import { evaluateSet, loadSet, SETS } from '../test/nlu/report';
import { sizeLabel, timeMs, type BenchContext, type Figure, type Suite } from './figures';
import { generatePortfolio, loadInvoices, type Portfolio } from './portfolio';

const ACCURACY = 'questions: NLU accuracy on the evaluation set (%)';
const ACCURACY_GOAL = 95;
/** The sets written blind (test/nlu/README.md): tuned on (dev), and only run to report (held-out). */
const BLIND = [
  { set: 'dev', name: 'questions: accuracy on the blind public set (%)', goal: 95 },
  { set: 'heldout', name: 'questions: accuracy on the held-out set (%)', goal: 97 },
] as const;
const NO_FIGURE = 'questions: figures given for questions not understood, blind sets (count)';
const LATENCY_GOAL_MS = 300;
const GOAL_SIZE = 100_000;
const ROUNDS = 30;
const WARM_UP = 3;

/**
 * One question per intent (two for the unpaid invoices: a month's partition and the open one), in
 * the words of the public evaluation set. The first three keep the names of the earlier runs.
 */
const QUESTIONS = (client: string): ReadonlyArray<{ key: string; question: string; name?: string }> => [
  { key: 'month', question: 'quels impayés ce mois ?', name: 'quels impayés ce mois ?' },
  { key: 'aged', question: 'balance âgée' },
  { key: 'customer', question: `combien nous doit ${client} ?`, name: 'combien nous doit <client>' },
  { key: 'overdue', question: 'impayés à plus de 60 jours' },
  { key: 'ratio', question: "quel est le taux d'impayés ?" },
  { key: 'dso', question: 'DSO ?' },
  { key: 'top', question: 'top 5 des mauvais payeurs' },
  { key: 'late', question: 'quel est le taux de retard cette année ?' },
  { key: 'collected', question: 'combien avons-nous encaissé ce mois ?' },
  { key: 'journal', question: "qu'a-t-on fait cette semaine ?" },
  { key: 'planned', question: "qu'y a-t-il à faire aujourd'hui ?" },
  { key: 'litigation', question: 'dossiers au contentieux' },
  { key: 'promises', question: 'promesses de paiement non tenues' },
  { key: 'disputes', question: 'litiges ouverts' },
  { key: 'plans', question: 'échéanciers en cours' },
  { key: 'writtenOff', question: 'combien avons-nous passé en perte cette année ?' },
];

const latencyName = (n: number, question: { key: string; question: string; name?: string }) =>
  question.key === 'month'
    ? `questions: p95 latency « quels impayés ce mois ? », ${sizeLabel(n)} invoices (ms)`
    : `questions: p95 latency « ${question.name ?? question.question} », ${sizeLabel(n)} (ms)`;

/** The same question with every read going to storage: the « before » of the read model. */
const straightforwardName = (latency: string) => latency.replace(/ \(ms\)$/, ', straightforward reads (ms)');
const slowestName = (n: number) => `questions: p95 latency, slowest question, ${sizeLabel(n)} (ms)`;

/** Nearest-rank percentile: a time some question really took. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The customer with the most invoices, named so that the name designates it alone. */
function biggestCustomer(portfolio: Portfolio): string {
  const counts = new Map<string, number>();
  for (const i of portfolio.invoices) counts.set(i.customerCode, (counts.get(i.customerCode) ?? 0) + 1);
  const names = new Map<string, number>();
  for (const c of portfolio.customers)
    names.set(normalizeText(c.legalName), (names.get(normalizeText(c.legalName)) ?? 0) + 1);
  const ranked = [...portfolio.customers].sort(
    (a, b) => (counts.get(b.code) ?? 0) - (counts.get(a.code) ?? 0),
  );
  const unique = ranked.slice(0, 20).find((c) => names.get(normalizeText(c.legalName)) === 1);
  // Homonyms are common in a generated portfolio: the code designates the largest one alone.
  return unique ? unique.legalName : ranked[0]!.code;
}

async function load(stores: TableStores, portfolio: Portfolio): Promise<void> {
  await stores.customers.upsertMany(portfolio.customers);
  await loadInvoices(portfolio.invoices, (c) => stores.invoices.saveMany(c));
}

/** Every storage try may take this long while the portfolio loads (the machine may be shared). */
const LOAD_DEADLINES = { tryTimeoutMs: 60_000 };
/** The straightforward path reads storage every time: fewer rounds (p95 of 6 is their maximum). */
const STRAIGHTFORWARD_ROUNDS = 6;

export const nluSuite: Suite = {
  name: 'questions in French',
  figureNames: (context) => {
    const n = context.sizes[context.sizes.length - 1]!;
    return [
      ACCURACY,
      ...BLIND.map((b) => b.name),
      NO_FIGURE,
      ...QUESTIONS('<client>').flatMap((q) => [latencyName(n, q), straightforwardName(latencyName(n, q))]),
      slowestName(n),
    ];
  },
  async *run(context: BenchContext): AsyncIterable<Figure> {
    if (context.wanted(ACCURACY)) {
      const evaluation = evaluate(loadEvalSet());
      for (const failure of evaluation.failures) context.log(`NLU miss: « ${failure.question} »`);
      yield { name: ACCURACY, value: evaluation.accuracy, unit: '%', goal: ACCURACY_GOAL, better: 'higher' };
    }
    let withoutUnderstanding = 0;
    let blindRun = false;
    for (const blind of BLIND) {
      if (!existsSync(SETS[blind.set]) || (!context.wanted(blind.name) && !context.wanted(NO_FIGURE)))
        continue;
      const report = evaluateSet(loadSet(blind.set));
      withoutUnderstanding += report.figuresWithoutUnderstanding;
      blindRun = true;
      // The held-out questions are never printed: only run to report, never read to tune.
      if (blind.set === 'dev')
        for (const m of report.misses) context.log(`NLU miss (dev): « ${m.question} »`);
      if (context.wanted(blind.name))
        yield { name: blind.name, value: report.accuracy, unit: '%', goal: blind.goal, better: 'higher' };
    }
    if (blindRun && context.wanted(NO_FIGURE))
      yield { name: NO_FIGURE, value: withoutUnderstanding, unit: 'count', goal: 0, better: 'lower' };

    const n = context.sizes[context.sizes.length - 1]!;
    const wanted = QUESTIONS('<client>').filter(
      (q) =>
        context.wanted(latencyName(n, q)) ||
        context.wanted(straightforwardName(latencyName(n, q))) ||
        context.wanted(slowestName(n)),
    );
    if (wanted.length === 0) return;
    const portfolio = generatePortfolio({
      invoices: n,
      openRatio: 0.1,
      seed: context.seed,
      today: context.today,
    });
    const prefix = context.prefix(`nlu${sizeLabel(n)}`);
    const clock = fixedClock(context.today);
    // The bot's stores (the ledger's read model on) and the same tables read straight every time.
    const stores = await openStores(context.connectionString, prefix, clock, { deadlines: LOAD_DEADLINES });
    const plain = await openStores(context.connectionString, prefix, clock, {
      deadlines: LOAD_DEADLINES,
      readModel: { cache: false },
    });
    try {
      const loaded = await timeMs(() => load(stores, portfolio));
      context.log(
        `questions ${sizeLabel(n)}: loaded ${n} invoices in ${Math.round(loaded.ms)} ms (not a figure)`,
      );
      const parseContext = {
        today: context.today,
        steps: GREENOVA_LADDER.steps,
        preDueId: GREENOVA_LADDER.preDue?.id ?? null,
        lawFirm: 'Cabinet Aptos Avocats',
      };
      const client = biggestCustomer(portfolio);
      let slowest = 0;
      for (const entry of QUESTIONS(client)) {
        if (!wanted.some((q) => q.key === entry.key)) continue;
        const name = latencyName(n, entry);
        const { question } = entry;
        // As a question turn does: the customers are read only when a word could name one; the
        // query service reads them itself otherwise, alongside the invoices.
        const answerWith = (from: TableStores) => {
          const service = new QueryService(from);
          return async () => {
            let customers: Customer[] | undefined;
            let parsed = parseWithoutCustomers(question, parseContext);
            if (!parsed) {
              customers = await from.customers.list();
              parsed = parseQuestion(question, { ...parseContext, customers });
            }
            if (parsed.kind !== 'query')
              throw new Error(`« ${question} » was not understood as a query (${parsed.kind})`);
            const outcome = await service.execute(parsed.query, {
              scope: EVERYONE,
              today: context.today,
              customers,
            });
            if (outcome.kind !== 'answer')
              throw new Error(`« ${question} » gave no answer (${outcome.kind})`);
            return buildAnswerCard(outcome.answer);
          };
        };
        const measure = async (answer: () => Promise<unknown>, warmUp: number, rounds: number) => {
          const times: number[] = [];
          let card: unknown;
          for (let round = 0; round < warmUp + rounds; round++) {
            const start = performance.now();
            card = await answer();
            if (round >= warmUp) times.push(performance.now() - start);
          }
          return { times, card: JSON.stringify(card) };
        };
        const before = await measure(answerWith(plain), 1, STRAIGHTFORWARD_ROUNDS);
        const after = await measure(answerWith(stores), WARM_UP, ROUNDS);
        // The read model changes the time, never a figure: the two cards must be the same bytes.
        if (before.card !== after.card)
          throw new Error(`« ${question} »: the read model's card differs from the straightforward one`);
        const p95 = percentile(after.times, 95);
        const p95Before = percentile(before.times, 95);
        slowest = Math.max(slowest, p95);
        context.log(
          `« ${question} »: straightforward p50 ${Math.round(percentile(before.times, 50))} ms, p95 ${Math.round(p95Before)} ms → ` +
            `read model p50 ${Math.round(percentile(after.times, 50))} ms, p95 ${Math.round(p95)} ms ` +
            `(×${(p95Before / p95).toFixed(1)}; cards identical)`,
        );
        yield { name: straightforwardName(name), value: p95Before, unit: 'ms', goal: null, better: 'lower' };
        yield {
          name,
          value: p95,
          unit: 'ms',
          goal: n === GOAL_SIZE ? LATENCY_GOAL_MS : null,
          better: 'lower',
        };
      }
      if (wanted.length === QUESTIONS(client).length)
        yield {
          name: slowestName(n),
          value: slowest,
          unit: 'ms',
          goal: n === GOAL_SIZE ? LATENCY_GOAL_MS : null,
          better: 'lower',
        };
    } finally {
      await stores.storage.dropTables();
    }
  },
};
