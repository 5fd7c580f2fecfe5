/**
 * A sales rep three weeks in the job (issue 16, twenty-first round) talks around the finance words
 * he does not know yet — the thing described instead, rewritten into the French the parser reads:
 * - « la lettre sérieuse (formelle, officielle) avec accusé de réception », « un courrier avec AR »:
 *   the registered letter, J+20 (« lettre recommandée »);
 * - « l'étape (le stade, le moment) où on envoie (passe, transmet) chez les avocats »: the files
 *   sent to the law firm, litigation (« demain on envoie quoi chez les avocats ? » is read as it is);
 * - « (le chiffre qui dit) en combien de jours (de temps) on se fait payer (on est payés, les clients
 *   nous paient) », « le temps (le nombre de jours) que mettent les clients à payer »: the payment
 *   delay, DSO;
 * - « (factures) réglées / payées après la date prévue (l'échéance, la date limite) »: paid late;
 * - « (factures) sur lesquelles (dont, pour lesquelles) des clients râlent (se plaignent) »: disputed;
 * - « (factures …) que personne n'a encore payées »: unpaid.
 */
import { A, AP, AP_OPT, B, E, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** « sérieuse », « formelle », « officielle »: what a novice calls the registered letter. */
const SERIOUS = `(?:s${E}rieuses?|formelles?|officielles?|vraies?|grosses?)`;

/** « avec accusé de réception », « avec AR », « avec A/R ». */
const WITH_RECEIPT = `avec\\s+(?:un\\s+)?(?:accus${E}s?\\s+de\\s+r${E}ception|ar|a\\/r)`;

/** Those who pay: « les clients », « nos clients », « ils », « les gens ». */
const PAYERS = `(?:les\\s+clients|nos\\s+clients|les\\s+gens|ils|elles)`;

const PAY = `(?:payer|r${E}gler)`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  rule(`(lettre|courrier)s\\s+(?:${SERIOUS}\\s+)?${WITH_RECEIPT}`, '$1s recommandées'),
  rule(`(lettre|courrier)\\s+(?:${SERIOUS}\\s+)?${WITH_RECEIPT}`, '$1 recommandée'),
  rule(
    `(?:l${AP}${E}tape|le\\s+stade|le\\s+moment|la\\s+phase|le\\s+niveau)\\s+(?:o[uù]|quand)\\s+(?:l${AP_OPT})?on\\s+` +
      `(?:les\\s+)?(?:envoie|passe|transmet|file|refile|balance)\\s+(?:(?:le|les)\\s+dossiers?\\s+)?` +
      `(?:chez\\s+(?:les\\s+|l${AP_OPT}|un\\s+)?|aux\\s+|[àa]\\s+(?:l${AP_OPT}|un\\s+)?)(?:avocats?|juristes?|huissiers?)`,
    'les dossiers transmis au cabinet',
  ),
  rule(
    `(?:le\\s+(?:chiffre|nombre|truc|indicateur|ratio)\\s+qui\\s+(?:dit|donne|montre|indique|calcule)\\s+)?` +
      `en\\s+combien\\s+de\\s+(?:jours|temps)\\s+` +
      `(?:on\\s+se\\s+fait\\s+${PAY}|on\\s+est\\s+pay${E}s?|(?:nous\\s+)?sommes\\s+pay${E}s|on\\s+nous\\s+paie|${PAYERS}\\s+(?:nous\\s+)?(?:paient|payent|r${E}glent))`,
    'le délai de paiement',
  ),
  rule(
    `le\\s+(?:temps|nombre\\s+de\\s+jours|d${E}lai)\\s+que\\s+(?:mettent\\s+${PAYERS}|${PAYERS}\\s+mettent)\\s+(?:[àa]|pour)\\s+(?:nous\\s+)?${PAY}`,
    'le délai de paiement',
  ),
  rule(
    `((?:r${E}gl|pay)${E}e?s?)\\s+(?:apr${E}s|pass${E})\\s+(?:la\\s+date\\s+(?:pr${E}vue|limite|convenue|d${AP}${E}ch${E}ance|de\\s+paiement)|l${AP}${E}ch${E}ance|le\\s+d${E}lai)`,
    '$1 en retard',
  ),
  // « (ce qu'on nous doit) a dépassé la date limite », « qui ont dépassé l'échéance »: overdue (thirtieth round).
  rule(
    `(?:a|ont|ayant)\\s+(?:d${E}j${A}\\s+)?d${E}pass${E}\\s+(?:la\\s+date\\s+(?:limite|pr${E}vue|d${AP}${E}ch${E}ance)|l${AP}${E}ch${E}ance|le\\s+terme)`,
    'est échu',
  ),
  rule(
    `(?:sur\\s+lesquel(?:le)?s|pour\\s+lesquel(?:le)?s|dont)\\s+(?:des|les|nos|certains|un|le)\\s+clients?\\s+` +
      `(?:r[aâ]lent|r[aâ]le|rouspètent|rouspète|rouspetent|rouspete|gueulent|gueule|se\\s+plaignent|se\\s+plaint)`,
    'que des clients contestent',
  ),
  rule(
    `(?:et\\s+)?(?:que|qu${AP_OPT})\\s*(?:personne|aucun\\s+client)\\s+(?:n${AP_OPT})?a\\s+(?:encore\\s+|toujours\\s+|jamais\\s+)?(?:pay|r${E}gl)${E}e?s?`,
    ' impayées',
  ),
];

const AROUND =
  /d[ée]pass|accus|\bar\b|a\/r|avocat|juriste|huissier|combien\s+de|mettent|apr[eè]s|pass[ée]|r[aâ]l|rousp|gueul|plai|personne|aucun/iu;

/** The text with the novice's descriptions in the French the parser reads. */
export function withWordsTalkedAround(text: string): string {
  if (!AROUND.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
