import { GREENOVA_LADDER } from '../../src/domain/ladder';
/**
 * What a language model is given: one tool per intent, and parameters whose JSON Schema is generated
 * from the zod schema the bot validates with. The schema is pinned here as the model needs it (the
 * filters it may write, in euros, dates as YYYY-MM-DD, customers in words, no customer codes), and
 * checked with a JSON Schema validator: what the offline planner passes for every question of the
 * evaluation set is valid, and a model's usual mistakes are not.
 */
import Ajv from 'ajv';
import { RISK_SEGMENTS } from '../../src/domain/ledger';
import { QUERY_INTENTS } from '../../src/questions/catalogue';
import { ladderInstructions, QUESTION_TOOLS } from '../../src/questions/model-tools';
import { GROUP_BYS } from '../../src/questions/query-filters';
import { readParameters, toParameters, type StructuredQuery } from '../../src/questions/query';
import { loadEvalSet } from '../nlu/eval-set';

const parameters = QUESTION_TOOLS[0]!.parameters;
const properties = parameters.properties as Record<string, Record<string, unknown>>;

/** Every node of a JSON value, for checks that must hold at any depth. */
function nodes(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return [record, ...Object.values(record).flatMap(nodes)];
  }
  return [];
}

it('offers one tool per intent, named as the action, with a description', () => {
  expect(QUESTION_TOOLS.map((t) => t.name)).toEqual([...QUERY_INTENTS]);
  for (const tool of QUESTION_TOOLS) {
    // OpenAI's rule for function names.
    expect(tool.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(tool.description.length).toBeGreaterThan(20);
  }
});

it('gives the model an object of optional filters, closed, inlined, with no customer codes', () => {
  expect(parameters.type).toBe('object');
  expect(parameters.additionalProperties).toBe(false);
  expect(parameters.required).toBeUndefined();
  expect(Object.keys(properties)).toEqual([
    'period',
    'dateBasis',
    'asOf',
    'customer',
    'amount',
    'daysLate',
    'step',
    'risk',
    'groupBy',
    'limit',
    'measure',
  ]);
  const all = nodes(parameters);
  for (const key of ['$schema', '$ref', '$defs', 'definitions']) {
    expect(all.filter((n) => key in n)).toEqual([]);
  }
  // Every object says what it accepts, and nothing more.
  for (const node of all.filter((n) => n.type === 'object')) {
    expect(node.additionalProperties).toBe(false);
    expect(node.properties).toBeDefined();
  }
});

it('states the filters as the model must write them', () => {
  const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  expect(properties.period).toMatchObject({
    type: 'object',
    required: ['from', 'to'],
    properties: { from: date, to: date },
  });
  expect(properties.asOf).toMatchObject({ ...date, description: expect.stringContaining('cut-off') });
  expect(properties.dateBasis).toMatchObject({ type: 'string', enum: ['due', 'issue'] });
  expect(properties.customer).toMatchObject({
    type: 'string',
    description: expect.stringContaining('as written'),
  });
  expect(properties.amount).toMatchObject({
    type: 'object',
    description: expect.stringContaining('euros'),
    properties: {
      gt: { type: 'number', minimum: 0 },
      gte: { type: 'number', minimum: 0 },
      lt: { type: 'number', minimum: 0 },
      lte: { type: 'number', minimum: 0 },
    },
  });
  expect(properties.daysLate).toMatchObject({
    type: 'object',
    properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
  });
  expect(properties.step).toMatchObject({ type: 'string', description: expect.stringContaining('calendar') });
  expect(properties.risk).toMatchObject({ type: 'string', enum: [...RISK_SEGMENTS] });
  expect(properties.groupBy).toMatchObject({ type: 'string', enum: [...GROUP_BYS] });
  expect(properties.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
});

describe('checked by a JSON Schema validator', () => {
  const validate = new Ajv({ strict: true, allErrors: true }).compile(parameters);
  const set = loadEvalSet();

  it('accepts what the offline planner passes for every question of the evaluation set, which the bot reads back', () => {
    const queries = set.questions
      .filter((q) => q.expected.kind === 'query')
      .map((q) => q.expected.query as StructuredQuery);
    expect(queries.length).toBeGreaterThan(80);
    for (const query of queries) {
      const { customerCodes: _codes, ...written } = toParameters(query);
      expect([query, validate(written), validate.errors]).toEqual([query, true, null]);
      expect(readParameters(query.intent, written)?.query).toEqual(
        (({ customerCodes: _c, ...rest }) => rest)(query),
      );
    }
  });

  it('refuses what the bot would refuse too', () => {
    const wrong = [
      { period: { from: 'hier', to: 'demain' } },
      { period: { from: '2026-11-01' } },
      { amount: { gt: -5 } },
      { amount: { gt: '5000' } },
      { daysLate: { min: 1.5 } },
      { risk: 'very_high' },
      { limit: 1000 },
      { customerCodes: ['C001'] },
      { sql: 'DROP TABLE' },
    ];
    for (const value of wrong) expect([value, validate(value)]).toEqual([value, false]);
    // The bot reads customer codes from its own planner and buttons; a model is not offered them.
    expect(readParameters('unpaid_invoices', { customerCodes: ['C001'] })).not.toBeNull();
    for (const value of wrong.filter((v) => !('customerCodes' in v))) {
      expect([value, readParameters('unpaid_invoices', value)]).toEqual([value, null]);
    }
  });
});

it('tells the model the configured calendar and law firm, not Greenova’s by default', () => {
  const agency = {
    ...GREENOVA_LADDER,
    steps: [
      { id: 'R1', offsetDays: 0, channel: 'letter' as const, template: 'reminder-letter', label: 'Rappel' },
      {
        id: 'MED',
        offsetDays: 23,
        channel: 'registered_letter' as const,
        template: 'formal-notice',
        label: 'Mise en demeure',
      },
    ],
  };
  const text = ladderInstructions(agency, 'Cabinet Durand');
  expect(text).toContain('R1 (letter, « Rappel », due date + 0 days); MED (registered letter');
  expect(text).toContain('« Cabinet Durand »');
  expect(text).not.toMatch(/J\+\d|Aptos/);
  expect(ladderInstructions(GREENOVA_LADDER, 'Cabinet Aptos Avocats')).toContain(
    'J+30 (file sent to the law firm',
  );
});
