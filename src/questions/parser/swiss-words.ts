/**
 * A Geneva controller's words (issue 16, twelfth round), rewritten in the text into the French the
 * parser reads, before commands and questions read it:
 * - « postes ouverts » (open items) are the open invoices, read as unpaid (« factures ouvertes ») —
 *   they gave the journal;
 * - debt enforcement is the legal recovery: « en poursuite », « réquisition de poursuite », « office
 *   des poursuites » (« recouvrement judiciaire »), a « commandement de payer » (« injonction de
 *   payer »);
 * - a « sommation » is the formal notice (« mise en demeure »);
 * - « bonifications reçues » are payments received;
 * - « le débiteur » before a name is the customer (« Le débiteur Dupont & Fils a-t-il payé ? » ranked
 *   the late payers).
 */

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])postes?\s+ouverts?(?![\p{L}])/giu, 'factures ouvertes'],
  [
    /(?<![\p{L}])(?:r[ée]quisitions?\s+de\s+poursuites?|offices?\s+des\s+poursuites)(?![\p{L}])/giu,
    'recouvrement judiciaire',
  ],
  [/(?<![\p{L}])en\s+poursuites?(?![\p{L}])/giu, 'en recouvrement judiciaire'],
  [
    /(?<![\p{L}])poursuites?(?=\s+(?:en\s+cours|engag[ée]es?|lanc[ée]es?|introduites?)(?![\p{L}]))/giu,
    'recouvrement judiciaire',
  ],
  [/(?<![\p{L}])commandements?\s+de\s+payer(?![\p{L}])/giu, 'injonction de payer'],
  [/(?<![\p{L}])sommations(?![\p{L}])/giu, 'mises en demeure'],
  [/(?<![\p{L}])sommation(?![\p{L}])/giu, 'mise en demeure'],
  [
    /(?<![\p{L}])bonifications?(?=\s+(?:re[çc]ues?|encaiss[ée]es?|du|de|d['’]|ce|cette|en|depuis|hier|aujourd))/giu,
    'paiements',
  ],
  [/(?<![\p{L}])(le|du|au)\s+d[ée]biteur\s+(?=\p{Lu})/gu, '$1 client '],
  [/(?<![\p{L}])(Le|Du|Au)\s+d[ée]biteur\s+(?=\p{Lu})/gu, '$1 client '],
];

/** The text with the Swiss controller's words in the French the parser reads. */
export function withSwissWords(text: string): string {
  if (!/poste|poursuite|commandement|sommation|bonification|biteur/i.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
