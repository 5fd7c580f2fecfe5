/**
 * The management controller's KPI words and a student's textbook terms (issue 16, seventeenth round):
 * « KPI » before what is measured adds nothing (« KPI impayés du mois » — never a customer's acronym);
 * « (à la) date d'arrêté » after a cut-off date adds nothing; « volume de » is « combien de »; letters
 * of the ladder « à émettre » are those « à envoyer » (invoices « à émettre » stay outside the work);
 * « liste des indicateurs (dispo) », « quels indicateurs (sont disponibles) » ask the help.
 * Rankings in the controller's words (eighteenth round): « top 10 (des) encours / soldes / comptes
 * (clients) », « classement / palmarès des encours / soldes », « les plus gros soldes », « les 5
 * comptes les plus débiteurs », « le hit-parade des retards » rank the customers by what they owe
 * late — « top 10 des débiteurs » — never the aged balance (« encours par ancienneté » is read as it
 * is); « à la date du 31/10 » is the cut-off « au 31/10 ».
 */
import { AP, E, SEP, W, B } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

const LETTERS = `(?:mises?\\s+en\\s+demeure|relances?|lettres?|courriers?|mails?|e-?mails?|rappels?|sms)`;

/** What follows « encours » in an aged balance or a filter: then it is no ranking of customers. */
const NOT_RANKED = `(?!\\s+(?:par|de|du|des|d${AP}|sur|en)(?![\\p{L}]))`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  rule(
    `top(\\s*\\d+|\\s+(?:trois|cinq|dix|quinze|vingt))?\\s+(?:des\\s+|de\\s+l${AP}|de\\s+nos\\s+|du\\s+)?(?:encours|soldes|comptes(?!\\s+cl${E}s?))(?:\\s+clients?)?${NOT_RANKED}`,
    'top$1 des débiteurs',
  ),
  rule(
    `(classement|palmar${E}s)\\s+(?:des\\s+|de\\s+l${AP}|du\\s+)(?:encours|soldes)(?:\\s+clients?)?${NOT_RANKED}`,
    '$1 des débiteurs',
  ),
  // « les (10) plus gros soldes (clients) »: the customers owing most (« soldes débiteurs » read as is).
  rule(
    `(\\d+\\s+)?plus\\s+gros\\s+soldes(?:\\s+clients?)?(?!\\s+d${E}biteurs)${NOT_RANKED}`,
    '$1plus gros débiteurs',
  ),
  // « les 5 comptes les plus débiteurs / en retard »: customers.
  rule(`(\\d+)\\s+comptes(?=\\s+les\\s+plus\\s)`, '$1 clients'),
  // « le hit-parade des retards »: a ranking, as « le palmarès ».
  rule(`(?:le\\s+|au\\s+)?hit${SEP}?parade(?=\\s+(?:des|de\\s+nos)\\s)`, 'le top'),
  // « impayés à la date du 31/10 », « situation à la date du 30 novembre »: a cut-off, « au ».
  rule(`${'[aà]'}\\s+la\\s+date\\s+du(?=\\s+(?:\\d|1er|premier))`, 'au'),
  rule(`kpis?(?:\\s*[:\\-–])?(?=\\s+\\S)`, ' '),
  rule(`(?:${'[aà]'}\\s+)?(?:la\\s+)?date\\s+d${AP}arr${E}t${E}`, ' '),
  rule(`volumes?\\s+(?:de\\s+|d${AP})`, 'combien de '),
  rule(`(${LETTERS})\\s+${'[aà]'}\\s+${E}mettre`, '$1 à envoyer'),
  rule(
    `(?:la\\s+)?liste\\s+des\\s+indicateurs(?:\\s+dispo(?:nibles)?)?|quels\\s+(?:sont\\s+les\\s+)?indicateurs(?:\\s+(?:sont\\s+)?dispo(?:nibles)?)?|indicateurs\\s+dispo(?:nibles)?`,
    'aide',
  ),
];

const KPI =
  /kpi|arr[eê]t[eé]|volume|[eé]mettre|indicateurs|top|classement|palmar|gros\s+soldes|comptes|parade|date\s+du/iu;

/** The text with the controller's KPI words in the French the parser reads. */
export function withKpiWords(text: string): string {
  if (!KPI.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES)
    out = out.replace(re, (_said: string, ...groups: unknown[]) =>
      french.replace(/\$(\d)/g, (_d, n: string) => {
        const group = groups[Number(n) - 1];
        return typeof group === 'string' ? group : '';
      }),
    );
  return out;
}
