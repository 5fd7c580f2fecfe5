/**
 * The one service that answers questions: a structured query, a scope (whose figures the asker may
 * see) and today → plain result objects, every figure computed from the ledger as it stands.
 *
 * Cut-off dates (« au 30 septembre »): for unpaid invoices, the invoices due on or before that date
 * and still unpaid today; for flows (collected, written off, late rate, journal), the year to that
 * date; for a snapshot (aged balance, ratio, DSO, ranking, a customer's account, watch lists) at a
 * past date, no figure — the ledger keeps today's balances, not dated ones.
 */
import type { CalendarDate } from '../domain/calendar-date';
import { calendarDate, yearOf } from '../domain/calendar-date';
import type { Customer } from '../domain/ledger';
import type { AnswerContext } from './answer-context';
import { defaultPeriod } from './definitions';
import {
  collectedAnswer,
  dsoAnswer,
  journalAnswer,
  lateRateAnswer,
  plannedActionsAnswer,
  writtenOffAnswer,
} from './period-answers';
import {
  agedBalanceAnswer,
  customerBalance,
  overdueRatioAnswer,
  topLatePayers,
  unpaidInvoices,
  watchList,
} from './receivable-answers';
import type { QueryAnswer, QueryOutcome } from './results';
import { inScope, type Scope } from './scope';
import { InvoiceReads, type QuerySources } from './sources';
import type { Period, QueryIntent, StructuredQuery } from './query';

/** Figures of today's ledger that cannot be restated at a past date. */
const SNAPSHOTS: readonly QueryIntent[] = [
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
];
const FLOWS: readonly QueryIntent[] = ['collected', 'written_off', 'late_rate', 'journal_activity'];

/** Answers that read the open partition whole (unless a few customers are read one by one). */
const OPEN_READERS: readonly QueryIntent[] = [
  'aged_balance',
  'overdue_ratio',
  'dso',
  'top_late_payers',
  'litigation',
  'promises',
  'disputes',
  'payment_plans',
];

function readsOpenInvoices(query: StructuredQuery, reads: InvoiceReads, today: CalendarDate): boolean {
  if (reads.fewCustomers(query.customerCodes) !== null || (query.asOf !== undefined && query.asOf < today)) {
    return false;
  }
  return OPEN_READERS.includes(query.intent) || (query.intent === 'unpaid_invoices' && !query.period);
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
    let query = input;
    if (query.asOf) {
      if (SNAPSHOTS.includes(query.intent)) {
        if (query.asOf < today) return { kind: 'past_cut_off', query };
        const { asOf: _today, ...rest } = query;
        query = rest;
      } else if (FLOWS.includes(query.intent)) {
        const { asOf, ...rest } = query;
        query = { ...rest, period: rest.period ?? { from: calendarDate(yearOf(asOf), 1, 1), to: asOf } };
      }
    }
    const context: AnswerContext = {
      sources: this.sources,
      reads,
      scope,
      today,
      customers,
    };
    return { kind: 'answer', answer: await this.answer(query, context) };
  }

  private async answer(query: StructuredQuery, context: AnswerContext): Promise<QueryAnswer> {
    const withPeriod = (): StructuredQuery & { period: Period } => ({
      ...query,
      period: query.period ?? defaultPeriod(query.intent, context.today)!,
    });
    switch (query.intent) {
      case 'unpaid_invoices':
        return unpaidInvoices(query, context);
      case 'customer_balance':
        return query.customerCodes
          ? customerBalance(query, query.customerCodes, context)
          : agedBalanceAnswer({ ...query, intent: 'aged_balance' }, context);
      case 'aged_balance':
        return agedBalanceAnswer(query, context);
      case 'overdue_ratio':
        return overdueRatioAnswer(query, context);
      case 'dso':
        return dsoAnswer(query, context);
      case 'top_late_payers':
        return topLatePayers(query, context);
      case 'litigation':
      case 'promises':
      case 'disputes':
      case 'payment_plans':
        return watchList(query.intent, query, context);
      case 'late_rate':
        return lateRateAnswer(withPeriod(), context);
      case 'collected':
        return collectedAnswer(withPeriod(), context);
      case 'written_off':
        return writtenOffAnswer(withPeriod(), context);
      case 'journal_activity':
        return journalAnswer(withPeriod(), context);
      case 'planned_actions':
        return plannedActionsAnswer(withPeriod(), context);
      case 'help':
        return { intent: 'help', query, today: context.today };
    }
  }
}
