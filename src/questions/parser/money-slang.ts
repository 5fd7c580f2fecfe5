/**
 * A colleague's slang of money (issue 16, twenty-first round), rewritten into the French the parser
 * reads:
 * - « (combien) ils ont lâché / raqué / casqué / craché », « la SGH nous a versé »: a customer paid
 *   us (« payé ») — after a customer's auxiliary only: « on a versé », « j'ai lâché l'affaire »
 *   keep their words (what we paid, or gave up, is no money received);
 * - « la thune (le fric, le pognon, les sous, le blé, l'oseille) qui rentre (qui arrive, qui tombe) »:
 *   the payments received (« les encaissements »);
 * - « les mecs (les gars, les types) de la SGH »: the customer (« ceux de la SGH »);
 * - « file-moi », « refile-moi », « filez-moi »: « donne-moi »;
 * - « ça fait combien (au total) ? »: « combien » — no « fait » of the journal (thirty-second round;
 *   « ça fait combien de jours que … » keeps its words);
 * - « on est dans le rouge avec qui ? », « qui nous met dans le rouge ? »: who owes us most
 *   (thirty-first round); « on est dans le rouge avec la SGH ? » what that customer owes (thirty-fourth).
 */
import { A, AP, AP_OPT, B, E, SEP, W } from './regex-fragments';

/** Slang for paying: « lâché », « raqué », « casqué », « craché », and « versé ». */
const PAID = `(?:l${A}ch|raqu|casqu|crach|vers)${E}(?:e?s?)`;

/**
 * The subject said again after the auxiliary (issue 16, twenty-third round: « combien l'EHPAD Les
 * Tilleuls nous a-t-il versé ? », « les Tilleuls ont-ils raqué ? »): the customer's still.
 */
const INVERTED = `${SEP}(?:t${SEP})?(?:il|elle|ils|elles)${B}`;

/** A customer's auxiliary: not after « on », « je », « tu », « nous / vous » as subjects. */
const PAID_BY_THEM = new RegExp(
  `(?<!(?:${W}(?:on|je|tu)\\s+))${W}(a|ont|avait|avaient|aurait|auraient)(${INVERTED})?(\\s+(?:bien|d${E}j${A}|enfin|finalement|combien|tout|encore)\\s+)?\\s*${PAID}` +
    `(?!\\s+(?:l${AP}affaire|le\\s+morceau|prise|l${AP}info))${B}`,
  'giu',
);

const MONEY = `(?:la\\s+thune|les\\s+thunes|le\\s+fric|le\\s+pognon|les\\s+sous|le\\s+bl${E}|l${AP}oseille|la\\s+maille|le\\s+flouze)`;
const COMING_IN = new RegExp(
  `${W}${MONEY}\\s+(?:qui|qu${AP_OPT}on)\\s+(?:rentre(?:nt)?|arrive(?:nt)?|tombe(?:nt)?|a\\s+(?:touch${E}|re[çc]u|encaiss${E}))${B}`,
  'giu',
);

const GUYS = new RegExp(
  `${W}les\\s+(?:mecs|gars|types|keums|meufs)\\s+(?=(?:de|du|des|d${AP_OPT}|chez)${B})`,
  'giu',
);

const GIVE = new RegExp(`${W}(?:re)?fil(?:e|es|ez)${SEP}moi${B}`, 'giu');

const IN_THE_RED = new RegExp(
  `${W}(?:(?:(?:on${SEP}est|on${SEP}${E}tait|nous${SEP}sommes|sommes${SEP}nous|est${SEP}on)${SEP})?dans${SEP}le${SEP}rouge${SEP}avec${SEP}qui|qui${SEP}(?:est|sont)${SEP}dans${SEP}le${SEP}rouge|qui${SEP}nous${SEP}met${SEP}dans${SEP}le${SEP}rouge|avec${SEP}qui${SEP}(?:on${SEP}est|sommes${SEP}nous|est${SEP}on)${SEP}dans${SEP}le${SEP}rouge)${B}`,
  'giu',
);

/** « on est dans le rouge avec la SGH ? »: what that customer owes us (thirty-fourth round). */
const IN_THE_RED_WITH = new RegExp(
  `${W}(?:(?:on${SEP}est|on${SEP}${E}tait|nous${SEP}sommes|sommes${SEP}nous|est${SEP}on)${SEP})?(?:encore${SEP}|toujours${SEP})?dans${SEP}le${SEP}rouge${SEP}avec${SEP}(?!qui${B})`,
  'giu',
);

const HOW_MUCH = new RegExp(
  `${W}(?:[cç]a|cela)${SEP}(?:nous${SEP}|me${SEP})?fait${SEP}(?=combien${B}(?!${SEP}de${SEP}(?:temps|jours?|mois|semaines?|ann)))`,
  'giu',
);

const SLANG =
  /fait|rouge|l[aâ]ch|raqu|casqu|crach|vers|thune|fric|pognon|sous|bl[eé]|oseille|maille|flouze|mecs|gars|types|keums|meufs|fil/iu;

/** The text with the slang of money in the French the parser reads. */
export function withMoneySlang(text: string): string {
  if (!SLANG.test(text)) return text;
  return text
    .replace(
      PAID_BY_THEM,
      (_m: string, aux: string, inverted?: string, adverb?: string) =>
        `${aux}${inverted ?? ''}${adverb ?? ' '}payé`,
    )
    .replace(COMING_IN, 'les encaissements')
    .replace(GUYS, 'ceux ')
    .replace(GIVE, 'donne-moi')
    .replace(IN_THE_RED, 'qui nous doit le plus')
    .replace(IN_THE_RED_WITH, 'combien nous doit ')
    .replace(HOW_MUCH, '');
}
