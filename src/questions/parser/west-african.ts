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
 * - « il a fini de payer, X ? »: the customer said after its pronoun is the subject (« X a fini de
 *   payer ? »);
 * - « le client-là », « la facture-là »: the demonstrative « -là » is dropped (« le client »); « ce
 *   jour-là », a moment, is kept for the dates.
 * « les factures qui dorment » (unpaid) and « il a fini de payer ? » (paid yet) are read as they are.
 */
import { A, AP, AP_OPT, B, E, S, W } from './regex-fragments';

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

/**
 * « il a fini de payer, Dupont et Fils ? », « elle a payé, la SGH ? »: the customer said after the
 * question, its pronoun first — « Dupont et Fils a fini de payer ? » (the clause before the comma was
 * dropped as context, leaving the name alone).
 */
const PAID_THEN_WHO = new RegExp(
  `^\\s*(?:(?:et|bon|alors|donc)${S})?(?:il|elle|ils|elles)${S}(a|ont)${S}((?:(?:fini|termin${E})${S}de${S}|(?:tout|bien|d${E}j${A})${S})?(?:pay${E}r?|r${E}gl${E}r?|sold${E}r?)s?)\\s*,\\s*([^,?!.]{2,80}?)\\s*([?!.]*)\\s*$`,
  'iu',
);

/**
 * « il nous doit encore quelque chose, Dupont ? », « elle est au contentieux, la SGH ? »: any
 * question on one customer asked with its pronoun, the customer said after the comma (twenty-ninth
 * round) — « Dupont nous doit encore quelque chose ? » (« il y a … » is impersonal: left).
 */
const DOES_THEN_WHO = new RegExp(
  `^\\s*(?:(?:et|bon|alors|donc)${S})?(?:il|elle)${S}(?!y${B})((?:(?:nous|me|m${AP})\\s*)?(?:doit|devait|a|avait|est|paie|paye|r${E}gle|conteste)${B}[^,?!.]{0,60}?)\\s*,\\s*([^,?!.]{2,80}?)\\s*([?!.]*)\\s*$`,
  'iu',
);

/** « le client-là », « ces factures-là », « Dupont-là »: the demonstrative particle. */
const THERE = new RegExp(`(\\p{L}+)-l${A}(?![\\p{L}\\p{N}-])`, 'gu');

/** « ce jour-là », « cette semaine-là »: a moment pointed at, which dates read (kept). */
const MOMENTS =
  /^(?:jours?|semaines?|mois|moments?|soirs?|matins?|ann[ée]es?|ans?|dates?|heures?|fois|nuits?|week-?ends?)$/iu;

/** Whether the question says a payer after its pronoun (without the customers, the parse with them decides). */
export function payerAfterItsPronoun(text: string): boolean {
  return PAID_THEN_WHO.test(text) || DOES_THEN_WHO.test(text);
}

/** Whether a run of words said after the question names a customer (a word of a name, or a code). */
function namesACustomer(who: string, isNameWord: (norm: string) => boolean): boolean {
  return who
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length > 2 && (isNameWord(w) || /^c\d+$/.test(w)));
}

/**
 * The text with a West African way of asking where a customer stands in the parser's French. A
 * payer said after its pronoun is moved only when it holds a word of a customer's name or a code
 * (« elle a payé, Carrefour ? » stays: no figure for a name no customer has).
 */
export function withWestAfricanWords(text: string, isNameWord: (norm: string) => boolean): string {
  const moved = PAID_THEN_WHO.test(text)
    ? text.replace(PAID_THEN_WHO, (said, verb: string, paid: string, who: string, end: string) =>
        namesACustomer(who, isNameWord) ? `${who} ${verb} ${paid} ${end}` : said,
      )
    : text.replace(DOES_THEN_WHO, (said, does: string, who: string, end: string) =>
        namesACustomer(who, isNameWord) ? `${who} ${does} ${end}` : said,
      );
  if (!/quoi|koi|comment|combien|-l|pay|r[eé]gl|sold/iu.test(moved)) return moved;
  return moved
    .replace(HOW_IT_STANDS, 'où en est ')
    .replace(HOW_IT_STANDS_AFTER, ', où en est-il')
    .replace(HOW_LONG, 'depuis quand ')
    .replace(THERE, (said, word: string) => (MOMENTS.test(word) ? said : word));
}
