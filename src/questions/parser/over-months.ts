/**
 * Questions about a figure month by month (issue #18): « encaissements par mois », « encaissements
 * sur 12 mois » follow the collected amount over time (the `trend` intent, measure collected, whose
 * chart sets collected against what fell due); « évolution de la balance âgée », « balance âgée sur
 * 12 mois » ask for the aged balance, whose chart is already its twelve month-ends — « sur 12
 * mois » is then the chart's span, not a filter on due dates. Conventions: test/nlu/README.md.
 */
import type { QueryIntent } from '../catalogue';
import { mentions } from './intents';
import type { TokenSet } from './patterns';

const PER_MONTH =
  / (par mois|mois par mois|mensuels?|mensuelles?|sur (\d+|douze|un|1) (mois|an)|sur l an|sur l annee) /;

const textOf = (tokens: TokenSet) => ` ${tokens.list.map((t) => t.norm).join(' ')} `;

/** The intent of a question asked month by month (see the module comment); the intent otherwise. */
export function overMonthsIntent(intent: QueryIntent | null, tokens: TokenSet): QueryIntent | null {
  if (intent === 'collected' && PER_MONTH.test(textOf(tokens))) return 'trend';
  if (intent === 'trend' && mentions(tokens, 'aged_balance')) return 'aged_balance';
  return intent;
}

/** « balance âgée sur 12 mois »: the span of its chart, not a period of due dates. */
export function spanOnly(intent: QueryIntent | null, tokens: TokenSet): boolean {
  return intent === 'aged_balance' && PER_MONTH.test(textOf(tokens));
}
