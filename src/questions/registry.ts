/**
 * How each intent of the catalogue is answered (./intent-answer.ts), registered once. The query
 * service dispatches through it, the cards take their view from it, and the answers' type is
 * derived from it. It must answer every intent of the catalogue, and nothing else: the compiler
 * checks both (`satisfies`), and each answer's result carries its own intent.
 */
import type { AnswerContext } from './answer-context';
import type { QueryIntent, StructuredQuery } from './query';
import type { IntentAnswer } from './intent-answer';
import { agedBalanceAnswer } from './intents/aged-balance/answer';
import { collectedAnswer } from './intents/collected/answer';
import { customerBalanceAnswer } from './intents/customer-balance/answer';
import { disputesAnswer } from './intents/disputes/answer';
import { dsoAnswer } from './intents/dso/answer';
import { helpAnswer } from './intents/help/answer';
import { journalActivityAnswer } from './intents/journal-activity/answer';
import { lateRateAnswer } from './intents/late-rate/answer';
import { litigationAnswer } from './intents/litigation/answer';
import { overdueRatioAnswer } from './intents/overdue-ratio/answer';
import { paymentPlansAnswer } from './intents/payment-plans/answer';
import { plannedActionsAnswer } from './intents/planned-actions/answer';
import { promisesAnswer } from './intents/promises/answer';
import { trendAnswer } from './intents/trend/answer';
import { topLatePayersAnswer } from './intents/top-late-payers/answer';
import { unpaidInvoicesAnswer } from './intents/unpaid-invoices/answer';
import { writtenOffAnswer } from './intents/written-off/answer';
import type { AnswerBase } from './results';
import type { AnswerView } from './view/answer-view';
import { filtersLine, namesFrom } from './view/filters-text';

const ANSWERS = {
  unpaid_invoices: unpaidInvoicesAnswer,
  customer_balance: customerBalanceAnswer,
  aged_balance: agedBalanceAnswer,
  overdue_ratio: overdueRatioAnswer,
  dso: dsoAnswer,
  top_late_payers: topLatePayersAnswer,
  late_rate: lateRateAnswer,
  litigation: litigationAnswer,
  promises: promisesAnswer,
  disputes: disputesAnswer,
  payment_plans: paymentPlansAnswer,
  planned_actions: plannedActionsAnswer,
  journal_activity: journalActivityAnswer,
  collected: collectedAnswer,
  written_off: writtenOffAnswer,
  trend: trendAnswer,
  help: helpAnswer,
} satisfies { [K in QueryIntent]: IntentAnswer<AnswerBase<K>> };

type ResultOf<M> = M extends IntentAnswer<infer A> ? A : never;
type Results = { [K in QueryIntent]: ResultOf<(typeof ANSWERS)[K]> };

/** Every answer the query service may give: one result type per intent. */
export type QueryAnswer = Results[QueryIntent];

const REGISTRY: { [K in QueryIntent]: IntentAnswer<Results[K]> } = ANSWERS;

export function intentAnswer<K extends QueryIntent>(intent: K): IntentAnswer<Results[K]> {
  return REGISTRY[intent];
}

/** The figures of a query (its cut-off already applied), by its intent's executor. */
export async function executeQuery(query: StructuredQuery, context: AnswerContext): Promise<QueryAnswer> {
  const answer = intentAnswer(query.intent);
  const instead = answer.redirect?.(query);
  return instead ? executeQuery(instead, context) : answer.execute(query, context);
}

function viewFor<K extends QueryIntent>(intent: K, answer: Results[K]): AnswerView {
  const names = namesFrom(answer);
  return REGISTRY[intent].view(answer, { names, filters: filtersLine(answer.query, names) });
}

/** What the card of an answer says, by its intent's view. */
export function viewOf(answer: QueryAnswer): AnswerView {
  return viewFor(answer.intent, answer);
}
