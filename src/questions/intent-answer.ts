/**
 * How an intent is answered: what a cut-off date means for it, which reads it needs, the figures
 * (its executor) and what the card says (its view). One per intent (intents/<intent>/answer.ts),
 * registered by ./registry.ts; the query service and the cards go through the registry only.
 */
import type { CalendarDate } from '../domain/calendar-date';
import type { AnswerContext } from './answer-context';
import type { Period, StructuredQuery } from './query';
import type { AnswerBase } from './results';
import type { AnswerView, ViewContext } from './view/answer-view';

/**
 * What a cut-off date (« au 30 septembre ») means for the figure:
 * - `due_by`: the invoices due on or before it (the executor filters on `asOf`);
 * - `snapshot`: a figure of today's ledger — at a past date there is none (the ledger keeps today's
 *   balances, not dated ones), at today or later it is today's; `what` names it (« la balance
 *   âgée ») when saying so;
 * - `year_to_date`: a flow, over the year up to that date unless the question gives a period;
 * - `ignored`: the answer does not depend on dates.
 */
export type CutOffRule =
  { kind: 'due_by' } | { kind: 'snapshot'; what: string } | { kind: 'year_to_date' } | { kind: 'ignored' };

export interface IntentAnswer<A extends AnswerBase> {
  cutOff: CutOffRule;
  /**
   * Whether the executor reads the open partition whole for this query (when it does not read a
   * few customers one by one): the service then starts that read alongside the customers'.
   */
  readsOpenInvoices(query: StructuredQuery): boolean;
  /** Another query answers this one instead, or null (a customer's account without a customer). */
  redirect?(query: StructuredQuery): StructuredQuery | null;
  /** The figures, from the sources in the context (scoped to what the asker may see). */
  execute(query: StructuredQuery, context: AnswerContext): Promise<A>;
  /** What the card says: pure data, French from src/i18n/fr.ts. */
  view(answer: A, context: ViewContext): AnswerView;
}

export const always = (): boolean => true;
export const never = (): boolean => false;

export type QueryWithPeriod = StructuredQuery & { period: Period };

/** An executor over a period, given the intent's default period when the question names none. */
export function withDefaultPeriod<A>(
  defaultPeriod: (today: CalendarDate) => Period,
  execute: (query: QueryWithPeriod, context: AnswerContext) => Promise<A>,
): (query: StructuredQuery, context: AnswerContext) => Promise<A> {
  return (query, context) =>
    execute({ ...query, period: query.period ?? defaultPeriod(context.today) }, context);
}
