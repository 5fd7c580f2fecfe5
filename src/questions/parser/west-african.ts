/**
 * West African French asking where a customer stands (issue 16, fourteenth round: a Dakar
 * accountant), rewritten in the text into the French the parser reads, before commands and
 * questions read it:
 * - « on dit quoi pour Biocoop ? », « ça dit quoi avec la SGH ? », « c'est comment avec la crèche
 *   … ? », « comment ça se passe avec X ? »: how things stand with a customer, « où en est X » (« on
 *   dit quoi pour X » gave the command « alias quoi pour X »); said after its subject (« la mairie,
 *   on dit quoi ? », « ses promesses on dit quoi ? ») it is « …, où en est-il ? »;
 * - « ça fait combien de jours que X n'a pas payé ? », « depuis combien de temps X ne paie pas ? »:
 *   how long a customer has not paid is its situation, « depuis quand X n'a pas payé »
 *   (./paid-yet.ts reads it) — only with « pas payé / réglé / versé » or « ne paie plus » after it;
 * - « le client-là », « la facture-là »: the demonstrative « -là » is dropped (« le client »); « ce
 *   jour-là », a moment, is kept for the dates.
 * « les factures qui dorment » (unpaid) and « il a fini de payer ? » (paid yet) are read as they are.
 */
import { A, AP_OPT, B, E, S, W } from './regex-fragments';

/** « on dit quoi », « ça dit quoi », « c'est comment », « ça se passe comment » before « pour / avec / chez X ». */
const HOW_IT_STANDS = new RegExp(
  `${W}(?:on${S}dit${S}(?:quoi|koi)|[cç]${A}${S}dit${S}(?:quoi|koi)|c${AP_OPT}${E}st${S}comment|` +
    `comment${S}[cç]${A}${S}(?:se${S})?(?:passe|va)|[cç]${A}${S}(?:se${S})?passe${S}comment|[cç]${A}${S}va${S}comment)` +
    `${S}(?:pour|avec|chez|c[oô]t${E})${S}`,
  'giu',
);

/** « la mairie de Caluire, on dit quoi ? »: the same asked after its subject, closing the question. */
const HOW_IT_STANDS_AFTER = new RegExp(
  `(?<=\\p{L})[\\s,:;–-]*(?:on${S}dit${S}(?:quoi|koi)|[cç]${A}${S}dit${S}(?:quoi|koi)|c${AP_OPT}${E}st${S}comment)(?:${S}(?:deh|l${A}))?(?=\\s*[?!.]*\\s*$)`,
  'iu',
);

/** « ça fait combien de jours que », « depuis combien de temps » … before a « pas payé » in the sentence. */
const HOW_LONG = new RegExp(
  `${W}(?:[cç]${A}${S}fait${S}combien${S}de${S}(?:jours?|temps|semaines?|mois)${S}qu${AP_OPT}(?:e${S})?|` +
    `depuis${S}combien${S}de${S}(?:jours?|temps|semaines?|mois)${S})` +
    `(?=[^?!.]*${W}(?:pas|plus|jamais|rien)${S}(?:pay${E}|r${E}gl${E}|vers${E}|pai${E}|paye|r${E}gle)${B}|` +
    `[^?!.]*${W}(?:paie|paient|paye|payent|r${E}gle|r${E}glent|verse|versent)${S}(?:plus|pas|rien|jamais)${B})`,
  'giu',
);

/** « le client-là », « ces factures-là », « Dupont-là »: the demonstrative particle. */
const THERE = new RegExp(`(\\p{L}+)-l${A}(?![\\p{L}\\p{N}-])`, 'gu');

/** « ce jour-là », « cette semaine-là »: a moment pointed at, which dates read (kept). */
const MOMENTS =
  /^(?:jours?|semaines?|mois|moments?|soirs?|matins?|ann[ée]es?|ans?|dates?|heures?|fois|nuits?|week-?ends?)$/iu;

/** The text with a West African way of asking where a customer stands in the parser's French. */
export function withWestAfricanWords(text: string): string {
  if (!/quoi|koi|comment|combien|-l/iu.test(text)) return text;
  return text
    .replace(HOW_IT_STANDS, 'où en est ')
    .replace(HOW_IT_STANDS_AFTER, ', où en est-il')
    .replace(HOW_LONG, 'depuis quand ')
    .replace(THERE, (said, word: string) => (MOMENTS.test(word) ? said : word));
}
