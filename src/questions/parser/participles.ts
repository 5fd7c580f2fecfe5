/**
 * An infinitive typed for a past participle (issue 16, twentieth round: a dyslexic assistant, a
 * rep typing fast): « combien on a encaisser hier ? », « les factures contester par le client
 * LPI », « les clients à risque modérer ». Both end in the same sound; what is written is read as
 * what is meant, in three places only, where an infinitive cannot stand:
 * - after an auxiliary and its subject (« on a », « a-t-on », « avons-nous », « ont été », « sont »),
 *   an adverb allowed between (« on a déjà encaisser »): the participle — « qu'est-ce qu'on a à
 *   encaisser » (« à », or « a » typed for it, between) and « combien va-t-on encaisser » (no
 *   auxiliary) keep their infinitive;
 * - after a noun of invoices or money, for the verbs that never follow one as an infinitive of a
 *   task (« factures contester », « créances passer en perte »); « quels clients relancer ? »,
 *   « factures à payer » keep theirs (a task, what is left to pay);
 * - a level of risk (« risque modérer », « segment élever ») is its adjective.
 */
import { A, AP_OPT, B, E, W } from './regex-fragments';

/** The domain's verbs in « -er » whose participle a question asks with an auxiliary. */
const VERBS = `(?:encaiss|pay|r${E}gl|contest|relanc|envoy|factur|pass|recouvr|rembours|vir|r${E}cup${E}r|annul|transf${E}r|sold|chiffr)`;

/** A subject and its auxiliary, in both orders (« on a », « a-t-on », « nous avons », « ont été »). */
const AUXILIARY =
  `(?:(?:(?:on|il|elle|ils|elles|qui|qu${AP_OPT}on|nous|vous|client|clients)\\s+|j${AP_OPT})(?:a|ai|avons|avez|ont)` +
  `|(?:a|ai|avons|avez|ont)[\\s-]+(?:t[\\s-]+)?(?:on|il|elle|ils|elles|je|nous|vous)` +
  `|(?:a|ai|avons|avez|ont|est|sont|sera|seront|${E}tait|${E}taient)\\s+${E}t${E}` +
  `|(?:qui|elles?|ils?|factures?|cr${E}ances?)\\s+(?:sont|est|ont\\s+${E}t${E}|a\\s+${E}t${E}))`;

/** Adverbs that may stand between the auxiliary and its participle. */
const ADVERB = `(?:(?:d${E}j${A}|bien|effectivement|r${E}ellement|vraiment|pas|jamais|encore|finalement|enfin|combien)\\s+)?`;

const AFTER_AUXILIARY = new RegExp(`${W}(${AUXILIARY}\\s+${ADVERB})(${VERBS})er${B}`, 'giu');

/** Nouns of invoices and money. */
const NOUN = `(?:factures?|cr${E}ances?|sommes|montants?|dossiers?|fact|facts)`;

/** « factures contester », « créances passer en perte »: no task, a state. */
const AFTER_NOUN = new RegExp(
  `${W}(${NOUN}\\s+)(?:(contest)er${B}|(pass)er(?=\\s+(?:en|${A})\\s+pertes?${B}))`,
  'giu',
);

/** « risque modérer », « segment élever », « à risque moyen » is already an adjective. */
const LEVEL = new RegExp(
  `${W}((?:risques?|segments?|profils?)\\s+(?:de\\s+risque\\s+)?)(mod${E}r|${E}lev)er${B}`,
  'giu',
);

/** The participle of a verb's stem, in the accents of what was typed (« régl » → « réglé »). */
const participle = (stem: string): string => `${stem}é`;

/**
 * A passive participle agrees with the invoices it says (« factures qui ont été payer en retard »
 * are « payées en retard », the late rate's words): « es » or « e » after « factures » or « créances »
 * in the same clause, nothing otherwise.
 */
function agreement(auxiliary: string, before: string): string {
  if (!new RegExp(`(?:${E}t${E}|sont|est)\\s*$`, 'iu').test(auxiliary)) return '';
  const noun = new RegExp(`${W}(factures?|cr${E}ances?)${B}[^.?!;]{0,40}$`, 'iu').exec(before);
  return noun ? (/s$/iu.test(noun[1]!) ? 'es' : 'e') : '';
}

/** The text with an infinitive typed for a participle read as the participle. */
export function withParticiplesTyped(text: string): string {
  if (!/er(?![\p{L}\p{N}])/iu.test(text)) return text;
  return text
    .replace(
      AFTER_AUXILIARY,
      (_m: string, before: string, stem: string, at: number, whole: string) =>
        before + participle(stem) + agreement(before, whole.slice(0, at) + before),
    )
    .replace(
      AFTER_NOUN,
      (_m: string, noun: string, contest?: string, pass?: string) =>
        noun + participle(contest ?? pass!) + (/s\s*$/iu.test(noun) ? 'es' : 'e'),
    )
    .replace(LEVEL, (_m: string, before: string, stem: string) => before + participle(stem));
}
