/**
 * The intents are registered once: every intent of the catalogue is asked (description, parameters,
 * phrases) and answered (cut-off rule, reads, executor, view), the parser reaches each one, and the
 * cut-off rules are those the query service always applied.
 */
import { calendarDate } from '../../src/domain/calendar-date';
import { INTENT_QUESTIONS, QUERY_INTENTS, type QueryIntent } from '../../src/questions/catalogue';
import { applyCutOff } from '../../src/questions/cut-off';
import type { CutOffRule } from '../../src/questions/intent-answer';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import type { StructuredQuery } from '../../src/questions/query';
import { intentAnswer } from '../../src/questions/registry';
import { loadEvalSet } from '../nlu/eval-set';

/** Intents only a model or a button may ask for, with why. None today. */
const NOT_PARSED: Readonly<Partial<Record<QueryIntent, string>>> = {};

const TODAY = calendarDate(2026, 11, 23);

it('lists every intent once, with a tool name a model accepts', () => {
  expect(new Set(QUERY_INTENTS).size).toBe(QUERY_INTENTS.length);
  expect(QUERY_INTENTS.length).toBeGreaterThanOrEqual(16);
  for (const intent of QUERY_INTENTS) expect(intent).toMatch(/^[a-z]+(_[a-z]+)*$/);
});

describe.each(INTENT_QUESTIONS.map((q) => [q.intent, q] as const))('%s', (intent, question) => {
  it('is asked: a description for the model, parameters, phrases for the parser', () => {
    expect(question.description.trim().length).toBeGreaterThan(20);
    expect(question.parameters.safeParse({}).success).toBe(true);
    expect(question.parameters.safeParse({ unknown: 1 }).success).toBe(false);
    if (NOT_PARSED[intent]) expect(question.phrases).toEqual([]);
    else expect(question.phrases.flatMap((g) => g.texts).length).toBeGreaterThan(0);
    for (const group of question.phrases) {
      expect(group.weight).toBeGreaterThan(0);
      // Written as the parser compares them: lower case, no accents, no punctuation but « = » and « % ».
      for (const text of group.texts) expect(text).toMatch(/^(=?[a-z%]+)( =?[a-z%]+)*$/);
    }
  });

  it('is answered: a cut-off rule, its reads, an executor and a view', () => {
    const answer = intentAnswer(intent);
    expect(['due_by', 'snapshot', 'year_to_date', 'ignored']).toContain(answer.cutOff.kind);
    if (answer.cutOff.kind === 'snapshot') expect(answer.cutOff.what).toMatch(/^(le|la|les) /);
    expect(typeof answer.readsOpenInvoices({ intent })).toBe('boolean');
    expect(typeof answer.execute).toBe('function');
    expect(typeof answer.view).toBe('function');
  });
});

it('is reached by the parser: some question of the evaluation set asks each intent', () => {
  const set = loadEvalSet();
  const reached = new Set(
    set.questions
      .filter((q) => q.expected.kind === 'query')
      .map((q) => (q.expected.query as StructuredQuery).intent),
  );
  for (const question of set.questions.filter((q) => q.expected.kind === 'query')) {
    const result = parseQuestion(question.question, {
      today: set.today,
      customers: set.customers,
      lawFirm: set.lawFirm,
    });
    expect(result.kind === 'query' && result.query.intent).toBe(
      (question.expected.query as StructuredQuery).intent,
    );
  }
  expect(QUERY_INTENTS.filter((i) => !reached.has(i))).toEqual(Object.keys(NOT_PARSED));
});

describe('cut-off dates', () => {
  const kinds = Object.fromEntries(QUERY_INTENTS.map((i) => [i, intentAnswer(i).cutOff.kind]));

  it('are classified as the query service always did', () => {
    const byKind = (kind: CutOffRule['kind']) => QUERY_INTENTS.filter((i) => kinds[i] === kind).sort();
    expect(byKind('snapshot')).toEqual(
      [
        'customer_balance',
        'aged_balance',
        'overdue_ratio',
        'dso',
        'top_late_payers',
        'litigation',
        'promises',
        'disputes',
        'payment_plans',
        'planned_actions',
      ].sort(),
    );
    expect(byKind('year_to_date')).toEqual(['collected', 'journal_activity', 'late_rate', 'written_off']);
    expect(byKind('due_by')).toEqual(['unpaid_invoices']);
    expect(byKind('ignored')).toEqual(['help', 'trend']);
  });

  it('give no snapshot at a past date, today’s at today or later, the year to date for a flow', () => {
    const past = calendarDate(2026, 9, 30);
    const snapshot = intentAnswer('aged_balance').cutOff;
    expect(applyCutOff({ intent: 'aged_balance', asOf: past }, snapshot, TODAY)).toBeNull();
    expect(applyCutOff({ intent: 'aged_balance', asOf: TODAY }, snapshot, TODAY)).toEqual({
      intent: 'aged_balance',
    });
    const flow = intentAnswer('collected').cutOff;
    expect(applyCutOff({ intent: 'collected', asOf: past }, flow, TODAY)).toEqual({
      intent: 'collected',
      period: { from: '2026-01-01', to: '2026-09-30' },
    });
    const october = { from: calendarDate(2026, 10, 1), to: calendarDate(2026, 10, 31) };
    expect(applyCutOff({ intent: 'collected', period: october, asOf: past }, flow, TODAY)).toEqual({
      intent: 'collected',
      period: october,
    });
    const dueBy = intentAnswer('unpaid_invoices').cutOff;
    expect(applyCutOff({ intent: 'unpaid_invoices', asOf: past }, dueBy, TODAY)).toEqual({
      intent: 'unpaid_invoices',
      asOf: past,
    });
  });
});

it('reads the open partition early for the answers that read it whole', () => {
  const early = QUERY_INTENTS.filter((i) => intentAnswer(i).readsOpenInvoices({ intent: i })).sort();
  expect(early).toEqual(
    [
      'aged_balance',
      'overdue_ratio',
      'dso',
      'top_late_payers',
      'litigation',
      'promises',
      'disputes',
      'payment_plans',
      'trend',
      'unpaid_invoices',
    ].sort(),
  );
  // « impayés de novembre » reads November's partition, not the open one.
  const november = { from: calendarDate(2026, 11, 1), to: calendarDate(2026, 11, 30) };
  expect(
    intentAnswer('unpaid_invoices').readsOpenInvoices({ intent: 'unpaid_invoices', period: november }),
  ).toBe(false);
});
