/**
 * The asker's own lateness (issue 16, twenty-third round): « dsl je suis en retard à la réunion 😬 »,
 * « on va être en retard pour le rdv », « désolé du retard » say that the one who writes is late —
 * to a meeting, or in answering — not that invoices are. The clause is left out; what else the
 * message asks is read (« dsl je suis en retard à la réunion, tu me donnes le DSO ? »), and nothing
 * else is no question.
 *
 * Late invoices keep their meaning: « qui est en retard ? », « les clients en retard » have no
 * speaker as subject; « je suis en retard sur mes relances » (the asker's work) is no meeting and
 * does not end there.
 */
import { A, AP_OPT, B, E, S, SEP, W } from './regex-fragments';

/** The asker, or the asker's team, being (or about to be) late. */
const SPEAKER =
  `(?:(?:je|j${AP_OPT})\\s*(?:suis|serai|vais${S}(?:${E}tre|arriver)|arrive|arriverai|risque${S}d${AP_OPT}${E}tre)` +
  `|chuis|jsuis|j${AP_OPT}suis|on${S}(?:est|sera|va${S}(?:${E}tre|arriver)|arrive|arrivera)` +
  `|nous${S}(?:sommes|serons|allons${S}(?:${E}tre|arriver)|arrivons|arriverons))`;

/** How late (« un peu », « grave », « de 10 min »), said before or after « en retard ». */
const HOW = `(?:un${S}peu|encore|trop|grave|carr${E}ment|super|tr${E}s|vraiment|bien|l${E}g${E}rement|bcp|m${E}ga)`;
const BY = `(?:de${S}\\d+${S}?(?:min\\w*|mn|h|heures?)|ce${S}matin|ce${S}soir|aujourd${AP_OPT}hui|ajd|auj)`;

/** Where the asker is expected: a meeting, an appointment, the office, a train. */
const EVENT =
  `(?:${A}|au|aux|pour|sur)${S}(?:(?:la|le|les|ma|mon|mes|notre|nos|ce|cette|un|une)${S}|l${AP_OPT})?` +
  `(?:r${E}unions?|r${E}u|rdv|rendez${SEP}vous|call|visio|point|comit${E}|codir|copil|d${E}j|d${E}jeuner|` +
  `bureau|taf|boulot|s${E}minaire|pr${E}sentation|formation|train|avion|entretien|cr${E}che|${E}cole)${B}`;

/** Where a clause ends: punctuation, an emoji, « et », « mais », or the end of the message. */
const CLAUSE_END = `(?=\\s*(?:$|[.,;:!?…()\\p{Extended_Pictographic}]|(?:et|mais|du${S}coup|donc)${B}))`;

const LATE = new RegExp(
  `${W}${SPEAKER}${S}(?:${HOW}${S})?en${S}retard${B}(?:${S}${BY})?(?:${S}${EVENT}|${CLAUSE_END})`,
  'giu',
);

/** « désolé du retard », « dsl pour le retard », « pardon pour mon retard ». */
const APOLOGY = new RegExp(
  `${W}(?:d${E}sol${E}e?s?|dsl|pardon|excuse[sz]?${SEP}moi|navr${E}e?s?)${S}` +
    `(?:pour${S}(?:le|ce|mon|notre)|du|de${S}(?:mon|notre|ce))${S}retard${B}`,
  'giu',
);

/** The message without the clauses of the asker's own lateness. */
export function withoutOwnLateness(text: string): string {
  if (!/retard/iu.test(text)) return text;
  return text.replace(APOLOGY, ' ').replace(LATE, ' ');
}
