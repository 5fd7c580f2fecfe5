/**
 * Québec French (issue 16, eleventh round: an accountant from Québec): « factures en souffrance »
 * are unpaid, a « courriel » is an e-mail. Rewritten in the text, before commands and questions
 * read it. Its dates — « à matin », « la fin de semaine passée » (the weekend) — are read with the
 * others (./dates.ts).
 */

import { withQuebecTurns } from './quebec-turns';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // « les factures en souffrance », « comptes en souffrance »: unpaid.
  [/\ben\s+souffrance\b/giu, 'impayées'],
  // « la facturation en souffrance / impayée / en retard », « de la facturation émise en septembre
  // qui est encore en souffrance »: the invoices themselves, when the sentence says them unpaid.
  [
    /(?<!\p{L})(?:(?:de\s+)?la\s+|notre\s+|ma\s+|leur\s+)?facturations?(?!\p{L})(?=[^.?!;]*?(?:impay|en\s+retard|[ée]chue?s?(?!\p{L})|(?:non|pas)\s+(?:pay|r[ée]gl)|(?<!\p{L})dues?(?!\p{L})))/giu,
    'les factures',
  ],
  // « les comptes à recevoir » (receivables): « créances »; one customer's « compte à recevoir » is
  // what it owes (« le compte à recevoir de la SGH est à combien ? »): its « encours ».
  [/\bcomptes\s+(?:clients?\s+)?[aà]\s+recevoir\b/giu, 'créances'],
  [/\bcompte\s+(?:clients?\s+)?[aà]\s+recevoir\b/giu, 'encours'],
  [/\bcourriels\b/giu, 'mails'],
  [/\bcourriel\b/giu, 'mail'],
];

/** The text with Québec words in the French the parser reads. */
export function withQuebecWords(text: string): string {
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return withQuebecTurns(out);
}
