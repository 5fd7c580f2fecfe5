/**
 * A retired chief accountant's words for what the parser reads in plain French (issue 16,
 * thirteenth round): « effets (de commerce) impayés », « traites impayées » are unpaid invoices; « le poste clients » is
 * the receivables (« quelle proportion du poste clients est échue ? » the overdue share; « la
 * situation de X dans le poste clients » X's balance — never « poster », sent); « les comptes
 * (clients) débiteurs » are the customers who owe (« les plus en retard, par ordre d’importance »
 * the late payers ranked); « le palmarès des 3 plus gros retardataires » a top 3; « la maison
 * Dupont et Fils » is Dupont et Fils (« maison » before a capitalised name is a firm, not a kind of
 * customer: « la maison de retraite » stays one).
 *
 * Rewritten in the text, before commands and questions read it, like ./legal-register.ts.
 */
import { A, AP, B, E, S, SEP, W } from './regex-fragments';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // « taux de règlements hors délai », « paiements hors délais par client », « factures réglées hors
  // délai »: payments made after their due date, late (issue 16, twenty-fifth round).
  [
    new RegExp(
      `(${W}(?:r${E}glements?|paiements?|encaissements?|versements?|r${E}gl${E}e?s?|pay${E}e?s?|sold${E}e?s?))${S}hors${S}(?:d${E}lais?|${E}ch${E}ances?|terme)${B}`,
      'giu',
    ),
    '$1 en retard',
  ],
  // « réglé au-delà de l'échéance », « payées après (la date d')échéance », « soldées passé le
  // terme »: paid after the due date, late (fortieth round).
  [
    new RegExp(
      `(${W}(?:r${E}glements?|paiements?|encaissements?|versements?|r${E}gl${E}e?s?|pay${E}e?s?|sold${E}e?s?|honor${E}e?s?))${S}(?:au${SEP}del${A}${S}(?:de${S}l${AP}|du${S}|des${S})|apr${E}s${S}(?:l${AP}|la${S}date${S}d${AP}|le${S}|leurs?${S}|sa${S}|son${S})?|pass${E}${S}(?:l${AP}|le${S}|la${S}date${S}d${AP}))(?:${E}ch${E}ances?|terme|date${S}limite)${B}`,
      'giu',
    ),
    '$1 en retard',
  ],
  // « sur qui on a fait une croix l’an dernier », « les factures sur lesquelles on a tiré un trait »:
  // what was given up, losses (never Biocoop Croix-Rousse; twenty-sixth round).
  [
    new RegExp(
      `${W}(?:fait|faire|fais|faites|ferait|tir${E}|tirer|tire)${S}(?:une${S}croix|un${S}trait|une${S}ligne)(?=${S}(?:sur|dessus)${B}|\\s*[?.!,]|\\s*$)`,
      'giu',
    ),
    'passé en perte',
  ],
  [
    new RegExp(
      `${W}sur${S}(?:qui|quoi|lesquel\\w*|combien(?:${S}de${S}\\S+)?)${S}(?:on${S}a|a${SEP}t${SEP}on|avons${SEP}nous|nous${S}avons|j${AP}ai|ai${SEP}je)${S}(?:fait|tir${E})${S}(?:une${S}croix|un${S}trait)${B}`,
      'giu',
    ),
    'passé en perte',
  ],
  // A banker's « contrepartie » is the customer (« le solde de la contrepartie C014 », « les 10
  // contreparties les plus exposées »), its « position débitrice » what it owes (twenty-sixth round).
  [new RegExp(`${W}(?:la|une|cette)${S}contrepartie${B}`, 'giu'), 'le client'],
  [new RegExp(`${W}contreparties${B}`, 'giu'), 'clients'],
  [new RegExp(`${W}contrepartie${B}`, 'giu'), 'client'],
  [new RegExp(`${W}position${S}d${E}bitrice${B}`, 'giu'), 'solde'],
  // « les encours échus les plus importants », « encours échus de X »: what is owed late.
  [new RegExp(`${W}encours${S}${E}chus${B}`, 'giu'), 'impayés'],
  // « L’échéancier au sens de la liste des échéances : quelles factures … ? »: a word defined before
  // the question (« au sens de », then a colon) says what the question means, and asks nothing.
  [/^[^:?]{0,80}?(?<![\p{L}])au\s+sens\s+(?:de|du|des|d['’])[^:?]{0,80}:\s*(?=\S)/iu, ''],
  // « les pièces échues non lettrées », « pièces clients en retard »: a bookkeeper's documents
  // that are overdue or open are invoices (« pièces » alone, « pièces jointes » stay what they are).
  [
    new RegExp(
      `${W}pi${E}ces?(?:${S}comptables?)?(?:${S}clients?)?(?=${S}(?:${E}chu|non${S}(?:lettr|r${E}gl|sold|pay)|en${S}retard|impay|ouvertes|de${S}plus|de${S}moins|en${S}souffrance))`,
      'giu',
    ),
    ' factures',
  ],
  // « arrivées à échéance sans être payées », « échues sans avoir été réglées »: unpaid.
  [
    new RegExp(
      `${W}sans${S}(?:avoir${S})?(?:${E}t${E}|${E}tre|etre)${S}(?:pay${E}e?s?|r${E}gl${E}e?s?|sold${E}e?s?|encaiss${E}e?s?|honor${E}e?s?)${B}`,
      'giu',
    ),
    ' impayées',
  ],
  // « effets (de commerce) impayés / échus / en souffrance / non réglés », « traites impayées /
  // échues / non honorées »: unpaid invoices.
  [
    new RegExp(
      `${W}(?:effets?(?:${S}de${S}commerce)?|traites?)${S}(?:impay${E}e?s?|${E}chu(?:e|s|es)?|en${S}souffrance|non${S}(?:r${E}gl${E}e?s|pay${E}e?s|honor${E}e?s))${B}`,
      'giu',
    ),
    'factures impayées',
  ],
  // « les traites de la SGH », « quelles traites arrivent à échéance ? »: a bill of exchange after its
  // determiner is an invoice (« les dossiers traités » stays a participle).
  [
    new RegExp(
      `(${W}(?:les|des|mes|nos|vos|ces|quelles|quels|leurs|combien${S}de|combien${S}d${AP}?)${S})traites${B}`,
      'giu',
    ),
    '$1factures',
  ],
  [new RegExp(`(${W}(?:la|une|cette|ma|notre|votre|leur|quelle)${S})traite${B}`, 'giu'), '$1facture'],
  // « l'encours clients échu au 31/10 »: the overdue part of the receivables, their unpaid list (as
  // « l'encours échu »), not the aged balance of everything owed.
  [new RegExp(`${W}encours${S}clients?${S}(?=${E}chus?${B})`, 'giu'), 'encours '],
  // « dans le poste clients », « au sein du poste clients » after a name: where X stands, its balance.
  [
    new RegExp(
      `${W}(?:dans|sur|au${S}sein${S}du|${A}${S}l${AP}int${E}rieur${S}du)${S}(?:le${S})?(?:notre${S})?postes?${S}clients?${B}`,
      'giu',
    ),
    '',
  ],
  // « (la proportion / la part) du poste clients », « le poste clients »: the receivables.
  [new RegExp(`${W}(?:du|de${S}notre)${S}postes?${S}clients?${B}`, 'giu'), 'des créances clients'],
  [new RegExp(`${W}(?:le|notre)${S}postes?${S}clients?${B}`, 'giu'), 'les créances clients'],
  [new RegExp(`${W}postes?${S}clients?${B}`, 'giu'), 'créances clients'],
  // A local government accountant's words (forty-ninth round): « titres (de recettes) » are invoices,
  // « restes à recouvrer » what is owed, « admissions en non-valeur » write-offs, « poursuites
  // (contentieuses) » the litigation.
  [new RegExp(`${W}titres?${S}de${S}recettes?${B}`, 'giu'), 'factures'],
  [
    new RegExp(`${W}(des|ses|les|leurs|mes|nos|vos|ces|aux|quels|quelles)${S}titres${B}`, 'giu'),
    '$1 factures',
  ],
  [
    new RegExp(
      `${W}titres(?=${S}(?:impay${E}s|${E}mis|non${S}sold${E}s|${E}chus|en${S}retard|ouverts|de${S}la)${B})`,
      'giu',
    ),
    'factures',
  ],
  [
    new RegExp(`${W}(?:le${S}|les${S})?restes?${S}${A}${S}recouvrer${S}(?:sur|de|du|chez)${B}`, 'giu'),
    'le solde de',
  ],
  [new RegExp(`${W}(?:le${S}|les${S})?restes?${S}${A}${S}recouvrer${B}`, 'giu'), "l'encours"],
  [new RegExp(`${W}admissions?${S}en${S}non[\\s-]+valeurs?${B}`, 'giu'), 'irrécouvrables'],
  [new RegExp(`${W}admise?s?${S}en${S}non[\\s-]+valeurs?${B}`, 'giu'), 'irrécouvrables'],
  [new RegExp(`${W}poursuites?(?:${S}contentieuses?|${S}judiciaires?)?${B}`, 'giu'), 'contentieux'],
  // « le père Dupont », « la mère Martin »: the owner named for the shop.
  [new RegExp(`${W}(?:le${S}p${E}re|la${S}m${E}re)${S}(?=\\p{Lu})`, 'gu'), ''],
  // « les impayés de mes magasins »: the rep's own shops are his customers, no filter (forty-ninth round).
  [new RegExp(`${W}(?:de${S}|des${S}|chez${S})?mes${S}(?:magasins|boutiques)${B}`, 'giu'), ''],
  // « les arrears de plus de 30 jours »: English in a French sentence.
  [new RegExp(`${W}arrears${B}`, 'giu'), 'impayés'],
  // « le DSO en clôture de T3 », « à la clôture de l'exercice 2025 » (forty-seventh round): the end of
  // the period, a cut-off as « à fin T3 » — never the whole quarter.
  [
    new RegExp(
      `${W}(?:${A}${S}la${S}|en${S})?cl[oô]ture${S}(?:de${S}l${AP}|du${S}|de${S}|des${S}|d${AP})(?=(?:t[1-4]|trimestre|semestre|s[12]|exercice|ann${E}e|mois|janvier|f${E}vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d${E}cembre)${B})`,
      'giu',
    ),
    'à fin ',
  ],
  // « postes échus », « les postes ouverts », « postes non lettrés » (forty-fifth round): a ledger's
  // open items are invoices (never « poster », sent).
  [
    new RegExp(
      `${W}postes${S}(?=(?:${E}chus|ouverts|non${S}(?:lettr${E}s|sold${E}s|r${E}gl${E}s|pay${E}s)|impay${E}s|en${S}retard|d${E}biteurs)${B})`,
      'giu',
    ),
    'factures ',
  ],
  // « quelle proportion / fraction des créances … est échue »: a share.
  [
    new RegExp(`${W}(?:quelle${S}|la${S})?(?:proportion|fraction)${S}(?=des${S}cr${E}ances)`, 'giu'),
    'quel pourcentage ',
  ],
  // « les comptes (clients) débiteurs »: the debtors (alone, they rank the late payers:
  // ./legal-register.ts).
  [new RegExp(`${W}comptes?${S}(?:clients?${S})?d${E}biteurs${B}`, 'giu'), 'débiteurs'],
  // « par ordre d’importance », « par ordre décroissant »: a ranking's order, said by the ranking.
  [
    new RegExp(
      `[\\s,]*${W}(?:class${E}s${S})?par${S}ordre${S}(?:d${AP}importance|d${E}croissant|de${S}grandeur)(?:${S}(?:de${S}montant|du${S}montant))?${B}`,
      'giu',
    ),
    '',
  ],
  // « le palmarès des (3) plus gros retardataires »: a ranking.
  [new RegExp(`${W}(?:le${S}|au${S})?palmar${E}s${S}(?:des|de${S}nos)${S}`, 'giu'), 'le top '],
  // « parmi les clients à risque élevé »: the customers of a segment (a filter).
  [new RegExp(`${W}parmi${S}(?:les|nos)${S}(?=clients?${S}${A}${S}risque)`, 'giu'), 'des '],
  // « la maison Dupont et Fils »: « maison » before a capitalised name is a firm.
  [new RegExp(`(?<=${W}(?:[Ll]a|[Dd]e${S}la|[Uu]ne|[Cc]hez)${S})[Mm]aison${S}(?=\\p{Lu}\\p{Ll})`, 'gu'), ''],
];

/** The text with an old accountant's words in the parser's French. */
export function withAccountantWords(text: string): string {
  let out = text;
  // A word typed in capitals is rewritten in capitals: a question typed all in capitals stays so
  // (« LES TRAITES A ECHOIR » — its capitals are no evidence of a name).
  // « $1 » keeps the first group (a determiner matched before the word, not looked behind for: a
  // look-behind over spaces is slow on a long blanked message).
  for (const [re, plain] of RULES)
    out = out.replace(re, (m: string, ...groups: unknown[]) => {
      const kept = plain.startsWith('$1') && typeof groups[0] === 'string' ? groups[0] : '';
      const word = plain.startsWith('$1') ? plain.slice(2) : plain;
      const said = m.slice(kept.length);
      return kept + (word && said === said.toUpperCase() && /\p{Lu}/u.test(said) ? word.toUpperCase() : word);
    });
  return out;
}
