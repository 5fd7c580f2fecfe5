/**
 * A pronoun or a reference with nothing to point to (issue 16, eighteenth round): « il nous doit
 * combien ? », « elle a réglé sa facture ? », « combien nous doit-il ? », « ses impayés ? », « et son
 * DSO ? », « ce client nous doit combien ? », « celui-ci a payé ? ». A question is read alone (no
 * earlier turn gives « il » a customer): one customer is meant and none is named, so the figure of
 * everyone (the aged balance, all the money received) would answer another question — it is not
 * understood. Only a pronoun opening the question as its subject is read so: « le DSO il est à
 * combien », « leclerc il nous doit combien » (the pronoun takes up what was said before it), « il y
 * a des litiges ? », « il me faut les impayés » (impersonal) and « ils » (often the customers as a
 * whole: « ils payent en combien de jours ») are questions as before.
 */
import type { Token } from './tokens';

/** Words that may open a follow-up before its subject: « et », « bon », « du coup », « pareil pour »… */
const OPENERS =
  '(?:(?:et|mais|bon|alors|donc|ok|okay|sinon|puis|du coup|pareil|aussi|pour|ensuite|maintenant|la|est ce que|est ce qu) )*';

/** One customer pointed at: « il », « elle », « ce client (-là) », « le même client », « celui-ci ». */
const ONE =
  '(?:il|elle|lui|he|she|him|(?:le|la|ce|cette|du) (?:meme )?cliente?(?: la)?(?: il| elle)?|(?:la|cette) (?:meme )?cliente(?: la)?(?: elle)?|' +
  '(?:ce|le) (?:meme )?debiteur(?: il)?|cette (?:societe|entreprise|boite)(?: elle)?|celui ci|celui la|celle ci|celle la)';

/** What one customer did or owes: a verb of paying, owing, promising, contesting, or its files. */
const PAID = '(?:pay\\w*|paie\\w*|regl\\w*|sold\\w*|promis|tenu \\S+ promesse|vers\\w*|conteste\\w*)';
const HAS =
  '(?:promesses?|echeanciers?|litiges?|impayes?|factures?|retards?|dettes?|dossiers?|relances?|mises? en demeure|plan)';
const DOES =
  `(?:(?:nous |me |m )?(?:a|avait|aurait|ont)(?: \\S+){0,2} ${PAID}|(?:nous |me |m )?(?:doit|devait|doivent)\\b|` +
  `(?:paie|paye|regle|verse|conteste)\\b|est (?:en|au|a) (?:litige|contentieux|retard|jour)|` +
  `a (?:\\S+ )?(?:un|une|des|deja|encore|toujours) (?:\\S+ )?${HAS}|en est ou|en est (?:la|a)|` +
  `est (?:chez|au|en) (?:l )?(?:avocat|cabinet|huissier|contentieux|litige)|fait partie (?:des|de nos) (?:\\S+ )?(?:payeurs|retardataires|debiteurs|clients))`;

const RULES: readonly RegExp[] = [
  // « il nous doit combien ? », « elle a réglé sa facture ? », « ce client a un échéancier ? ».
  new RegExp(`^ ${OPENERS}${ONE} ${DOES}`),
  // « il a combien de retard ? », « combien il lui reste à payer ? ».
  new RegExp(`^ ${OPENERS}(?:il|elle) a combien de (?:retard|jours|factures|impayes)\\b`),
  new RegExp(`^ ${OPENERS}combien (?:il|elle) (?:lui |leur )?reste\\b`),
  // « combien il nous doit ? », « combien elle a payé ? ».
  new RegExp(`^ ${OPENERS}combien (?:il|elle|he|she|ce client|le client) ${DOES}`),
  // « combien nous doit-il ? », « a-t-il payé ? », « doit-elle encore quelque chose ? ».
  new RegExp(
    `^ ${OPENERS}(?:combien |quand |pourquoi )?(?:nous |me )?(?:doit|devait|a t|a|avait|paie t|paye t|regle t|paie|paye|regle)(?: t)? (?:il|elle)\\b(?! y)` +
      `(?: \\S+){0,3} ?(?:${PAID}|encore|combien|quelque chose|rien|$)`,
  ),
  // « est-il en retard ? », « est-elle en litige ? ».
  new RegExp(`^ ${OPENERS}est (?:il|elle) (?:en|au|a) (?:litige|contentieux|retard|jour)\\b`),
  // « ont-ils payé ? » (« ils ont payé ? » is read so by ./paid-yet.ts).
  new RegExp(`^ ${OPENERS}ont (?:ils|elles)(?: \\S+){0,2} ${PAID}`),
  // « et pour elle, les promesses ? », « chez lui, les litiges ? ».
  /^ (?:(?:et|mais|bon|alors|sinon) )?(?:pour|chez) (?:lui|elle|eux|celui ci|celui la|celle ci|celle la|ce client|cette cliente)\b/,
  // « et eux, ils ont payé ? »
  /^ (?:et |mais )?eux (?:ils )?(?:ont|nous|doivent|paient|payent)\b/,
  // « ses impayés ? », « et son DSO ? », « sa situation » (« leurs », like « ils », may be the customers as a whole).
  new RegExp(
    `^ ${OPENERS}(?:son|sa|ses|his) (?:\\S+ )?(?:impayes?|soldes?|situation|dso|litiges?|promesses?|echeanciers?|historique|factures?|retards?|encours|dettes?|paiements?|reglements?|relances?|compte|balance|taux|contentieux|dossiers?|fiche|contact|telephone|mail|email|adresse)\\b(?! (?:des|de nos|de mes|d) clients?)`,
  ),
];

/** Whether the question points at one customer it does not name (read with no customer named). */
export function pointsToNoOne(tokens: readonly Token[]): boolean {
  const words = ` ${tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')} `;
  return RULES.some((re) => re.test(words));
}
