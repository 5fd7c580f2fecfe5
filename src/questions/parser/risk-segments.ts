/**
 * A risk segment asked without a figure (issue 16, eighteenth round). The brief's query has a
 * segment as a filter (`risk`) or a grouping (`groupBy: "risk"`), never as an intent of its own:
 * - « quels clients sont à risque élevé ? », « liste des clients risqués », « count clients where
 *   segment = risque élevé », « les clients à risque modéré »: the customers of that segment — the
 *   brief's one list of customers is the late payers, ranked by what they owe late (the card counts
 *   them);
 * - « répartition par segment de risque », « clients par niveau de risque », « vue par segment de
 *   risque »: what is owed, split by segment — the aged balance by risk.
 * A question naming its figure keeps it (« impayés des clients à risque élevé », « taux de retard par
 * segment de risque »); « nos grands comptes » says no segment and no figure, and stays not understood.
 */
import type { QueryIntent } from '../catalogue';
import type { RiskSegment } from '../../domain/ledger';
import type { Token } from './tokens';

/** The customers as such: « clients », « débiteurs », « comptes », « cli ». */
const CUSTOMERS = /^(?:clients?|clientes?|cli|debiteurs?|comptes?|customers?)$/;
/** A split of what is owed: « répartition », « ventilation », « décomposition », « réparti(e)s ». */
const SPLIT =
  /^(?:repartition|ventilation|decomposition|repartis?|reparties?|ventiles?|ventilees?|breakdown)$/;

export function riskSegmentIntent(
  intent: QueryIntent | null,
  clues: { risk: RiskSegment | undefined; groupBy: string | undefined; words: readonly Token[] },
): QueryIntent | null {
  if (intent !== null) return intent;
  const { risk, groupBy, words } = clues;
  // « qui est à risque élevé ? »: « qui » opening the question asks for customers too.
  const who = words[0]?.norm === 'qui';
  if (risk !== undefined && groupBy === undefined && (who || words.some((w) => CUSTOMERS.test(w.norm))))
    return 'top_late_payers';
  if (groupBy === 'risk' && risk === undefined) return 'aged_balance';
  return intent;
}

/** Whether the question asks for a split (« la répartition par segment »): no object outside the domain. */
export function asksASplit(words: readonly Token[]): boolean {
  return words.some((w) => SPLIT.test(w.norm));
}
