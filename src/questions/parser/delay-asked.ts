/**
 * « les clients mettent combien de temps à nous régler ? », « en combien de temps on est payé ? »
 * (issue 16, eighth round): how long customers take to pay is the DSO. A rule rather than phrases,
 * so that « temps » stays an ordinary word (« quel temps fait-il à Lyon ? » asks nothing of
 * Relances): « combien de temps » and a verb of paying by the customers, in either order.
 *
 * « combien de temps la SGH met pour nous payer ? », « ça prend combien de jours en moyenne à nos
 * clients pour nous payer ? » (twenty-third round): « nous payer » alone reads as what someone owes
 * us — with « combien de temps / de jours » before it, it is how long they take (not « combien de
 * jours de retard », a lateness).
 */
import type { QueryIntent } from '../catalogue';
import type { Token } from './tokens';

const PAYING = '(?:paie\\w*|paye\\w*|payer|paient|payons|payes?|payee?s?|regl\\w*|regle\\w*|rembourse\\w*)';
const HOW_LONG = '(?:combien de temps|combien de jours|en combien de temps|delai|temps moyen|temps de)';

const RULES: readonly RegExp[] = [
  new RegExp(`\\b${HOW_LONG}\\b(?! de retard)(?: \\S+){0,8} ${PAYING}\\b`),
  new RegExp(`\\b${PAYING}\\b(?: \\S+){0,4} (?:en|au bout de|apres) combien de (?:temps|jours)\\b`),
  // « nb de jours moyen d'encaissement clients ? », « nombre moyen de jours d'encaissement »: the DSO
  // (forty-seventh round).
  /\b(?:nb|nombre|nbre) (?:moyen )?(?:de )?jours? (?:moyens? )?(?:d |de |du )?(?:encaissement|paiement|reglement|recouvrement)s?\b/,
];

/** The DSO when the question asks how long payment takes and no other figure was read. */
export function delayIntent(
  intent: QueryIntent | null,
  tokens: readonly Token[],
  phrase?: string | null,
): QueryIntent | null {
  const owedToUs = intent === 'customer_balance' && /^nous (?:pa|regl)/.test(phrase ?? '');
  if (intent !== null && intent !== 'collected' && !owedToUs) return intent;
  const words = ` ${tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')} `;
  return RULES.some((re) => re.test(words)) ? 'dso' : intent;
}
