/**
 * What the parser derives from the customers is reused for a new list of the same customer objects
 * (the ledger's read model gives one per question), and derived anew as soon as one customer is
 * another object: an alias added, a name corrected, a customer created.
 */
import type { Customer } from '../../src/domain/ledger';
import { memoByCustomers } from '../../src/questions/parser/customer-memo';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { comparable } from '../nlu/eval-set';
import { portfolio } from '../support/nlu-parse';

const customers = portfolio.customers;

function counting() {
  let calls = 0;
  const memo = memoByCustomers((list) => {
    calls++;
    return list.map((c) => c.code).join(',');
  });
  return { memo, calls: () => calls };
}

it('derives once for new lists holding the same customer objects in the same order', () => {
  const { memo, calls } = counting();
  const first = memo([...customers]);
  expect(memo([...customers])).toBe(first);
  expect(memo([...customers])).toBe(first);
  expect(calls()).toBe(1);
});

it('derives anew when a customer is another object, or the list is longer, shorter or reordered', () => {
  const { memo, calls } = counting();
  memo([...customers]);
  const renamed = customers.map((c, i) => (i === 0 ? { ...c } : c));
  memo(renamed);
  expect(calls()).toBe(2);
  memo(customers.slice(1));
  expect(calls()).toBe(3);
  memo([...customers].reverse());
  expect(calls()).toBe(4);
  const created: Customer = { ...customers[0]!, code: 'C999', legalName: 'Fromagerie Nouvelle' };
  expect(memo([...customers, created])).toContain('C999');
  expect(calls()).toBe(5);
});

const ask = (text: string, list: readonly Customer[]) =>
  comparable(parseQuestion(text, { today: portfolio.today, customers: list, lawFirm: portfolio.lawFirm }));

it('an alias added to a customer is understood at the next question, after one asked without it', () => {
  const before = ask('combien nous doit Zéphyrine ?', [...customers]);
  expect(before.kind).toBe('unknown_customer');
  const target = customers.find((c) => c.code === 'C005')!;
  const withAlias = customers.map((c) =>
    c === target ? { ...c, aliases: [...(c.aliases ?? []), 'Zéphyrine'] } : c,
  );
  expect(ask('combien nous doit Zéphyrine ?', withAlias)).toEqual({
    kind: 'query',
    query: { intent: 'customer_balance', customerCodes: ['C005'] },
  });
  // The same objects again, in a new list: still understood, from what was derived.
  expect(ask('combien nous doit Zéphyrine ?', [...withAlias])).toEqual(
    ask('combien nous doit Zéphyrine ?', withAlias),
  );
});
