/**
 * How the user feels is no figure (issue 16, eighteenth round): « je me sens un peu perdue », « je
 * suis complètement perdu avec ce logiciel », « on est perdus » said lost, confused — the losses
 * written off were answered. The feeling is left out of the text; what else is asked is read
 * (« je suis perdue dans les impayés » asks the unpaid invoices). « on a perdu combien ? », « perdu
 * en créances irrécouvrables » keep their meaning.
 */
import { A, AP, E, S, W } from './regex-fragments';

const LOST = new RegExp(
  `${W}(?:je${S}(?:me${S}sens|suis|me${S}suis|me${S}retrouve)|on${S}(?:se${S}sent|est|s${E}st)|nous${S}sommes|j${E}${S}suis|chui|jsuis)` +
    `(?:${S}(?:un${S}peu|tr${E}s|trop|compl${E}tement|totalement|tout|toute|vraiment|d${E}j${A}|encore|grave|carr${E}ment))*` +
    `${S}perdu(?:e|s|es)?(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * A remark on the figure (twenty-seventh round): « ça me fait pas pitié » (Toulouse: it does not
 * impress me), « ça fait peur », « ça pique », « ça fait mal », « ça calme » — a feeling, no name.
 */
const REMARK = new RegExp(
  `${W}(?:[cç]a|c${AP}est|cela)${S}(?:me${S}|nous${S})?(?:fait${S}(?:pas${S})?(?:piti${E}|peur|mal|mal${S}au${S}c(?:oe|œ)ur|froid${S}dans${S}le${S}dos)|pique|calme|pique${S}les${S}yeux|fait${S}mal)(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * … or a sigh over it (twenty-eighth round): « les dossiers au contentieux c la hess », « c'est la
 * galère », « c'est chaud », « c'est relou », « c'est abusé » — said of what is asked, no word of it.
 */
const SIGH = new RegExp(
  `${W}(?:c|c${AP}est|cest|[cç]a${S}est)${S}(?:(?:vraiment|trop|grave|un${S}peu|carr${E}ment)${S})?` +
    `(?:la${S}(?:gal${E}re|h${E}ss|cata|catastrophe|mis${E}re|d${E}che|merde)|chaud|relou|abus${E}|ouf|dingue|un${S}carnage|n${AP}importe${S}quoi)` +
    `(?:${S}(?:fr${E}re|frerot|wesh|zarma|mec|grave))*(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * A word to the colleague reading (thirty-third round): « … mon fils ? », « mon grand », « ma belle »,
 * « mon vieux », « fiston » before the question's end or a comma — no name, no word of the question.
 */
const VOCATIVE = new RegExp(
  `,?\\s*${W}(?:mon${S}(?:fils|grand|vieux|pote|cher|gars|petit|ami)|ma${S}(?:grande|belle|ch${E}re|petite|poule|fille)|fiston)(?=\\s*(?:[?!.,]|$))`,
  'giu',
);

/** The text without the user's saying they are lost, nor a remark of feeling on the figure. */
export function withoutFeelingLost(text: string): string {
  const unlost = /perdu/iu.test(text) ? text.replace(LOST, ' ') : text;
  const unremarked = (
    /piti|peur|mal|pique|calme/iu.test(unlost) ? unlost.replace(REMARK, ' ') : unlost
  ).replace(VOCATIVE, ' ');
  return /gal[eè]re|h[eè]ss|cata|mis[eè]re|d[eè]che|merde|chaud|relou|abus|ouf|dingue|carnage|importe/iu.test(
    unremarked,
  )
    ? unremarked.replace(SIGH, ' ')
    : unremarked;
}
