/**
 * « la SGH a payé ? », « Biocoop Part-Dieu ils ont payé ou pas », « il a payé l’hôtel du parc ? »:
 * whether a named customer has paid, with no period and nothing counted, asks where that customer
 * stands — its balance (issue 16, sixth round, N4). What it paid in a period (« la mairie a payé
 * quoi en octobre ? ») or an amount asked (« combien a payé la SGH ? ») stays money received.
 */
import type { QueryIntent } from '../catalogue';
import type { Token } from './tokens';

/** A verb of paying, in any tense a yes/no question uses (« a payé », « il a payer » typed). */
const PAID =
  /^(?:paid|acquitte|acquittee|acquittes|acquittees|paye|payee|payes|payees|payer|paie|paient|regle|reglee|regles|reglees|regler|solde|soldee|soldes)$/;

/** Words that ask what or how much was paid (money received), or how (« en retard », « une fois sur deux »). */
const WHAT =
  /^(?:combien|quoi|quel|quelle|quels|quelles|que|qu|montant|montants|somme|sommes|total|liste|lesquelles|lesquels|detail|factures?|encaisse\w*|recus?|virements?|retards?|fois)$/;

/**
 * « il a pas payé », « n’ont toujours pas réglé » (read « non payées » once rewritten): a subject that
 * has not paid (not « factures pas payées »).
 */
const HAS_NOT_PAID =
  /\b(?:il|elle|ils|elles|on|a|ont) (?:\S+ )?(?:pas|non) (?:\S+ )?(?:paye|payee|payees|payes|regle|reglee|reglees|regles|payer|regler)\b/;

/** « il a payé ? », « ils ont tout réglé ? », « le client(-là) il a fini de payer ? »: a yes or no of one unnamed. */
const UNNAMED_PAID =
  /^(?:est ce (?:que|qu) )?(?:(?:le|ce|du) client (?:la )?)?(?:il|elle|ils|elles)? ?(?:nous )?(?:a|ont) (?:bien |deja |enfin |fini de |tout |toujours pas |pas |pas encore )?(?:paye|payee|payes|payees|payer|regle|reglee|regles|reglees|regler|solde|soldee)(?: (?:ou pas|ou non|ou quoi|enfin|tout|deh|la))*$/;

/** « ses factures », « toutes leurs factures », « sa facture »: a customer's own invoices. */
const OWN_INVOICES =
  /\b(?:(?:de|d) )?(?:toutes |toute |tout )?(?:ses|leurs|sa|son) (?:factures?|dettes?|ardoise)\b/g;

/** A verb of paying said just before its own invoices (« a payer ses factures », « réglé toutes ses »). */
const PAID_BEFORE_OWN =
  /\b(?:a|ont|as|aurait|auraient|est|sont|s est|s sont) (?:(?:t )?(?:il|elle|ils|elles) )?(?:bien |deja |enfin |tout |fini de )?(?:acquitte|acquittee|acquittes|acquittees|paye|payee|payes|payees|payer|paie|regle|reglee|regles|reglees|regler|solde|soldee|solder) (?:de |d )?(?:toutes |toute |tout )?(?:ses|leurs|sa|son) (?:factures?|dettes?|ardoise)\b/;

function someoneUnnamedPaid(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  return UNNAMED_PAID.test(words.join(' '));
}

export function paidYetIntent(
  intent: QueryIntent | null,
  clues: {
    customerNamed: boolean;
    dated: boolean;
    words: readonly Token[];
    /** No word is left unread (neither a name nor vocabulary). */
    nothingElse?: boolean;
  },
): QueryIntent | null {
  // « il a payé ? », « le client a fini de payer ? » with no one named: whether someone unnamed paid —
  // nothing to compute for everyone (it gave all the money received). « qui a payé ? » asks who.
  if (!clues.customerNamed && !clues.dated && intent === 'collected' && someoneUnnamedPaid(clues.words))
    return null;
  if (!clues.customerNamed || clues.dated) return intent;
  // « est-ce que X a payé ? » asks yes or no: its « que » asks nothing.
  const said = clues.words
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')
    .replace(/\best ce (?:que|qu)\b/g, ' ');
  // « a payé ses factures », « réglé toutes leurs factures », « sa facture »: its own invoices,
  // nothing listed.
  const text = said.replace(OWN_INVOICES, ' ');
  const words = text.split(' ').filter(Boolean);
  // « lpi combien », « et la SGH, combien ? »: an amount asked of a customer and nothing else
  // (« combien Biocoop bb » leaves a word unread: not understood).
  if (intent === null && clues.nothingElse === true && words.includes('combien')) return 'customer_balance';
  // « ils ont payé ou quoi ? »: « ou quoi » presses a yes or no, it asks no « quoi » (thirty-sixth
  // round) — unless its own invoices are said (« il a pas raqué ses fact ou quoi »: their list).
  const pressed = (w: string, i: number) => w === 'quoi' && words[i - 1] === 'ou' && said === text;
  const asksWhat = words.some((w, i) => WHAT.test(w) && !pressed(w, i));
  // « le client Tilleuls il a pas payé encore ? »: whether it has paid, not its invoices' list.
  if (intent === 'unpaid_invoices' && HAS_NOT_PAID.test(text) && !asksWhat) return 'customer_balance';
  // « est ce que biocoop a payer ses facture ? »: the verb typed as its infinitive reads no money
  // received, and « ses facture » alone named the unpaid invoices — whether it paid its own invoices
  // is its balance all the same (issue 16, twentieth round).
  if (intent === 'unpaid_invoices' && PAID_BEFORE_OWN.test(said) && !words.includes('pas') && !asksWhat)
    return 'customer_balance';
  if (intent !== null && intent !== 'collected') return intent;
  if (!words.some((w) => PAID.test(w)) || asksWhat) return intent;
  return 'customer_balance';
}
