/**
 * A postscript that tells a fact (issue 16, twenty-third round): « Je voudrais la liste des impayés
 * du Restaurant Au Bon Point. Merci par avance. PS : ils ont changé de gérant le mois dernier. » —
 * the founder's letter adds news after the question; its « le mois dernier » is when the news
 * happened, no filter of what was asked. A « PS », « P.S. », « PPS » or « N.B. » after a question,
 * that tells (a subject and its verb, no question mark, no request), is left out.
 *
 * A postscript that asks or narrows keeps its words: « PS : et le DSO ? », « P.S. : seulement ceux
 * de plus de 60 jours », « PS : pouvez-vous ajouter les litiges ».
 */
import { AP_OPT, B, E, S, W } from './regex-fragments';

/** The mark of a postscript, at a line's or a sentence's start. */
const MARK = new RegExp(
  `(?:^|\\n|(?<=[.!?…)]\\s*))\\s*(?:P\\.?\\s?P\\.?\\s?S\\b\\.?|P\\.\\s?S\\.?|PS${B}|ps(?=\\s*:)|post${S}?-?scriptum${B}|N\\.\\s?B\\.?|NB(?=\\s*:))\\s*[:\\-–—]?`,
  'u',
);

/** It asks or narrows: a request, or a filter said on its own. */
const ASKS = new RegExp(
  `^\\s*(?:et|pour|sur|de|du|des|d${AP_OPT}|seulement|uniquement|juste|avec|sans|hors|que|qu${AP_OPT}|en|au|aux|${'\u00e0'}|a|par|idem|m${E}me|aussi|pareil|plut${'\u00f4'}t|sauf)${B}|` +
    `${W}(?:pouvez|pourriez|peux|pourrais|pourrait|merci${S}de|voudrais|voudrions|aimerais|aimerions|souhaiterais|souhaite|donne|donnez|montre|montrez|affiche|affichez|ajoute|ajoutez|envoie|envoyez|liste|listez|exporte|exportez|indique|indiquez|pr${E}cise|pr${E}cisez|rajoute|rajoutez|il${S}me${S}faut|n${AP_OPT}oubliez|oublie${S}pas)${B}`,
  'iu',
);

/** It tells: a subject pronoun, or a verb of being or having, of a sentence that states. */
const TELLS = new RegExp(
  `^\\s*(?:(?:au${S}fait|d${AP_OPT}ailleurs|pour${S}info(?:rmation)?|fyi|info)\\s*[,:]?\\s*)?(?:il|elle|ils|elles|on|nous|je|j${AP_OPT}|c${AP_OPT}est|[çc]a)${B}|` +
    `${W}(?:a|ont|est|sont|${E}tait|${E}taient|avait|avaient|va|vont|sera|seront|vient|viennent)${B}`,
  'iu',
);

/**
 * « … ? Je veux savoir si mes clients en ont reçu … », « … ? Je ne voudrais pas que le maire
 * l'apprenne … », « … ? wallah j'attends depuis deux semaines » (thirty-second round), « … ? Je vois
 * leur DG en rdv demain », « … ? J'ai rdv avec eux jeudi » (thirtieth): the asker's reason, feeling or
 * visit told after the question, without a mark, to the message's end — its « reçu », its weeks, its
 * people and its day are no words of what was asked.
 */
const TOLD_AFTER = [
  `veux${S}savoir`,
  `voudrais${S}savoir`,
  `voudrais${S}pas`,
  `veux${S}pas`,
  'attends',
  'compare',
  `pr${E}pare`,
  `me${S}demande`,
  `m${AP_OPT}inqui${E}te`,
  `trouve${S}que`,
  `pense${S}que`,
  `crois${S}que`,
  // « … ? Je dois rencontrer son directeur financier la semaine prochaine » (thirty-sixth round).
  `(?:dois|vais|devrai)${S}(?:(?:les|le|la|lui|leur)${S})?(?:voir|appeler|rencontrer|recevoir|revoir|rappeler)`,
  // A visit: « je vois », « je les rencontre », « j'ai rdv », « je passe les voir », « je suis chez eux ».
  'vois',
  'verrai',
  'revois',
  'rencontre',
  'rencontrerai',
  `passe${S}(?:les${S}|le${S}|la${S})?voir`,
  `d${E}jeune`,
  'appelle',
  'rappelle',
  `ai${S}(?:un${S})?(?:rendez[\\s-]+vous|rdv)`,
  // « … ? J'ai peur d'y retrouver des gens que je connais depuis vingt ans » (fortieth round).
  `ai${S}peur`,
  // « … ? je ne trouve pas le virement » (forty-seventh round): what the asker could not find.
  `trouve${S}pas`,
  `retrouve${S}pas`,
  `vois${S}pas`,
  'crains',
  `esp${E}re`,
  `suis${S}chez`,
  `vais${S}(?:les${S}|le${S}|la${S})?(?:voir|chez)`,
].join('|');

const REASON_AFTER = new RegExp(
  `(?<=[?!]\\s{0,3})(?:(?:wallah|franchement|bon|enfin|honn${E}tement)[\\s,]+)?(?:je|j${AP_OPT}|on|nous)\\s*(?:ne${S}|n${AP_OPT})?(?:(?:les|le|la|l${AP_OPT}|leur|lui)\\s*)?(?:${TOLD_AFTER})${B}[^?]*$`,
  'iu',
);

/**
 * « … ? elle m'a appelé ce matin », « … ? ils nous ont écrit hier » (thirty-fourth round): the
 * customer's call or letter told after the question — its morning is when they called, not what
 * was asked.
 */
const THEY_TOLD_AFTER = new RegExp(
  `(?<=[?!]\\s{0,3})(?:il|elle|ils|elles|le${S}client|la${S}cliente|la${S}g${E}rante|le${S}g${E}rant)\\s+(?:m|nous)${AP_OPT}\\s*(?:a|ont|avait|avaient)${S}(?:appel|t${E}l${E}phon|${E}crit|rappel|contact|dit|envoy${E}${S}un${S}(?:mail|message|courrier))\\p{L}*${B}[^?]*$`,
  'iu',
);

/**
 * « … ? Souvent c'est une erreur de livraison de notre côté. », « … ? Le boulanger est un ami de
 * longue date, ce serait terrible. » (forty-third round): a remark told after the question — what is
 * usually the cause, who someone is, how it would feel — to the message's end, nothing asked.
 */
const REMARK_AFTER = new RegExp(
  `(?<=[?!]\\s{0,3})(?:(?:souvent|en${S}g${E}n${E}ral|g${E}n${E}ralement|d${AP_OPT}habitude|parfois|bref)[\\s,]+)?` +
    `(?:c${AP_OPT}est|ce${S}sont|ce${S}serait|[çc]a${S}serait|(?:le|la)${S}\\p{L}+${S}est${S}(?:un|une|notre|mon|ma)${S}(?:ami|amie|client|cliente|partenaire|pote|copain|copine))${B}[^?]*$`,
  'iu',
);

/**
 * « je voudrais la liste des factures en retard de plus de 90 jours, je crois que je dois les traiter
 * en priorité » (forty-sixth round): what the asker believes he must then do, after a comma, to the
 * message's end — its « traiter » is no work of the day asked.
 */
const PLAN_AFTER = new RegExp(
  `,\\s*(?:je${S}crois|je${S}pense|il${S}me${S}semble|j${AP_OPT}imagine|j${AP_OPT}ai${S}l${AP_OPT}impression)${S}qu${AP_OPT}(?:e${S})?(?:je|j${AP_OPT}|on|il${S}faut|nous)${B}[^?]*$`,
  'iu',
);

/**
 * « … de l'EHPAD Les Tilleuls avant que nous n'envisagions quelque démarche que ce soit » (forty-eighth
 * round): what the asker will do after knowing, to the message's end — no word of it is asked.
 */
const BEFORE_WE_ACT = new RegExp(
  `[,\\s]+avant${S}(?:que${S}|qu${AP_OPT})(?:nous|je|j${AP_OPT}|on)${B}[^?]*(?=\\?*\\s*$)`,
  'iu',
);

/** The message without a postscript that only tells something, after what is asked. */
export function withoutToldPostscript(message: string): string {
  const text = message
    .replace(REASON_AFTER, '')
    .replace(THEY_TOLD_AFTER, '')
    .replace(REMARK_AFTER, '')
    .replace(PLAN_AFTER, '')
    .replace(BEFORE_WE_ACT, '');
  const mark = MARK.exec(text);
  if (!mark || mark.index === 0) return text;
  const before = text.slice(0, mark.index);
  const after = text.slice(mark.index + mark[0].length);
  // Something must be asked before it, and the postscript must tell without asking.
  if (!/[\p{L}\p{N}]/u.test(before) || after.includes('?')) return text;
  if (ASKS.test(after) || !TELLS.test(after)) return text;
  return before;
}

/**
 * « combien on nous doit au total ? un paquet je parie », « la SGH a payé combien en octobre ?
 * mystère et boule de gomme », « … a-t-elle réglé ses factures ? Un retour produit est en cours. »
 * (forty-fourth round): after a question mark, words that ask nothing — no question mark, no request
 * or narrowing (`ASKS`), no name capitalised inside, no figure — are a remark. The question is what
 * came before; `parseQuestion` reads it alone when the whole message is not understood.
 * Null when there is no such remark.
 */
export function questionBeforeRemark(message: string): string | null {
  const mark = message.indexOf('?');
  if (mark <= 0) return null;
  const question = message.slice(0, mark + 1);
  const remark = message.slice(mark + 1).trim();
  if (!/\p{L}/u.test(remark) || !/[\p{L}\p{N}]/u.test(question.slice(0, -1))) return null;
  if (remark.includes('?') || /\p{N}/u.test(remark) || ASKS.test(remark)) return null;
  // « Leclerc aussi », « pareil pour Dupont »: the question asked again of something else.
  if (/(?<![\p{L}])(?:aussi|[ée]galement|pareil|idem|itou|too|also|m[êe]me chose)(?![\p{L}])/iu.test(remark))
    return null;
  // A capital after the remark's first letter may be a name (« Leclerc aussi », « et la SGH »).
  if (/\p{Lu}/u.test(remark.replace(/^[^\p{L}]*\p{L}/u, ''))) return null;
  return question;
}
