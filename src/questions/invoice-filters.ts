/** The filters of a structured query applied to one invoice (the intent decides which apply). */
import type { CalendarDate } from '../domain/calendar-date';
import { balanceOf, type Customer, type Invoice } from '../domain/ledger';
import { daysLate } from './definitions';
import type { StructuredQuery } from './query';

export interface FilterContext {
  today: CalendarDate;
  customers: ReadonlyMap<string, Customer>;
}

/** The period filter: on the due date, or on the issue date when the question says « émises ». */
export function inPeriod(invoice: Invoice, query: StructuredQuery): boolean {
  if (!query.period) return true;
  const date = query.dateBasis === 'issue' ? invoice.issueDate : invoice.dueDate;
  return date >= query.period.from && date <= query.period.to;
}

export function matchesFilters(invoice: Invoice, query: StructuredQuery, context: FilterContext): boolean {
  if (query.customerCodes && !query.customerCodes.includes(invoice.customerCode)) return false;
  if (!inPeriod(invoice, query)) return false;
  if (query.asOf && invoice.dueDate > query.asOf) return false;
  const amount = query.amount;
  if (amount) {
    const balance = balanceOf(invoice);
    if (amount.gt !== undefined && !(balance > amount.gt)) return false;
    if (amount.gte !== undefined && !(balance >= amount.gte)) return false;
    if (amount.lt !== undefined && !(balance < amount.lt)) return false;
    if (amount.lte !== undefined && !(balance <= amount.lte)) return false;
  }
  if (query.daysLate) {
    const late = daysLate(invoice, context.today);
    if (query.daysLate.min !== undefined && late < query.daysLate.min) return false;
    if (query.daysLate.max !== undefined && late > query.daysLate.max) return false;
  }
  if (query.step && invoice.dunning.lastStep !== query.step) return false;
  if (query.risk && context.customers.get(invoice.customerCode)?.risk !== query.risk) return false;
  return true;
}

/** Filters that still make sense once the period has been used for something else. */
export function withoutPeriod(query: StructuredQuery): StructuredQuery {
  const { period: _p, dateBasis: _b, asOf: _a, daysLate: _d, amount: _m, ...rest } = query;
  return rest;
}
