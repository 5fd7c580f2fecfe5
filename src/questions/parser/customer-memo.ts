/**
 * What the parser derives from the customers (their names' words, acronyms, sounds, chains, the
 * search index), kept while the same customers are asked about. A question turn reads the customers
 * afresh each time: the ledger's read model gives a new list of the same customer objects while
 * nothing changed, so a cache keyed on the list alone rebuilt the index of 1,000 customers for every
 * question (60 ms of the 110 ms « litiges ouverts » took at 100k invoices). A new list holding the
 * very same objects, in the same order, reuses what was derived; any other list derives anew.
 */
import type { Customer } from '../../domain/ledger';

/** `derive`, computed once per customers' list and reused for a list of the same customer objects. */
export function memoByCustomers<T>(
  derive: (customers: readonly Customer[]) => T,
): (customers: readonly Customer[]) => T {
  const byList = new WeakMap<readonly Customer[], { value: T }>();
  let last: { customers: readonly Customer[]; value: T } | null = null;
  return (customers) => {
    const kept = byList.get(customers);
    if (kept) return kept.value;
    if (last !== null && sameObjects(last.customers, customers)) {
      byList.set(customers, { value: last.value });
      return last.value;
    }
    const value = derive(customers);
    byList.set(customers, { value });
    last = { customers, value };
    return value;
  };
}

function sameObjects(a: readonly Customer[], b: readonly Customer[]): boolean {
  return a.length === b.length && a.every((customer, i) => customer === b[i]);
}
