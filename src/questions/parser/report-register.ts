/**
 * A finance director once an army officer writes terse reports (issue 16, twenty-sixth round); his
 * report's words are rewritten before commands and questions read the text:
 * - an acknowledgement or a sign-off said as a sentence of its own — « Bien reçu. », « Reçu 5 sur
 *   5. », « Bien noté. », « Compris. », « Affirmatif. », « À vos ordres. », « Fin de transmission. »,
 *   « Fin du message. », « Terminé. » — is left out: it asks nothing (« Bien reçu. Fin de
 *   transmission. » asked the money received); « reçu » inside a sentence (« avez-vous bien reçu le
 *   règlement de X ? ») or asked (« Reçu ? ») stays;
 * - the order to report back by a time — « Rendre compte avant 17h00. », « Rendez-moi compte pour
 *   midi », « Compte rendu avant 18 h », « Réponse attendue avant 12h30 », « Avant 17h00. » — is a
 *   deadline to the bot, no word of the question (« compte » and « rendre » gave the money received);
 *   « compte rendu des relances d'hier » (the journal) has no time after it and stays;
 * - « RAS ? », « rien à signaler ? » after a topic (« Contentieux Aptos : RAS ? ») asks how the topic
 *   stands, the topic itself (« RAS » was an unknown customer); « RAS sur les litiges ? » too. « RAS ? »
 *   alone asks nothing and is left as it is;
 * - « effectif » beside an amount (« Effectif et montants », « en effectif et en montant ») or of the
 *   domain's things (« effectif des litiges ouverts ») is their number, not the company's staff
 *   (./outside-work.ts: « l'effectif de Greenova » stays outside the domain).
 */
import { AP_OPT, B, E, S, W } from './regex-fragments';
import { normalizeWord } from './tokens';

/** A sentence starts: the text's start or after a full stop, a question or exclamation mark, a semicolon. */
const OPENS = '(?:(?<=^)|(?<=[.!?;]))\\s*';
/** … after a comma or a colon too (an order said after its question: « …, rendre compte avant 17h »). */
const OPENS_CLAUSE = '(?:(?<=^)|(?<=[.!?;,:]))\\s*';
/** … and ends there: a full stop, an exclamation mark, a semicolon, a comma or the text's end — never a question. */
const CLOSES = '\\s*(?:[.!;,]+|$)';

const ACKNOWLEDGED =
  `(?:bien${S})?re[çc]u(?:${S}(?:5|cinq)${S}sur${S}(?:5|cinq))?|(?:5|cinq)${S}sur${S}(?:5|cinq)|bien${S}not${E}|` +
  `(?:bien${S})?compris|affirmatif|[àa]${S}vos${S}ordres|fin${S}de${S}(?:la${S})?(?:transmission|communication|message)|` +
  `fin${S}du${S}message|message${S}termin${E}|termin${E}|rompez`;

/** A time to report by: « 17h00 », « 17 h », « 17:30 », « midi », « ce soir », « la fin de journée », « demain 9h ». */
const TIME =
  `(?:(?:aujourd${AP_OPT}hui|demain|ce${S}jour)${S}(?:[àa]${S})?)?` +
  `(?:\\d{1,2}\\s*h(?:\\s*\\d{2})?|\\d{1,2}\\s*heures(?:\\s*\\d{2})?|\\d{1,2}[:.]\\d{2}|midi|minuit|ce${S}soir|` +
  `demain(?:${S}(?:matin|midi))?|(?:la${S})?fin${S}de${S}(?:la${S})?(?:journ${E}e|matin${E}e))`;

const BY = `(?:avant|pour|d${AP_OPT}ici|au${S}plus${S}tard(?:${S}[àa])?|[àa])${S}`;

/** The report's name with its time: « compte rendu avant 18 h », « réponse attendue pour midi ». */
const REPORT_BY_TIME =
  `(?:compte[-\\s]+rendu|cr|r${E}ponse|retour|rapport|point)(?:${S}(?:attendue?|souhait${E}e?|exig${E}e?|imp${E}ratif))?` +
  `${S}(?:imp${E}rativement${S})?${BY}${TIME}`;

/** The order to report, its time optional: « rendre compte », « rendez-moi compte avant 17h ». */
const REPORT_BACK = `(?:(?:me|nous)${S})?rendre${S}compte|rendez(?:[-\\s]+(?:moi|nous))?[-\\s]+compte|(?:je${S})?(?:vous${S})?rends${S}compte`;

const DEADLINE = new RegExp(
  `${OPENS_CLAUSE}(?:(?:${REPORT_BACK})(?:${S}(?:imp${E}rativement${S})?${BY}${TIME})?|${REPORT_BY_TIME}|(?:avant|pour|d${AP_OPT}ici)${S}\\d{1,2}\\s*h(?:\\s*\\d{2})?)${CLOSES}`,
  'giu',
);

/** « Rendre compte des litiges … », « rendez-moi compte de la situation … »: what to report on is the question. */
const REPORT_ON = new RegExp(
  `${OPENS_CLAUSE}(?:${REPORT_BACK})${S}(?:imp${E}rativement${S})?(?:(de${S}la|de${S}l${AP_OPT}|des|du)|d${AP_OPT}|de${S})`,
  'giu',
);
const ARTICLE: Readonly<Record<string, string>> = { des: 'les', du: 'le' };

/** « … avant 17h00. »: a clock time to answer by, closing a sentence, is no period. */
const CLOCK_BY = new RegExp(
  `${S}${BY}(?:(?:aujourd${AP_OPT}hui|demain)${S})?(?:\\d{1,2}\\s*h(?:\\s*\\d{2})?|\\d{1,2}\\s*heures?|\\d{1,2}[:.]\\d{2})(?=\\s*(?:[.!;]|$))`,
  'giu',
);

const SIGN_OFF = new RegExp(`${OPENS}(?:${ACKNOWLEDGED})${CLOSES}`, 'giu');

const NOTHING_TO_REPORT = `(?:ras|r\\.a\\.s\\.?|rien${S}[àa]${S}signaler|quelque${S}chose${S}[àa]${S}signaler)`;

/** « Contentieux Aptos : RAS ? »: after a topic, before the question mark. */
const NOTHING_AFTER = new RegExp(`(?<=[\\p{L}\\p{N})])[\\s,:;–-]+${W}${NOTHING_TO_REPORT}(?=\\s*\\?)`, 'giu');

/** « RAS sur les litiges ? », « rien à signaler côté contentieux ? ». */
const NOTHING_BEFORE = new RegExp(
  `${OPENS}${NOTHING_TO_REPORT}${S}(?:sur|c[ôo]t${E}|concernant|pour|au${S}niveau${S}(?:du|des|de${S}la|de${S}l${AP_OPT}))${S}(?=[^?]*\\?)`,
  'giu',
);

const THINGS = `(?:litiges?|dossiers?|factures?|impay${E}s?|promesses?|relances?|${E}ch${E}anciers?|cr${E}ances?|contentieux|mises?${S}en${S}demeure|lettres?|clients?)`;

const HEADCOUNT: ReadonlyArray<readonly [RegExp, string]> = [
  [
    new RegExp(`${W}effectifs?(?=${S}(?:et|,)${S}(?:les${S})?(?:montants?|valeurs?|sommes?)${B})`, 'giu'),
    'nombre',
  ],
  [new RegExp(`(?<=${W}(?:montants?|valeurs?|sommes?)${S}(?:et|,)${S})effectifs?${B}`, 'giu'), 'nombre'],
  [new RegExp(`${W}en${S}effectifs?${B}`, 'giu'), 'en nombre'],
  [
    new RegExp(`${W}effectifs?(?=${S}(?:des|du|de${S}la|de${S}l${AP_OPT}|de)\\s*${THINGS}${B})`, 'giu'),
    'nombre',
  ],
];

const REPORT =
  /re[çc]u|not[eé]|compris|affirmatif|ordres|fin\s+d|termin|rompez|compte|cr|r[eé]ponse|retour|rapport|point|avant|pour|d.ici|ras|r\.a\.s|signaler|effectif/iu;

/** The text without the report's sign-offs and deadlines, « RAS ? » read as the topic asked, « effectif » as a number. */
export function withReportRegister(text: string, isNameWord: (norm: string) => boolean): string {
  if (!REPORT.test(text)) return text;
  // A customer's name is left as typed.
  const keep = (said: string) =>
    said.split(/[^\p{L}\p{N}]+/u).some((w) => w.length > 3 && isNameWord(normalizeWord(w)));
  let out = text;
  for (const re of [SIGN_OFF, DEADLINE]) out = out.replace(re, (said) => (keep(said) ? said : ' '));
  out = out
    .replace(NOTHING_AFTER, (said) => (keep(said) ? said : ' '))
    .replace(NOTHING_BEFORE, (said) => (keep(said) ? said : ' '));
  out = out
    .replace(REPORT_ON, (said, article?: string) => {
      if (keep(said)) return said;
      // « des » the plural article, « du » the masculine, « de la », « de l’ » without their « de ».
      const a = (article ?? '').toLowerCase().replace(/^de\s+/u, '');
      const kept = ARTICLE[a] ?? a;
      return ` ${kept}${/\p{L}$/u.test(kept) ? ' ' : ''}`;
    })
    .replace(CLOCK_BY, (said) => (keep(said) ? said : ''));
  for (const [re, french] of HEADCOUNT) out = out.replace(re, (said) => (keep(said) ? said : french));
  if (out === text) return text;
  return out
    .replace(/^\s*[,;:]\s*/u, '')
    .replace(/\s*[,;:]\s*([?!.]*)\s*$/u, ' $1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}
