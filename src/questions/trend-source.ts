/**
 * Where a trend's figures come from, behind one narrow port: the measure over windows of time.
 *
 * Today the only source is the ledger's history (`ledgerHistorySource`): the figures are
 * reconstructed from the invoices' issue and due dates, the dated payments and the closing dates
 * (./trends.ts). When the daily snapshots of issue #18 (« director's weekly review ») are stored, a
 * `snapshotSource` implements the same port: a stock (overdue, outstanding, DSO) read from the
 * snapshot of the window's last day, a flow summed from the daily snapshots of the window — with
 * this reconstruction as its fallback for the days before the first snapshot, and for a sales rep
 * unless the snapshots are kept per customer (a figure is never computed over customers the asker
 * may not see). The executor (./intents/trend/answer.ts) does not change.
 */
import { type CalendarDate, minDate, monthsBetween } from '../domain/calendar-date';
import type { Invoice, Payment } from '../domain/ledger';
import type { AnswerContext } from './answer-context';
import { matchesFilters } from './invoice-filters';
import type { StructuredQuery, TrendMeasure } from './query';
import { inScope } from './scope';
import {
  dueMonthsFor,
  isStock,
  measureOver,
  paymentsByInvoice,
  TREND_MAX_MONTHS,
  type LedgerHistory,
  type TrendWindow,
} from './trends';

export interface TrendSource {
  /** The measure over each window (see `measureOver` for units and nulls), in the same order. */
  measure(measure: TrendMeasure, windows: readonly TrendWindow[]): Promise<Array<number | null>>;
}

/** Months an invoice's due date may follow its issue date by: the longest terms, plus a month. */
function dueHorizonMonths(context: AnswerContext): number {
  const longest = Math.max(60, ...[...context.customers.values()].map((c) => c.paymentTermsDays));
  return Math.ceil(longest / 28) + 1;
}

/**
 * The figures reconstructed from the ledger's history, for the customers of the query (and of the
 * asker's scope: every read goes through `context.reads`, payments are filtered to the scope). For
 * many customers, the invoices read are those still open and those due from `DSO_MAX_MONTHS` before
 * the first window up to the payment terms after today: an invoice due earlier and settled within
 * the windows is not seen (two years of lateness), which the card's note says.
 */
export function ledgerHistorySource(query: StructuredQuery, context: AnswerContext): TrendSource {
  const filters: StructuredQuery = {
    intent: query.intent,
    customerCodes: query.customerCodes,
    risk: query.risk,
  };
  const wanted = (customerCode: string) =>
    inScope(context.scope, customerCode) &&
    (!query.customerCodes || query.customerCodes.includes(customerCode)) &&
    (!query.risk || context.customers.get(customerCode)?.risk === query.risk);

  async function payments(from: CalendarDate): Promise<Payment[]> {
    const months = monthsBetween(from, context.today).slice(-(TREND_MAX_MONTHS + 2));
    const read = await Promise.all(months.map((m) => context.sources.payments.listByMonth(m)));
    return read.flat().filter((p) => p.date >= from && p.date <= context.today && wanted(p.customerCode));
  }

  async function invoices(first: CalendarDate): Promise<Invoice[]> {
    const few = context.reads.fewCustomers(query.customerCodes);
    const lists = few
      ? [await context.reads.ofCustomers(few)]
      : await Promise.all([
          context.reads.open(),
          context.reads.dueIn(dueMonthsFor(first, context.today, dueHorizonMonths(context))),
        ]);
    const seen = new Set<string>();
    const kept: Invoice[] = [];
    for (const invoice of lists.flat()) {
      if (seen.has(invoice.number) || !matchesFilters(invoice, filters, context)) continue;
      seen.add(invoice.number);
      kept.push(invoice);
    }
    return kept;
  }

  return {
    async measure(measure, windows) {
      if (windows.length === 0) return [];
      const starts = windows.map((w) => (measure === 'collected' ? w.from : w.to));
      const first = minDate(starts[0]!, ...starts.slice(1));
      const history: LedgerHistory = {
        invoices: measure === 'collected' ? [] : await invoices(first),
        payments: await payments(first),
      };
      const byInvoice = paymentsByInvoice(history.payments);
      // A stock depends on the window's last day only: the comparison's windows end where points do.
      const key = (w: TrendWindow) => (isStock(measure) ? w.to : `${w.from}/${w.to}`);
      const computed = new Map<string, number | null>();
      return windows.map((w) => {
        if (!computed.has(key(w)))
          computed.set(key(w), measureOver(measure, w, history, context.today, byInvoice));
        return computed.get(key(w))!;
      });
    },
  };
}
