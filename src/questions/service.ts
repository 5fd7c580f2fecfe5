/**
 * The one service that answers questions: a structured query, a scope (whose figures the asker may
 * see) and today → plain result objects, every figure computed from the ledger as it stands.
 *
 * It checks the customers named against the scope, applies the cut-off date as the intent defines
 * it (./cut-off.ts), and hands the query to the intent's executor (./registry.ts).
 */
import type { CalendarDate } from '../domain/calendar-date';
import type { Customer } from '../domain/ledger';
import type { AnswerContext } from './answer-context';
import { applyCutOff } from './cut-off';
import type { StructuredQuery } from './query';
import { executeQuery, intentAnswer } from './registry';
import type { QueryOutcome } from './results';
import { inScope, type Scope } from './scope';
import { InvoiceReads, type QuerySources } from './sources';

function readsOpenInvoices(query: StructuredQuery, reads: InvoiceReads, today: CalendarDate): boolean {
  if (reads.fewCustomers(query.customerCodes) !== null || (query.asOf !== undefined && query.asOf < today)) {
    return false;
  }
  return intentAnswer(query.intent).readsOpenInvoices(query);
}

export interface ExecuteOptions {
  scope: Scope;
  today: CalendarDate;
  /** The customers, when the caller already read them (the parser needed them too). */
  customers?: readonly Customer[];
}

export class QueryService {
  constructor(private readonly sources: QuerySources) {}

  async execute(input: StructuredQuery, options: ExecuteOptions): Promise<QueryOutcome> {
    const { scope, today } = options;
    const reads = new InvoiceReads(this.sources, scope);
    // The customers and the open invoices are independent reads: when both are needed, both start
    // now (the open read is memoised; a failure surfaces where the answer awaits it).
    if (!options.customers && readsOpenInvoices(input, reads, today))
      void reads.open().catch(() => undefined);
    const customers = new Map(
      (options.customers ?? (await this.sources.customers.list())).map((c) => [c.code, c]),
    );
    if (input.customerCodes?.some((code) => !customers.has(code) || !inScope(scope, code))) {
      return { kind: 'not_visible', query: input };
    }
    const query = applyCutOff(input, intentAnswer(input.intent).cutOff, today);
    if (!query) return { kind: 'past_cut_off', query: input };
    const context: AnswerContext = { sources: this.sources, reads, scope, today, customers };
    return { kind: 'answer', answer: await executeQuery(query, context) };
  }
}
