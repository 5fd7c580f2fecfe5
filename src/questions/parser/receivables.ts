/**
 * « le total des créances clients », « créances clients à la clôture »: an accountant's word for
 * everything customers owe, i.e. the aged balance (issue 16, sixth round, N4) — when « créances » is
 * all the question says of them. Said late (« créances échues », « en retard », « impayées ») or
 * filtered like invoices (« de plus de 60 jours », « > 5 000 € ») they are the unpaid invoices; over
 * time (« évolution des créances ») a trend.
 */
import type { QueryIntent } from '../catalogue';
import type { Token } from './tokens';

/** The aged balance's words of age (« antériorité », « ancienneté »), which a bound in days turns into a filter. */
const AGE_WORDS = ['anteriorite', 'anciennete', 'vieillissement'];

/**
 * « montant (total) dû », « somme due », « total dû », closing the question or said of someone (« par »,
 * « à ») or of a day (« au 31/10 »: the date's figures are no words here — eighteenth round).
 */
const OWED_AMOUNT =
  /(?:^| )(?:montant|somme|total)(?: total| totale| global| globale)? (?:du|due|dus|dues)(?: (?:par|a|au|aux|de|d)(?= |$)|$)/;

export function receivablesIntent(
  intent: QueryIntent | null,
  phrase: string | null,
  clues: { daysLate: unknown; amount: unknown; words: readonly Token[] },
): QueryIntent | null {
  // « créances clients en retard (> 10 000 €) »: the receivables said late, no customer ranked —
  // « clients en retard » there is no ranking of the late payers (thirty-first round).
  const norms = clues.words.map((t) => t.norm);
  const receivables = norms.some((w, i) => /^creances?$/.test(w) && /^clients?$/.test(norms[i + 1] ?? ''));
  if (
    intent === 'top_late_payers' &&
    receivables &&
    !norms.some(
      (w, i) =>
        /^(?:top|classement|classe|qui|pires?|mauvais|ranking|rang\w*)$/.test(w) ||
        (w === 'plus' && /^(?:le|les)$/.test(norms[i - 1] ?? '')),
    )
  )
    return 'unpaid_invoices';
  // « créances échues non réglées présentant une antériorité de plus de 60 jours »: an age bounded in
  // days late filters invoices — the unpaid list, not the aged balance (which has no such bound).
  if (intent === 'aged_balance' && AGE_WORDS.includes(phrase ?? '') && clues.daysLate !== undefined)
    return 'unpaid_invoices';
  // « quel est le montant total dû ? », « la somme due par nos clients », « le total dû » with no
  // other figure named: everything owed, as « combien nous doit-on ? » (with a customer named, its
  // situation: ./customer-situation.ts) — issue 16, fourteenth round.
  // « dû » with its accent only: « du » is the article too (« total du mois »).
  // « montant du au 31/10 », typed without the accent: before « au », « à », « par », « chez » it is
  // no article (eighteenth round).
  const typed = clues.words.filter((t) => t.kind === 'word');
  const said = typed.map((t, i) =>
    t.norm === 'du' && !/û/iu.test(t.raw) && !/^(?:au|a|par|chez)$/.test(typed[i + 1]?.norm ?? '')
      ? 'de le'
      : t.norm,
  );
  if (intent === null && OWED_AMOUNT.test(said.join(' '))) return 'aged_balance';
  if (intent !== 'unpaid_invoices' || (phrase !== 'creances' && phrase !== 'creance')) return intent;
  if (clues.daysLate !== undefined || clues.amount !== undefined) return intent;
  const words = clues.words.map((t) => t.norm);
  return words.some((w) => /^(?:clients?|total|totales?|ensemble)$/.test(w)) ? 'aged_balance' : intent;
}
