/**
 * The sales rep in the loop: the daily job tells each customer's rep when the customer reaches the
 * formal notice and again N business days before its transfer to the law firm; the transfer itself
 * is announced when it happens. One notice per customer, stage and invoices — a re-run never sends
 * it again, and one created but not delivered (a crash, the rep unreachable for a moment) is
 * retried. A rep's silence never blocks anything.
 */
import type { BusinessCalendar } from '../../domain/business-calendar';
import type { Clock } from '../../domain/calendar-date';
import type { LadderConfig } from '../../domain/ladder';
import type { Customer, Invoice } from '../../domain/ledger';
import { salesNoticeKey, salesNoticesDue, type SalesNoticeDue } from '../../domain/sales-notices';
import type { Delivery, Logger, SalesNotifier, Stores } from '../ports';
import type { SalesNotice } from '../../domain/sales-notices';
import { SYSTEM_ACTORS } from '../system-actors';
import { deliveryAction } from './missed-notices';

export interface SalesLoopDependencies {
  stores: Stores;
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  clock: Clock;
  logger: Logger;
  notifier: SalesNotifier;
  businessDaysBeforeTransfer: number;
}

/** Creates the notice if new, delivers it if not delivered yet, records the outcome. */
export async function deliverNotice(
  deps: SalesLoopDependencies,
  due: SalesNoticeDue,
): Promise<'sent' | 'unreachable' | 'already'> {
  const now = deps.clock.now().toISOString();
  const fresh: SalesNotice = {
    ...due,
    status: 'pending',
    reason: null,
    createdAt: now,
    notifiedAt: null,
    answer: null,
    answeredAt: null,
    answeredBy: null,
  };
  const created = await deps.stores.salesNotices.createIfAbsent(fresh);
  const notice = created ? fresh : await deps.stores.salesNotices.get(due.customerCode, due.key);
  if (!notice || notice.status !== 'pending') return 'already';
  const delivery = await deps.notifier
    .notify(notice)
    .catch((error: unknown): Delivery => ({ delivered: false, reason: (error as Error).message }));
  await deps.stores.salesNotices.modify(due.customerCode, due.key, (current) => ({
    ...current,
    status: delivery.delivered ? 'delivered' : 'unreachable',
    reason: delivery.delivered ? null : delivery.reason,
    notifiedAt: deps.clock.now().toISOString(),
  }));
  await deps.stores.journal.append({
    actor: SYSTEM_ACTORS.job,
    action: delivery.delivered ? deliveryAction(due.stage, 'current') : 'salesrep.unreachable',
    target: { invoiceNumbers: due.invoiceNumbers, customerCodes: [due.customerCode], ref: due.key },
    details: { stage: due.stage, rep: due.repEmail, plannedTransfer: due.plannedTransfer },
    outcome: delivery.delivered ? 'ok' : 'failed',
    reason: delivery.delivered ? undefined : delivery.reason,
  });
  return delivery.delivered ? 'sent' : 'unreachable';
}

export async function notifySalesReps(
  deps: SalesLoopDependencies,
  openInvoices: readonly Invoice[],
  customers: ReadonlyMap<string, Customer>,
): Promise<{ sent: number; unreachable: number }> {
  const due = salesNoticesDue(
    openInvoices,
    customers,
    { ladder: deps.ladder, calendar: deps.calendar, today: deps.clock.today() },
    deps.businessDaysBeforeTransfer,
  );
  const counts = { sent: 0, unreachable: 0 };
  for (const notice of due) {
    try {
      const outcome = await deliverNotice(deps, notice);
      if (outcome === 'sent') counts.sent++;
      if (outcome === 'unreachable') counts.unreachable++;
    } catch (error) {
      deps.logger.error({ err: error, notice: notice.key }, 'sales notice failed');
    }
  }
  return counts;
}

/** The transfer happened: the rep is told (client now in litigation, who to contact at the firm). */
export async function announceTransfer(
  deps: SalesLoopDependencies,
  customer: Customer,
  invoiceNumbers: readonly string[],
): Promise<void> {
  if (!customer.salesRepEmail) return;
  await deliverNotice(deps, {
    key: salesNoticeKey(customer.code, 'transferred', invoiceNumbers),
    customerCode: customer.code,
    stage: 'transferred',
    repEmail: customer.salesRepEmail.toLowerCase(),
    invoiceNumbers: [...invoiceNumbers].sort(),
    plannedTransfer: deps.clock.today(),
  });
}
