/**
 * Québec French (issue 16, eleventh round: an accountant from Québec): « factures en souffrance »
 * are unpaid, a « courriel » is an e-mail. Rewritten in the text, before commands and questions
 * read it. Its dates — « à matin », « la fin de semaine passée » (the weekend) — are read with the
 * others (./dates.ts).
 */

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // « les factures en souffrance », « comptes en souffrance »: unpaid.
  [/\ben\s+souffrance\b/giu, 'impayées'],
  [/\bcourriels\b/giu, 'mails'],
  [/\bcourriel\b/giu, 'mail'],
];

/** The text with Québec words in the French the parser reads. */
export function withQuebecWords(text: string): string {
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
