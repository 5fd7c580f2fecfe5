/**
 * An Alsatian assistant's German words (issue 16, seventeenth round), read in French before anything
 * else, like ./spanish-words.ts: the domain's (« die Rechnungen » les factures, « offen » ouvertes,
 * « Geld » argent, « Telefon » téléphone, « Zahlungen » paiements, « Mahnungen » relances, « Kunden »
 * clients), the calendar's (« gestern », « heute », « morgen », « diese / letzte Woche », « Monat »,
 * « pro / par Monat », the months « Oktober », « Dezember »…), the words that add nothing (« bitte »,
 * « danke », « genau », « ja », « also ») and a comparison said the German way (« plus grosses que
 * 5000 euro », größer als: more than). A word of a customer's name is never rewritten.
 */
import { normalizeWord } from './tokens';
import { AP_OPT, B, SEP, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** The German months whose names differ from the French. */
const MONTH: Readonly<Record<string, string>> = {
  januar: 'janvier',
  februar: 'février',
  'm(?:ä|ae)rz': 'mars',
  juni: 'juin',
  juli: 'juillet',
  oktober: 'octobre',
  dezember: 'décembre',
};

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  rule(`(?:pro|par|jeden|chaque)\\s+monat`, 'par mois'),
  rule(`(?:letzten|letzter|vorigen)\\s+monat`, 'le mois dernier'),
  rule(`(?:diesen|dieser)\\s+monat`, 'ce mois'),
  rule(`monat`, 'mois'),
  rule(`(?:letzte|vorige)\\s+woche`, 'la semaine dernière'),
  rule(`diese\\s+woche`, 'cette semaine'),
  rule(`woche`, 'semaine'),
  rule(`gestern`, 'hier'),
  rule(`heute`, "aujourd'hui"),
  rule(`morgen`, 'demain'),
  ...Object.entries(MONTH).map(([de, fr]) => rule(de, fr)),
  rule(`die\\s+rechnungen|rechnungen`, 'les factures'),
  rule(`die\\s+rechnung|rechnung`, 'la facture'),
  rule(`(?<=\\ba\\s+(?:encore\\s+|noch\\s+)?)offen(?:e|en)?`, 'ouvert'),
  rule(`offen(?:e|en)?`, 'ouvertes'),
  rule(`geld`, 'argent'),
  rule(`telefon(?:nummer)?`, 'téléphone'),
  rule(`(?:die\\s+)?zahlungen`, 'les paiements'),
  rule(`(?:die\\s+)?mahnungen`, 'les relances'),
  rule(`(?:die\\s+)?kunden`, 'les clients'),
  rule(`wie\\s*viel`, 'combien'),
  rule(`plus\\s+gro(?:ss|ß)(?:e|es|ses|s)?\\s+que(?=\\s*\\d)`, 'de plus de'),
  rule(`die`, 'les'),
  rule(`bitte(?:\\s+sch(?:ö|oe)n)?|danke(?:\\s+sch(?:ö|oe)n)?|genau|ja|also|doch|noch`, ' '),
];

const GERMAN =
  /monat|woche|gestern|heute|morgen|januar|februar|m(?:ä|ae)rz|juni|juli|oktober|dezember|rechnung|offen|geld|telefon|zahlung|mahnung|kunden|wie\s*viel|gro(?:ss|ß)|\bdie\b|bitte|danke|genau|\bja\b|\balso\b|\bdoch\b|\bnoch\b/iu;

/**
 * A day said before the verb, the German way (« Que dois-je heute faire ? », « que dois-je aujourd'hui
 * faire » — twenty-eighth round): the verb put back before the day.
 */
const DAY_BEFORE_VERB = new RegExp(
  `${W}(dois${SEP}je|doit${SEP}on|faut${SEP}il|devons${SEP}nous|dois${SEP}tu)\\s+(aujourd${AP_OPT}hui|demain|heute|morgen|ce\\s+matin|cette\\s+semaine)\\s+(faire|relancer|envoyer|traiter|appeler|tun|machen)${B}`,
  'giu',
);

/** The text with the Alsatian assistant's German words in the French the parser reads. */
export function withGermanWords(text: string, isNameWord: (norm: string) => boolean): string {
  const ordered = text.replace(DAY_BEFORE_VERB, '$1 $3 $2');
  if (!GERMAN.test(ordered)) return ordered;
  let out = ordered;
  for (const [re, french] of RULES)
    out = out.replace(re, (said: string) => {
      // A word of a customer's name (« Morgen Bio ») is left as typed.
      const words = said.split(/[^\p{L}\p{N}]+/u).map(normalizeWord);
      return words.some((w) => w !== '' && isNameWord(w)) ? said : french;
    });
  return out;
}
