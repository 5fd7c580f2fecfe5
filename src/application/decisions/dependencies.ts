/**
 * What the decisions on the card need, and the rules they all share: the clicker's authority is
 * checked here (never trusted from the card), the action is re-read from storage, and every
 * outcome — refusals included — is one journal entry: who, when, what, on which invoices.
 */
import type { DunningAction } from '../../domain/actions';
import type { BusinessCalendar } from '../../domain/business-calendar';
import type { Clock } from '../../domain/calendar-date';
import type { ActionRef, Decider, Outcome, Refusal } from '../../domain/decisions';
import type { JournalOutcome, JournalTarget } from '../../domain/journal';
import type { LadderConfig } from '../../domain/ladder';
import { refusalText, type TextContext } from '../../i18n/reasons';
import type { Logger, Stores } from '../ports';

export interface DecisionDependencies {
  stores: Pick<Stores, 'actions' | 'journal' | 'customers' | 'invoices' | 'invoicePdfs' | 'payments'>;
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  clock: Clock;
  logger: Logger;
  texts: TextContext;
}

export function actionTarget(action: DunningAction): JournalTarget {
  return {
    invoiceNumbers: action.invoices.map((i) => i.number),
    customerCodes: [action.customerCode],
    ref: action.id,
  };
}

export async function record(
  deps: Pick<DecisionDependencies, 'stores'>,
  decider: Decider,
  action: string,
  target: JournalTarget,
  details: Record<string, unknown>,
  outcome: JournalOutcome,
  reason?: string,
): Promise<void> {
  await deps.stores.journal.append({ actor: decider.actor, action, target, details, outcome, reason });
}

/** Journals a refused click (who tried what, and why) and says why. */
export async function refuse(
  deps: DecisionDependencies,
  decider: Decider,
  verb: string,
  input: unknown,
  refusal: Refusal,
): Promise<Outcome> {
  const reason = refusalText(refusal, deps.texts);
  deps.logger.warn({ verb, actor: decider.actor.id, input, reason }, 'decision refused');
  await record(deps, decider, verb, {}, { input, refusal: refusal.code }, 'refused', reason);
  return { kind: 'refused', refusal };
}

/** The action a click designates, or the refusal (journaled) when it cannot be acted on. */
export async function loadActionFor(
  deps: DecisionDependencies,
  decider: Decider,
  verb: string,
  ref: ActionRef,
): Promise<{ action: DunningAction } | { refused: Outcome }> {
  if (!decider.canAct) return { refused: await refuse(deps, decider, verb, ref, { code: 'not_allowed' }) };
  const action = await deps.stores.actions.get(ref.date, ref.customer, ref.step);
  if (!action) return { refused: await refuse(deps, decider, verb, ref, { code: 'unknown_action' }) };
  return { action };
}
