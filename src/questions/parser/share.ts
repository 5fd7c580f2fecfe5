/**
 * A share of what is owed asked in other words than the overdue ratio's own phrases: « % impayés »,
 * « sur tout ce qu'on nous doit, combien en % est déjà en retard ? ». The rule: a question about
 * unpaid receivables (the list of unpaid invoices, or what customers owe with a word of lateness)
 * that has a word of share — « % », « pourcentage », « proportion », « ratio », « taux », « part
 * de » — asks the overdue ratio; so does a share « en retard » of what is owed, when nothing
 * is said of paying (that is the late rate: « % de factures payées en retard »). Without such a word, « créances échues > 10 000 € » and « encours
 * échu à plus de 90 j » are lists of unpaid invoices, never a ratio.
 */
import type { QueryIntent } from '../catalogue';
import type { Token } from './tokens';

const SHARE_WORDS = new Set([
  '%',
  'pourcentage',
  'pourcentages',
  'proportion',
  'proportions',
  'ratio',
  'taux',
]);

/** « part » as a share (« la part des impayés »), not « de la part de » nor « quelque part ». */
function isShareWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (SHARE_WORDS.has(t.norm)) return true;
  // « à combien de pour cent », « combien pour cent »: a share, not a hundred euros.
  if (t.norm === 'cent' && tokens[i - 1]?.norm === 'pour')
    return !/^(euros?|eur|e|balles|mille|k)$/.test(tokens[i + 1]?.norm ?? '');
  if (t.norm !== 'part') return false;
  const before = tokens[i - 1]?.norm;
  const after = tokens[i + 1]?.norm;
  return (
    before !== 'la' &&
    before !== 'quelque' &&
    (after === 'de' || after === 'des' || after === 'du' || after === 'd')
  );
}

const LATE = /^(retard|echu|impaye|arriere)/;
const OWED = /^(doit|doivent|encours|creances?)$/;
const PAID = /^(pay|pai|regl|sold|ponctu)/;

/** « payent en retard », « paient avec du retard », « réglées hors délai »: paying late, not unpaid. */
function paidLateSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!PAID.test(t.norm) || /^(pas|non|ne|n|jamais|im)$/.test(tokens[i - 1]?.norm ?? '')) return false;
    const next = tokens
      .slice(i + 1, i + 4)
      .map((n) => n.norm)
      .join(' ');
    return /^(?:(?:en|avec(?: du)?) retard|hors delai|tard)\b/.test(next);
  });
}

export function hasShareWord(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => isShareWord(tokens, i));
}

export function shareIntent(
  intent: QueryIntent | null,
  tokens: readonly Token[],
  phrase: string | null,
): QueryIntent | null {
  if (!hasShareWord(tokens)) return intent;
  // « mes clients payent en retard à combien de pour cent ? », « quel % de clients paient en
  // retard ? »: a share of payments made late, the late rate (« % de factures pas payées » stays
  // the overdue ratio: nothing is paid).
  if ((intent === 'unpaid_invoices' || intent === 'top_late_payers') && paidLateSaid(tokens))
    return 'late_rate';
  if (intent === 'unpaid_invoices') return 'overdue_ratio';
  // « de tout ce qu'on nous doit, combien en % est en retard ? », « quel pourcentage de l'encours
  // est en retard ? »: a share of what is owed that is late, not of the invoices paid late (the
  // late rate speaks of paying).
  const lateSaid = tokens.some((t) => LATE.test(t.norm));
  if (!lateSaid) return intent;
  if (intent === 'customer_balance') return 'overdue_ratio';
  const owedSaid = /\bdoi/.test(phrase ?? '') || tokens.some((t) => OWED.test(t.norm));
  const paidSaid = tokens.some((t) => PAID.test(t.norm));
  // « combien en % des factures sont payées en retard ? »: a share of invoices paid late, the late rate.
  if (intent === 'collected' && paidSaid) return 'late_rate';
  // « taux de créances clients en retard »: « clients en retard » would rank customers, but a share
  // of the receivables is asked.
  if ((intent === 'late_rate' || intent === null || intent === 'top_late_payers') && owedSaid && !paidSaid)
    return 'overdue_ratio';
  return intent;
}
