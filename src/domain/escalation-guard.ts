/**
 * The escalation guard: just before an action is carried out (an e-mail sent, a file transferred),
 * each of its invoices, freshly re-read, must still be due at that step. Those that were paid,
 * disputed, promised… in the meantime are dropped with the reason the card shows.
 */
import { decide, type Decision, type EngineContext } from './dunning-engine';
import { formatDateShortFr } from './calendar-date';
import type { Customer, Invoice, StepId } from './ledger';

export interface GuardResult {
  keep: Invoice[];
  dropped: Array<{ number: string; reason: string }>;
}

const PAUSE_REASONS: Record<Extract<Decision, { kind: 'paused' }>['reason'], string> = {
  dispute: 'en litige',
  promise: 'promesse de paiement en cours',
  plan: 'échéancier en cours',
  postponed: 'relance reportée',
};

const FINISH_REASONS: Record<Extract<Decision, { kind: 'finished' }>['reason'], string> = {
  closed: 'réglée ou passée en perte',
  settled: 'soldée',
  litigation: 'déjà au contentieux',
  ladder_complete: 'procédure de relance terminée',
  unknown_step: 'étape de relance inconnue',
};

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
      result.dropped.push({ number, reason: 'facture introuvable' });
      continue;
    }
    const decision = decide(invoice, customer, context);
    if (decision.kind === 'due' && decision.step === step) result.keep.push(invoice);
    else result.dropped.push({ number, reason: reasonFor(decision) });
  }
  return result;
}

function reasonFor(decision: Decision): string {
  switch (decision.kind) {
    case 'paused':
      return PAUSE_REASONS[decision.reason];
    case 'finished':
      return FINISH_REASONS[decision.reason];
    case 'waiting':
      return `prochaine étape ${decision.step} le ${formatDateShortFr(decision.dueOn)}`;
    case 'due':
      return `déjà à l’étape ${decision.step}`;
  }
}
