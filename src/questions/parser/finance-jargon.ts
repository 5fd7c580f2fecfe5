/**
 * A group credit manager's English finance jargon inside a French sentence (issue 16, eleventh
 * round): « exposure sur la SGH » (its balance), « PTP de X : 3 500 € le 10/12 » (a promise to
 * pay), « ranking des clients par overdue » (the top late payers), « trend de l’outstanding »,
 * « past due des comptes high risk » (unpaid invoices of high-risk customers), « audit trail de
 * F… » (its history), « weekly review », « escalades au cabinet » (the transfer to the law firm).
 *
 * Rewritten in the text, before commands and questions read it, into the French they read — only
 * in a French sentence (one with a French word of grammar): a question wholly in English is
 * translated whole (./english.ts).
 */

/** Words of French grammar that English does not write. */
const FRENCH =
  /(?:^|[\s'’])(?:des|les|la|le|du|de|sur|par|pour|quoi|comme|on|tu|vous|nos|mes|aux?|chez|prévues?|prevues?|quels?|quelles?|stp|svp|merci)(?=[\s?!.,;:]|$)/iu;

/** « PTP », « ptp », « P.T.P. »: a promise to pay. */
const PTP = /(?<![\p{L}\p{N}])p\.?t\.?p\.?s?(?![\p{L}\p{N}])/giu;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // « exposure sur la SGH », « notre exposure chez Biocoop »: what the customer owes.
  [/\bexposures?\s+(?:sur|de|chez|on|to)\b/giu, 'encours de'],
  [/\bexposures?\b/giu, 'encours'],
  // « PTP de X : 3 500 € le 10/12 », « ptp de la SGH »: a promise to pay, typed in capitals or not.
  [PTP, 'promesse de paiement'],
  [/\bpromises?\s+to\s+pay\b/giu, 'promesse de paiement'],
  // « ranking des clients par overdue »: customers ranked by what they owe late.
  [/\brankings?\s+(?=(?:des?|du|par|clients?)\s)/giu, 'classement '],
  [/\bpar\s+(?:overdue|past[\s-]+due)\b/giu, 'par retard'],
  // « trend de l’outstanding »: the outstanding balance over time.
  [/\btrends?\b/giu, 'évolution'],
  // « les factures outstanding de X » are its unpaid invoices; « l’outstanding » alone what is owed.
  // « le DSO au cut-off du 30 septembre »: the cut-off date itself (forty-eighth round).
  [/\b(?:au|à\s+la|a\s+la|en)\s+cut[\s-]?off\s+(?:du|de|au)\b/giu, 'au'],
  // « le days sales outstanding client par client »: the DSO, its name spelt out (forty-seventh round).
  [/\bdays?\s+sales?\s+outstanding\b/giu, 'DSO'],
  [/\b(factures?)\s+outstanding\b/giu, '$1 impayées'],
  [/\boutstanding\b/giu, 'encours'],
  // « past due des comptes high risk », « le past due par étape ».
  [/\bpast[\s-]+dues?\b/giu, 'impayés'],
  [/\b(?:high|haut)[\s-]+risk\b/giu, 'à risque élevé'],
  [/\b(?:low)[\s-]+risk\b/giu, 'à risque faible'],
  // « audit trail de la F2026-1077 »: what happened to it.
  [/\baudit[\s-]+trails?\b/giu, 'historique'],
  // « on lance la weekly review ? ».
  [/\bweekly[\s-]+review\b/giu, 'revue hebdo'],
  // « tu peux me sortir quoi comme reporting ? ».
  [/\breportings?\b/giu, 'rapports'],
  // « les escalades au cabinet prévues aujourd’hui »: the transfer to the law firm.
  [
    /\bescalad(?:es?|ées?|ees?|er|ons)\s+(?:au|chez\s+le|vers\s+le)\s+(?=cabinet|contentieux|avocat)/giu,
    'transmissions au ',
  ],
];

/** Words of English grammar: a sentence with one is English (./english.ts translates it whole). */
const ENGLISH =
  /(?:^|\s)(?:for|from|of|on|the|to|by|is|are|what|show|me|with|due|at|in|and|when)(?=[\s?!.,;:]|$)/iu;

/** The text with the English finance jargon of a French sentence in French. */
export function withFinanceJargon(text: string): string {
  // « ptp sgh 15/12 » (twentieth round): a telegraphic note, no word of grammar in either language,
  // is a promise to pay too.
  if (!FRENCH.test(text)) return ENGLISH.test(text) ? text : text.replace(PTP, 'promesse de paiement');
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
