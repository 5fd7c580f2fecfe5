import { calendarDate } from '../../src/domain/calendar-date';
import { parseQuestion, parseWithoutCustomers } from '../../src/questions/parser/parse-question';
import { readParameters, toParameters } from '../../src/questions/query';
import { QUERY_INTENTS, type StructuredQuery } from '../../src/questions/query';
import { aCustomer } from '../support/fixtures';
import { comparable, evaluate, loadEvalSet } from '../nlu/eval-set';

const set = loadEvalSet();

describe('the public evaluation set', () => {
  it.each(set.questions.map((q) => [q.question, q] as const))('« %s »', (_text, q) => {
    const result = parseQuestion(q.question, {
      today: set.today,
      customers: set.customers,
      lawFirm: set.lawFirm,
    });
    expect(comparable(result)).toEqual(q.expected);
  });

  it('has at least 80 questions covering every intent, ambiguity, unknown names, nonsense and the exports', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(set.questions.map((q) => q.expected.kind));
    expect([...kinds].sort()).toEqual([
      'ambiguous_customer',
      'command',
      'not_understood',
      'query',
      'unknown_customer',
    ]);
    const intents = new Set(
      set.questions.map((q) => (q.expected.query as StructuredQuery | undefined)?.intent).filter(Boolean),
    );
    expect([...intents].sort()).toEqual([...QUERY_INTENTS].sort());
  });

  it('reports its accuracy', () => {
    const evaluation = evaluate(set);
    process.stdout.write(
      `NLU accuracy on the evaluation set: ${evaluation.accuracy.toFixed(1)} % (${evaluation.passed}/${evaluation.total})\n`,
    );
    expect(evaluation.failures).toEqual([]);
    expect(evaluation.accuracy).toBe(100);
  });
});

describe('parsing before reading the customers', () => {
  it('gives the same result as with the customers, or asks for them when a word could be a name', () => {
    const withoutNames = set.questions.filter((q) => {
      const early = parseWithoutCustomers(q.question, { today: set.today });
      if (early) expect(comparable(early)).toEqual(q.expected);
      return early !== null;
    });
    expect(withoutNames.map((q) => q.question)).toEqual(
      expect.arrayContaining(['balance âgée', 'DSO ?', 'quels impayés ce mois ?']),
    );
    expect(parseWithoutCustomers('combien nous doit Biocoop ?', { today: set.today })).toBeNull();
    expect(parseWithoutCustomers('impayés de Carrefour', { today: set.today })).toBeNull();
  });
});

describe('dates relative to another today', () => {
  const customers = [aCustomer()];
  const periodOf = (text: string, today = calendarDate(2027, 1, 5)) => {
    const result = parseQuestion(text, { today, customers });
    if (result.kind !== 'query') throw new Error(`${text}: ${result.kind}`);
    return result.query;
  };

  it('takes the latest month not after today, and « dernier » as the one before the current month', () => {
    expect(periodOf('impayés de décembre').period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf('impayés de janvier').period).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(periodOf('impayés de janvier dernier').period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(periodOf('impayés du mois dernier').period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('runs weeks Monday to Sunday and crosses years', () => {
    // 2027-01-03 is a Sunday: its week started on Monday 28 December 2026.
    expect(periodOf('encaissé cette semaine', calendarDate(2027, 1, 3)).period).toEqual({
      from: '2026-12-28',
      to: '2027-01-03',
    });
    expect(periodOf('qu’a-t-on fait hier ?', calendarDate(2027, 1, 1)).period).toEqual({
      from: '2026-12-31',
      to: '2026-12-31',
    });
    expect(periodOf('pertes de l’an dernier').period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('reads a cut-off date without a year as the latest one not after today', () => {
    expect(periodOf('impayés au 30 septembre').asOf).toBe('2026-09-30');
    expect(periodOf('impayés au 31/12/2026').asOf).toBe('2026-12-31');
    expect(periodOf('impayés au 4 janvier').asOf).toBe('2027-01-04');
  });

  it('never reads an impossible date, nor drops it: the question is not understood', () => {
    const result = parseQuestion('impayés au 31 février', { today: calendarDate(2027, 1, 5), customers });
    expect(result.kind).toBe('not_understood');
  });
});

describe('customers the asker may not see', () => {
  it('are not found: a sales rep’s parse only knows their own customers', () => {
    const mine = [aCustomer({ code: 'C001', legalName: 'Biocoop Lyon Croix-Rousse' })];
    const result = parseQuestion('combien nous doit l’Hôtel du Parc ?', {
      today: calendarDate(2026, 11, 23),
      customers: mine,
    });
    expect(result).toEqual({
      kind: 'unknown_customer',
      query: { intent: 'customer_balance' },
      mention: 'Hôtel du Parc',
    });
  });
});

describe('action parameters', () => {
  it('carry a query through a planner and back unchanged (amounts in euros on the way)', () => {
    for (const q of set.questions) {
      if (q.expected.kind !== 'query') continue;
      const query = q.expected.query as StructuredQuery;
      const parameters = toParameters(query);
      expect(readParameters(query.intent, JSON.parse(JSON.stringify(parameters)))).toEqual({
        query,
        customerText: null,
      });
    }
  });

  it('refuse what is malformed: unknown fields, inverted periods, negative amounts, bad dates', () => {
    expect(readParameters('unpaid_invoices', { sql: 'DROP TABLE' })).toBeNull();
    expect(
      readParameters('unpaid_invoices', { period: { from: '2026-11-30', to: '2026-11-01' } }),
    ).toBeNull();
    expect(readParameters('unpaid_invoices', { amount: { gt: -5 } })).toBeNull();
    expect(readParameters('unpaid_invoices', { asOf: '2026-02-30' })).toBeNull();
    expect(readParameters('unpaid_invoices', { limit: 10_000 })).toBeNull();
  });

  it('keep a customer named in words for the bot to resolve', () => {
    expect(readParameters('customer_balance', { customer: 'Biocoop', amount: { gt: 5000.5 } })).toEqual({
      query: { intent: 'customer_balance', amount: { gt: 500050 } },
      customerText: 'Biocoop',
    });
  });
});
