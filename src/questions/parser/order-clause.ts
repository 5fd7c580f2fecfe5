/**
 * The asker's own task on an order, said as the reason of the question (issue 16, twentieth round):
 * « encours clt C005 ? je dois valider une cde », « je dois débloquer une commande pour la SGH, quel
 * est son encours ? ». Validating, releasing or shipping an order is sales work, not a reminder to
 * send: its « je dois valider » read the day's proposals (« qu’est-ce que je dois valider ? »). The
 * clause is left out of the text; the customer and the question around it stay.
 */
import { A, AP_OPT, B, E, W } from './regex-fragments';

const WHO = `(?:je\\s+dois|j${AP_OPT}ai\\s+(?:une?\\s+)?(?:[àa]\\s+)?|on\\s+doit|il\\s+faut\\s+que\\s+je|faut\\s+que\\s+je|je\\s+vais|je\\s+voudrais|je\\s+veux|avant\\s+de|pour|afin\\s+de|c${AP_OPT}est\\s+pour)`;
const DO = `(?:valider|valide|d${E}bloquer|d${E}bloque|lib${E}rer|accepter|passer|prendre|livrer|exp${E}dier|signer|traiter|saisir|lancer)`;
const ORDER = `(?:commandes?|cdes?|cmds?|bons?\\s+de\\s+commande|bdc|devis|livraisons?)`;

const CLAUSE = new RegExp(
  `${W}${WHO}\\s+${DO}\\s+(?:une?|la|le|les|sa|son|ses|leur|leurs|cette|ce|des|nouvelle|grosse)\\s+(?:\\S+\\s+)?${ORDER}${B}(?:\\s+(?:de|du|pour|chez)\\s+(?=\\S))?`,
  'giu',
);

/** « j'ai une commande à valider », « il y a une cde à débloquer ». */
const ORDER_TO_DO = new RegExp(
  `${W}(?:j${AP_OPT}ai|on\\s+a|il\\s+y\\s+a|y\\s+a)\\s+(?:une?|des|la|sa|leur|cette)\\s+(?:\\S+\\s+)?${ORDER}\\s+(?:${A}|en\\s+attente\\s+de)\\s+${DO}${B}`,
  'giu',
);

const CUE = /commande|cde|cmd|bdc|devis|livraison/iu;

/** A comma left alone by the clause taken out. */
const SEP_ONLY = /\s+,\s*(?=[?.!]|$)/g;

/** The text without the asker's task on an order (its customer, said after « pour », stays). */
export function withoutOrderClause(text: string): string {
  if (!CUE.test(text)) return text;
  return text.replace(CLAUSE, ' ').replace(ORDER_TO_DO, ' ').replace(SEP_ONLY, ' ');
}
