/**
 * The escalation guard: just before an action is carried out (an e-mail sent, a file transferred),
 * each of its invoices, freshly re-read, must still be due at that step. Those that were paid,
 * disputed, promised… in the meantime are dropped with a reason code the card renders.
 */
import type { CalendarDate } from './calendar-date';
import {
  decide,
  type Decision,
  type FinishReason,
  type PauseReason,
  type EngineContext,
} from './dunning-engine';
import type { Customer, Invoice, StepId } from './ledger';

/** Why an invoice no longer belongs to the action about to be carried out. */
export type GuardReason =
  | { code: 'missing' }
  | { code: 'unknown_customer' }
  | { code: 'paused'; pause: PauseReason }
  | { code: 'finished'; finish: FinishReason }
  | { code: 'waiting'; step: StepId; on: CalendarDate }
  | { code: 'other_step'; step: StepId };

export interface DroppedInvoice {
  number: string;
  reason: GuardReason;
}

export interface GuardResult {
  keep: Invoice[];
  dropped: DroppedInvoice[];
}

export function guardAction(
  step: StepId,
  expected: readonly string[],
  fresh: ReadonlyMap<string, Invoice>,
  customer: Pick<Customer, 'risk'>,
  context: EngineContext,
): GuardResult {
  const result: GuardResult = { keep: [], dropped: [] };
  for (const number of expected) {
    const invoice = fresh.get(number);
    if (!invoice) {
      result.dropped.push({ number, reason: { code: 'missing' } });
      continue;
    }
    const decision = decide(invoice, customer, context);
    if (decision.kind === 'due' && decision.step === step) result.keep.push(invoice);
    else result.dropped.push({ number, reason: reasonFor(decision) });
  }
  return result;
}

function reasonFor(decision: Decision): GuardReason {
  switch (decision.kind) {
    case 'paused':
      return { code: 'paused', pause: decision.reason };
    case 'finished':
      return { code: 'finished', finish: decision.reason };
    case 'waiting':
      return { code: 'waiting', step: decision.step, on: decision.dueOn };
    case 'due':
      return { code: 'other_step', step: decision.step };
  }
}
