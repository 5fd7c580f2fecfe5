/**
 * Not billing penalties: « Renoncer » on the day's card (these invoices, with an optional reason,
 * never proposed again), and the customer-wide waiver of the customer's card (« Ne pas facturer de
 * pénalités de retard » / « Facturer de nouveau les pénalités »: commercial relation). Journaled.
 */
import { lateFeeId, type LateFeeOutcome, type PenaltyWaiver } from '../../domain/late-fees';
import type { Decider } from '../../domain/decisions';
import { lateFeeOutcomeText } from '../../i18n/late-fees';
import type { Clock } from '../../domain/calendar-date';
import type { Stores } from '../ports';
import type { LateFeeDependencies, LateFeeRequest } from './bill';
import { checkRequest } from './bill';

const MAX_REASON = 500;

export async function waiveLateFees(
  deps: Pick<LateFeeDependencies, 'stores' | 'rates' | 'clock'>,
  decider: Decider,
  request: LateFeeRequest & { reason: string },
): Promise<LateFeeOutcome> {
  const checked = await checkRequest(deps, decider, request);
  const target = { customerCodes: [request.customer], invoiceNumbers: [...request.invoices] };
  if ('refusal' in checked) {
    const outcome: LateFeeOutcome = { kind: 'refused', refusal: checked.refusal };
    await deps.stores.journal.append({
      actor: decider.actor,
      action: 'late_fees.waive',
      target,
      details: { refusal: checked.refusal },
      outcome: 'refused',
      reason: lateFeeOutcomeText(outcome),
    });
    return outcome;
  }
  const { customer, billable } = checked;
  const waiver: PenaltyWaiver = {
    id: lateFeeId(customer.code, request.invoices),
    customerCode: customer.code,
    lines: billable.lines,
    total: billable.total,
    reason: request.reason.slice(0, MAX_REASON),
    waivedOn: deps.clock.today(),
    decidedBy: decider.actor,
    decidedAt: deps.clock.now().toISOString(),
  };
  if (!(await deps.stores.lateFees.claim({ kind: 'waiver', waiver }))) {
    return { kind: 'refused', refusal: 'already_done' };
  }
  await deps.stores.journal.append({
    actor: decider.actor,
    action: 'late_fees.waived',
    target,
    details: {
      total: waiver.total,
      interest: billable.interest,
      indemnity: billable.indemnity,
      reason: waiver.reason || null,
      invoices: waiver.lines.map((l) => ({ number: l.number, interest: l.interest, indemnity: l.indemnity })),
    },
    outcome: 'ok',
  });
  return { kind: 'waived', customer: customer.legalName, total: waiver.total, invoices: waiver.lines.length };
}

export type CustomerWaiverOutcome =
  | { kind: 'done'; customer: string; waived: boolean }
  | { kind: 'refused'; code: 'not_allowed' | 'unknown_customer' | 'unchanged' };

/** Sets or lifts the customer's waiver; journaled `customer.late_fees_waived` / `_resumed`. */
export async function setCustomerLateFeeWaiver(
  deps: { stores: Pick<Stores, 'customers' | 'lateFees' | 'journal'>; clock: Clock },
  decider: Decider,
  request: { customer: string; waived: boolean; reason: string },
): Promise<CustomerWaiverOutcome> {
  if (!decider.canAct) return { kind: 'refused', code: 'not_allowed' };
  const customer = await deps.stores.customers.get(request.customer);
  if (!customer) return { kind: 'refused', code: 'unknown_customer' };
  const current = await deps.stores.lateFees.getCustomerWaiver(customer.code);
  if ((current !== null) === request.waived) return { kind: 'refused', code: 'unchanged' };
  const reason = request.reason.slice(0, MAX_REASON);
  await deps.stores.lateFees.setCustomerWaiver(
    customer.code,
    request.waived
      ? {
          customerCode: customer.code,
          since: deps.clock.today(),
          reason,
          decidedBy: decider.actor,
          decidedAt: deps.clock.now().toISOString(),
        }
      : null,
  );
  await deps.stores.journal.append({
    actor: decider.actor,
    action: request.waived ? 'customer.late_fees_waived' : 'customer.late_fees_resumed',
    target: { customerCodes: [customer.code] },
    details: { reason: reason || null, ...(current ? { waivedSince: current.since } : {}) },
    outcome: 'ok',
  });
  return { kind: 'done', customer: customer.legalName, waived: request.waived };
}
