/**
 * The evaluation's arithmetic (test/nlu/report.ts): accuracy per family, a figure given where none
 * should be, a wrong figure, and the confusions named — on a stub parser, so that what is counted
 * does not depend on the parser being measured.
 */
import { calendarDate } from '../../src/domain/calendar-date';
import type { ParseResult } from '../../src/questions/parser/parse-question';
import type { EvalSet } from '../nlu/eval-set';
import { evaluateSet, formatReport, labelOf } from '../nlu/report';

const set: EvalSet = {
  today: calendarDate(2026, 11, 23),
  lawFirm: 'Cabinet Aptos Avocats',
  customers: [],
  questions: [
    { family: 'unpaid', question: 'a', expected: { kind: 'query', query: { intent: 'unpaid_invoices' } } },
    { family: 'unpaid', question: 'b', expected: { kind: 'query', query: { intent: 'unpaid_invoices' } } },
    { family: 'not_understood', question: 'c', expected: { kind: 'not_understood' } },
    {
      family: 'history',
      question: 'd',
      expected: { kind: 'command', command: { command: 'history', invoice: 'F1' } },
    },
  ],
};

const answers: Record<string, ParseResult> = {
  a: { kind: 'query', query: { intent: 'unpaid_invoices' } },
  b: { kind: 'query', query: { intent: 'aged_balance' } },
  c: { kind: 'query', query: { intent: 'dso' } },
  d: { kind: 'command', command: { command: 'history', invoice: 'F1' } },
};

it('counts right answers per family, figures without understanding and wrong figures', () => {
  const report = evaluateSet(set, (q) => answers[q]!);
  expect(report.passed).toBe(2);
  expect(report.accuracy).toBe(50);
  expect(report.families).toEqual([
    { family: 'history', total: 1, passed: 1 },
    { family: 'not_understood', total: 1, passed: 0 },
    { family: 'unpaid', total: 2, passed: 1 },
  ]);
  expect(report.figuresWithoutUnderstanding).toBe(1);
  expect(report.wrongFigures).toBe(1);
  expect(report.confusion.get('query:unpaid_invoices')?.get('query:aged_balance')).toBe(1);
  expect(report.confusion.get('not_understood')?.get('query:dso')).toBe(1);
});

it('names what a result is, and prints the worst families with their confusions', () => {
  expect(labelOf({ kind: 'command', command: { command: 'history' } })).toBe('command:history');
  const text = formatReport(
    'dev',
    evaluateSet(set, (q) => answers[q]!),
  );
  expect(text).toContain('## dev: 50.0 % (2/4)');
  expect(text).toContain('Confusions in « not_understood »:\n  1 × not_understood → query:dso');
  expect(text).not.toContain('Misses:');
});
