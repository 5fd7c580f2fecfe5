/**
 * What the user reads about a FEC import (Fichier des écritures comptables): the reasons a line or
 * the file is refused, the notes of the import, and its report.
 */
import { formatInteger } from './numbers';
import { countOf } from './plural';

export const fecErrors = {
  notAFec: (missing: string) =>
    `ce fichier ne ressemble pas à un FEC (fichier des écritures comptables)\u00a0: colonnes absentes de la ligne d’en-tête\u00a0: ${missing}`,
  empty: 'le fichier est vide\u00a0: aucune écriture à importer',
  noEntries: 'aucune ligne d’écriture après la ligne d’en-tête',
  tooManyErrors: (max: number) =>
    `plus de ${formatInteger(max)} lignes en erreur\u00a0: lecture arrêtée, ce fichier n’est pas un FEC exploitable`,
  lineTooLong: (line: number) => `ligne ${line} trop longue\u00a0: ce n’est pas un FEC`,
  columnCount: (found: number, expected: number) =>
    `${countOf(found, 'valeur')} au lieu de ${formatInteger(expected)}`,
  required: 'valeur obligatoire manquante',
  date: 'date invalide\u00a0: attendu AAAAMMJJ',
  amount: 'montant invalide\u00a0: attendu 1234,56',
  sens: 'sens invalide\u00a0: attendu D (débit) ou C (crédit)',
  bothSides: 'débit et crédit renseignés sur la même ligne',
  unbalanced: (journal: string, entry: string, debit: string, credit: string, lines: string) =>
    `écriture ${entry} du journal ${journal} déséquilibrée\u00a0: débit ${debit}, crédit ${credit} (${lines})`,
  entryLines: (lines: readonly number[], total: number) =>
    total === 1 ? `ligne ${lines[0]}` : `lignes ${lines.join(', ')}${total > lines.length ? ', …' : ''}`,
};

export const fecNotices = {
  dueDatesComputed: (days: number) =>
    `Le FEC ne donne pas les échéances\u00a0: elles sont calculées avec le délai de paiement de chaque client (${countOf(days, 'jour')} par défaut).`,
  missingDetails: (count: number) =>
    `${countOf(count, 'client créé', 'clients créés')} sans adresse ni e-mail\u00a0: complétez avec le fichier clients.`,
  unletteredApplied: (piece: string, invoice: string) =>
    `règlement ${piece} non lettré\u00a0: imputé sur la facture ${invoice}, la plus ancienne du client (article 1342-10 du Code civil).`,
  unapplied: (piece: string, amount: string) =>
    `règlement ou avoir ${piece} de ${amount}\u00a0: aucune facture ouverte du client dans le fichier, non imputé.`,
  letteredAtDate: (invoice: string, date: string) =>
    `${invoice}\u00a0: lettrée le ${date} sans le règlement dans le fichier — considérée réglée à cette date.`,
  otherDebit: (count: number) =>
    `${countOf(count, 'écriture client ignorée', 'écritures client ignorées')} (ni facture de vente, ni règlement, ni avoir).`,
};

/** « Règlement (FEC) », « Avoir (FEC) »: the method recorded on a payment the FEC gives. */
export const fecMethods = {
  bank: 'virement (FEC)',
  cash: 'espèces (FEC)',
  creditNote: 'avoir (FEC)',
  lettering: 'lettrage (FEC)',
  other: 'écriture comptable (FEC)',
};

export interface FecSummaryCounts {
  lines: number;
  entries: number;
  customers: { created: number; unchanged: number };
  invoices: { created: number; updated: number; unchanged: number };
  payments: { created: number; unchanged: number };
}

export const fecReport = {
  title: (fileName: string) => `Import du FEC «\u00a0${fileName}\u00a0»`,
  refused: (errors: number) =>
    `Fichier refusé, rien n’a été enregistré\u00a0: ${countOf(errors, 'erreur')}. Corrigez-les dans le logiciel comptable et exportez le FEC à nouveau.`,
  read: (lines: number, entries: number) =>
    `${countOf(lines, 'ligne lue', 'lignes lues')}, ${countOf(entries, 'écriture')}.`,
  summary: (c: FecSummaryCounts) =>
    [
      `clients\u00a0: ${countOf(c.customers.created, 'créé')}`,
      `factures\u00a0: ${countOf(c.invoices.created, 'créée')}, ${countOf(c.invoices.updated, 'mise à jour', 'mises à jour')}`,
      `règlements et avoirs\u00a0: ${countOf(c.payments.created, 'appliqué')}`,
      `inchangés\u00a0: ${formatInteger(c.customers.unchanged + c.invoices.unchanged + c.payments.unchanged)}`,
    ].join(' — '),
  journalAction: 'Import du FEC',
};

/** The customer card's line for a customer whose address or e-mail is unknown (created from a FEC). */
export const missingDetails = {
  title: 'À compléter',
  value: (address: boolean, email: boolean) =>
    `${address && email ? 'adresse et e-mail manquants' : address ? 'adresse manquante' : 'e-mail manquant'}\u00a0: complétez avec le fichier clients`,
};
