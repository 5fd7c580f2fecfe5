/**
 * A Normandy sales rep's turns (issue 16, twenty-ninth round), rewritten in the text into the French
 * the parser reads, before commands and questions read it:
 * - « point » as the negation (« il a point payé », « ça bouge point », « qu'ont cor point été
 *   réglées »): « pas » — never in « faire le point », « un bon point », « point sur », « Au Bon
 *   Point » (« j'voudrais point arriver les mains vides » gave the restaurant's telephone);
 * - « cor » (encore), « o » before a person or a name (avec: « réglé o eux »), « qu'ont » / « qu'est »
 *   for « qui ont » / « qui est » (« ce qu'est passé en perte »), « à c't'heure » (now);
 * - the question's « -y » (« elle nous doit-y … ? », « il a-t-y … ? », « ça va-t-y … ? »);
 * - what asks nothing: « dame », « bé », « p'têt ben (qu'oui / qu'non) », « et pis » (« tantôt » stays:
 *   the afternoon, today).
 * A word of a customer's name is never rewritten.
 */
import { AP, AP_OPT, E, S, W } from './regex-fragments';
import { withWordRules, wordRule, type WordRule } from './word-rules';

const rule = wordRule;

/** « à c't'heure »: now. */
const A_CT = `[àa]${S}c${AP}t${AP}heure`;

const RULES: readonly WordRule[] = [
  rule(`p${AP_OPT}t${E}t${S}ben(?:${S}qu${AP}(?:oui|non))?`, ' '),
  rule(`(?<!-)dame|b${E}(?=\\s*[,.?!]|\\s*$)`, ' '),
  rule(`,?\\s*b[ée]\\s*,`, ','),
  rule(`${A_CT}`, 'maintenant'),
  rule(`et${S}pis`, 'et puis'),
  rule(`cor`, 'encore'),
  rule(`qu${AP}ont`, 'qui ont'),
  rule(`(?<=(?:ce|c${AP}est|qu${AP}est${S}ce)${S})qu${AP}est`, 'qui est'),
  rule(`qu${AP}est${S}ce${S}qu${AP}a${S}(?=${E}t${E})`, 'qu’est-ce qui a '),
];

/** Words before « point » that keep it a noun (« faire le point », « un bon point », « au point »). */
const NOUN_BEFORE =
  /(?:^|[\s'’])(?:le|un|bon|au|ce|du|faire|fais|faites|refaire|mon|ton|notre|votre|petit|dernier|premier|chaque|en|de|d|l|par|ordre|du)\s*$/iu;
/** Words after « point » that keep it a noun (« point sur », « point hebdo », « point de situation »). */
const NOUN_AFTER = /^\s*(?:sur|de|d['’]|du|des|hebdo|mensuel|complet|rapide|précis|precis|avec|à|a\b|par)/iu;

/** « point » said for « pas », after a word (« point Julien Bernard », « - point X » ask a review). */
function pointAsNo(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])point(?![\p{L}\p{N}])/giu, (said, at: number, whole: string) =>
    !/\p{L}\s+$/u.test(whole.slice(0, at)) ||
    NOUN_BEFORE.test(whole.slice(0, at)) ||
    NOUN_AFTER.test(whole.slice(at + said.length))
      ? said
      : 'pas',
  );
}

/** « o » before a pronoun or a capitalised name: « avec » (« réglé o eux », « o Dupont »). */
const WITH = new RegExp(`${W}o(?=\\s+(?:eux|elles?|lui|moi|nous|vous|[A-ZÉÈ]))`, 'gu');

/** The question's « -y » after its verb (« doit-y », « a-t-y », « va-t-y »). */
const ASKING_Y = /(?<=\p{L})(?:-t)?-y(?![\p{L}\p{N}])/gu;

const NORMAN =
  /(?<![\p{L}\p{N}])(?:cor|dame|b[ée]|p['’]?t[êe]t|c['’]t['’]heure|qu['’]ont|point|o|pis)(?![\p{L}\p{N}])|\p{L}-t?-y(?![\p{L}])/iu;

/** The text with the Normandy rep's turns in the French the parser reads. */
export function withNormandyWords(text: string, isNameWord: (norm: string) => boolean): string {
  if (!NORMAN.test(text)) return text;
  const asked = pointAsNo(text).replace(WITH, 'avec').replace(ASKING_Y, '');
  return withWordRules(asked, RULES, isNameWord);
}
