/**
 * Where a trend's figures come from, behind one narrow port: the measure over windows of time.
 *
 * Two sources: the ledger's history (`ledgerHistorySource`), the figures reconstructed from the
 * invoices' issue and due dates, the dated payments and the closing dates (./trends.ts); and the
 * daily snapshots of issue #18 (`snapshotSource`): a stock (overdue, outstanding, DSO) read from the
 * snapshot of the window's last day, a flow (collected) summed from the daily snapshots of the
 * window — with the reconstruction as its fallback for a window with a day before the first
 * snapshot (or missing), for a window reaching today (the last point is the direct question's
 * figure, read now, not the morning's), for the late rate (a snapshot keeps the twelve months'
 * rate, not a window's), and for a filter the snapshots do not keep: a customer, a sales rep's
 * portfolio and a risk segment are read from the snapshots' overdue per customer and per segment for
 * the overdue, from the ledger for any other measure (a figure is never computed over customers the
 * asker may not see). The executor (./intents/trend/answer.ts) does not change.
 */
import { addDays, type CalendarDate, maxDate, minDate, monthsBetween } from '../domain/calendar-date';
import type { DailySnapshot } from '../application/ports/snapshots';
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

/**
 * The figures read from the daily snapshots where they are kept, the ledger's history for the rest
 * (see the module comment): one range read, and one reconstruction for all the windows it misses.
 */
export function snapshotSource(
  query: StructuredQuery,
  context: AnswerContext,
  fallback: TrendSource = ledgerHistorySource(query, context),
): TrendSource {
  const store = context.sources.snapshots;
  if (!store) return fallback;
  const portfolio = context.scope.kind === 'all' && !query.customerCodes && !query.risk;
  const codes = query.customerCodes ?? (context.scope.kind === 'customers' ? [...context.scope.codes] : null);
  /** The measure on one snapshot, or undefined when the snapshot does not keep it for this query. */
  const pick = (measure: TrendMeasure, s: DailySnapshot): number | null | undefined => {
    if (portfolio) {
      if (measure === 'overdue') return s.overdue;
      if (measure === 'outstanding') return s.outstanding;
      if (measure === 'dso') return s.dsoDays;
      if (measure === 'collected') return s.collected;
      return undefined;
    }
    if (measure !== 'overdue') return undefined;
    let total = 0;
    if (codes) {
      for (const code of codes) if (inScope(context.scope, code)) total += s.overdueByCustomer[code] ?? 0;
      if (!query.risk) return total;
      total = 0;
      for (const code of codes)
        if (inScope(context.scope, code) && context.customers.get(code)?.risk === query.risk)
          total += s.overdueByCustomer[code] ?? 0;
      return total;
    }
    return query.risk ? s.overdueByRisk[query.risk] : undefined;
  };
  return {
    async measure(measure, windows) {
      if (windows.length === 0) return [];
      if (measure === 'late_rate') return fallback.measure(measure, windows);
      const stock = isStock(measure);
      const first = minDate(windows[0]!.from, ...windows.map((w) => (stock ? w.to : w.from)));
      const last = minDate(addDays(context.today, -1), maxDate(windows[0]!.to, ...windows.map((w) => w.to)));
      const kept = last < first ? [] : await store.range(first, last);
      const byDate = new Map(kept.map((s) => [s.date, s]));
      const fromSnapshots = (w: TrendWindow): number | null | undefined => {
        if (w.to >= context.today) return undefined;
        if (stock) {
          const s = byDate.get(w.to);
          return s ? pick(measure, s) : undefined;
        }
        let total = 0;
        for (let d = w.from; d <= w.to; d = addDays(d, 1)) {
          const s = byDate.get(d);
          const value = s ? pick(measure, s) : undefined;
          if (value === undefined || value === null) return undefined;
          total += value;
        }
        return total;
      };
      const values = windows.map(fromSnapshots);
      const missing = windows.filter((_, i) => values[i] === undefined);
      const rebuilt = missing.length > 0 ? await fallback.measure(measure, missing) : [];
      let k = 0;
      return values.map((v) => (v === undefined ? (rebuilt[k++] ?? null) : v));
    },
  };
}
