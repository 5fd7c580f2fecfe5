/**
 * Politeness and framing never name a customer nor give a command (issue 16): « Bonjour, … »,
 * « …, s’il vous plaît », « merci (d’avance) », « serait-il possible d’obtenir … »,
 * « pourriez-vous … », « je voudrais / je souhaiterais (connaître / voir) … », « stp », « svp »,
 * « dis-moi », « peux-tu me donner ». These words are blanked out of the message (replaced by
 * spaces, so that every other word keeps its place and a name is still quoted as typed) before the
 * commands and the question are read: what is left is what is asked.
 */
import { A, AP_OPT, E, I, SEP } from './regex-fragments';

/** Verbs of asking that a framing may end with (« obtenir », « connaître », « voir »…). */
const ASKING_VERBS = [
  'obtenir',
  'avoir',
  `conn${A}${I}tre`,
  'voir',
  'savoir',
  'recevoir',
  'consulter',
  `r${E}cup${E}rer`,
  `conna${I}t`,
  'sortir',
].join('|');

/** Verbs of giving after « pourriez-vous (me) … », « peux-tu (me) … », « dis-moi ». */
const GIVING_VERBS = [
  'donner',
  'dire',
  'indiquer',
  'communiquer',
  'montrer',
  'afficher',
  'sortir',
  'fournir',
  `pr${E}senter`,
  'transmettre',
  `pr${E}parer`,
].join('|');

/** « me », « nous », and the thing asked said before (« pouvez-vous me les sortir ? »). */
const OBJECT = `(?:[\\s\\-]*(?:me\\b|nous\\b|m['’ʼ])[\\s\\-]*(?:(?:les|la|le)[\\s\\-]+|l['’ʼ]\\s*)?)?[\\s\\-]*`;

const FRAMINGS: readonly RegExp[] = [
  // Greetings at the start: « Bonjour, », « Salut ! », « Bonsoir Relances, ».
  new RegExp(`^\\s*(?:bonjour|bonsoir|salut|coucou|hello|hey)\\b[\\s,;:!.]*`, 'iu'),
  // « s’il vous plaît », « s’il te plaît », « svp », « stp ».
  new RegExp(`\\bs${AP_OPT}il${SEP}(?:vous|te)${SEP}pl${A}${I}t\\b`, 'giu'),
  /\b(?:svp|stp|svpl|please|pls|plz)\b/giu,
  // Thanks for the help given (« merci pour ton aide », « un grand merci pour votre réponse »,
  // « thanks for your help »): thanks after an answer, never the help asked.
  new RegExp(
    `\\b(?:un${SEP}grand${SEP})?(?:merci|mersi|cheers|thanks|thx)(?:${SEP}(?:beaucoup|bien|encore|mille${SEP}fois))*${SEP}(?:pour|de)${SEP}(?:(?:ton|ta|votre|vos|tes|cette)${SEP}|l${AP_OPT}\\s*)(?:aide|coup${SEP}de${SEP}main|soutien|r${E}ponses?)\\b`,
    'giu',
  ),
  /\b(?:many\s+)?(?:thanks|thank\s+you|thx)\s+(?:(?:so|very)\s+much\s+)?for\s+(?:your|the|all\s+your)\s+help\b/giu,
  // British thanks at either end (« weekly review, cheers », « many thanks »): a command stays one.
  /\b(?:cheers|many\s+thanks|thanks|thank\s+you|thx)\b/giu,
  // A Romanian-born accountant's thanks and please (« mulțumesc », « vă rog »; thirty-second round).
  /(?<![\p{L}])(?:mul[țţt]umesc(?:\s+frumos)?|mersi|v[ăa]\s+rog)(?![\p{L}])/giu,
  // « merci de (bien vouloir) m’afficher … », « veuillez me donner … », « je vous prie de … »: a
  // request's framing, the verb after it is what is asked (never « merci d’avance »).
  new RegExp(
    `\\b(?:merci${SEP}(?:de|d${AP_OPT})(?!avance)|je${SEP}vous${SEP}prie${SEP}(?:de|d${AP_OPT}))(?:\\s*bien${SEP}vouloir)?${OBJECT}|\\bveuillez(?:${SEP}bien)?${OBJECT}`,
    'giu',
  ),
  // « merci (beaucoup | d’avance | par avance | bien) », « d’avance merci ».
  new RegExp(
    `\\bd${AP_OPT}avance${SEP}merci\\b|\\bmerci(?:${SEP}(?:beaucoup|bien|d${AP_OPT}avance|par${SEP}avance))*\\b`,
    'giu',
  ),
  // « (est-ce qu’il) serait(-il) possible d’obtenir », « est-il possible de voir », « ce serait possible de ».
  new RegExp(
    `\\b(?:(?:est${SEP}ce${SEP}qu${AP_OPT}il${SEP}|ce${SEP})?serait(?:${SEP}il)?|est${SEP}il|il${SEP}serait|c${AP_OPT}est)${SEP}possible` +
      `(?:${SEP}(?:de|d${AP_OPT})\\s*${OBJECT}(?:(?:${ASKING_VERBS}|${GIVING_VERBS})\\b)?)?`,
    'giu',
  ),
  // « pourriez-vous (me) (donner) », « pouvez-vous », « peux-tu (me) (donner) », « tu peux me dire ».
  new RegExp(
    // Not before « faire », « demander », « poser »: « que peux-tu faire ? », « que puis-je vous
    // demander ? » ask what the bot does (the help).
    `\\b(?:(?:pourriez|pouvez|pourrais|peux|peut)${SEP}(?:vous|tu|on)|(?:vous|tu)${SEP}(?:pourriez|pouvez|pourrais|peux))(?!${SEP}(?:faire|demander|poser)\\b)` +
      `${OBJECT}(?:(?:${GIVING_VERBS}|${ASKING_VERBS})\\b)?`,
    'giu',
  ),
  // « je voudrais (connaître) », « j’aimerais (voir) », « je souhaiterais », « je veux savoir ».
  new RegExp(
    `\\b(?:je|j${AP_OPT})\\s*(?:voudrais|voudrai|aimerais|aimerai|souhaiterais|souhaiterai|souhaite|veux|voulais|d${E}sire|d${E}sirerais)` +
      `(?:${SEP}(?:bien|juste|simplement))?(?:${SEP}(?:${ASKING_VERBS})\\b)?`,
    'giu',
  ),
  // A formal request's framing: « Auriez-vous l’obligeance de m’indiquer … », « Auriez-vous la bonté
  // de me remettre … », « Seriez-vous assez aimable pour … », « Je vous saurais gré de … », « Ayez
  // l’amabilité de … » — politeness like « pourriez-vous »; the verb after it (giving, asking,
  // summing up) is blanked with it: what follows is what is asked.
  new RegExp(
    `\\b(?:(?:(?:auriez|aurais|voudriez)${SEP}(?:vous|tu)${SEP}|ayez${SEP})` +
      `(?:l${AP_OPT}(?:obligeance|amabilit${E})|la${SEP}(?:bont${E}|gentillesse))${SEP}(?:de|d${AP_OPT})` +
      `|(?:seriez${SEP}vous|serais${SEP}tu)(?:${SEP}assez)?${SEP}(?:aimable|gentil|gentille)${SEP}(?:pour|de|d${AP_OPT})` +
      `|je${SEP}vous${SEP}saurais${SEP}gr${E}${SEP}(?:de|d${AP_OPT}))` +
      `\\s*${OBJECT}(?:(?:${GIVING_VERBS}|${ASKING_VERBS}|remettre|transmettre|pr${E}ciser|r${E}capituler|r${E}sumer|lister)\\b)?`,
    'giu',
  ),
  // « excusez-moi », « pardon », « désolé de vous déranger ».
  new RegExp(
    `\\b(?:excusez|excuse)${SEP}moi\\b|^\\s*pardon\\b|\\bd${E}sol${E}e?${SEP}de${SEP}(?:vous|te)${SEP}d${E}ranger\\b`,
    'giu',
  ),
  // Sign-offs of a formal message: « Cordialement », « Bien à vous », « Bonne journée »,
  // « Salutations (distinguées) », « Respectueusement », « Merci et bonne journée ».
  new RegExp(
    `\\b(?:(?:tr${E}s${SEP}|bien${SEP})?cordialement|bien${SEP}${A}${SEP}(?:vous|toi)|` +
      `(?:meilleures${SEP}|sinc${E}res${SEP})?salutations(?:${SEP}distingu${E}es)?|respectueusement|` +
      `(?:bonne|excellente)${SEP}(?:journ${E}e|soir${E}e|fin${SEP}de${SEP}journ${E}e)|` +
      `(?:je${SEP}vous${SEP}(?:en${SEP})?remercie|vous${SEP}remerciant)(?:${SEP}(?:par${SEP}avance|d${AP_OPT}avance))?)\\b`,
    'giu',
  ),
  // English apologies around a question (issue 16, eighth round): « Sorry my French is slow today,
  // what … ? », « Apologies, … », « sorry to bother you, … » — the clause up to its first
  // punctuation, and « sorry », « my French is bad », « (sorry) for my French » anywhere: never a
  // customer, and its « today » is no period.
  /^\s*(?:(?:hi|hello|hey)[\s,!]+)?(?:sorry|apologies|my\s+apologies|excuse\s+me|pardon\s+me)\b[^,.;:!?]{0,60}[,.;:!]/giu,
  /\b(?:sorry|apologies)\b|\bmy\s+french\s+is\s+(?:(?:a\s+bit|very|so|quite|pretty|really)\s+)?(?:slow|bad|poor|rusty|weak|terrible|awful|limited|not\s+(?:great|good|very\s+good))(?:\s+today)?\b|\bfor\s+my\s+(?:bad\s+|poor\s+)?french\b/giu,
  // « dis-moi », « dites-moi », « tu peux me dire » (above).
  /\b(?:dis|dites)[\s-]+moi\b/giu,
  // Fillers: « en fait », « au fait », « du coup » (never the verb « faire »).
  new RegExp(`\\b(?:en|au)${SEP}fait\\s*(?=[?!.,;]|$)|^\\s*(?:en|au)${SEP}fait\\b|\\bdu${SEP}coup\\b`, 'giu'),
];

/** The message with its politeness and framing blanked out (same length, every other word in place). */
export function withoutPoliteness(text: string): string {
  let out = text;
  for (const re of FRAMINGS) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}
