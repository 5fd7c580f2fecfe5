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
 * Plain-word commands and questions (eighteenth round):
 * - « (tu peux) m'envoyer / envoie-moi le téléphone (le mail, les coordonnées…) de X » asks X's contact,
 *   as « donne-moi » does (« envoie-moi le mail de relance » stays the letter);
 * - « reste-t-il / il reste / y a-t-il encore quelque chose (à payer) sur / chez X », « il manque
 *   combien chez X », « on a encore de l'argent à récupérer chez X » ask what X owes;
 * - « qui est le référent / le comptable / la gestionnaire chez X », « le nom du comptable chez X »,
 *   « qui gère / qui s'occupe des paiements chez X »: X's contact, as « l'interlocuteur »;
 * - « payer en une (seule) fois / en 1 fois / en une traite » is paying in full — never a payment plan
 *   (« en une fois ou en plusieurs ? » asks about plans).
 */
import { A, AP, AP_OPT, B, E, SEP, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** A contact's word: « téléphone », « numéro », « mail », « coordonnées »… */
const CONTACT = `(?:t${E}l${E}phones?|tel|t${E}l|num${E}ros?|num|portable|mobile|mails?|e-?mails?|adresses?|coordonn${E}es|contacts?|courriels?)`;

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
  rule(
    `(?:(?:tu\\s+(?:peux|pourrais|pourras|veux)|(?:peux|pourrais|veux)${SEP}tu|(?:pouvez|pourriez)${SEP}vous|vous\\s+(?:pouvez|pourriez))\\s+)?` +
      `(?:m${AP_OPT}(?:envoyer|renvoyer|transmettre|envoies?|envoyez)|(?:envoie|envoies|envoyez|renvoie|renvoyez|transmets|transmettez)${SEP}moi)` +
      `(?:\\s+par\\s+(?:e-?mail|mail|sms|texto|message))?` +
      `(?=\\s+(?:le|la|les|l${AP_OPT}|son|sa|ses|leur|leurs)\\s*${CONTACT}${B}(?!\\s+(?:de\\s+)?(?:relance|rappel)))`,
    'donne-moi',
  ),
  // « envoie le numéro de X » (no « moi »): only a contact word followed by its customer.
  rule(
    `(?:envoie|envoyez|renvoie|renvoyez|transmets|transmettez)(?=\\s+(?:le|la|les|l${AP_OPT})\\s*${CONTACT}\\s+(?:de|du|des|d${AP_OPT}|chez)(?![\\p{L}])(?!\\s+(?:relance|rappel)))`,
    'donne-moi',
  ),
  rule(
    `(?:est${SEP}ce\\s+qu${AP_OPT}il\\s+(?:nous\\s+)?reste|reste${SEP}t(?:${SEP}|${AP_OPT})il|il\\s+(?:nous\\s+|leur\\s+|lui\\s+)?reste|y\\s+a${SEP}t${SEP}il(?:\\s+encore)?|(?:il\\s+)?y\\s+a\\s+encore|reste)` +
      `\\s+(?:encore\\s+)?(?:quelque\\s*chose|qqch|qqc|qq\\s*chose|qqe\\s*chose|un\\s+truc|des\\s+sous|de\\s+l${AP}argent)` +
      `(?:\\s+(?:[àa]\\s+(?:payer|r${E}gler|nous\\s+r${E}gler)|de\\s+d[ûu]|d[ûu]|d${AP}ouvert|en\\s+cours|en\\s+suspens|${A}\\s+encaisser))?` +
      `(?=\\s+(?:sur|chez|pour|[àa]|au|c[ôo]t${E})${B})`,
    'il reste combien',
  ),
  // « il manque combien chez X ? », « est-ce qu'on a encore de l'argent à récupérer chez X ? »: X's balance.
  rule(
    `(?:(?:il\\s+)?manque\\s+combien|combien\\s+(?:il\\s+)?(?:nous\\s+)?manque(?:${SEP}t${SEP}il)?` +
      `|(?:est${SEP}ce\\s+qu${AP_OPT})?(?:on|nous)\\s+(?:a|avons)\\s+(?:encore\\s+)?(?:de\\s+l${AP}argent|des\\s+sous|quelque\\s*chose|qqch)\\s+${A}\\s+(?:r${E}cup${E}rer|encaisser|toucher))` +
      `(?=\\s+(?:sur|chez|pour|${A}|au|c[ôo]t${E})(?![\\p{L}]))`,
    'il reste combien à encaisser',
  ),
  // « qui gère chez X ? », « qui s'occupe des paiements chez X ? »: the person to call there.
  rule(
    `qui\\s+(?:g${E}re(?:\\s+(?:le\\s+dossier|la\\s+compta(?:bilit${E})?|les\\s+(?:paiements|factures|r${E}glements)))?|s${AP_OPT}occupe(?:\\s+(?:de\\s+la\\s+compta(?:bilit${E})?|de\\s+la\\s+facturation|des\\s+(?:paiements|factures|r${E}glements)|du\\s+(?:dossier|paiement|r${E}glement)))?)(?=\\s+(?:chez|[àa]|au|pour|c[ôo]t${E})(?![\\p{L}]))`,
    "qui est l'interlocuteur",
  ),
  rule(
    `(?:(?:qui\\s+est|c${AP}est\\s+qui|quel\\s+est)\\s+(?:le|la|l${AP}|notre|mon|ma)\\s*|(?:le\\s+)?nom\\s+(?:du|de\\s+la|de\\s+l${AP})\\s*)` +
      `(?:r${E}f${E}rente?|correspondante?|comptable|gestionnaire|personne\\s+${A}\\s+contacter|bon\\s+contact|contact|interlocut(?:eur|rice))` +
      `(?=\\s+(?:chez|[àa]|au|de|du|d${AP}|pour|c[ôo]t${E})(?![\\p{L}]))`,
    "qui est l'interlocuteur",
  ),
  rule(
    `(pa(?:ie|ye|yer|ient|yent|iera|yera|ieront|y${E}e?s?)|r${E}gl(?:e|er|ent|era|eront|${E}e?s?))\\s+(?:tout\\s+)?en\\s+(?:une|un|1)\\s+(?:seule?\\s+)?(?:fois|coup|traite)(?!\\s+ou\\s+en)`,
    '$1 en totalité',
  ),
];

/** Words of the export: « factures pas payées » then names the unpaid invoices. */
const EXPORT = /\b(?:export|excel|xlsx?|fichier)\b/iu;
const NOT_PAID = new RegExp(
  `${W}(factures?)\\s+(?:pas|non|jamais)\\s+(?:encore\\s+)?(?:pay${E}e?s?|r${E}gl${E}e?s?)${B}`,
  'giu',
);

const PLAIN =
  /confondu|argent|attend|chaque\s+mois|r[aâ]l|rouspe|rouspè|gueulent|dit\s+qu|temps\s+qu|qu['’ʼ`´]?\s*on\s+a|premier|tomber|croix|trait|fichier|tra[iî]nent|envo|transm|reste|y\s+a|qui\s+(?:est|g|s)|est\s+qui|quel\s+est|nom\s+d|fois|coup|manque/iu;

/** The text with the warehouse manager's plain words in the French the parser reads. */
export function withPlainWords(text: string): string {
  let out = text;
  if (PLAIN.test(out)) for (const [re, french] of RULES) out = out.replace(re, french);
  if (EXPORT.test(out)) out = out.replace(NOT_PAID, '$1 impayées');
  return out;
}
