/**
 * Questions in French (every figure's name starts with « questions: », so that
 * `npm run bench -- --only questions` runs them alone):
 * - `questions: NLU accuracy on the evaluation set (%)`: the share of the public evaluation set
 *   (test/nlu/questions.fr.json) parsed to exactly its expected result (goal ≥ 95 %);
 * - `questions: p95 latency « … », N invoices (ms)`: a question answered end to end but for the
 *   chat — the offline planner's parse (reading the customers when a name may be in the question),
 *   the query service over a store of N invoices (10 % open) loaded as bench/store.bench.ts does,
 *   and the answer card built — for « quels impayés ce mois ? » (one due-month partition), « balance âgée » (the open
 *   partition) and « combien nous doit <client> » (one customer partition, the largest customer).
 *   Goal ≤ 500 ms at 100k. Measured at the largest size of the run only.
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
const LATENCY_GOAL_MS = 500;
const GOAL_SIZE = 100_000;
const ROUNDS = 30;
const WARM_UP = 3;

const latencyNames = (n: number) => ({
  month: `questions: p95 latency « quels impayés ce mois ? », ${sizeLabel(n)} invoices (ms)`,
  aged: `questions: p95 latency « balance âgée », ${sizeLabel(n)} (ms)`,
  customer: `questions: p95 latency « combien nous doit <client> », ${sizeLabel(n)} (ms)`,
});

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

export const nluSuite: Suite = {
  name: 'questions in French',
  figureNames: (context) => [
    ACCURACY,
    ...BLIND.map((b) => b.name),
    NO_FIGURE,
    ...Object.values(latencyNames(context.sizes[context.sizes.length - 1]!)),
  ],
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
    const names = latencyNames(n);
    if (!Object.values(names).some((name) => context.wanted(name))) return;
    const portfolio = generatePortfolio({
      invoices: n,
      openRatio: 0.1,
      seed: context.seed,
      today: context.today,
    });
    const stores = await openStores(
      context.connectionString,
      context.prefix(`nlu${sizeLabel(n)}`),
      fixedClock(context.today),
    );
    try {
      const loaded = await timeMs(() => load(stores, portfolio));
      context.log(
        `questions ${sizeLabel(n)}: loaded ${n} invoices in ${Math.round(loaded.ms)} ms (not a figure)`,
      );
      const service = new QueryService(stores);
      const client = biggestCustomer(portfolio);
      const questions: Array<[keyof typeof names, string]> = [
        ['month', 'quels impayés ce mois ?'],
        ['aged', 'balance âgée'],
        ['customer', `combien nous doit ${client} ?`],
      ];
      for (const [key, question] of questions) {
        if (!context.wanted(names[key])) continue;
        // As a question turn does: the customers are read only when a word could name one; the
        // query service reads them itself otherwise, alongside the invoices.
        const parseContext = {
          today: context.today,
          steps: GREENOVA_LADDER.steps,
          preDueId: GREENOVA_LADDER.preDue?.id ?? null,
          lawFirm: 'Cabinet Aptos Avocats',
        };
        const answer = async () => {
          let customers: Customer[] | undefined;
          let parsed = parseWithoutCustomers(question, parseContext);
          if (!parsed) {
            customers = await stores.customers.list();
            parsed = parseQuestion(question, { ...parseContext, customers });
          }
          if (parsed.kind !== 'query')
            throw new Error(`« ${question} » was not understood as a query (${parsed.kind})`);
          const outcome = await service.execute(parsed.query, {
            scope: EVERYONE,
            today: context.today,
            customers,
          });
          if (outcome.kind !== 'answer') throw new Error(`« ${question} » gave no answer (${outcome.kind})`);
          return buildAnswerCard(outcome.answer);
        };
        const times: number[] = [];
        for (let round = 0; round < WARM_UP + ROUNDS; round++) {
          const start = performance.now();
          await answer();
          if (round >= WARM_UP) times.push(performance.now() - start);
        }
        context.log(
          `« ${question} »: p50 ${Math.round(percentile(times, 50))} ms, p95 ${Math.round(percentile(times, 95))} ms over ${ROUNDS} rounds`,
        );
        yield {
          name: names[key],
          value: percentile(times, 95),
          unit: 'ms',
          goal: n === GOAL_SIZE ? LATENCY_GOAL_MS : null,
          better: 'lower',
        };
      }
    } finally {
      await stores.storage.dropTables();
    }
  },
};
