/**
 * « les clients mettent combien de temps à nous régler ? », « en combien de temps on est payé ? »
 * (issue 16, eighth round): how long customers take to pay is the DSO. A rule rather than phrases,
 * so that « temps » stays an ordinary word (« quel temps fait-il à Lyon ? » asks nothing of
 * Relances): « combien de temps » and a verb of paying by the customers, in either order.
 */
import type { QueryIntent } from '../catalogue';
import type { Token } from './tokens';

const PAYING = '(?:paie\\w*|paye\\w*|payer|paient|payons|payes?|payee?s?|regl\\w*|regle\\w*|rembourse\\w*)';
const HOW_LONG = '(?:combien de temps|combien de jours|en combien de temps|delai|temps moyen|temps de)';

const RULES: readonly RegExp[] = [
  new RegExp(`\\b${HOW_LONG}\\b(?: \\S+){0,6} ${PAYING}\\b`),
  new RegExp(`\\b${PAYING}\\b(?: \\S+){0,4} (?:en|au bout de|apres) combien de (?:temps|jours)\\b`),
];

/** The DSO when the question asks how long payment takes and no other figure was read. */
export function delayIntent(intent: QueryIntent | null, tokens: readonly Token[]): QueryIntent | null {
  if (intent !== null && intent !== 'collected') return intent;
  const words = ` ${tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')} `;
  return RULES.some((re) => re.test(words)) ? 'dso' : intent;
}
