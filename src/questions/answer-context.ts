/** What every answer is computed with: the reads, the scope, today, and how to name things. */
import type { CalendarDate } from '../domain/calendar-date';
import { balanceOf, type Invoice } from '../domain/ledger';
import { daysLate } from './definitions';
import type { CustomerRef, InvoiceLine } from './results';
import type { Scope } from './scope';
import type { CustomerIndex, InvoiceReads, QuerySources } from './sources';

export interface AnswerContext {
  sources: QuerySources;
  reads: InvoiceReads;
  scope: Scope;
  today: CalendarDate;
  customers: CustomerIndex;
}

export function customerRef(context: Pick<AnswerContext, 'customers'>, code: string): CustomerRef {
  const customer = context.customers.get(code);
  return { code, name: customer?.legalName ?? code, risk: customer?.risk ?? 'low' };
}

export function invoiceLine(
  context: Pick<AnswerContext, 'customers' | 'today'>,
  invoice: Invoice,
): InvoiceLine {
  return {
    number: invoice.number,
    customer: customerRef(context, invoice.customerCode),
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountInclTax: invoice.amountInclTax,
    balance: balanceOf(invoice),
    daysLate: daysLate(invoice, context.today),
    status: invoice.status,
    lastStep: invoice.dunning.lastStep,
  };
}

/** Oldest due first, then the largest balance: the order a controller works in. */
export function byUrgency(a: InvoiceLine, b: InvoiceLine): number {
  return b.daysLate - a.daysLate || b.balance - a.balance || a.number.localeCompare(b.number);
}
