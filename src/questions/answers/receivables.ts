/** The receivables a question is about, read the cheapest exact way (the snapshot answers share it). */
import type { Invoice } from '../../domain/ledger';
import type { AnswerContext } from '../answer-context';
import { isReceivable } from '../definitions';
import { matchesFilters } from '../invoice-filters';
import type { StructuredQuery } from '../query';

/** A few customers' partitions when the question or the scope names few enough; else the open one. */
export async function receivablesFor(query: StructuredQuery, context: AnswerContext): Promise<Invoice[]> {
  const few = context.reads.fewCustomers(query.customerCodes);
  const invoices = few ? await context.reads.ofCustomers(few) : await context.reads.open();
  return invoices.filter((i) => isReceivable(i) && matchesFilters(i, query, context));
}
