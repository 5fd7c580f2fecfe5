/**
 * What every decision (a click on the controller's card) needs, and the rules they all follow:
 * the clicker's authority is checked on the server, the action is re-read from storage (never
 * trusted from the card), a refusal is journaled and changes nothing, and every outcome is one
 * journal entry: who, when, what, on which invoices, with what result.
 */
import type { Logger } from '../config/logger';
import type { DunningAction } from '../domain/actions';
import type { BusinessCalendar } from '../domain/business-calendar';
import { isCalendarDate, type CalendarDate, type Clock } from '../domain/calendar-date';
import type { LadderConfig } from '../domain/ladder';
import type { Actor, JournalOutcome } from '../domain/journal';
import type { RateTable } from '../domain/rate-table';
import { fr } from '../i18n/fr';
import type { Stores } from '../application/ports';

export interface DecisionDependencies {
  stores: Stores;
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  rates: RateTable;
  clock: Clock;
  logger: Logger;
}

export interface Decider {
  actor: Actor;
  /** Controllers and backup controllers may act; anyone else is refused. */
  canAct: boolean;
}

/** What the card shows after a click: a line of feedback, good or bad. */
export interface Outcome {
  ok: boolean;
  message: string;
}

export interface ActionRefInput {
  date?: unknown;
  customer?: unknown;
  step?: unknown;
}

/** Reads the action a click designates, or explains (and journals) why it cannot be acted on. */
export async function loadActionFor(
  deps: DecisionDependencies,
  decider: Decider,
  verb: string,
  input: ActionRefInput,
): Promise<{ action: DunningAction } | { refused: Outcome }> {
  if (!decider.canAct) return { refused: await refuse(deps, decider, verb, input, fr.decisions.notAllowed) };
  const { date, customer, step } = input;
  if (!isCalendarDate(date) || typeof customer !== 'string' || typeof step !== 'string') {
    return { refused: await refuse(deps, decider, verb, input, fr.decisions.unknownAction) };
  }
  const action = await deps.stores.actions.get(date, customer, step);
  if (!action) return { refused: await refuse(deps, decider, verb, input, fr.decisions.unknownAction) };
  return { action };
}

export async function refuse(
  deps: DecisionDependencies,
  decider: Decider,
  verb: string,
  input: unknown,
  reason: string,
): Promise<Outcome> {
  deps.logger.warn({ verb, actor: decider.actor.id, input, reason }, 'decision refused');
  await record(deps, decider, verb, {}, { input }, 'refused', reason);
  return { ok: false, message: fr.decisions.refused(reason) };
}

export async function record(
  deps: DecisionDependencies,
  decider: Decider,
  action: string,
  target: { invoiceNumbers?: string[]; customerCodes?: string[]; ref?: string },
  details: Record<string, unknown>,
  outcome: JournalOutcome,
  reason?: string,
): Promise<void> {
  await deps.stores.journal.append({ actor: decider.actor, action, target, details, outcome, reason });
}

export function parseDateInput(value: unknown): CalendarDate | null {
  return typeof value === 'string' && isCalendarDate(value.trim()) ? (value.trim() as CalendarDate) : null;
}

export function parseTextInput(value: unknown, min = 3, max = 500): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/\s+/g, ' ');
  return text.length >= min && text.length <= max ? text : null;
}

export function actionTarget(action: DunningAction) {
  return {
    invoiceNumbers: action.invoices.map((i) => i.number),
    customerCodes: [action.customerCode],
    ref: action.id,
  };
}
