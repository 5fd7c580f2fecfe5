/**
 * An Excel-minded accountant's words (issue 16, twelfth round): filters written as a spreadsheet's
 * — « filtre risque = élevé », « colonne étape = mise en demeure », « les lignes où retard > 60 »,
 * « retard >= 30 », « montant > 5000 » —, a customer's row (« ligne Hôtel du Parc : total dû ? »,
 * « cumul dû Dupont et fils »), a sheet (« onglet relances du jour »), a function
 * (« GRANDE.VALEUR(échu par client) -> les 5 premiers »: the top late payers).
 *
 * Rewritten in the text, before commands and questions read it, into the French they read:
 * - a field compared with a value — `retard`, `jours (de retard)`, `ancienneté` with `>`, `>=`,
 *   `≥`, `<`, `<=`, `≤`, `=` and a number of days (« retard > 60 » is more than 60 days, at least
 *   61; « retard = 45 » exactly 45; « retard entre 30 et 60 » days); `risque` / `segment (de)
 *   risque` `=` a level; « montant = 1200 » exactly that amount (« montant > 5000 » is read as it
 *   is already);
 * - « les lignes où / dont / avec … » are the invoices (« lignes du journal » stay the journal's);
 * - « ligne X : total dû ? », « X : total dû », « cumul dû X », « total dû X » ask X's balance;
 * - « onglet », « feuille » name no figure: « onglet relances du jour » is the day's card;
 * - a pivot table with no figure named (« tableau croisé par client ») is the unpaid invoices so grouped;
 * - « GRANDE.VALEUR(… par client) » ranks the customers; an arrow (« -> », « => », « → ») is a
 *   comma, but in an alias (« alias CHV -> Centre hospitalier… »).
 * A comparison that says « not » (`≠`, `!=`, `<>`) cannot be a filter: the question is then not
 * understood (`unreadableFilter`), rather than answered without it.
 * The words of a spreadsheet (`SPREADSHEET_WORDS`) are never a customer's name.
 */

/** Words of a spreadsheet: vocabulary, never a customer's name (./vocabulary.ts). */
export const SPREADSHEET_WORDS = `
colonne colonnes filtre filtres filtrer filtré filtrés filtrées ligne lignes onglet onglets feuille feuilles
tri trié triés triées trier décroissant decroissant décroissants cumul cumuls cumulé
tableau tableaux croisé croise croisés tcd
`;

const LEVEL = '(élevée?|elevee?|haute?|forte?|modérée?|moderee?|moyenne?|faible|basse?)(?![\\p{L}\\p{N}])';
const DAYS_FIELD =
  '(?:jours?\\s+de\\s+retard|nb\\s+(?:de\\s+)?jours(?:\\s+de\\s+retard)?|retards?|jours?|ancienneté|anciennete|dpd)';
const OPERATOR = '(>=|≥|=>|>|<=|≤|=<|<|==|=)';

const DAYS_COMPARED = new RegExp(
  `(?<!\\btaux\\s+(?:de\\s+|d['’]\\s*)?)\\b${DAYS_FIELD}\\s*${OPERATOR}\\s*(\\d{1,4})(?!\\d|[.,'’]\\d|\\s\\d{3}(?!\\d)|\\s*(?:mois|semaines?|sem|ans?|années?|%|€|k|eur))(?:\\s*(?:j|jours?)\\b)?`,
  'giu',
);

function daysInWords(operator: string, n: string): string {
  switch (operator) {
    case '>':
      return `retard de plus de ${n} jours`;
    case '>=':
    case '≥':
    case '=>':
      return `retard d'au moins ${n} jours`;
    case '<':
      return `retard de moins de ${n} jours`;
    case '<=':
    case '≤':
    case '=<':
      return `retard d'au plus ${n} jours`;
    default:
      return `retard entre ${n} et ${n} jours`;
  }
}

/** The ladder's letters and messages, as an analyst counts them (« count mises en demeure »). */
const SENT =
  '(mises?\\s+en\\s+demeure|lrar|lr|lettres?(?:\\s+(?:de\\s+relance|recommand[ée]es?))?|recommand[ée]s|courriers?(?:\\s+simples?)?|e-?mails?(?:\\s+de\\s+(?:rappel|relance))?|mails?(?:\\s+de\\s+(?:rappel|relance))?|relances?|pr[ée]venances?|rappels?|transmissions?(?:\\s+(?:au\\s+)?cabinet)?)(?![\\p{L}\\p{N}])';

const RULES: ReadonlyArray<readonly [RegExp, string | ((...m: string[]) => string)]> = [
  // « les litiges en cours, classés par client »: a list grouped by customer, no customers ranked
  // (thirty-third round).
  [
    /\b(litiges?|promesses?|[ée]ch[ée]anciers?|impay[ée]e?s?|factures?|dossiers?)\b([^,?]*?),?\s+(?:class[ée]e?s|tri[ée]e?s|rang[ée]e?s|regroup[ée]e?s)\s+par\s+clients?\b/giu,
    '$1$2 par client',
  ],
  // « encaissements / mois », « DSO/trimestre »: a slash reads « par » (forty-fifth round).
  [
    /(?<=\p{L})\s*\/\s*(mois|trimestres?|semaines?|clients?|segments?|[ée]tapes?)(?![\p{L}\p{N}])/giu,
    ' par $1',
  ],
  // An analyst's SQL-ish (sixteenth round): « select * from impayés where … », « select sum(dû)
  // where client = 'X' », « count mises en demeure semaine 47 », « date_emission = octobre »,
  // « taux de retard : série mensuelle ».
  [/\bselect\s+(?:\*\s+from\s+)?/giu, ''],
  [
    /\b(?:sum|somme)\s*\(\s*(?:d[uû]|montant_?d[uû]|restant_?d[uû]|solde|reste_?[aà]_?payer)\s*\)/giu,
    'montant dû',
  ],
  [
    /\b(?:montant|total|cumul|solde)\s+(?:restant\s+)?d[uû]\s+(?:where|pour|chez|de|du|avec)?\s*clients?\s*(?:==|=|:|like)\s*/giu,
    'montant dû par ',
  ],
  // « count mises en demeure semaine 47 »: letters counted are letters sent (« à envoyer », « prévues »
  // say otherwise and are kept).
  [
    new RegExp(
      `^\\s*count\\s*(?:\\(\\s*\\*?\\s*\\)\\s*)?(?:(?:de|des|of)\\s+)?${SENT}(?!.*(?:envoy|parti|pr[ée]vu|planifi|[àa]\\s+(?:envoyer|faire|relancer)|aujourd|demain))`,
      'iu',
    ),
    (_m, what) => `combien de ${what} envoyées`,
  ],
  [/^\s*count\s*(?:\(\s*\*?\s*\)\s*)?(?:(?:de|des|of)\s+)?/iu, 'combien de '],
  [/\bdate_?(?:d_?)?(?:[ée]mission|facture|facturation)\s*(?:==|=|:)\s*/giu, 'émises en '],
  [/\bdate_?(?:d_?)?(?:[ée]ch[ée]ance)\s*(?:==|=|:)\s*/giu, 'échues en '],
  [/\bs[ée]ries?\s+(?:mensuelles?|chronologiques?|temporelles?)(?![\p{L}\p{N}])/giu, 'évolution par mois'],
  // « order by montant desc limit 3 »: the order is the answer's own; « limit 3 » a ranking's size.
  [/\s+(?:desc|asc)(?![\p{L}\p{N}])/giu, ''],
  [/\blimit\s+(\d{1,3})(?![\p{L}\p{N}])/giu, 'top $1'],
  [/\b(?:order|sort)\s+by\s+/giu, 'classés par '],
  // « delete litige F2026-1048 »: the dispute lifted.
  [
    /\b(?:delete|remove|drop)\s+(?:from\s+)?(?:the\s+)?(?:litiges?|disputes?)\s+(?=\p{L}{0,3}\d{4}-\d)/giu,
    'lever le litige ',
  ],
  // « montant between 1000 and 5000 », « montant entre 1000 et 5000 » (no unit): euros.
  [
    /\bmontants?\s+(?:entre|between)\s+(\d[\d'’.,]*)\s+(?:et|and)\s+(\d[\d'’.,]*)(?!\s*(?:€|k|eur|euros|j\b|jours?|%))/giu,
    'montant entre $1 € et $2 €',
  ],
  // « GRANDE.VALEUR(échu par client) », « LARGE(overdue;5) »: the customers ranked by what is named.
  [
    /\b(?:grande\.valeur|large|max)\s*\(\s*([^();]*?)\s+par\s+clients?\s*(?:;\s*(\d+)\s*)?\)/giu,
    (_m, what, k) => `${k ? `top ${k} du ` : ''}classement des clients par ${what}`,
  ],
  [
    /\b(?:grande\.valeur|large|max)\s*\(\s*([^();]*?)\s*(?:;\s*(\d+)\s*)?\)/giu,
    (_m, what, k) => `${k ? `top ${k} des` : 'les'} plus gros ${what}`,
  ],
  [/\b(?:somme\.si|somme|sum)\s*\(\s*([^();]*?)\s*\)/giu, (_m, what) => `somme des ${what}`],
  // « retard > 60 », « jours de retard >= 30 », « ancienneté < 15j » (« taux de retard > 5 » is a rate;
  // « en retard > 10 000 € », its thousands spaced, an amount — thirty-first round).
  [DAYS_COMPARED, (_m, operator, n) => daysInWords(operator!, n!)],
  // « retard entre 30 et 60 » (no unit): days.
  [
    /\b(retards?|jours\s+de\s+retard|ancienneté|anciennete)\s+entre\s+(\d{1,4})\s+et\s+(\d{1,4})(?!\d|[.,'’]\d|\s*(?:j\b|jours?|mois|semaines?|ans?|%|€|k|eur))/giu,
    (_m, field, a, b) => `${field} entre ${a} et ${b} jours`,
  ],
  // « montant = 1200 », « montant == 5k€ »: exactly that amount, both bounds.
  [
    /\bmontants?\s*(?:==|=)\s*(\d[\d\s'’.,]*\d|\d)\s*(k€|k|€|eur|euros)?/giu,
    (_m, n, unit) => `montant entre ${n.trim()}${unit ? ` ${unit}` : ''} et ${n.trim()} ${unit ?? '€'}`,
  ],
  // « risque = élevé », « segment risque = élevé », « filtre niveau de risque : faible ».
  [
    new RegExp(`\\b(?:(?:segment|niveau)\\s+(?:de\\s+)?)?risques?\\s*(?:==|=|:)\\s*${LEVEL}`, 'giu'),
    (_m, level) => `à risque ${level}`,
  ],
  // « dossiers avec statut = contentieux », « état : litige », « statut contentieux »: a status field
  // filtered on a value is that state (« au contentieux », « en litige »).
  [
    /(?:\b(?:avec|ayant|dont|o[uù]|en)\s+(?:(?:le|un|leur|son)\s+)?)?\b(?:statut|status|[ée]tat)s?\s*(?:==|=|:|est|egal\s+[aà]|égal\s+[aà])?\s*(?=contentieux\b|cabinet\b)/giu,
    'au ',
  ],
  [
    /(?:\b(?:avec|ayant|dont|o[uù]|en)\s+(?:(?:le|un|leur|son)\s+)?)?\b(?:statut|status|[ée]tat)s?\s*(?:==|=|:|est|egal\s+[aà]|égal\s+[aà])?\s*(?=litiges?\b|contest[ée]e?s?\b)/giu,
    'en ',
  ],
  // « les lignes où retard > 60 », « lignes dont le montant > 5000 »: the invoices.
  [/\blignes\s+(?=o[uù](?![\p{L}\p{N}])|dont\b|avec\b|ayant\b|qui\b)/giu, 'factures impayées '],
  [/\blignes\s+(?=en\s+retard\b)/giu, 'factures '],
  // « ligne Hôtel du Parc : total dû ? », « client X : cumul dû », « Dupont et fils : total dû ».
  [
    /^\s*(?:(?:la\s+)?(?:ligne|client)\s+)?([^:?]+?)\s*:\s*(?:le\s+)?(?:cumul|total|montant|solde)\s+(?:restant\s+)?d[uû]\s*\??\s*$/iu,
    (_m, who) => `montant dû par ${who} ?`,
  ],
  [
    /^\s*(?:la\s+)?ligne\s+([^:?]+?)\s*:\s*(?:le\s+)?(?:cumul|total|montant|solde)(?:\s+(?:échu|echu))?\s*\??\s*$/iu,
    (_m, who) => `montant dû par ${who} ?`,
  ],
  // « cumul dû Dupont et fils », « total dû SGH » (not « total dû par client », « total dû au 31/10 »).
  [
    /\b(?:cumul|total)\s+(?:restant\s+)?dû\s+(?!par\b|au\b|aux\b|à\b|a\b|de\b|des\b|du\b|en\b|ce\b|cette\b|le\b|la\s+(?:semaine|fin|veille)\b|les\b|fin\b|depuis\b|sur\b|pour\b|[?!.,;:])/giu,
    'montant dû par ',
  ],
  // « onglet relances du jour », « la feuille des impayés »: what the sheet holds.
  [/\b(?:l['’]\s*|la\s+|le\s+)?(?:onglet|feuille)\s+(?:des\s+|du\s+|de\s+la\s+)?/giu, ''],
];

/**
 * « tableau croisé par client », « un TCD par segment de risque », « pivot par étape »: a pivot
 * table with no figure named is the unpaid invoices grouped so (issue 16, left by the twelfth round:
 * the spreadsheet's open items summed by row); « tableau croisé des encaissements par mois » names
 * its figure and is read as it is. « TCD » in capitals only (« tcd » may be any three letters).
 */
const PIVOT_ALONE =
  /(?<![\p{L}\p{N}])(?:(?:un|le|mon|ton|ce)\s+)?(?:tableau\s+crois[ée](?:\s+dynamique)?|pivot(?:\s+table)?)\s+(?=(?:par|by)\s)/giu;
const TCD_ALONE =
  /(?<![\p{L}\p{N}])(?:(?:[Uu]n|[Ll]e|[Mm]on|[Tt]on|[Cc]e|UN|LE)\s+)?TCD\s+(?=(?:par|by|PAR|BY)\s)/gu;

/** The text with the spreadsheet's words in the French the parser reads. */
export function withSpreadsheetFilters(text: string): string {
  if (/crois|TCD|pivot/iu.test(text))
    text = text.replace(PIVOT_ALONE, 'impayés ').replace(TCD_ALONE, 'impayés ');
  if (
    !/[<>=≥≤→:(/]|\b(?:lignes?|cumul|total|onglet|feuille|entre|select|count|s[ée]ries?|desc|asc|limit|between|order|sort|delete|remove|drop|class[ée]e?s|tri[ée]e?s|rang[ée]e?s|regroup[ée]e?s)\b/iu.test(
      text,
    )
  )
    return text;
  // « -> les 5 premiers », « => top 5 »: an arrow is a comma (not in an alias: « alias CHV -> … »).
  let out = /\balias\b/iu.test(text) ? text : text.replace(/\s*(?:->|=>|→)\s*/gu, ', ');
  for (const [re, french] of RULES)
    out = out.replace(re, french as (substring: string, ...args: string[]) => string);
  return out;
}

/** « risque ≠ élevé », « retard != 0 », « étape <> LRAR »: a comparison no filter can say. */
export function unreadableFilter(text: string): boolean {
  return /\S\s*(?:≠|!=|<>)\s*\S/u.test(text);
}
