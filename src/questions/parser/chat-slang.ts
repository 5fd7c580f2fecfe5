/**
 * A work-study student's chat (issue 16, twelfth round): « je dois faire koi ajd 🥱 », « jdois faire
 * quoi demain mdr », « c koi le programme ajd », and chat that is no question at all: « tu fais quoi
 * ce soir mdr 🍕 ». Emojis are never read (the tokens are letters and digits), and « mdr », « ptdr »,
 * « lol », « jpp », « xD » are vocabulary (`CHAT_WORDS`), never a customer's name.
 * - **what to do on a day**: « je dois / on doit / faut / je fais / on fait / jvais faire quoi », « ya koi »
 *   with a day of work in the message (« ajd », « aujourd'hui », « demain », « ce matin », a weekday)
 *   is « que dois-je faire … ? », the day's proposals; « le programme / mon planning (d')ajd » is today's. « on a
 *   fait quoi ajd ? » (done) is not rewritten: it is the journal's.
 * - **small talk**: « tu fais quoi / vous faites quoi / que fais-tu » about the evening, the weekend,
 *   lunch or holidays (« ce soir », « ce week-end », « ce midi », « de beau ») asks nothing Relances
 *   answers — not understood, not the help (which « tu fais quoi ? » alone still is).
 */

/** Chat interjections: vocabulary, never a customer's name (./vocabulary.ts). */
export const CHAT_WORDS = `
mdr mdrr mdrrr ptdr lol lool xd jpp jpl oklm wesh bref tkt hihi haha hahaha hehe ouf pfff pff bof
`;

/** A day of work, as typed in a chat (before ./informal.ts rewrites « ajd »). */
const WORK_DAY =
  /\b(?:aujourd['’ ]?hui|ajd|auj|aujd|ojd|ojourdhui|demain|dmain|2main|ce\s+matin|cet\s+aprem|cette\s+semaine|lundi|mardi|mercredi|jeudi|vendredi)\b/iu;

/** « je dois faire koi », « jdois faire quoi », « faut faire quoi », « on fait quoi », « ya koi »: what to do. */
const WHAT_TO_DO =
  /\b(?:(?:je|j['’]?|on|nous)\s*(?:dois|doit|devons|vais|va|fais|fait|faisons)|jdois|jvais|jfais|(?:il\s+)?faut(?:-il)?|(?:il\s+)?y\s*a|ya)\s+(?:faire\s+)?(?:quoi|koi|koa|kwa)\b/giu;

/** « le programme ajd », « mon planning d'aujourd'hui »: the programme of the day, today. */
const TODAYS_PROGRAMME = /\b(?:programme|planning)\s+(?:d['’]\s*)?(?:aujourd['’ ]?hui|ajd|auj|aujd|ojd)\b/giu;

/** « tu fais quoi ce soir », « vous faites quoi de beau ce week-end », « que fais-tu ce midi ». */
const SMALL_TALK =
  /\b(?:tu\s+(?:fais|fait|fai)|vous\s+faites|que\s+fais[-\s]tu|que\s+faites[-\s]vous|qu['’]\s*est[-\s]ce\s+que\s+tu\s+fais)(?:\s+(?:quoi|koi))?\s+(?:de\s+(?:beau|bon|ta\s+vie|votre\s+vie)|ce\s+(?:soir|midi|week-?end|we|wk|samedi|dimanche)|cette\s+nuit|demain\s+soir|(?:à|a)\s+midi|pour\s+(?:les\s+vacances|no[eë]l|le\s+(?:d[ée]j|d[ée]jeuner|d[îi]ner|r[ée]veillon|nouvel\s+an))|samedi|dimanche|cet\s+(?:été|ete|hiver))(?![\p{L}\p{N}])/iu;

/**
 * « situation c014 vite fait », « les impayés en vitesse », « rapidos » (issue 16, fourteenth round:
 * a night owl): haste closing a clause, a filler — « fait » in it read the journal (done).
 */
const IN_HASTE =
  /(?<![\p{L}\p{N}])(?:vite\s+fait(?:\s+bien\s+fait)?|en\s+vitesse|rapidos|fissa)(?=\s*(?:[,.…!?;:]|$|et\s))/giu;

/**
 * An angry interjection (issue 16, fourteenth round: an angry boss): « C'EST QUOI CE BAZAR, encore
 * des factures en retard … ??? », « quel bordel », « c'est n'importe quoi », « ras le bol ». It asks
 * nothing; its noun (« BAZAR ») is no customer. Left out; what follows is the question.
 */
const MESS =
  '(?:bazar|bordel|binz|souk|merdier|foutoir|cirque|chantier|carnage|d[ée]lire|cin[ée]ma|truc\\s+de\\s+fou)';
const ANGRY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:c['’]?\\s*est\\s+quoi\\s+(?:ce|ces|cette)\\s+${MESS}|c\\s+koi\\s+(?:ce|ces)\\s+${MESS}|(?:quel|mais\\s+quel)\\s+${MESS}|` +
    `c['’]?\\s*est\\s+(?:(?:vraiment|encore|toujours)\\s+)?(?:n['’]?\\s*importe\\s+quoi|(?:le|un)\\s+${MESS}|pas\\s+(?:possible|croyable|vrai))|` +
    `(?:j['’]?\\s*en\\s+ai|on\\s+en\\s+a)\\s+(?:marre|ras\\s+le\\s+bol|assez)|ras\\s+le\\s+bol)(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * A Gen-Z apprentice's fillers (issue 16, nineteenth round): « wsh », « frr », « frérot », « sah »,
 * « wallah », « askip » (so it seems), « jsp » (I don't know), « tkt » (don't worry), « genre »
 * (like) — around what is asked, never a word of it: « les relances du jour frr » is the day's card,
 * « la revue hebdo wsh » the weekly review. « genre » is a noun after a determiner or before « de »
 * (« quel genre de relances ») and stays.
 */
const GEN_Z_FILLER =
  /(?<![\p{L}\p{N}])(?:wsh|wesh|fr{2,}|fr[ée]rot|fr[ée]ro|sah|wallah|wlh|askip|jsp|tkt|(?<!(?:quel|quelle|quels|quelles|ce|un|le|du|de|en|mon|ton|son|m[êe]me)\s+)genre(?!\s+(?:de|d['’])))(?![\p{L}\p{N}])/giu;

/** The text with haste and anger, fillers, left out — before anything reads it (« point sgh vite fait »). */
export function withoutHasteOrAnger(text: string): string {
  return text.replace(IN_HASTE, ' ').replace(ANGRY, ' ').replace(GEN_Z_FILLER, ' ');
}

/**
 * « je commence par quoi aujourd’hui ? », « par quoi je commence ce matin ? », « on attaque par quoi
 * demain ? » (issue 16, nineteenth round: the new credit controller): where to start a day of work,
 * its proposals — like « que dois-je faire ».
 */
const WHERE_TO_START =
  /(?<![\p{L}\p{N}])(?:(?:je|j['’]?|on)\s*(?:commence|commencerai|attaque|d[ée]marre)\s+par\s+(?:quoi|koi)|par\s+(?:quoi|koi|o[uù])\s+(?:je|j['’]?|on)\s*(?:commence|attaque|d[ée]marre)|par\s+(?:quoi|o[uù])\s+commencer|par\s+(?:quoi|koi|o[uù])\s+(?:dois[-\s]je|je\s+dois|doit[-\s]on|on\s+doit|faut[-\s]il|il\s+faut)\s+(?:commencer|attaquer|d[ée]marrer))(?![\p{L}\p{N}])/giu;

/** The text with what to do on a day said as « que dois-je faire ». */
export function withChatSlang(text: string): string {
  let out = text.replace(TODAYS_PROGRAMME, 'programme du jour aujourd’hui');
  if (WORK_DAY.test(out))
    out = out.replace(WHAT_TO_DO, 'que dois-je faire').replace(WHERE_TO_START, 'que dois-je faire');
  return out;
}

/**
 * A farewell (issue 16, fourteenth round: a night owl): « bonne nuit relances... à demain », « ciao
 * Relances », « à demain relances ! ». Its words, the bot's name, thanks and punctuation are all the
 * message says: a farewell, not the day's proposals for tomorrow nor the journal (« relances »).
 */
const FAREWELL =
  /(?<![\p{L}\p{N}])(?:bonne\s+(?:nuit|soir[ée]e|journ[ée]e|fin\s+de\s+(?:journ[ée]e|soir[ée]e))|bon\s+(?:week-?end|we|wk|dimanche|samedi|apr[eè]s-midi|aprem)|au\s+revoir|[àa]\s+(?:demain|plus(?:\s+tard)?|\+|bient[ôo]t|la\s+prochaine|tout\s+[àa]\s+l['’]?\s*heure|lundi|tout(?:\s+de\s+suite)?)|a\+|ciao|tchao|bye(?:\s*bye)?|bisous?|salut|bonsoir)(?![\p{L}\p{N}])/giu;
const LEFT_WITH_A_FAREWELL =
  /(?<![\p{L}\p{N}])(?:relances?|merci(?:\s+(?:beaucoup|encore|pour\s+tout|bien))?|et|ok|okay|voil[àa]|c['’]?\s*est\s+tout|pour\s+(?:aujourd['’ ]?hui|ce\s+soir|cette\s+semaine)|[àa]\s+tous|les\s+amis|l['’]\s*[ée]quipe|toi|vous|hein)(?![\p{L}\p{N}])/giu;

/**
 * An opinion on the work or the asker's own plan, stated, nothing asked (fortieth round): « les
 * relances c'est vraiment pas sexy mais bon faut bien le faire lol », « je vais finir par aller
 * chercher le cash moi-même avec une batte de baseball ».
 */
const OPINION =
  /(?<![\p{L}\p{N}])c['’]?\s*est\s+(?:(?:vraiment|trop|pas|tellement|super|hyper|grave)\s+)*(?:sexy|fun|glamour|chiant|p[ée]nible|ennuyeux|gonflant|saoulant|rigolo|marrant|dr[ôo]le|passionnant|excitant)(?![\p{L}\p{N}])/iu;
/** « La procédure de relance me semble globalement respectée » (forty-third round): a finding, stated. */
const FINDING =
  /(?<![\p{L}])(?:me|nous)\s+sembl(?:e|ent)\s+(?:[\p{L}]+\s+){0,2}?(?:respect[ée]e?s?|correcte?s?|conformes?|satisfaisante?s?|coh[ée]rente?s?|suivie?s?|appliqu[ée]e?s?)(?![\p{L}])/iu;
const OWN_PLAN =
  /^\s*(?:bon\s+|bref\s+)?je\s+vais\s+(?:finir\s+par\s+)?.*(?<![\p{L}])moi[-\s]m[êe]me(?![\p{L}])/iu;

/**
 * Whether the message is small talk with the bot about its evening, weekend or lunch, a farewell, or
 * an opinion, a finding or the asker's plan stated without a question.
 */
export function isSmallTalk(text: string): boolean {
  if (SMALL_TALK.test(text)) return true;
  if (!text.includes('?') && (OPINION.test(text) || OWN_PLAN.test(text) || FINDING.test(text))) return true;
  if (text.search(FAREWELL) < 0) return false;
  const left = text.replace(FAREWELL, ' ').replace(LEFT_WITH_A_FAREWELL, ' ');
  return !/[\p{L}\p{N}]/u.test(left);
}
