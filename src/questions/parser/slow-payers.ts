/**
 * « Traîner » (to be slow to pay), in all its forms (issue 16, twentieth round) — rewritten in the
 * text before the intent is read. « traîne » was read as a typo of « traité » (what was done, the
 * journal): « le pressing, il a payé ou bien il traîne toujours ? » gave the journal of the pressing.
 * - « traîner les pieds / des pieds » is « traîner »;
 * - « (il / ça / X) traîne (toujours) (à payer) » is « ne paie (toujours) pas »: on a customer named,
 *   whether it paid is its balance (./paid-yet.ts); on its unpaid invoices (« les impayés de X, ça
 *   traîne ? »), the invoices asked; « qui traîne (le plus) ? » the late payers ranked;
 * - « qui traîne le plus (à payer) ? », « les clients qui traînent les pieds le plus » are the ones
 *   who « paient le plus mal », a ranking;
 * - « les factures / impayés qui traînent » are late invoices (« factures en retard »), not payers;
 * - « traînait », « traînaient » the same in the past (« ne payait pas »).
 * A negation (« il ne traîne pas ») is left as written; « traîne » is no typo of « traité » any more
 * (./tokens.ts).
 */
import { A, AP_OPT, B, E, I, SEP, W } from './regex-fragments';

/** The verb's endings, each with its French (« traîne » → « ne paie », « traînaient » → « ne payaient »). */
const FORMS: ReadonlyArray<readonly [string, string]> = [
  ['aient', 'ne payaient'],
  ['ait', 'ne payait'],
  ['ent', 'ne paient'],
  ['es', 'ne paies'],
  ['e', 'ne paie'],
];

/** After the verb: « toujours », « encore », « un peu », « trop »… and « à (nous) payer ». */
const STILL = `(?:\\s+(toujours|encore|tjrs|tjs))?`;
const HOW = `(?:\\s+(?:un\\s+peu|trop|beaucoup|pas\\s+mal|vraiment|bcp))?`;
const TO_PAY = `(?:\\s+(?:${A}|pour)\\s+(?:nous\\s+)?(?:payer|r${E}gler|nous\\s+r${E}gler|p${A}yer))?`;
const FEET = `(?:\\s+(?:les|des)\\s+pieds)?`;
/** « -t-il », « -t-elle », « -ils »: the subject after the verb. */
const INVERTED = `(?:${SEP}t${SEP}(?:il|elle|on)|${SEP}(?:ils|elles))?`;

/** The verb, any ending of `ending`, without a negation before it. */
const verb = (ending: string) =>
  `${W}(?<!\\b(?:ne|n${AP_OPT})\\s?)tr(?:a${I}|${E})nn?${ending}${INVERTED}${FEET}`;

/** Things that are late, not people (« les factures qui traînent » are the unpaid invoices). */
const THINGS = `(factures?|impay${E}e?s|cr${E}ances?|sommes?|montants?|${E}ch${E}ances?|paiements?|r${E}glements?)`;

const RULES: ReadonlyArray<readonly [RegExp, (m: string, ...groups: string[]) => string]> = [
  // « les factures (du resto) qui traînent (depuis 60 jours) »: late invoices (« ki » typed for « qui »).
  [
    new RegExp(
      `${W}${THINGS}(\\s+(?:du|de\\s+la|de\\s+l${AP_OPT}|des|de|d${AP_OPT})\\s*[\\p{L}\\p{N}&'’-]+(?:\\s+[\\p{L}\\p{N}&'’-]+){0,2}?)?\\s+(?:qui|ki|qi)\\s+${verb('(?:e|es|ent|ait|aient)')}${STILL}${B}`,
      'giu',
    ),
    (_m: string, things: string, whose?: string) => `${things}${whose ?? ''} en retard`,
  ],
  // « qui traîne le plus (à payer) ? », « les clients qui traînaient le plus »: a ranking.
  ...FORMS.map(
    ([ending, french]) =>
      [
        new RegExp(`${verb(ending)}${STILL}\\s+(?:le\\s+)?plus${TO_PAY}${FEET}${B}`, 'giu'),
        () => `${french.replace(/^ne /, '')} le plus mal`,
      ] as const,
  ),
  ...FORMS.map(
    ([ending, french]) =>
      [
        new RegExp(`${verb(ending)}${STILL}${HOW}${TO_PAY}${FEET}${B}`, 'giu'),
        (_m: string, still?: string) => (still ? `${french} ${still} pas` : `${french} pas`),
      ] as const,
  ),
];

const CUE = /tr(?:a[iîï]|[eéèê])n/iu;

/**
 * « Qui bloque la chaîne côté paiements ? Les 3 pires. »: « les N pires » alone closing the message —
 * the N worst payers (fortieth round).
 */
const WORST_ALONE = /(?<![\p{L}\p{N}])(?:les|le)\s+(\d{1,2}|trois|cinq|dix)\s+pires(?=\s*[.!?…]*\s*$)/iu;

/** The text with « traîner » (to pay slowly) said as « ne pas payer », and « les N pires » as the worst payers. */
export function withSlowPayersSaid(text: string): string {
  if (/pires/iu.test(text) && WORST_ALONE.test(text))
    return text.replace(WORST_ALONE, (_m, n: string) => `top ${n} des pires payeurs`);
  if (!CUE.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
