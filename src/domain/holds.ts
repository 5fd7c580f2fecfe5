/**
 * Transitions of an invoice's dunning life that decisions cause: a step done, a pause placed or
 * lifted. Each keeps the status and the hold in agreement; a transition an invoice's state does
 * not allow is refused with a reason code (src/i18n renders it), never applied halfway.
 */
import type { CalendarDate } from './calendar-date';
import {
  statusAfterAmounts,
  type FormalNoticeRecord,
  type Hold,
  type Invoice,
  type InvoiceStatus,
  type StepId,
} from './ledger';

/** Why an invoice refused a transition. */
export interface TransitionRefusal {
  invoice: string;
  code: 'paid' | 'written_off' | 'litigation' | 'not_paused' | 'disputed' | 'missing';
}

export type Transition = { ok: true; invoice: Invoice } | { ok: false; refusal: TransitionRefusal };

const refuse = (invoice: Invoice, code: TransitionRefusal['code']): Transition => ({
  ok: false,
  refusal: { invoice: invoice.number, code },
});

const HOLD_STATUS: Record<Hold['kind'], InvoiceStatus | null> = {
  dispute: 'disputed',
  promise: 'promised',
  plan: 'payment_plan',
  postponed: null,
};

function refuseWhenFinished(invoice: Invoice): Transition | null {
  if (invoice.status === 'paid') return refuse(invoice, 'paid');
  if (invoice.status === 'written_off') return refuse(invoice, 'written_off');
  if (invoice.status === 'litigation') return refuse(invoice, 'litigation');
  return null;
}

/** The status an unpaused, unfinished invoice has from its amounts. */
function baseStatus(invoice: Invoice): InvoiceStatus {
  return statusAfterAmounts({ ...invoice, status: 'open' });
}

export function placeHold(invoice: Invoice, hold: Hold): Transition {
  const refused = refuseWhenFinished(invoice);
  if (refused) return refused;
  const status = HOLD_STATUS[hold.kind] ?? baseStatus(invoice);
  return { ok: true, invoice: { ...invoice, status, dunning: { ...invoice.dunning, hold, alert: null } } };
}

export function releaseHold(invoice: Invoice): Transition {
  const refused = refuseWhenFinished(invoice);
  if (refused) return refused;
  if (!invoice.dunning.hold) return refuse(invoice, 'not_paused');
  return {
    ok: true,
    invoice: { ...invoice, status: baseStatus(invoice), dunning: { ...invoice.dunning, hold: null } },
  };
}

/**
 * A step was done on a date: the ladder moves on from it. A postponement or a lapsed promise is
 * over once the next step is done; a transfer to the law firm puts the invoice in litigation.
 */
export function recordStepDone(
  invoice: Invoice,
  step: StepId,
  on: CalendarDate,
  transfer: boolean,
  notice?: FormalNoticeRecord,
): Transition {
  const refused = refuseWhenFinished(invoice);
  if (refused) return refused;
  if (invoice.dunning.hold?.kind === 'dispute') return refuse(invoice, 'disputed');
  return {
    ok: true,
    invoice: {
      ...invoice,
      status: transfer ? 'litigation' : baseStatus(invoice),
      // The mise en demeure stays on record (the dossier and the transfer's deadline read it).
      dunning: {
        lastStep: step,
        lastStepDate: on,
        hold: null,
        alert: null,
        ...((notice ?? invoice.dunning.notice) ? { notice: notice ?? invoice.dunning.notice } : {}),
      },
    },
  };
}

/** The engine found a pause over (a broken promise, a missed installment): keep the alert, lift the hold. */
export function endLapsedHold(invoice: Invoice, alert: NonNullable<Invoice['dunning']['alert']>): Invoice {
  return { ...invoice, status: baseStatus(invoice), dunning: { ...invoice.dunning, hold: null, alert } };
}
