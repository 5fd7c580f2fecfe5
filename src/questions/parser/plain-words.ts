/**
 * The warehouse manager's plain words (issue 16, sixteenth round): no finance word, the thing
 * described instead — rewritten in the text into the French the parser reads, before commands and
 * questions read it:
 * - « tous clients confondus », « toutes factures confondues » add nothing to « au total » (the word
 *   « confondus » named a customer);
 * - « l'argent qu'on attend (de X) » is the outstanding (« l'encours (de X) »), « l'argent qui rentre »
 *   the payments received, « chaque mois » « par mois »;
 * - « les clients qui râlent / rouspètent sur une facture » contest it (disputes);
 * - « ceux qui ont dit qu'ils allaient payer » promised to (promises);
 * - « le temps qu'ils mettent à payer » is the payment delay (DSO);
 * - « les factures qu'on a faites / sorties en octobre » were issued then;
 * - « au premier mail de rappel »: « premier » before a letter of the ladder is no date (the 1st);
 * - « les sous qu'on a laissé tomber », « fait une croix dessus »: written off;
 * - « le fichier Excel des factures pas payées »: the export of the unpaid invoices;
 * - « ceux qui traînent (à payer) »: the late payers.
 */
import { AP, AP_OPT, B, E, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

const THEY = `(?:ils|il|elles?|les\\s+clients|on)`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  rule(`,?\\s*(?:tous\\s+clients\\s+confondus|toutes\\s+factures\\s+confondues)`, ' au total'),
  rule(
    `(?:(?:sur|de)\\s+)?tout\\s+l${AP}argent\\s+qu${AP_OPT}on\\s+(?:attend|nous\\s+doit)`,
    "sur l'encours total",
  ),
  rule(`l${AP}argent\\s+qu${AP_OPT}on\\s+(?:attend|nous\\s+doit)`, "l'encours"),
  rule(`l${AP}argent\\s+qui\\s+(?:rentre|arrive)`, 'les encaissements'),
  rule(`chaque\\s+mois`, 'par mois'),
  // « combien on attend (en tout) ? » — of a customer (« combien on attend de X ») is read as it is.
  rule(
    `combien\\s+(?:d${AP_OPT}argent\\s+)?on\\s+attend(?!\\s+(?:(?:de|du|des|chez|pour|sur)(?![\\p{L}])|d['’ʼ\`´]))`,
    'combien on nous doit',
  ),
  rule(
    `(?:ceux|celles|les\\s+clients|les\\s+gens)\\s+qui\\s+(?:r[aâ]lent|rouspètent|rouspetent)(?!\\s+(?:sur|pour|contre|[àa]\\s+propos))`,
    'les clients qui contestent une facture',
  ),
  rule(
    `(?:r[aâ]lent|r[aâ]le|rouspètent|rouspetent|rouspète|rouspete|gueulent|r[aâ]laient)\\s+(?:sur|pour|contre|[àa]\\s+propos\\s+d${AP_OPT}(?:une?|la|les)?)`,
    'contestent',
  ),
  rule(
    `(?:ont|a|avaient|avait)\\s+dit\\s+qu${AP_OPT}${THEY}\\s+(?:allai(?:en)?t|all[ae]it)\\s+(?:nous\\s+)?payer`,
    'ont promis de payer',
  ),
  rule(
    `(?:le\\s+)?temps\\s+qu${AP_OPT}${THEY}\\s+(?:mettent|met)\\s+(?:[àa]|pour)\\s+(?:nous\\s+)?payer`,
    'le délai de paiement',
  ),
  rule(`(factures?)\\s+qu${AP_OPT}on\\s+a\\s+(?:faites?|fait|sorties?|sorti)`, '$1 émises'),
  [
    new RegExp(
      `${W}(au|le|du|en)\\s+premier\\s+(?=(?:e-?)?mails?${B}|rappels?${B}|courriers?${B}|relances?${B}|lettres?${B})`,
      'giu',
    ),
    '$1 ',
  ],
  rule(
    `(?:laiss${E}s?\\s+tomber|fait\\s+une\\s+croix\\s+(?:dessus|sur)|tir${E}\\s+un\\s+trait\\s+(?:dessus|sur))`,
    'passé en perte',
  ),
  rule(`(?:le\\s+)?fichier\\s+(?:excel|xls|xlsx)`, 'export excel'),
  rule(`ceux\\s+qui\\s+tra[iî]nent(?:\\s+[àa]\\s+(?:nous\\s+)?payer)?`, 'les mauvais payeurs'),
];

/** Words of the export: « factures pas payées » then names the unpaid invoices. */
const EXPORT = /\b(?:export|excel|xlsx?|fichier)\b/iu;
const NOT_PAID = new RegExp(
  `${W}(factures?)\\s+(?:pas|non|jamais)\\s+(?:encore\\s+)?(?:pay${E}e?s?|r${E}gl${E}e?s?)${B}`,
  'giu',
);

const PLAIN =
  /confondu|argent|attend|chaque\s+mois|r[aâ]l|rouspe|rouspè|gueulent|dit\s+qu|temps\s+qu|qu['’ʼ`´]?\s*on\s+a|premier|tomber|croix|trait|fichier|tra[iî]nent/iu;

/** The text with the warehouse manager's plain words in the French the parser reads. */
export function withPlainWords(text: string): string {
  let out = text;
  if (PLAIN.test(out)) for (const [re, french] of RULES) out = out.replace(re, french);
  if (EXPORT.test(out)) out = out.replace(NOT_PAID, '$1 impayées');
  return out;
}
