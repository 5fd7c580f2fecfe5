/**
 * The evaluation of the question parser on the three sets (./README.md): accuracy per family, the
 * confusions of the worst families, and the two failures that matter most to a user — a figure
 * given for a question that should have had none (not understood, unknown or ambiguous customer, a
 * command), and a wrong figure (another query than the one asked). Pure over the parse function, so
 * that `npm run eval`, the bench and the tests share it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseQuestion, type ParseResult } from '../../src/questions/parser/parse-question';
import { comparable, loadEvalSet, type EvalQuestion, type EvalSet } from './eval-set';

export const SETS = {
  regression: resolve(__dirname, 'questions.fr.json'),
  dev: resolve(__dirname, 'questions.dev.json'),
  heldout: resolve(__dirname, 'questions.heldout.json'),
} as const;
export type SetName = keyof typeof SETS;

/** A set written against the shared portfolio (dev, held-out): its questions and the portfolio's context. */
export function loadPortfolioSet(path: string): EvalSet {
  const portfolio = loadEvalSet(resolve(__dirname, 'portfolio.json'));
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { questions: EvalQuestion[] };
  return { ...portfolio, questions: raw.questions };
}

export function loadSet(name: SetName): EvalSet {
  return name === 'regression' ? loadEvalSet(SETS.regression) : loadPortfolioSet(SETS[name]);
}

/** « query:unpaid_invoices », « command:history », « not_understood »: what a result is, in short. */
export function labelOf(result: Record<string, unknown>): string {
  if (result.kind === 'query') return `query:${String((result.query as { intent?: string }).intent)}`;
  if (result.kind === 'command') return `command:${String((result.command as { command?: string }).command)}`;
  return String(result.kind);
}

export interface FamilyScore {
  family: string;
  total: number;
  passed: number;
}

export interface Miss {
  family: string;
  question: string;
  expected: Record<string, unknown>;
  actual: Record<string, unknown>;
}

export interface SetReport {
  total: number;
  passed: number;
  accuracy: number;
  families: FamilyScore[];
  /** Expected no figure (not understood, a customer to ask, a command), got one. */
  figuresWithoutUnderstanding: number;
  /** Expected a query, got another query: a figure for something not asked. */
  wrongFigures: number;
  misses: Miss[];
  /** expected label → actual label → count, over the misses. */
  confusion: Map<string, Map<string, number>>;
}

export type Parse = (question: string, set: EvalSet) => ParseResult;

export const offlineParse: Parse = (question, set) =>
  parseQuestion(question, { today: set.today, customers: set.customers, lawFirm: set.lawFirm });

export function evaluateSet(set: EvalSet, parse: Parse = offlineParse): SetReport {
  return evaluateResults(
    set,
    set.questions.map((q) => parse(q.question, set)),
  );
}

/** The report of results already obtained (one per question, in order): a model's, asynchronously. */
export function evaluateResults(set: EvalSet, results: readonly ParseResult[]): SetReport {
  const families = new Map<string, FamilyScore>();
  const misses: Miss[] = [];
  const confusion = new Map<string, Map<string, number>>();
  let figuresWithoutUnderstanding = 0;
  let wrongFigures = 0;
  for (const [index, q] of set.questions.entries()) {
    const actual = comparable(results[index]!);
    const score = families.get(q.family) ?? { family: q.family, total: 0, passed: 0 };
    score.total++;
    families.set(q.family, score);
    if (isDeepStrictEqual(actual, q.expected)) {
      score.passed++;
      continue;
    }
    misses.push({ family: q.family, question: q.question, expected: q.expected, actual });
    if (actual.kind === 'query' && q.expected.kind !== 'query') figuresWithoutUnderstanding++;
    if (actual.kind === 'query' && q.expected.kind === 'query') wrongFigures++;
    const row = confusion.get(labelOf(q.expected)) ?? new Map<string, number>();
    row.set(labelOf(actual), (row.get(labelOf(actual)) ?? 0) + 1);
    confusion.set(labelOf(q.expected), row);
  }
  const total = set.questions.length;
  const passed = total - misses.length;
  return {
    total,
    passed,
    accuracy: total === 0 ? 0 : (100 * passed) / total,
    families: [...families.values()].sort((a, b) => a.family.localeCompare(b.family)),
    figuresWithoutUnderstanding,
    wrongFigures,
    misses,
    confusion,
  };
}

const pct = (passed: number, total: number) =>
  total === 0 ? '—' : `${((100 * passed) / total).toFixed(1)} %`;

/** The report as text: a table of families, then the confusions of the (up to) three worst. */
export function formatReport(name: string, report: SetReport, options: { misses?: boolean } = {}): string {
  const lines = [
    `## ${name}: ${pct(report.passed, report.total)} (${report.passed}/${report.total})` +
      ` — figures given without understanding: ${report.figuresWithoutUnderstanding}, wrong figures: ${report.wrongFigures}`,
    '',
    '| family | questions | right | accuracy |',
    '| --- | ---: | ---: | ---: |',
    ...report.families.map((f) => `| ${f.family} | ${f.total} | ${f.passed} | ${pct(f.passed, f.total)} |`),
  ];
  const worst = report.families
    .filter((f) => f.passed < f.total)
    .sort((a, b) => a.passed / a.total - b.passed / b.total || b.total - a.total)
    .slice(0, 3);
  for (const family of worst) {
    const rows = new Map<string, number>();
    for (const m of report.misses.filter((x) => x.family === family.family)) {
      const key = `${labelOf(m.expected)} → ${labelOf(m.actual)}`;
      rows.set(key, (rows.get(key) ?? 0) + 1);
    }
    lines.push('', `Confusions in « ${family.family} »:`);
    for (const [key, count] of [...rows].sort((a, b) => b[1] - a[1])) lines.push(`  ${count} × ${key}`);
  }
  if (options.misses) {
    lines.push('', 'Misses:');
    for (const m of report.misses)
      lines.push(
        `- « ${m.question} »`,
        `  expected ${JSON.stringify(m.expected)}`,
        `  actual   ${JSON.stringify(m.actual)}`,
      );
  }
  return lines.join('\n');
}
