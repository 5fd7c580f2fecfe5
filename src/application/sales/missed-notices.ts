/**
 * A rep who could not be reached when a notice was due (not installed yet) gets it when they
 * install Relances — re-checked first, because by then it may no longer be true: a notice about a
 * file since transferred to the law firm is dropped when the rep also gets the transfer's notice
 * (otherwise it is delivered rewritten, « déjà transmis au cabinet le … », without buttons); a
 * notice about invoices since settled is dropped. Each drop and each delivery is journaled.
 */
import type { Clock } from '../../domain/calendar-date';
import { noticeFreshness, type NoticeFreshness } from '../../domain/sales-notice-freshness';
import type { SalesNotice } from '../../domain/sales-notices';
import type { Stores } from '../ports';
import { SYSTEM_ACTORS } from '../system-actors';

export interface MissedNoticeDependencies {
  stores: Pick<Stores, 'salesNotices' | 'customers' | 'journal' | 'invoices'>;
  clock: Clock;
}

/** A notice to deliver late, and whether what it says is still true. */
export interface LateNotice {
  notice: SalesNotice;
  freshness: NoticeFreshness;
}

const overlaps = (a: SalesNotice, b: SalesNotice) =>
  a.invoiceNumbers.some((n) => b.invoiceNumbers.includes(n));

/** What the journal calls a delivery: told before the transfer, or told of the transfer. */
export function deliveryAction(stage: SalesNotice['stage'], freshness: NoticeFreshness['kind']): string {
  return stage === 'transferred' || freshness === 'transferred'
    ? 'salesrep.told_transferred'
    : 'salesrep.notified';
}

async function drop(deps: MissedNoticeDependencies, late: LateNotice): Promise<void> {
  const { notice } = late;
  await deps.stores.salesNotices.modify(notice.customerCode, notice.key, (current) => ({
    ...current,
    status: 'superseded',
    reason: null,
  }));
  await deps.stores.journal.append({
    actor: SYSTEM_ACTORS.bot,
    action: 'salesrep.stale_dropped',
    target: { invoiceNumbers: notice.invoiceNumbers, customerCodes: [notice.customerCode], ref: notice.key },
    details: { stage: notice.stage, rep: notice.repEmail, why: late.freshness.kind },
    outcome: 'ok',
  });
}

/** The notices still to deliver to this rep, oldest first; those no longer true are dropped. */
export async function missedNotices(deps: MissedNoticeDependencies, repEmail: string): Promise<LateNotice[]> {
  const email = repEmail.toLowerCase();
  const customers = new Set(
    (await deps.stores.customers.list())
      .filter((c) => c.salesRepEmail?.toLowerCase() === email)
      .map((c) => c.code),
  );
  if (customers.size === 0) return [];
  const waiting = (await deps.stores.salesNotices.listAll()).filter(
    (n) =>
      customers.has(n.customerCode) &&
      n.repEmail === email &&
      (n.status === 'pending' || n.status === 'unreachable') &&
      !n.answer,
  );
  const today = deps.clock.today();
  const result: LateNotice[] = [];
  for (const code of new Set(waiting.map((n) => n.customerCode))) {
    const [invoices, journal, all] = await Promise.all([
      deps.stores.invoices.listByCustomer(code),
      deps.stores.journal.listForCustomer(code),
      deps.stores.salesNotices.listForCustomer(code),
    ]);
    // The transfer's own notice first: it makes the older ones about the same file redundant.
    const mine = waiting
      .filter((n) => n.customerCode === code)
      .sort((a, b) => Number(b.stage === 'transferred') - Number(a.stage === 'transferred'));
    const toldTransfer = all.filter((n) => n.stage === 'transferred' && n.status !== 'superseded');
    for (const notice of mine) {
      const late = { notice, freshness: noticeFreshness(notice, invoices, journal, today) };
      const redundant =
        notice.stage !== 'transferred' &&
        late.freshness.kind === 'transferred' &&
        toldTransfer.some((t) => overlaps(t, notice));
      if (late.freshness.kind === 'settled' || redundant) {
        await drop(deps, late);
        continue;
      }
      // Rewritten as « déjà transmis »: it now tells the transfer, once.
      if (late.freshness.kind === 'transferred') toldTransfer.push(notice);
      result.push(late);
    }
  }
  return result.sort((a, b) => a.notice.createdAt.localeCompare(b.notice.createdAt));
}

export async function recordLateDelivery(deps: MissedNoticeDependencies, late: LateNotice): Promise<void> {
  const { notice } = late;
  await deps.stores.salesNotices.modify(notice.customerCode, notice.key, (current) => ({
    ...current,
    status: 'delivered',
    reason: null,
    notifiedAt: deps.clock.now().toISOString(),
  }));
  await deps.stores.journal.append({
    actor: SYSTEM_ACTORS.bot,
    action: deliveryAction(notice.stage, late.freshness.kind),
    target: { invoiceNumbers: notice.invoiceNumbers, customerCodes: [notice.customerCode], ref: notice.key },
    details: { stage: notice.stage, rep: notice.repEmail, late: true, freshness: late.freshness.kind },
    outcome: 'ok',
  });
}
