/**
 * A rep who could not be reached when a notice was due (not installed yet) gets it when they
 * install Relances: the notices still to deliver, and their delivery recorded once posted.
 */
import type { Clock } from '../../domain/calendar-date';
import type { SalesNotice } from '../../domain/sales-notices';
import type { Stores } from '../ports';
import { SYSTEM_ACTORS } from '../system-actors';

export interface MissedNoticeDependencies {
  stores: Pick<Stores, 'salesNotices' | 'customers' | 'journal'>;
  clock: Clock;
}

export async function missedNotices(
  deps: MissedNoticeDependencies,
  repEmail: string,
): Promise<SalesNotice[]> {
  const email = repEmail.toLowerCase();
  const customers = new Set(
    (await deps.stores.customers.list())
      .filter((c) => c.salesRepEmail?.toLowerCase() === email)
      .map((c) => c.code),
  );
  if (customers.size === 0) return [];
  return (await deps.stores.salesNotices.listAll()).filter(
    (n) => customers.has(n.customerCode) && n.repEmail === email && n.status !== 'delivered' && !n.answer,
  );
}

export async function recordLateDelivery(deps: MissedNoticeDependencies, notice: SalesNotice): Promise<void> {
  await deps.stores.salesNotices.modify(notice.customerCode, notice.key, (current) => ({
    ...current,
    status: 'delivered',
    reason: null,
    notifiedAt: deps.clock.now().toISOString(),
  }));
  await deps.stores.journal.append({
    actor: SYSTEM_ACTORS.bot,
    action: 'salesrep.notified',
    target: { invoiceNumbers: notice.invoiceNumbers, customerCodes: [notice.customerCode], ref: notice.key },
    details: { stage: notice.stage, rep: notice.repEmail, late: true },
    outcome: 'ok',
  });
}
