/**
 * A lawyer's or a formal writer's words for what the parser reads in plain French (issue 16,
 * twelfth round): « les sommes (qui nous sont) dues par X », « l’état de la créance que nous
 * détenons sur X » (X's balance); « les sommes qui nous sont dues » with nobody named (what
 * everyone owes); « mises en demeure signifiées / notifiées / adressées » (sent), « doivent être
 * adressées » (to send); « lettres recommandées avec accusé de réception » (the registered letter);
 * « encours ventilé / réparti par ancienneté » (by age); « les questions que je suis en mesure de
 * vous poser » (those I can ask); « les clients dont les retards sont les plus significatifs »
 * (the latest payers); « les impayés des débiteurs classés en risque élevé » (of the customers at
 * high risk: a filter, not a ranking); « la société X », « l’entreprise X » (X); « constaté »
 * (recorded — never « contacté »).
 *
 * Rewritten in the text, before commands and questions read it, like ./finance-jargon.ts.
 */
import { A, AP, E, S } from './regex-fragments';

/** A participle's agreement: « dû », « due », « dus », « dues ». */
const DUES = `d(?:[uû]|ue)s?`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // « créances exigibles » are due, i.e. past their due date; « (exigibles) à ce jour » is as it stands.
  [new RegExp(`(?<![\\p{L}])exigibles(?![\\p{L}])`, 'giu'), 'échues'],
  [new RegExp(`(?<![\\p{L}])exigible(?![\\p{L}])`, 'giu'), 'échue'],
  [
    new RegExp(
      `(?<=(?:cr${E}ances?|${E}chue?s?|${DUES}|sommes)${S})${A}${S}(?:ce${S}jour|la${S}date${S}de${S}ce${S}jour)(?![\\p{L}])`,
      'giu',
    ),
    '',
  ],
  // « les sommes dues par nos débiteurs / par l'ensemble des clients »: by everyone.
  [
    new RegExp(
      `(?<=${DUES})${S}par${S}(?:nos|les|l${AP}ensemble${S}(?:de${S}nos|des))${S}(?:d${E}biteurs|clients)(?![\\p{L}])`,
      'giu',
    ),
    '',
  ],
  // « l'encours de nos débiteurs classés en risque élevé »: of the customers.
  [
    new RegExp(
      `(?<![\\p{L}])(encours|cr${E}ances|sommes|soldes?)${S}(?:de${S}nos|des)${S}d${E}biteurs(?![\\p{L}])`,
      'giu',
    ),
    '$1 des clients',
  ],
  // « quels débiteurs ont reçu une mise en demeure ? »: which customers (« débiteurs » alone ranks).
  [new RegExp(`(?<![\\p{L}])d${E}biteurs(?=${S}ont${S}(?:re[cç]u|${E}t${E})(?![\\p{L}]))`, 'giu'), 'clients'],
  // « les questions auxquelles vous êtes en mesure de / pouvez répondre »: the help.
  [
    new RegExp(
      `(?<![\\p{L}])auxquel(?:le)?s${S}vous${S}(?:${E}tes${S}en${S}mesure${S}de|pouvez|savez|sauriez|pourriez)${S}r${E}pondre(?![\\p{L}])`,
      'giu',
    ),
    'que je peux vous poser',
  ],
  // « le montant (total) des sommes (qui nous sont / restant) dues par X », « les sommes dues par X »,
  // « le montant dû par X »: what X owes.
  [
    new RegExp(
      `(?<![\\p{L}])(?:(?:le${S})?(?:montant|total)(?:${S}(?:total|global|exact))?${S}(?:des|de${S}la|de${S}l${AP}?)\\s*)?` +
        `(?:(?:les|la|des)${S})?(?:sommes?|cr${E}ances?|montants?)${S}(?:(?:qui${S})?(?:nous${S})?(?:sont|est|restent|reste|restant)${S}(?:encore${S})?)?${DUES}${S}par(?![\\p{L}])(?!${S}clients?(?![\\p{L}]))` +
        `|(?<![\\p{L}])(?:le${S})?(?:montant|total)${S}(?:encore${S})?${DUES}${S}par(?![\\p{L}])`,
      'giu',
    ),
    'le solde de',
  ],
  // « l’état de la créance que nous détenons sur X », « notre créance sur X », « nos créances
  // détenues à l’encontre de X »: X's balance.
  [
    new RegExp(
      `(?<![\\p{L}])(?:(?:l${AP}${E}tat|la${S}situation|le${S}montant|le${S}d${E}tail)${S}(?:de${S}|d${AP})?)?` +
        `(?:la|notre|nos|les|des)${S}cr${E}ances?${S}(?:(?:que${S}(?:nous|l${AP}on|on)${S}(?:d${E}tenons|avons|d${E}tient|a)|d${E}tenues?)${S})?` +
        `(?:sur|envers|${A}${S}l${AP}encontre${S}(?:de|du|d${AP})|${A}${S}l${AP}${E}gard${S}(?:de|du|d${AP}))(?=\\s|$)`,
      'giu',
    ),
    'le solde de ',
  ],
  // « les sommes qui nous sont dues » with nobody after: everything owed.
  [
    new RegExp(
      `(?<![\\p{L}])(?:(?:le${S})?montant${S}(?:total${S})?des${S})?sommes${S}(?:(?:qui${S})?(?:nous${S})?(?:sont|restent|restant)${S}(?:encore${S})?)?${DUES}(?![\\p{L}])`,
      'giu',
    ),
    'l’encours total',
  ],
  // « mises en demeure signifiées / notifiées / adressées / délivrées » were sent; « doivent être
  // adressées » are to send.
  [
    new RegExp(
      `(?<![\\p{L}])(?:doivent|doit)${S}${E}tre${S}(?:adress|signifi|notifi|d${E}livr|exp${E}di)${E}e?s?(?![\\p{L}])`,
      'giu',
    ),
    'sont à envoyer',
  ],
  [new RegExp(`(?<![\\p{L}])(?:signifi|notifi|adress|d${E}livr)${E}e?s(?![\\p{L}])`, 'giu'), 'envoyées'],
  [new RegExp(`(?<![\\p{L}])(?:signifi|notifi|d${E}livr)${E}e?(?![\\p{L}])`, 'giu'), 'envoyée'],
  [
    new RegExp(`(?<![\\p{L}])${A}${S}(?:adresser|signifier|notifier|d${E}livrer)(?![\\p{L}])`, 'giu'),
    'à envoyer',
  ],
  // « lettres recommandées avec accusé (avis) de réception », « LR avec AR »: the registered letter.
  [
    new RegExp(
      `(?<![\\p{L}])(lettres?${S}recommand${E}e?s?|recommand${E}e?s?|LR)${S}(?:avec${S})?(?:(?:accus${E}|avis)${S}de${S}r${E}ception|AR)(?![\\p{L}])`,
      'giu',
    ),
    '$1',
  ],
  // « ventilé(e)s par ancienneté / par client », « réparti(e)s par tranche »: by.
  [new RegExp(`(?<![\\p{L}])(?:ventil|r${E}parti)(?:${E}e?s?|es?)?${S}(?=par(?![\\p{L}]))`, 'giu'), ''],
  // « les questions que je suis en mesure de vous poser », « qu’il m’est possible de vous poser ».
  [
    new RegExp(`(?<![\\p{L}])(?:je${S}suis|nous${S}sommes)${S}en${S}mesure${S}(?:de|d${AP})`, 'giu'),
    'je peux ',
  ],
  [new RegExp(`(?<![\\p{L}])qu${AP}il${S}m${AP}est${S}possible${S}(?:de|d${AP})`, 'giu'), 'que je peux '],
  // « les demandes que je peux vous adresser / soumettre / formuler »: questions to ask.
  [
    new RegExp(`(?<![\\p{L}])(?:vous|te)${S}(?:adresser|soumettre|formuler)(?![\\p{L}])`, 'giu'),
    'vous poser',
  ],
  // « les 10 clients dont les retards (de paiement) sont les plus significatifs / importants (en
  // montant) »: the latest payers.
  [
    new RegExp(
      `(?<![\\p{L}])dont${S}les${S}retards${S}(?:de${S}(?:paiement|r${E}glement)${S})?sont${S}les${S}plus${S}` +
        `(?:significatifs|importants|${E}lev${E}s|lourds|cons${E}quents|gros)(?:${S}en${S}montant)?(?![\\p{L}])`,
      'giu',
    ),
    'les plus en retard',
  ],
  // « les impayés des débiteurs classés en risque élevé »: the debtors whose unpaid invoices are
  // listed are the customers a list is filtered on (« débiteurs » alone ranks the late payers).
  [
    new RegExp(
      `(?<![\\p{L}])(impay${E}e?s|factures?(?:${S}impay${E}es|${S}non${S}r${E}gl${E}es|${S}en${S}retard|${S}${E}chues)?)${S}(?:des|de${S}nos)${S}d${E}biteurs(?![\\p{L}])`,
      'giu',
    ),
    '$1 des clients',
  ],
  [
    new RegExp(
      `(?<![\\p{L}])(?:class${E}e?s|not${E}e?s|cot${E}e?s|rang${E}e?s)${S}(?:en|${A})${S}risque(?![\\p{L}])`,
      'giu',
    ),
    'à risque',
  ],
  // « la société Dupont et Fils », « l’entreprise Martin »: the kind of company before its name.
  // (The article is matched, not looked behind for: a look-behind over spaces read a long run of
  // blanks once per position — seconds for a pasted text.)
  [
    new RegExp(
      `((?<![\\p{L}])(?:la|de${S}la|l${AP}|une)\\s*)(?:soci${E}t${E}|entreprise|sté|ste)${S}(?=\\p{Lu})`,
      'gu',
    ),
    '$1',
  ],
  // « a été constaté »: recorded (never « contacté »).
  [new RegExp(`(?<![\\p{L}])constat${E}e?s?(?![\\p{L}])`, 'giu'), 'relevé'],
];

/** The text with a lawyer's and a formal writer's words in the parser's French. */
export function withLegalRegister(text: string): string {
  let out = text;
  for (const [re, plain] of RULES) out = out.replace(re, plain);
  return out;
}
