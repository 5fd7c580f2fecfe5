/**
 * A customer's situation asked in plain words (issue 16, tenth round): with one customer named and
 * no date, these ask where it stands — its balance — not the figure their words would otherwise pick:
 * « l’encours global de X, échu et non échu » (its whole outstanding, not the aged balance),
 * « X ça donne quoi niveau paiements ? », « X en est où de ses paiements ? » (not money received),
 * « X ne nous doit plus rien, c’est bien ça ? » (not a ranking), « X n’a toujours pas soldé son
 * compte ? combien il reste » (not the list of its invoices). Pure.
 */
import type { QueryIntent } from '../catalogue';
import type { Token } from './tokens';

/** The whole outstanding asked: « global », « total », « échu et non échu ». */
const WHOLE =
  /\b(?:global|globale|globaux|total|totale|totaux|complet|echus? et non echus?|non echus? et echus?)\b/;
/** Words of the aged balance itself: with them the aged balance of the customer is asked. */
const AGED = /\b(?:balance|anciennete|tranches?|vieillissement|ventilation|par age)\b/;

/** Where the payments stand (« ça donne quoi niveau paiements », « en est où de ses paiements »). */
const STANDING =
  /\b(?:ou en est|en est ou|en sont ou|ou en sont|on en est|donne quoi|niveau|cote|situation|etat|point sur|comment ca se passe|ca se passe comment)\b/;
/** Money received asked for itself: an amount, a list, a verb of receiving. */
const RECEIVED =
  /\b(?:combien|montant|montants|somme|total|liste|detail|recu|recus|recue|encaisse\w*|verse|verses|vire|vires|rentre\w*)\b/;
const PAYMENTS = /\b(?:paiements?|reglements?|versements?)\b/;

/** « ne nous doit plus (rien) », « plus rien à payer »: nothing left owed, a yes/no on the balance. */
const NOTHING_LEFT = /\b(?:ne|n) (?:nous |me |leur )?(?:doit|doivent|devrait) plus\b|\bplus rien\b/;

/** « n’a pas soldé son compte », « combien il (lui) reste »: what is left on its account. */
const ITS_ACCOUNT =
  /\b(?:son|sa|leur) (?:compte|ardoise|dette|solde)\b|\bcombien (?:il|elle|ils|elles|lui|leur) reste\b/;

export function situationIntent(
  intent: QueryIntent | null,
  clues: { customerNamed: boolean; dated: boolean; phrase: string | null; words: readonly Token[] },
): QueryIntent | null {
  if (!clues.customerNamed || clues.dated) return intent;
  const text = ` ${clues.words
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')} `;
  switch (intent) {
    case 'aged_balance':
      return WHOLE.test(text) && !AGED.test(text) ? 'customer_balance' : intent;
    case 'collected':
      return PAYMENTS.test(text) && STANDING.test(text) && !RECEIVED.test(text) ? 'customer_balance' : intent;
    case 'top_late_payers':
      return NOTHING_LEFT.test(text) ? 'customer_balance' : intent;
    case 'unpaid_invoices':
      return ITS_ACCOUNT.test(text) ? 'customer_balance' : intent;
    default:
      return intent;
  }
}
