/**
 * Money « touché » or « perçu » (issue 16, twentieth round): « kombien on a touché le trimestre
 * dernié », « combien avons-nous perçu en octobre ? », « les montants perçus cette semaine » — what
 * a director says of money received, read as « encaissé ». Only after a subject and its auxiliary
 * (« on a », « a-t-on », « nous avons ») or a noun of money: « les clients touchés par une relance »
 * and « combien va-t-on toucher ce mois ? » (to come, ./not-done.ts) keep their words. « perçu » alone
 * was read as a typo of « perdu » (written off), a wrong figure.
 */
import { A, AP_OPT, B, E, W } from './regex-fragments';

/** « touché », « perçu » and their forms, the infinitive typed for the participle too. */
const VERB = `(?:touch${E}(?:e?s?)|touch${E}r|per[çc]ue?s?|per[çc]evoir)`;

/** A subject and its auxiliary, in both orders, and an adverb that may follow. */
const DONE_BY = new RegExp(
  `${W}((?:(?:on|nous|vous|qu${AP_OPT}on)\\s+|j${AP_OPT})(?:a|ai|avons|avez)\\s+|(?:a|ai|avons|avez)[\\s-]+(?:t[\\s-]+)?(?:on|je|nous|vous)\\s+)` +
    `((?:d${E}j${A}|bien|r${E}ellement|vraiment|combien|finalement|au\\s+total)\\s+)?${VERB}${B}`,
  'giu',
);

/** « les montants perçus », « la somme touchée », « l'argent touché ». */
const OF_MONEY = new RegExp(
  `${W}((?:montants?|sommes?|argent|cash|fonds|paiements?|r${E}glements?)\\s+)${VERB}${B}`,
  'giu',
);

/** The text with money touched or perceived said as collected. */
export function withMoneyReceived(text: string): string {
  if (!/touch|per[çc]/iu.test(text)) return text;
  return text
    .replace(DONE_BY, (_m: string, by: string, adverb?: string) => `${by}${adverb ?? ''}encaissé`)
    .replace(OF_MONEY, (_m: string, money: string) => `${money}encaissés`);
}
