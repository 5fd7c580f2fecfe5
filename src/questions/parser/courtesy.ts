/**
 * A formal message's courtesy around its question (issue 16, twelfth round), beyond
 * ./politeness.ts: « Madame, Monsieur, », « pourriez-vous avoir l’amabilité / l’obligeance / la
 * gentillesse de me communiquer / m’indiquer / me lister / me présenter / me faire un point sur »,
 * « je vous serais reconnaissant(e) de (bien vouloir) … », « je vous prie », « je vous en
 * remercie », and a **signature**: a first name, an initial or a full name after a closing formula
 * at the end (« Cordialement, Paul », « Bien à vous, P. Girard », « Avec mes remerciements, Hélène
 * Moreau ») — never a customer. Blanked (replaced by spaces, every other word in its place) before
 * ./politeness.ts reads the rest.
 */
import { A, AP_OPT, E, SEP } from './regex-fragments';

/** A closing formula a signature may follow. */
const CLOSING = [
  `(?:tr${E}s${SEP}|bien${SEP})?cordialement`,
  `bien${SEP}${A}${SEP}(?:vous|toi)`,
  `(?:avec${SEP})?(?:(?:tous${SEP})?mes|nos)${SEP}(?:sinc${E}res${SEP}|vifs${SEP})?remerciements`,
  `(?:(?:avec${SEP})?mes${SEP}|meilleures${SEP}|sinc${E}res${SEP})?salutations(?:${SEP}distingu${E}es|${SEP}respectueuses)?`,
  `merci(?:${SEP}(?:beaucoup|bien|encore))?(?:${SEP}(?:d${AP_OPT}avance|par${SEP}avance))?`,
  `d${AP_OPT}avance${SEP}merci`,
  `(?:je${SEP}vous${SEP}(?:en${SEP})?remercie|en${SEP}vous${SEP}remerciant)(?:${SEP}(?:par${SEP}avance|d${AP_OPT}avance))?`,
  'respectueusement',
  'amicalement',
  `sinc${E}rement`,
  `(?:bonne|belle|excellente)${SEP}(?:journ${E}e|soir${E}e|fin${SEP}de${SEP}journ${E}e|semaine)`,
  `${A}${SEP}bient${'[oô]'}t`,
].join('|');

/** A signature's word: a capitalised name (« Paul », « Hélène », « Anne-Sophie ») or an initial (« P. »). */
const SIGNED = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\p{Lu}{2,})";

/** A signature's role after the name (« Paul Girard, commercial secteur Est »). */
const ROLE = "(?:\\s*,\\s*\\p{Ll}[\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){0,4})?";

/** Verbs a formal request asks with (what follows them is what is asked). */
const GIVING = [
  'communiquer',
  'indiquer',
  'lister',
  `pr${E}senter`,
  'dire',
  'donner',
  'transmettre',
  'fournir',
  `pr${E}ciser`,
  'adresser',
  'faire(?:[\\s\\-]+parvenir|[\\s\\-]+(?:un|le)[\\s\\-]+point[\\s\\-]+sur)',
  'remettre',
  `d${E}tailler`,
  `${E}diter`,
  'afficher',
  'montrer',
  'sortir',
  `conna${'[iî]'}tre`,
  'savoir',
  'obtenir',
].join('|');

const OBJECT = `(?:[\\s\\-]*(?:me\\b|nous\\b|m['’ʼ])[\\s\\-]*)?`;
const KINDNESS = `(?:l${AP_OPT}(?:obligeance|amabilit${E})|la${SEP}(?:bont${E}|gentillesse))`;

const FORMULAE: readonly RegExp[] = [
  // A signature at the end: « …? Cordialement, Paul », « Bien à vous, P. Girard ».
  new RegExp(
    `(?<![\\p{L}])(?:${CLOSING})[\\s,.;!\\-]*(${SIGNED}(?:\\s+${SIGNED}){0,2}${ROLE})?[\\s.!]*$`,
    'giu',
  ),
  // « Madame, Monsieur, », « Monsieur, », « Chère Madame, », « Bonjour Madame, » at the start — with
  // its comma (« Monsieur Girard voudrait … » names who asks).
  new RegExp(
    `^\\s*(?:(?:bonjour|bonsoir)${SEP})?(?:(?:ch${E}re?s?|tr${E}s${SEP}ch${E}re?s?)${SEP})?(?:madame|monsieur|mesdames|messieurs)` +
      `(?:[\\s,]+(?:madame|monsieur|mesdames|messieurs))*\\s*[,;:!]+\\s*`,
    'iu',
  ),
  // The bot greeted by its name (« Bonjour Relances, », « Salut Relances ! », « Chère Relances, »):
  // a greeting, never the reminders (twenty-seventh round).
  new RegExp(
    `^\\s*(?:bonjour|bonsoir|salut|hello|coucou|hey|cher|ch${E}re|allo|all${'[oô]'})[\\s,]+relances?\\s*(?:[,;:!.\\n]+|$)\\s*`,
    'iu',
  ),
  // « pourriez-vous (avoir | bien vouloir avoir) l’amabilité de (bien vouloir) me communiquer »,
  // « auriez-vous la gentillesse de me faire un point sur », « ayez l’obligeance de ».
  new RegExp(
    `(?<![\\p{L}])(?:(?:(?:pourriez|pouvez|voudriez|voulez|auriez|aurais|pourrais|peux)${SEP}(?:vous|tu)${SEP}(?:bien${SEP}vouloir${SEP})?(?:avoir${SEP})?|ayez${SEP})` +
      `${KINDNESS}${SEP}(?:de|d${AP_OPT})|je${SEP}vous${SEP}serais${SEP}(?:tr${E}s${SEP}|fort${SEP})?(?:reconnaissante?|oblig${E}e?)${SEP}(?:de|d${AP_OPT}|si${SEP}vous${SEP}pouviez))` +
      `(?:\\s*bien${SEP}vouloir)?\\s*${OBJECT}(?:(?:${GIVING})(?![\\p{L}]))?`,
    'giu',
  ),
  // « je vous prie » alone (« je vous prie de … » is ./politeness.ts'), « je vous en remercie ».
  new RegExp(
    `(?<![\\p{L}])je${SEP}vous${SEP}(?:en${SEP})?(?:prie|remercie)(?!${SEP}(?:de|d['’ʼ]))(?![\\p{L}])`,
    'giu',
  ),
];

/** The message with its courtesy formulae and its signature blanked out (same length). */
/**
 * A signature as written: capitals checked case-sensitively (the formulae are read in any case, and
 * a case-insensitive `\\p{Lu}` matches any letter: « merci, la SGH » names a customer).
 */
const SIGNATURE = new RegExp(`^${SIGNED}(?:\\s+${SIGNED}){0,2}${ROLE}$`, 'u');

export function withoutCourtesy(text: string): string {
  let out = text;
  for (const re of FORMULAE)
    out = out.replace(re, (m: string, signed?: string) =>
      typeof signed === 'string' && !SIGNATURE.test(signed) ? m : ' '.repeat(m.length),
    );
  return out;
}
