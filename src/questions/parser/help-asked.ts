/**
 * « Qu’est-ce que je peux vous demander ? », « quels types de requêtes puis-je formuler ? »,
 * « existe-t-il une liste des questions qu’on peut poser ? », « quel est le périmètre de cet
 * outil ? », « comment sa marche » (dictated): a question about what can be asked is the help,
 * whatever other word it holds. Rules, not sentences (issue 16, fifth round):
 * - **what can be asked**: a modal of possibility (« peut », « peux », « puis », « pouvez »,
 *   « possible ») with a verb of asking (« demander », « poser », « formuler », « taper »,
 *   « interroger ») and what is asked left open — « que », « quoi », « quel(le)s », « ce que »
 *   or a noun of questions (« questions », « requêtes », « demandes ») — so that « puis-je demander
 *   le DSO ? » stays the DSO;
 * - **a list of the questions**: « liste / types / exemples / sortes / genre des questions »;
 * - **the tool's scope**: « périmètre », « fonctionnalités », « capacités », « possibilités » of the
 *   tool or the bot (« cet outil », « tes fonctionnalités »);
 * - **how it works**: « mode d’emploi », « comment ça / sa marche », « comment je m’en sers » —
 *   when nothing else is asked (« comment ça marche le DSO ? » is the DSO).
 * These words are then the help's vocabulary: never a customer's name.
 */
import type { QueryIntent } from '../catalogue';
import type { Token } from './tokens';

const MODAL = '(?:peut|peux|peu|puis|pouvez|pouvons|pourrais|pourrait|pourrions|pourriez|possible|possibles)';
const ASK = '(?:demander|demande|poser|pose|formuler|taper|ecrire|saisir|interroger|questionner|preguntar)';
const OPEN = '(?:que|qu|quoi|quel|quels|quelle|quelles|ce)';
const ASKED_NOUNS = '(?:questions?|kestions?|requetes?|demandes?|interrogations?)';

/** Each rule reads the question's words, lower case without accents, one space apart. */
const RULES: readonly RegExp[] = [
  // A modal and a verb of asking close together, the object left open (before, or a noun of questions).
  new RegExp(`\\b${OPEN}\\b(?: \\S+){0,4} ${MODAL}(?: \\S+){0,3} ${ASK}\\b`),
  new RegExp(`\\b${ASKED_NOUNS}\\b(?: \\S+){0,4} ${MODAL}(?: \\S+){0,3} (?:${ASK}|faire)\\b`),
  new RegExp(`\\b${MODAL}(?: \\S+){0,3} ${ASK}(?: \\S+){0,2} (?:quoi|comme ${ASKED_NOUNS})\\b`),
  // « liste des questions », « types de requêtes », « exemples de demandes ».
  // (« la liste exhaustive des interrogations possibles »: an adjective between, fortieth round.)
  new RegExp(
    `\\b(?:liste|listes|types?|exemples?|sortes?|genres?|genre|catalogue)(?: (?:exhaustive|complete|detaillee|entiere|precise))?(?: de| des| d)? ${ASKED_NOUNS}\\b`,
  ),
  new RegExp(`\\b${ASKED_NOUNS} (?:possibles|autorisees|permises|disponibles|acceptees|prevues)\\b`),
  // « tu peux me sortir quoi comme rapports ? », « tu as quoi comme analyses ? »: the reports
  // Relances makes, what can be asked.
  new RegExp(
    `\\b(?:quoi|${OPEN}) (?:\\S+ ){0,4}comme (?:reporting|rapports?|reportings|etats|analyses|tableaux de bord|tableaux|stats|statistiques|indicateurs)\\b`,
  ),
  // « quelles informations êtes-vous en mesure de me fournir ? », « quelles données peux-tu me
  // donner ? »: what the bot can give, left open (twenty-fourth round).
  new RegExp(
    `\\b${OPEN}(?: \\S+){0,2} (?:informations?|infos?|donnees|renseignements|chiffres|indicateurs)\\b(?: \\S+){0,4} (?:en mesure de|capables? de|${MODAL}|sais|savez|sait)(?: \\S+){0,3} (?:fournir|donner|apporter|communiquer|sortir|montrer|proposer)\\b`,
  ),
  // « quelles infos tu peux me donner ? » once its request frame is read as politeness (« tu peux
  // me donner »): what information, nothing else said, is what can be asked.
  /^ (?:quel|quels|quelle|quelles) (?:autres? )?(?:informations?|infos?|renseignements|donnees)(?: (?:dispo|disponibles|utiles))? $/,
  // « What kinds of analyses can I run with this bot? » (its « what » and « of » read in French by
  // then: « quel kinds de analyses »), « what can I ask? » (twenty-fourth round).
  /\b(?:what|quel|quels|quelles) (?:kinds?|sorts?|types?) (?:of|de|d) (?:questions|analyses|analysis|reports|queries|things)\b|\bwhat can (?:i|we) (?:ask|run|do|get)\b/,
  // « what can I actually ask you? » (« quel can actually ask » once translated), « which reports am
  // I able to request from you? », « quelles analyses des créances êtes-vous en mesure de produire ? »:
  // what the bot can give, left open (fortieth round).
  /\b(?:what|quel) can (?:i |we )?(?:\S+ )?(?:ask|request|run|get)\b/,
  /^ (?:ok |so |alors )?(?:quel|quels|quelle|quelles|which|what) (?:\S+ ){0,3}?(?:analyses|rapports|reports|reportings?|etats|tableaux|indicateurs|statistiques|stats|syntheses|restitutions|editions|kpis?)\b(?: \S+){0,4} (?:pouvez|peux|peut|sais|savez|sait|en mesure|capable|capables|able|can|could)\b(?!(?: \S+){0,4} (?:about|sur|concernant|pour|de la|du|des clients?) \S)/,
  // « what are the things you can answer? », « what are you actually able to report on? », « what
  // you're able to do »; « every question I'm allowed to ask », « the questions this bot
  // understands »; « how should I phrase my questions », « any guidance on how … »; « the list of
  // commands » (thirty-seventh round: help asked in English).
  // (Read once translated: « what » is « quel », « to » « au », « do » « faire », « you » gone.)
  /\b(?:what|which|quel|quels|quelle|quelles)\b(?: \S+){0,4} (?:able|can|could|capable|capables)(?: to| au| a| de)?(?: \S+){0,1} (?:answer|do|faire|report|handle|understand|tell|help|show|give|repondre)\b(?!(?: \S+){0,2} (?:about|sur|concernant|au sujet) \S)/,
  /\bquestions?\b(?: \S+){0,3} (?:allowed|able|can|may|could)(?: to| au| a)? ask\b|\bquestions?\b(?: \S+){0,2} (?:this|the|you|your|ce|le) ?(?:bot|tool)? (?:understands?|knows?|can answer|answers)\b/,
  /\bhow (?:do|should|can|would) (?:i |we )?(?:ask|phrase|word|talk to|speak to|use|query)\b|\bguidance on how\b|\bphrase my questions\b|\bcommands\b/,
  // « liste des commandes (du bot) », « comment dois-je formuler mes demandes ? », « c'est quoi la
  // bonne façon de te parler ? », « quels types d'états de suivi pouvez-vous me restituer ? »,
  // « l'ensemble des analyses que cet outil est en mesure de produire » (thirty-seventh round).
  /\bliste des commandes\b(?! (?:de|du|des|d|en|a|bloquees?|clients?)\b)/,
  /\bcomment\b(?: \S+){0,4} (?:formuler|poser|rediger|tourner|ecrire|presenter) (?:mes|les|nos|ma|une|des) (?:demandes?|questions?|requetes?)\b/,
  /\b(?:bonne|meilleure|bonnes|meilleures) (?:facons?|manieres?) de (?:te |vous |lui )?(?:parler|demander|poser|ecrire|formuler|interroger|questionner|t ecrire|vous ecrire)\b/,
  /\b(?:types?|sortes?|genres?|liste|ensemble|tous les|toutes les)(?: de| des| d)? (?:etats|analyses|rapports|reportings?|tableaux|indicateurs|statistiques|stats|restitutions|editions|syntheses)\b(?: \S+){0,6} (?:pouvez|peux|peut|sais|savez|sait|en mesure|capable|capables|proposez|proposes|propose|restituer|produire|fournir|generer|editer|proposer)\b/,
  // « quelles sortes de rapports (pouvez-vous me fournir) ? », « which KPIs are available? »: the
  // kinds of reports, or what is available, and nothing else (thirty-eighth round).
  /^ (?:quel|quels|quelle|quelles|which|what) (?:sortes?|types?|genres?|kinds?) (?:de|d|of) (?:rapports|etats|analyses|indicateurs|kpis?|reportings?|reports|tableaux(?: de bord)?|stats|statistiques|restitutions|syntheses|metrics) $/,
  /^ (?:quel|quels|quelle|quelles|which|what)(?: \S+)? (?:available|disponibles?|dispo|dispos) $/,
  // « which reports can you give me? » (« quels reports » once its request frame is read): the
  // reports, and nothing else (fortieth round).
  // (« quels rapports je peux obtenir ? » reads « quels rapports montre moi » by then.)
  /^ (?:quel|quels|quelle|quelles|which|what) (?:reports|rapports|reportings?|analyses|kpis?|indicateurs|etats)(?: (?:montre|donne) moi)? $/,
  // « quels KPIs je peux sortir avec toi ? » (its « KPIs » read away: « quels je peux sortir »), « quels
  // indicateurs sont à ma disposition ? ».
  /^ (?:quel|quels|quelle|quelles)(?: (?:rapports|reports|analyses|kpis?|indicateurs|etats|stats|statistiques|tableaux de bord|reportings?))? (?:je|on) (?:peux|peut|pourrais|pourrait) (?:sortir|avoir|obtenir|extraire|consulter|tirer)(?: (?:avec|de) (?:toi|vous|ce bot|l outil|relances))? $/,
  /\b(?:aide|indicateurs|rapports|analyses|kpis?|etats|tableaux de bord|reportings?|fonctionnalites|features)\b(?: \S+){0,2} a (?:ma|notre|votre) disposition\b/,
  // « comment on ouvre un litige ? », « comment je note une promesse ? », « how do I open a
  // dispute? »: how to give a command — the help lists them, with their words (fortieth round).
  /\b(?:comment|how)\b(?: \S+){0,3} (?:ouvre|ouvrir|ouvrez|ouvres|leve|lever|levez|leves|enregistre|enregistrer|enregistrez|note|noter|notez|saisis|saisir|saisissez|ajoute|ajouter|ajoutez|declare|declarer|declarez|signale|signaler|signalez|cree|creer|creez|mets|mettre|open|lift|close|record|log|add|raise|enter) (?:un|une|le|la|l|a|an|the|new) (?:nouveau |nouvelle )?(?:litiges?|promesses?(?: de paiement)?|alias|contestations?|disputes?|promises?)\b/,
  // (In English once translated: « how do I open a dispute? » reads « how ouverts litige ».)
  /^ how(?: \S+){1,2} (?:litiges?|promesses?|alias|disputes?|promises?) $/,
  // « le périmètre (fonctionnel) de cet outil », « tes fonctionnalités », « ce que sait faire le bot ».
  // (« c quoi le scope de ce bot ? », « tes features », « les fonctionnalités mises à ma
  // disposition »: fortieth round.)
  new RegExp(
    `\\b(?:perimetre|scope|fonctionnalites?|features|capacites|possibilites)\\b(?: \\S+){0,3} (?:outil|bot|robot|assistant|appli|application|chatbot|relances|service)\\b` +
      `|\\b(?:tes|vos|ses|ton|votre) (?:fonctionnalites?|features|capacites|possibilites)\\b` +
      `|\\b(?:fonctionnalites|features)\\b(?: \\S+)? (?:disponibles|dispo|dispos|mises? a (?:ma|notre|votre) disposition|proposees|offertes)\\b`,
  ),
  // « y a un menu ou un truc du genre ? », « il y a une FAQ ? ».
  /\b(?:y a|il y a|t as|vous avez|existe t il)(?: \S+)? (?:un|une) (?:menu|sommaire|faq)\b/,
];

/**
 * How it works — only when nothing else is asked: « comment ça marche le DSO ? » asks the DSO (its
 * card defines it).
 */
const HOW_IT_WORKS: readonly RegExp[] = [
  // « mode d’emploi », « comment ça marche » typed « sa », « comment je m’en sers ».
  /\bmode d emploi\b|\bcomment (?:sa|ca|ça) (?:marche|fonctionne)\b|\bcomment (?:je|on) m? ?(?:en|s en) (?:sers?|sert)\b/,
  // « comment on se sert de l’outil ? », « aide-moi à utiliser ce truc ».
  /\bcomment (?:je|on) (?:me|se) (?:sers|sert)\b|\baide[sz]? moi a (?:utiliser|me servir|comprendre)\b/,
  // « comment on l’utilise ? », « comment utiliser ce machin », « comment ça s’utilise ».
  /\bcomment (?:(?:je|on|faire pour) (?:l |les )?)?(?:utilise|utiliser|utilises)\b|\bcomment (?:sa|ca) s utilise\b/,
  // A cry for help: « au secours », « à l’aide », « je suis paumé(e) », « j’y comprends rien », « je
  // ne sais pas m’en servir » (« perdu » is a word of losses: « ce qu’on a perdu cette année »).
  // « vous savez faire quoi ? », « qu’est-ce que vous pouvez faire ? », « tu sais faire quoi au juste ? »
  // (issue 16, fourteenth round): what the bot can do (« savoir » read « pouvoir »: ./belgian.ts).
  /\b(?:tu|vous|il|elle|relances|le bot|l outil) (?:sais|sait|savez|peux|peut|pouvez|pourrais|pourriez) (?:bien |vraiment |donc )?faire quoi\b|\b(?:que|qu est ce que|ce que) (?:tu |vous |relances |le bot )?(?:sais|sait|savez|peux|peut|pouvez|pourrais|pourriez)(?: tu| vous)? (?:bien |vraiment |donc )?faire\b/,
  // « t'as un user guide ou un tuto ? », « y a une notice ? » (thirty-seventh round).
  /\b(?:user guide|user manual|manual|tutorial|tuto|tutos|tutoriel|notice|guide utilisateur|guide d utilisation|guide de l utilisateur|documentation|doc utilisateur)\b/,
  /\bau secours\b|^ a l aide\b|\bje suis (?:paume|paumee)\b|\b(?:j y|je n y) (?:comprends|pige) rien\b|\b(?:m|s) en servir\b/,
];

/** Whether the question asks what can be asked of Relances (`RULES`), or how it works. */
export function asksWhatCanBeAsked(tokens: readonly Token[], rules = RULES): boolean {
  const words = ` ${tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')} `
    // « est-ce que je peux demander le DSO ? » asks the DSO: « est-ce que » only marks a question
    // (while « qu’est-ce que » asks what).
    .replace(/(?<! qu) est ce qu(?:e)? /g, ' ');
  return rules.some((re) => re.test(words));
}

/** Whether a rule reads the help in the question (what can be asked, or how it works). */
export function readsAsHelp(tokens: readonly Token[]): boolean {
  return asksWhatCanBeAsked(tokens) || asksWhatCanBeAsked(tokens, HOW_IT_WORKS);
}

/** The help when the question asks what can be asked; the intent found otherwise. */
export function helpIntent(intent: QueryIntent | null, tokens: readonly Token[]): QueryIntent | null {
  if (intent === 'help') return intent;
  if (asksWhatCanBeAsked(tokens)) return 'help';
  return intent === null && asksWhatCanBeAsked(tokens, HOW_IT_WORKS) ? 'help' : intent;
}

/** « ? », « ?? »: a message of question marks alone asks what can be asked. */
export function onlyQuestionMarks(text: string): boolean {
  return /^[\s?¿!.…]*\?[\s?¿!.…]*$/u.test(text);
}
