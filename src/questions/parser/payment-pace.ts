/**
 * Customers paying more slowly (or faster) than before (issue 16, twentieth round): « est-ce que nos
 * clients mettent plus de temps à payer qu'avant ? », « ils paient moins vite que l'an dernier ? »,
 * « on est payés plus tard qu'avant ? » compare how long payment takes over time — the DSO's trend.
 * They were not understood (« temps » is an ordinary word, « plus … que » without a figure named
 * compared nothing). Rewritten in the text as « le délai de paiement augmente / diminue », which the
 * trend reads with its measure (./trend.ts); the comparison said after it stays.
 *
 * A superlative is a ranking, not a trend (issue 16, twenty-third round): « qui met le plus de temps à
 * payer ? », « qui paie le plus lentement ? », « les clients les plus lents à régler » are the slowest
 * payers, said as « paie le plus mal », the late payers ranked (like « qui traîne le plus ? »,
 * ./slow-payers.ts).
 */
import { A, AP_OPT, B, E, SEP, W } from './regex-fragments';

/** « mettent », « mettez-vous », « prennent-ils »: to take (time), with its subject after it or not. */
const TAKE = `(?:mett(?:ent|ez|ons|ait|aient)|met|prenn?(?:ent|ez|ons|aient|ait)|prend)(?:${SEP}(?:t${SEP})?(?:ils|elles|il|elle|on|vous|nous))?`;
const PAY = `(?:(?:nous|me|les)\\s+)?(?:payer|r${E}gler|p${A}yer|solder)`;
/** « paient », « payent-ils », « règlent », « nous paient »: to pay, with its subject after it or not. */
const PAYS = `(?:(?:nous|me)\\s+)?(?:pai(?:ent|e)|pay(?:ent|e|aient|ait)|r${E}gl(?:ent|e|aient|ait))(?:${SEP}(?:t${SEP})?(?:ils|elles|il|elle|on))?`;
/** « on est payés », « sommes-nous réglés »: being paid. */
const PAID = `(?:(?:on|nous)\\s+(?:est|sommes|a\\s+${E}t${E}|avons\\s+${E}t${E})|sommes${SEP}nous|est${SEP}on)\\s+(?:pay${E}e?s?|r${E}gl${E}e?s?)`;

const SLOWER = `(?:plus\\s+lentement|moins\\s+vite|moins\\s+rapidement|plus\\s+tard|avec\\s+plus\\s+de\\s+retard)`;
const FASTER = `(?:plus\\s+vite|plus\\s+rapidement|moins\\s+lentement|plus\\s+t[ôo]t|avec\\s+moins\\s+de\\s+retard)`;

/** Not after « le », « la », « les » (a superlative: « le plus de temps »). */
const NOT_MOST = `(?<!\\b(?:le|la|les)\\s)`;

/** A superlative of slowness: « le plus de temps », « le plus de jours », « le plus longtemps ». */
const MOST_TIME = `(?:le\\s+plus\\s+(?:de\\s+(?:temps|jours|semaines|mois)|longtemps))`;
const MOST_SLOWLY = `(?:le\\s+plus\\s+(?:lentement|tard|doucement)|le\\s+moins\\s+(?:vite|rapidement)|avec\\s+le\\s+plus\\s+de\\s+retard)`;
/** « le plus lent », « les plus lents », « la plus lente » (à payer). */
const SLOWEST = `(?:(?:le|la|les)\\s+plus\\s+lente?s?|(?:le|la|les)\\s+moins\\s+rapides?)`;
/** The plural of the subject said by its verb (« mettent », « paient »): the French said in the plural. */
const paysMost = (verb: string) =>
  /ent\b|ez\b|ons\b|ils|elles/iu.test(verb) ? 'paient le plus mal' : 'paie le plus mal';

/** The superlatives: a ranking of the slowest payers. */
const RANKINGS: ReadonlyArray<readonly [RegExp, (m: string, verb: string) => string]> = [
  [
    new RegExp(`${W}(${TAKE})\\s+${MOST_TIME}\\s+(?:${A}|pour)\\s+${PAY}${B}`, 'giu'),
    (_m, verb) => paysMost(verb),
  ],
  [new RegExp(`${W}(${PAYS})\\s+${MOST_SLOWLY}${B}`, 'giu'), (_m, verb) => paysMost(verb)],
  [
    new RegExp(`${W}${SLOWEST}\\s+(?:${A}|pour)\\s+${PAY}${B}`, 'giu'),
    (m) => (/les\s/iu.test(m) ? 'les plus mauvais payeurs' : 'le plus mauvais payeur'),
  ],
  [new RegExp(`${W}payeurs\\s+${SLOWEST}${B}`, 'giu'), () => 'plus mauvais payeurs'],
];

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    new RegExp(
      `${W}${TAKE}\\s+(?:de\\s+plus\\s+en\\s+plus|${NOT_MOST}plus)\\s+de\\s+temps\\s+(?:${A}|pour)\\s+${PAY}${B}`,
      'giu',
    ),
    'le délai de paiement augmente',
  ],
  [
    new RegExp(
      `${W}${TAKE}\\s+(?:de\\s+moins\\s+en\\s+moins|${NOT_MOST}moins)\\s+de\\s+temps\\s+(?:${A}|pour)\\s+${PAY}${B}`,
      'giu',
    ),
    'le délai de paiement diminue',
  ],
  [
    new RegExp(`${W}(?:${PAYS}|${PAID})\\s+(?:de\\s+plus\\s+en\\s+)?${NOT_MOST}${SLOWER}${B}`, 'giu'),
    'le délai de paiement augmente',
  ],
  [
    new RegExp(`${W}(?:${PAYS}|${PAID})\\s+(?:de\\s+plus\\s+en\\s+)?${NOT_MOST}${FASTER}${B}`, 'giu'),
    'le délai de paiement diminue',
  ],
  // « … qu'avant », « … qu'auparavant »: the period before, said as the trend reads it.
  [
    new RegExp(
      `(le\\s+d${E}lai\\s+de\\s+paiement\\s+(?:augmente|diminue))\\s+qu${AP_OPT}(?:avant|auparavant|avant)${B}`,
      'giu',
    ),
    '$1 par rapport à avant',
  ],
];

const CUE = /temps|vite|lente?|tard|t[ôo]t|retard|jours|semaines|mois|longtemps|doucement|rapide/iu;

/** The text with a pace of payment compared said as the payment delay rising or falling. */
export function withPaymentPaceCompared(text: string): string {
  if (!CUE.test(text)) return text;
  let out = text;
  for (const [re, french] of RANKINGS) out = out.replace(re, french);
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
