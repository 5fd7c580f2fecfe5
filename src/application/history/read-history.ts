/**
 * « historique F2026-0042 », « historique client Biocoop »: what the journal holds about an invoice
 * or a customer, for someone who may see it (controllers and directors: everything; a sales rep:
 * their customers).
 */
import { findCustomers } from '../../domain/customer-search';
import type { JournalEntry } from '../../domain/journal';
import type { Customer } from '../../domain/ledger';
import { inScope, type Scope } from '../../questions/scope';
import type { Stores } from '../ports';

export type HistoryStores = Pick<Stores, 'invoices' | 'customers' | 'journal'>;

export interface History {
  /** What the history is of: an invoice (its number) or a customer. */
  subject:
    | { kind: 'invoice'; number: string; customerName: string }
    | { kind: 'customer'; code: string; name: string };
  entries: JournalEntry[];
}

export type HistoryResult =
  | { kind: 'found'; history: History }
  | { kind: 'not_found' }
  | { kind: 'not_yours' }
  | { kind: 'choose'; candidates: Customer[] };

export async function invoiceHistory(
  stores: HistoryStores,
  scope: Scope,
  number: string,
): Promise<HistoryResult> {
  const invoice = await stores.invoices.findByNumber(number);
  if (!invoice) return { kind: 'not_found' };
  if (!inScope(scope, invoice.customerCode)) return { kind: 'not_yours' };
  const customer = await stores.customers.get(invoice.customerCode);
  return {
    kind: 'found',
    history: {
      subject: {
        kind: 'invoice',
        number: invoice.number,
        customerName: customer?.legalName ?? invoice.customerCode,
      },
      entries: await stores.journal.listForInvoice(invoice.number),
    },
  };
}

async function historyOf(stores: HistoryStores, customer: Customer): Promise<HistoryResult> {
  return {
    kind: 'found',
    history: {
      subject: { kind: 'customer', code: customer.code, name: customer.legalName },
      entries: await stores.journal.listForCustomer(customer.code),
    },
  };
}

/** By code (a button), or by a name as typed: several matches ask which one. */
export async function customerHistory(
  stores: HistoryStores,
  scope: Scope,
  customer: { code: string } | { name: string },
): Promise<HistoryResult> {
  if ('code' in customer) {
    const found = await stores.customers.get(customer.code);
    if (!found) return { kind: 'not_found' };
    return inScope(scope, found.code) ? historyOf(stores, found) : { kind: 'not_yours' };
  }
  const visible = (await stores.customers.list()).filter((c) => inScope(scope, c.code));
  const found = findCustomers(customer.name, visible);
  if (found.length === 0) return { kind: 'not_found' };
  if (found.length === 1) return historyOf(stores, found[0]!);
  return { kind: 'choose', candidates: found.slice(0, 6) };
}
