/**
 * Every intent, as it is asked (./intent-question.ts): the one list of the question feature's
 * intents. The contract's intent names (`QUERY_INTENTS`), the parser's phrases and a model's tools
 * derive from it; the registry (./registry.ts) adds how each is answered, and does not compile until
 * it answers every intent listed here. Pure: the French parser reads it.
 */
import type { IntentQuestion } from './intent-question';
import { agedBalanceQuestion } from './intents/aged-balance/question';
import { collectedQuestion } from './intents/collected/question';
import { customerBalanceQuestion } from './intents/customer-balance/question';
import { disputesQuestion } from './intents/disputes/question';
import { dsoQuestion } from './intents/dso/question';
import { helpQuestion } from './intents/help/question';
import { journalActivityQuestion } from './intents/journal-activity/question';
import { lateRateQuestion } from './intents/late-rate/question';
import { litigationQuestion } from './intents/litigation/question';
import { overdueRatioQuestion } from './intents/overdue-ratio/question';
import { paymentPlansQuestion } from './intents/payment-plans/question';
import { plannedActionsQuestion } from './intents/planned-actions/question';
import { promisesQuestion } from './intents/promises/question';
import { trendQuestion } from './intents/trend/question';
import { topLatePayersQuestion } from './intents/top-late-payers/question';
import { unpaidInvoicesQuestion } from './intents/unpaid-invoices/question';
import { writtenOffQuestion } from './intents/written-off/question';

/**
 * The order is the parser's priority, the more specific first and the lists of invoices
 * (« impayés », « factures ») last: when two intents score the same the first listed wins, and among
 * phrases of the same length and weight the first intent's take the words first.
 */
export const INTENT_QUESTIONS = [
  helpQuestion,
  trendQuestion,
  writtenOffQuestion,
  lateRateQuestion,
  topLatePayersQuestion,
  dsoQuestion,
  agedBalanceQuestion,
  overdueRatioQuestion,
  litigationQuestion,
  promisesQuestion,
  disputesQuestion,
  paymentPlansQuestion,
  plannedActionsQuestion,
  journalActivityQuestion,
  collectedQuestion,
  customerBalanceQuestion,
  unpaidInvoicesQuestion,
] as const;

export type QueryIntent = (typeof INTENT_QUESTIONS)[number]['intent'];

export const QUERY_INTENTS: readonly QueryIntent[] = INTENT_QUESTIONS.map((q) => q.intent);

export function isQueryIntent(name: string): name is QueryIntent {
  return (QUERY_INTENTS as readonly string[]).includes(name);
}

const BY_INTENT = new Map<QueryIntent, IntentQuestion<QueryIntent>>(
  INTENT_QUESTIONS.map((q) => [q.intent, q]),
);

export function intentQuestion(intent: QueryIntent): IntentQuestion<QueryIntent> {
  return BY_INTENT.get(intent)!;
}
