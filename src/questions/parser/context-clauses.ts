/**
 * A clause that says who asks, for whom or for which meeting (issue 16, eighth round) names no
 * customer and no period: « … pour le comité de jeudi », « c’est pour le tableau de bord de
 * Monsieur Vernet », « ou c’est Camille qui gère ? », « ma responsable m’a dit de commencer par
 * ça », « on me demande ce chiffre pour un rapport ». Such clauses are blanked out of the message
 * (replaced by spaces, like politeness: ./politeness.ts) before the commands and the question are
 * read — « jeudi » in « pour le comité de jeudi » is the meeting's day, never a period, and
 * « Vernet » or « Camille » is a person, never an unknown customer.
 *
 * The rules:
 * - **a meeting or a document** after « pour », « avant », « en vue de », « pour préparer »:
 *   « comité », « codir », « comex », « réunion », « conseil », « tableau de bord », « rapport »,
 *   « reporting », « présentation », « point hebdo »…, with its complement (« de direction », « de
 *   jeudi », « du 3 décembre », « de Monsieur Vernet »);
 * - **a person asked for**: « pour Monsieur Vernet », « pour ma responsable », « pour le DAF »;
 * - **who asks**: « ma responsable m’a dit … », « mon chef veut … », « on me demande … », « Julie
 *   en a besoin », to the end of its clause;
 * - **who handles it**: « ou c’est Camille qui gère ? », « c’est Paul qui s’en occupe ».
 */

import { isFirstName } from './first-names';
import { normalizeWord } from './tokens';
import { A, AP, B, E, SEP, W } from './regex-fragments';

/**
 * A person's name: captured, and the clause is blanked only when every name captured starts with a
 * capital (the rules are case-insensitive otherwise: « Pour le comité », « POUR LE COMITÉ »).
 */
const NAME = '(\\p{L}[\\p{L}\\-]*\\.?)';
const TITLE = `(?:monsieur|madame|mademoiselle|M\\.|Mr\\.?|Mme|Mlle|Me|ma${'[iî]'}tre|docteur|Dr\\.?)`;
const WEEKDAY = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const MONTH =
  'janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|janv|f[eé]vr?|sept|oct|nov|d[eé]c';

/** Meetings and documents a figure is asked for. */
const MEETING = [
  `comit${E}s?`,
  'codir',
  'comex',
  'copil',
  `r${E}unions?`,
  'conseil',
  'board',
  'meeting',
  `tableaux?${SEP}de${SEP}bord`,
  'dashboard',
  'rapports?',
  'reporting',
  `pr${E}sentations?`,
  'slides?',
  `s${E}minaire`,
  `assembl${E}e(?:${SEP}g${E}n${E}rale)?`,
  'AG',
  'point(?:[\\s\\-]+(?:hebdo|mensuel|d' + AP + `${E}quipe|du${SEP}lundi))`,
  `revue${SEP}de${SEP}direction`,
  'note',
  // The year-end accounts (« c’est pour l’annexe », « pour la liasse », « pour la clôture »).
  'annexes?',
  `liasses?(?:${SEP}fiscales?)?`,
  'cl[oô]ture',
  // A rep's round and visits (« avant ma tournée », « pour mon rendez-vous »: twenty-ninth round).
  `tourn${E}es?`,
  'visites?',
  `rendez${SEP}vous`,
  'rdvs?',
].join('|');

/**
 * A formal note's « for » (issue 16, twenty-first round): « au titre du reporting mensuel », « dans le
 * cadre de la préparation du conseil d’administration », « en prévision du comité », « à l’attention
 * du codir ».
 */
const FORMAL_FOR = `(?:au${SEP}titre|dans${SEP}le${SEP}cadre|en${SEP}pr${E}paration|en${SEP}pr${E}vision|${A}${SEP}l${AP}(?:intention|attention))(?:${SEP}(?:de(?=${SEP}l)|d${AP}))?`;

/** A meeting's documents (« le dossier du conseil », « le pack du comité »). */
const DOCUMENT = [
  'dossiers?',
  'rapports?',
  'packs?',
  'notes?',
  'supports?',
  `pr${E}sentations?`,
  'decks?',
  'slides?',
  `synth${E}ses?`,
  'documents?',
  `tableaux?${SEP}de${SEP}bord`,
].join('|');

/** People one works for, named by their role. */
const ROLE = [
  'responsable',
  'chef(?:fe)?',
  'directeur',
  'directrice',
  'DAF',
  'DG',
  'PDG',
  'CEO',
  'CFO',
  `pr${E}sident(?:e)?`,
  'patron(?:ne)?',
  'boss',
  'manager',
  'N\\s*\\+\\s*1',
  'sup[eé]rieur(?:e)?',
  'comptable',
  `coll${E}gue`,
].join('|');

const DETERMINER = `(?:le|la|les|l${AP}|un|une|mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|ce|cet|cette|du|au)`;

/** What may follow a meeting's name: its kind, its day or date, its owner. */
const COMPLEMENT =
  `(?:${SEP}(?:(?:de|du)${SEP}|d${AP})(?:la${SEP}|l${AP})?(?:direction|codir|comex|copil|comit${E}|conseil|board|administration|surveillance|pilotage|gestion|contr${'[oô]'}le|audit|r${E}vision|s${E}lection|cl${'[oô]'}ture|fin${SEP}de${SEP}mois|semaine${SEP}prochaine|demain|cet${SEP}apr${E}s[\\s\\-]midi|ce${SEP}(?:soir|matin)|groupe|${WEEKDAY}|(?:${DETERMINER}\\s*)?(?:${ROLE})|${TITLE}\\s+${NAME}(?:\\s+${NAME})?|${NAME})` +
  `|${SEP}(?:de${SEP}|du${SEP})?(?:ce${SEP}|cette${SEP})?(?:${WEEKDAY})${B}(?:${SEP}(?:matin|midi|soir|apr${E}s[\\s\\-]midi|prochain))?` +
  `|${SEP}(?:du${SEP})?\\d{1,2}(?:er)?(?:${SEP}(?:${MONTH})${B}|\\/\\d{1,2}(?:\\/\\d{2,4})?)?` +
  `|${SEP}(?:mensuel(?:le)?|hebdo(?:madaire)?|trimestriel(?:le)?|annuel(?:le)?|de${SEP}demain|prochaine?)` +
  `|${SEP}(?:pour${SEP})?${TITLE}\\s+${NAME}(?:\\s+${NAME})?)*`;

/** Verbs of someone asking or needing (« m’a dit », « me demande », « veut », « en a besoin »). */
const ASKING =
  `(?:m${AP}a${SEP}(?:dit|demand${E}|conseill${E}|fait${SEP}savoir)|me${SEP}(?:l${AP}|(?:le|la|les)${SEP})?(?:demande|r${E}clame|dit)|` +
  `(?:me${SEP}l${AP}|l${AP})?a${SEP}demand${E}|veut|voudrait|aimerait|souhaite|souhaiterait|attend|(?:en${SEP})?a${SEP}besoin)${B}`;

/**
 * What someone asked, when it is a request of its own (« … m’a dit de commencer par ça », « veut
 * que je commence par là »): its infinitive, and « par ça / par là » with the rest of the clause. What
 * follows the infinitive is what is asked (« Sophie m’a dit de regarder les promesses non tenues »);
 * a noun right after the verb too (« mon chef m’a demandé le DSO »): only the subject and the verb go.
 */
const REQUEST =
  `(?:${SEP}(?:de|d${AP}|que${SEP}je|qu${AP}on|que${SEP}l${AP}on)\\s*[\\p{L}\\-]+${B}` +
  `(?:${SEP}par${SEP}(?:ça|ca|là|la|cela)${B}[^,;:.!?]*)?)?`;

/** Someone asking for what was already said (« la patronne les veut pour ce soir »): the whole clause. */
const ASKED_BACK = `(?:le|la|les|l${AP})\\s*(?:veut|voudrait|attend|r${E}clame|demande)${B}[^,;:.!?]*`;

const ASKED = `(?:${ASKING}${REQUEST}|${ASKED_BACK})`;

/** How the names a rule captures must look for the clause to be blanked. */
type Names = 'capital' | 'first name';

const CLAUSES: ReadonlyArray<{ re: RegExp; names: Names }> = [
  // « (c’est) pour le comité de jeudi », « avant la réunion de 14h », « pr le rapport du DAF ».
  {
    re: new RegExp(
      `(?:${W}c${AP}est${SEP})?${W}(?:pour|pr|avant|en${SEP}vue${SEP}(?:de|du|d${AP})|pour${SEP}pr${E}parer|${E}tablir|${FORMAL_FOR})${SEP}?` +
        `(?:(?:la${SEP}|l${AP})?pr${E}paration${SEP}(?=d))?(?:${DETERMINER}\\s*)?(?:prochaine?${SEP}|dernier${SEP}|derni${E}re${SEP})?(?:${MEETING})${B}${COMPLEMENT}`,
      'giu',
    ),
    names: 'capital',
  },
  // « Le dossier du conseil doit être bouclé jeudi », « le conseil se tient mardi »: the deadline of
  // a meeting's document, or the meeting's day, said as context — the whole clause.
  {
    re: new RegExp(
      `${W}(?:${DETERMINER}\\s*)(?:(?:${DOCUMENT})${SEP}(?:de${SEP}la|de${SEP}l${AP}|du|des|pour${SEP}(?:le|la|l${AP}))\\s*(?:${MEETING})${B}${COMPLEMENT}` +
        `${SEP}(?:doit|doivent|devra|devront|est|sont|sera|seront)(?:${SEP}(?:${E}tre|encore|absolument|imp${E}rativement))*${SEP}` +
        `(?:boucl|pr${E}t|rendu|envoy|finalis|remis|transmis|valid|termin|clos|${A}${SEP}(?:rendre|remettre|envoyer|boucler|finaliser|transmettre))` +
        `|(?:${MEETING})${B}${COMPLEMENT}${SEP}(?:a${SEP}lieu|aura${SEP}lieu|se${SEP}(?:r${E}unit|r${E}unira|tient|tiendra)|est${SEP}pr${E}vue?|est${SEP}fix${E}e?))` +
        `[^.!?;\\n]*`,
      'giu',
    ),
    names: 'capital',
  },
  // « …, cf. tableau de bord », « voir le reporting mensuel »: where the figure goes (thirtieth round).
  {
    re: new RegExp(
      `${W}(?:cf|cfr|voir)\\.?${SEP}(?:${DETERMINER}\\s*)?(?:(?:${MEETING})|(?:${DOCUMENT})|mails?|e-?mails?|messages?|fichiers?|PJ)${B}${COMPLEMENT}`,
      'giu',
    ),
    names: 'capital',
  },
  // « … avant validation de la cde », « avant de livrer sa commande », « pour accepter la commande »: an
  // order about to be taken or shipped — why the figure is asked (thirty-first round).
  {
    re: new RegExp(
      `${W}(?:avant|pour)${SEP}(?:(?:de${SEP}|d${AP})?(?:valider|livrer|exp${E}dier|accepter|prendre|lancer|passer)|(?:la${SEP})?(?:validation|livraison|exp${E}dition|prise|acceptation))` +
        `${SEP}(?:(?:de${SEP})?(?:la|sa|leur|une|cette|leurs|ses|les)${SEP}|d${AP}|de${SEP})?(?:nouvelle${SEP})?(?:cdes?|commandes?|BL|livraisons?)${B}[^,;.?!]*`,
      'giu',
    ),
    names: 'capital',
  },
  // « les factures en retard de 30 jours et plus, on doit relancer »: what the asker will do with the
  // list, after a comma, to the message's end (twenty-ninth round).
  {
    re: new RegExp(
      `,\\s*(?:(?:on|je|j${AP}|nous)\\s*(?:doit|dois|devons|va|vais|allons|compte)|il${SEP}faut|faut)${SEP}(?:(?:les|le|la|l${AP}|leur|lui)\\s*)?(?:relancer|rappeler|appeler|contacter)${B}[^?]*$`,
      'giu',
    ),
    names: 'capital',
  },
  // « …, étant donné que je dois renégocier leur contrat le mois prochain », « …, que je compare avec
  // mes propres comptes »: the asker's reason or use, after a comma, to the sentence's end — its month
  // is the reason's, no period asked (thirty-second round).
  {
    re: new RegExp(
      `,\\s*(?:(?:(?:${E}tant${SEP}donn${E}|vu|parce|dans${SEP}la${SEP}mesure${SEP}o${'[uù]'})${SEP}qu|puisqu)(?:e${B}|${AP})|(?:car|que${SEP}je${SEP}(?:compare|vais${SEP}comparer|dois${SEP}comparer|rapproche))${B})[^?.!]*`,
      'giu',
    ),
    names: 'capital',
  },
  // « …, ce que j'appelais la relance de niveau 2 dans mon ancien groupe »: the asker's own name for
  // what was asked, after a comma, to the sentence's end — its words ask nothing (thirty-fourth round).
  {
    re: new RegExp(
      `,\\s*(?:ce${SEP}que|qu${AP}|que)\\s*(?:j${AP}|je${SEP}|on${SEP}|nous${SEP})(?:appel(?:ais|ait|le|ions|lions)|nomm(?:ais|ait|e))${B}[^?.!]*`,
      'giu',
    ),
    names: 'capital',
  },
  // « …, pour le dossier de M. Morel ? »: a person's file the figure goes in, after a comma at the
  // message's end (fortieth round) — a title before the name, so a customer's file (« le dossier de
  // la SGH ») is never blanked.
  {
    re: new RegExp(
      `,\\s*(?:c${AP}est${SEP})?(?:pour|pr)${SEP}(?:le|son|ce|un)${SEP}(?:${DOCUMENT})${SEP}(?:de|d${AP})\\s*${TITLE}\\s+${NAME}(?:\\s+${NAME})?(?=\\s*[?.!]*\\s*$)`,
      'giu',
    ),
    names: 'capital',
  },
  // « pour Monsieur Vernet », « pour ma responsable », « pour le DAF ».
  {
    re: new RegExp(
      `(?:${W}c${AP}est${SEP})?${W}(?:pour|pr)${SEP}(?:${TITLE}\\s+${NAME}(?:\\s+${NAME})?|${DETERMINER}\\s*(?:${ROLE})${B})`,
      'giu',
    ),
    names: 'capital',
  },
  // « ma responsable m’a dit de … », « mon chef veut … », « la patronne les veut pour ce soir ».
  {
    re: new RegExp(`${W}(?:ma|mon|notre|la|le)${SEP}(?:${ROLE})${B}${SEP}${ASKED}`, 'giu'),
    names: 'capital',
  },
  // « on me demande ce chiffre pour … », « on me l’a demandé ».
  {
    re: new RegExp(
      `${W}on${SEP}me${SEP}(?:l${AP})?(?:demande|r${E}clame|a${SEP}demand${E})${B}${REQUEST}`,
      'giu',
    ),
    names: 'capital',
  },
  // « Julie en a besoin », « Sophie m’a dit de … », « Nathalie les attend » — a first name at a
  // clause's start (« Biocoop veut payer en trois fois » is a customer's news).
  {
    re: new RegExp(
      `(?:^|(?<=[,;:.!?]\\s{0,3})|(?<=${W}et\\s{1,3}))${NAME}${SEP}(?:${ASKED}|me${SEP}l${AP}a${SEP}demand${E}${B}[^,;:.!?]*)`,
      'giu',
    ),
    names: 'first name',
  },
  // « Le DAF demande (si / quelles / le montant des / où en est) … », « Le DAF me demande … »,
  // « Mme Renaud voudrait … », « Mme Renaud, notre DAF, voudrait … »: who asks, opening the message —
  // the subject and its verb go, what is asked stays (« demande si X a tenu sa promesse »).
  {
    re: new RegExp(
      `^\\s*(?:(?:le|la|notre|mon|ma)${SEP}(?:${ROLE})|${TITLE}\\s+${NAME}(?:\\s+${NAME})?)${B}` +
        `(?:\\s*,\\s*(?:notre|le|la|mon|ma)${SEP}(?:${ROLE})${B}\\s*,)?${SEP}` +
        `(?:(?:me${SEP}|nous${SEP})?(?:demande|voudrait|souhaite|souhaiterait|aimerait|veut|r${E}clame|attend)|s${AP}interroge(?:${SEP}sur)?|se${SEP}demande)${B}` +
        `(?:${SEP}(?:savoir|conna${'[iî]'}tre|voir|avoir|recevoir|obtenir)${B})?\\s*:?`,
      'iu',
    ),
    names: 'capital',
  },
  // « De la part de M. Girard : … », « Question du DAF : … »: who asks, opening the message before
  // a colon, a comma or a dash.
  {
    re: new RegExp(
      `^\\s*(?:(?:question|demande|requ${E}te)${SEP}|de${SEP}la${SEP}part${SEP})(?:de${SEP}|du${SEP}|d${AP})(?:la${SEP}|l${AP})?` +
        `(?:${TITLE}\\s+${NAME}(?:\\s+${NAME})?|(?:notre${SEP}|mon${SEP}|ma${SEP})?(?:${ROLE})${B})\\s*(?:[:,]|\\s-\\s)`,
      'iu',
    ),
    names: 'capital',
  },
  // « … ? Question de M. Girard. », « … ? Demande du DAF. », « … ? Le DAF s’interroge. »: who
  // asks, said after the question, to the message's end.
  {
    re: new RegExp(
      `(?<=[?!.:]\\s{0,3})(?:(?:(?:question|demande|requ${E}te)${SEP}|de${SEP}la${SEP}part${SEP})(?:de${SEP}|du${SEP}|d${AP})(?:la${SEP}|l${AP})?` +
        `(?:${TITLE}\\s+${NAME}(?:\\s+${NAME})?|(?:${ROLE})${B})` +
        `|(?:le|la|notre|mon|ma)${SEP}(?:${ROLE})${B}${SEP}(?:s${AP}interroge|se${SEP}(?:le${SEP})?demande|(?:le|la|les)${SEP}(?:veut|attend|demande)|demande|attend)${B}` +
        `|${TITLE}\\s+${NAME}(?:\\s+${NAME})?${SEP}(?:s${AP}interroge|se${SEP}(?:le${SEP})?demande|(?:le|la|les)${SEP}(?:veut|attend|demande))${B})` +
        `[\\s.!]*$`,
      'iu',
    ),
    names: 'capital',
  },
  // « The CFO asks: … », « The CEO wants to know: … ».
  {
    re: new RegExp(
      `^\\s*(?:the|our|my)${SEP}(?:${ROLE}|cfo|ceo|boss|manager|director|controller)${B}${SEP}` +
        `(?:asks|wants(?:${SEP}to${SEP}know)?|would${SEP}like(?:${SEP}to${SEP}know)?|needs)${B}\\s*:?`,
      'iu',
    ),
    names: 'capital',
  },
  // « je remplace Camille cette semaine », « en remplacement de ma responsable »: who the asker
  // stands in for, and for how long — never a period of the question.
  {
    re: new RegExp(
      `${W}(?:je${SEP}remplace|en${SEP}remplacement${SEP}(?:de|d${AP})|je${SEP}suis${SEP}(?:le|la)${SEP}rempla[cç]ante?${SEP}(?:de|d${AP}))\\s*` +
        `(?:${NAME}|${DETERMINER}\\s*(?:${ROLE})${B})` +
        `(?:${SEP}(?:cette${SEP}semaine|ce${SEP}mois|en${SEP}ce${SEP}moment|pendant${SEP}(?:ses|son|les)${SEP}[\\p{L}\\-]+))?`,
      'giu',
    ),
    names: 'first name',
  },
  // « je rentre de congés, … », « de retour de vacances », « je reviens d'arrêt maladie » (forty-fifth
  // round): the asker's absence told — its « rentre » is no money coming in.
  {
    re: new RegExp(
      `${W}(?:je${SEP}(?:rentre|reviens|suis${SEP}(?:rentr${E}e?|revenue?|de${SEP}retour))|(?:tout${SEP}juste${SEP})?de${SEP}retour|(?:fra[iî]chement${SEP})?rentr${E}e?)${SEP}` +
        `(?:de${SEP}|d${AP}|du${SEP})(?:mes${SEP}|mon${SEP}|ma${SEP})?(?:trois${SEP}semaines${SEP}de${SEP}|deux${SEP}semaines${SEP}de${SEP}|\\d+${SEP}(?:jours|semaines)${SEP}de${SEP})?` +
        `(?:cong${E}s?|vacances|vacs|arr${E}t(?:${SEP}maladie)?|cong${E}${SEP}mat(?:ernit${E})?|s${E}minaire|d${E}placement|salon|formation)${B}`,
      'giu',
    ),
    names: 'capital',
  },
  // « Entre deux entretiens d'embauche, … », « entre deux rdv » (forty-sixth round): when the asker
  // finds the time, never a name.
  {
    re: new RegExp(
      `${W}entre${SEP}(?:deux|2)${SEP}(?:entretiens?(?:${SEP}d${AP}embauche)?|r${E}unions?|rendez-vous|rdv|appels?|coups${SEP}de${SEP}fil|visites?|clients?|cours|trains?|avions?|portes)${B}`,
      'giu',
    ),
    names: 'capital',
  },
  // « ou c’est Camille qui gère ? », « c’est Paul qui s’en occupe », « c’est Thomas qui me la demande ».
  {
    re: new RegExp(
      `(?:${W}ou${SEP})?${W}c${AP}est${SEP}(?:${NAME}|${DETERMINER}\\s*(?:${ROLE}))${SEP}qui${SEP}` +
        `(?:g${'[eè]'}re|s${AP}en${SEP}(?:occupe|charge)|s${AP}occupe|valide|traite|me${SEP}(?:l${AP}|(?:le|la|les)${SEP})?(?:demande|r${E}clame))${B}` +
        `(?:${SEP}(?:d${AP}habitude|normalement|en${SEP}g${E}n${E}ral))?`,
      'giu',
    ),
    names: 'first name',
  },
];

/** The message with its context clauses blanked out (same length, every other word in place). */
export function withoutContextClauses(text: string): string {
  let out = text;
  for (const { re, names } of CLAUSES)
    out = out.replace(re, (m: string, ...rest: unknown[]) => {
      const said = rest.slice(0, -2).filter((g): g is string => typeof g === 'string');
      const people = said.every(
        (n) => /^\p{Lu}/u.test(n) && (names === 'capital' || isFirstName(normalizeWord(n))),
      );
      return people ? ' '.repeat(m.length) : m;
    });
  return out;
}
