/**
 * The escalation guard: just before an action is carried out (an e-mail sent, a file transferred),
 * each of its invoices, freshly re-read, must still be due at that step. Those that were paid,
 * disputed, promised… in the meantime are dropped with a reason code the card renders.
 */
import type { CalendarDate } from './calendar-date';
import { customerStage, stageForbids } from './customer-voice';
import {
  decide,
  type Decision,
  type FinishReason,
  type PauseReason,
  type EngineContext,
  type WaitReason,
} from './dunning-engine';
import { isFrozenByProceedings } from './insolvency';
import type { Customer, Invoice, StepId } from './ledger';

/** Why an invoice no longer belongs to the action about to be carried out. */
export type GuardReason =
  | { code: 'missing' }
  | { code: 'unknown_customer' }
  | { code: 'paused'; pause: PauseReason }
  | { code: 'finished'; finish: FinishReason }
  | { code: 'waiting'; step: StepId; on: CalendarDate; why?: WaitReason }
  | { code: 'other_step'; step: StepId }
  /** The customer moved on: at formal notice or at the law firm, it receives no such message. */
  | { code: 'customer_stage'; stage: 'law_firm' }
  | { code: 'customer_stage'; stage: 'formal_notice'; since: CalendarDate };

export interface DroppedInvoice {
  number: string;
  reason: GuardReason;
}

export interface GuardResult {
  keep: Invoice[];
  dropped: DroppedInvoice[];
}

/** An invoice the action expects: its number, and its own step when it rides in the action. */
export type ExpectedInvoice = string | { number: string; step?: StepId };

/**
 * `fresh` holds the customer's invoices as they are now (all of them: its stage is read from the
 * open ones). One voice per customer is checked first: a customer now at formal notice or at the
 * law firm gets no message its stage forbids (see ./customer-voice.ts).
 */
export function guardAction(
  step: StepId,
  expected: readonly ExpectedInvoice[],
  fresh: ReadonlyMap<string, Invoice>,
  customer: Pick<Customer, 'risk' | 'insolvency'>,
  context: EngineContext,
): GuardResult {
  const result: GuardResult = { keep: [], dropped: [] };
  const channel = context.ladder.steps.find((s) => s.id === step)?.channel ?? context.ladder.preDue?.channel;
  const forbidden = channel
    ? stageForbids(
        customerStage(
          [...fresh.values()].filter((i) => !isFrozenByProceedings(i, customer.insolvency)),
          context.ladder,
        ),
        step,
        channel,
        context.ladder,
      )
    : null;
  for (const item of expected) {
    const { number, step: own } = typeof item === 'string' ? { number: item, step: undefined } : item;
    const invoice = fresh.get(number);
    if (!invoice) {
      result.dropped.push({ number, reason: { code: 'missing' } });
      continue;
    }
    // Collective proceedings come first: the invoice is frozen, whatever the customer's stage.
    if (isFrozenByProceedings(invoice, customer.insolvency)) {
      result.dropped.push({ number, reason: { code: 'paused', pause: 'insolvency' } });
      continue;
    }
    if (forbidden) {
      result.dropped.push({ number, reason: { code: 'customer_stage', ...forbidden } });
      continue;
    }
    const decision = decide(invoice, customer, context);
    // An invoice riding in a transfer (fallen due since the mise en demeure, or a supplement to
    // the firm's file) goes along while it is due for any escalation step.
    const riding =
      channel === 'transfer' &&
      own !== undefined &&
      decision.kind === 'due' &&
      decision.step !== context.ladder.preDue?.id;
    if (riding || (decision.kind === 'due' && decision.step === (own ?? step))) result.keep.push(invoice);
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
      return decision.why.code === 'offset'
        ? { code: 'waiting', step: decision.step, on: decision.dueOn }
        : { code: 'waiting', step: decision.step, on: decision.dueOn, why: decision.why };
    case 'due':
      return { code: 'other_step', step: decision.step };
  }
}

/**
 * Why a transfer may not be carried out yet: its invoices (those under the mise en demeure, not the
 * ones riding along) are waiting for the notice's deadline or the firm's mandate, or the letter
 * came back. Null when the transfer may go (or the guard will say why an invoice drops out).
 */
export function transferHeld(
  expected: readonly ExpectedInvoice[],
  fresh: ReadonlyMap<string, Invoice>,
  customer: Pick<Customer, 'risk' | 'insolvency'>,
  context: EngineContext,
): { code: 'transfer_not_yet'; on: CalendarDate; why: WaitReason } | { code: 'transfer_held' } | null {
  let held: ReturnType<typeof transferHeld> = null;
  for (const item of expected) {
    if (typeof item !== 'string' && item.step !== undefined) continue;
    const number = typeof item === 'string' ? item : item.number;
    const invoice = fresh.get(number);
    if (!invoice) continue;
    const decision = decide(invoice, customer, context);
    if (decision.kind === 'due') return null;
    if (decision.kind === 'paused' && decision.reason === 'notice_returned') held = { code: 'transfer_held' };
    else if (
      decision.kind === 'waiting' &&
      decision.why.code !== 'offset' &&
      held?.code !== 'transfer_held' &&
      (!held || decision.dueOn < held.on)
    )
      held = { code: 'transfer_not_yet', on: decision.dueOn, why: decision.why };
  }
  return held;
}
