/**
 * A business-school graduate's consulting words (issue 16, twenty-second round), read in French
 * before the rest: haste that asks nothing (« ASAP », « dès que possible », « en urgence » after
 * what is asked), the purpose said in English (« pour mon deep dive », « pour le reporting »), the
 * follow-up (« faire le follow-up des promesses » le suivi), the ladder said in a project's words
 * (« pré-relances » the notice J-5, « escalader au cabinet » hand over to the law firm J+30) and the
 * English dispute (« factures en dispute », « disputées » contestées).
 *
 * « ASAP » typed in capitals was taken for a customer's acronym (an unknown customer). « escaladé »
 * is read as « transmis » only when the law firm or the litigation is said in the same sentence
 * (« on a escaladé combien de dossiers au cabinet ? »); « dispute » only as « en dispute »,
 * « disputé(e)s » or « les disputes (clients) ».
 */
import { AP, B, E, SEP, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** The law firm or the litigation, which an escalation goes to. */
const TO_LAW_FIRM = new RegExp(`${W}(?:cabinet|avocats?|contentieux|Aptos|juridique)${B}`, 'iu');

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Haste: nothing asked.
  rule(
    `A\\.?S\\.?A\\.?P\\.?|asap|au\\s+plus\\s+vite|d${E}s\\s+que\\s+possible|en\\s+urgence|c${AP}est\\s+urgent`,
    ' ',
  ),
  // The purpose, in English, said last (« … pour mon deep dive ? »); said first it keeps its words
  // for the context clauses (« pour le slide du comité, … », ./context-clauses.ts).
  rule(
    `(?:pour|dans|en\\s+vue\\s+de)\\s+(?:mon|ma|notre|le|la|un|une)\\s+(?:deep${SEP}dive|benchmark|review|reporting|slide|deck|board|steerco|one${SEP}pager|workshop)(?=\\s*(?:[?!.,;:]|$))`,
    ' ',
  ),
  rule(`deep${SEP}dive`, 'analyse'),
  // The follow-up.
  rule(`(?:faire\\s+)?(?:le|un)\\s+follow${SEP}?up`, 'le suivi'),
  rule(`follow-?up`, 'suivi'),
  // The ladder in a project's words.
  rule(`pr${E}${SEP}?relance(s?)`, 'prévenance$1'),
  // The English dispute.
  rule(`en\\s+dispute`, 'en litige'),
  rule(`disput(?:é|ée|és|ées|ees)`, 'contestées'),
  rule(`(?:les|des|nos)\\s+disputes(?:\\s+clients?)?`, 'les litiges'),
];

/** « escaladé(e)s », « les escalades » to the law firm (« escalader » is read already). */
const ESCALATION: ReadonlyArray<readonly [RegExp, string]> = [
  rule(`escalades`, 'transmissions'),
  rule(`escalad${E}e?s?`, 'transmis'),
];

/** The text with the consulting words in the French the parser reads. */
export function withConsultingWords(text: string): string {
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  if (TO_LAW_FIRM.test(out)) for (const [re, french] of ESCALATION) out = out.replace(re, french);
  return out;
}
