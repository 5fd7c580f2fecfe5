/**
 * How the user feels is no figure (issue 16, eighteenth round): « je me sens un peu perdue », « je
 * suis complètement perdu avec ce logiciel », « on est perdus » said lost, confused — the losses
 * written off were answered. The feeling is left out of the text; what else is asked is read
 * (« je suis perdue dans les impayés » asks the unpaid invoices). « on a perdu combien ? », « perdu
 * en créances irrécouvrables » keep their meaning.
 */
import { A, E, S, W } from './regex-fragments';

const LOST = new RegExp(
  `${W}(?:je${S}(?:me${S}sens|suis|me${S}suis|me${S}retrouve)|on${S}(?:se${S}sent|est|s${E}st)|nous${S}sommes|j${E}${S}suis|chui|jsuis)` +
    `(?:${S}(?:un${S}peu|tr${E}s|trop|compl${E}tement|totalement|tout|toute|vraiment|d${E}j${A}|encore|grave|carr${E}ment))*` +
    `${S}perdu(?:e|s|es)?(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The text without the user's saying they are lost. */
export function withoutFeelingLost(text: string): string {
  return /perdu/iu.test(text) ? text.replace(LOST, ' ') : text;
}
