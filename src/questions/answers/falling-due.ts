/**
 * What fell due in each window (TTC of the invoices whose due date is in it, paid or not), set
 * against what was collected (« encaissé vs échu par mois », issue #18). Summed from the daily
 * snapshots' `fallingDue` for the whole portfolio; a day without its snapshot (today, a day the
 * job did not run), a filtered question or a sales rep's portfolio read the invoices' due dates
 * (a rep never gets a whole-portfolio figure). Windows with a day so read are named (`rebuilt`).
 */
import { addDays, minDate, monthsBetween, type CalendarDate } from '../../domain/calendar-date';
import type { AnswerContext } from '../answer-context';
import type { StructuredQuery } from '../query';
import { inScope } from '../scope';
import type { TrendWindow } from '../trends';

export interface FallingDue {
  /** Cents per window, in order. */
  values: number[];
  /** The windows (by index) with at least one day read from the invoices rather than a snapshot. */
  rebuilt: number[];
}

export async function fallingDueOver(
  windows: readonly TrendWindow[],
  query: StructuredQuery,
  context: AnswerContext,
): Promise<FallingDue> {
  if (windows.length === 0) return { values: [], rebuilt: [] };
  const from = windows[0]!.from;
  const to = windows.at(-1)!.to;
  const store = context.sources.snapshots;
  const portfolio = context.scope.kind === 'all' && !query.customerCodes && !query.risk;
  const lastKept = minDate(to, addDays(context.today, -1));
  const kept = store && portfolio && lastKept >= from ? await store.range(from, lastKept) : [];
  const byDate = new Map(kept.map((s) => [s.date, s.fallingDue]));
  let ledger: Map<CalendarDate, number> | undefined;
  const ledgerDays = async () => {
    if (ledger) return ledger;
    ledger = new Map();
    const invoices = await context.reads.dueIn(monthsBetween(from, to));
    for (const i of invoices) {
      if (!inScope(context.scope, i.customerCode)) continue;
      if (query.customerCodes && !query.customerCodes.includes(i.customerCode)) continue;
      if (query.risk && context.customers.get(i.customerCode)?.risk !== query.risk) continue;
      ledger.set(i.dueDate, (ledger.get(i.dueDate) ?? 0) + i.amountInclTax);
    }
    return ledger;
  };
  const values: number[] = [];
  const rebuilt: number[] = [];
  for (const [index, w] of windows.entries()) {
    let total = 0;
    let fromLedger = false;
    for (let d = w.from; d <= w.to; d = addDays(d, 1)) {
      const s = byDate.get(d);
      if (s !== undefined) total += s;
      else {
        // Today has no snapshot yet: read now, as the collected amount of today is.
        if (d < context.today) fromLedger = true;
        total += (await ledgerDays()).get(d) ?? 0;
      }
    }
    values.push(total);
    if (fromLedger && portfolio) rebuilt.push(index);
  }
  return { values, rebuilt };
}
