/**
 * Every word about bank statements: the parsers' errors (each naming its line), the import report,
 * the day card's « Paiements à rapprocher » and what a click on it comes to.
 */
import { formatDateShortFr, type CalendarDate } from '../domain/calendar-date';
import { formatInteger } from './numbers';
import { agree, countOf } from './plural';
import { frenchTypography } from './typography';

const at = (line: number) => `ligne ${formatInteger(line)}`;

export const statementErrors = {
  notAStatement:
    'ce fichier n’est pas un relevé bancaire\u00a0: Relances lit les relevés CAMT.053 (XML ISO 20022) et CFONB 120 (relevé de compte 120 caractères)',
  notCamt053: (root: string) =>
    `ce fichier XML n’est pas un relevé CAMT.053 (son élément racine est «\u00a0${root}\u00a0»)\u00a0: demandez à la banque le relevé de fin de journée au format camt.053`,
  badXml: (line: number, detail: string) => `${at(line)}\u00a0: le fichier XML est mal formé (${detail})`,
  empty: 'le relevé ne contient aucune écriture',
  noAmount: (line: number) => `${at(line)}\u00a0: l’écriture n’a pas de montant`,
  badAmount: (line: number, raw: string) =>
    `${at(line)}\u00a0: le montant «\u00a0${raw}\u00a0» n’est pas un montant valide`,
  badDirection: (line: number, raw: string) =>
    `${at(line)}\u00a0: le sens «\u00a0${raw}\u00a0» n’est ni CRDT (crédit) ni DBIT (débit)`,
  noDate: (line: number) => `${at(line)}\u00a0: l’écriture n’a pas de date de comptabilisation`,
  badDate: (line: number, raw: string) =>
    `${at(line)}\u00a0: la date «\u00a0${raw}\u00a0» n’est pas une date valide`,
  txWithoutAmount: (line: number) =>
    `${at(line)}\u00a0: une écriture groupée contient une opération sans montant`,
  txSumMismatch: (line: number) =>
    `${at(line)}\u00a0: les opérations de l’écriture groupée ne totalisent pas son montant`,
  cfonbLength: (line: number, length: number) =>
    `${at(line)}\u00a0: un enregistrement CFONB 120 fait 120 caractères, celui-ci en fait ${formatInteger(length)}`,
  cfonbCode: (line: number, code: string) =>
    `${at(line)}\u00a0: code d’enregistrement «\u00a0${code}\u00a0» inconnu (attendu\u00a0: 01, 04, 05 ou 07)`,
  cfonbOrphanComplement: (line: number) =>
    `${at(line)}\u00a0: un complément (05) sans mouvement (04) avant lui`,
  cfonbOutsideStatement: (line: number) =>
    `${at(line)}\u00a0: un mouvement hors d’un relevé (pas d’ancien solde 01 avant lui)`,
  cfonbDecimals: (line: number, raw: string) =>
    `${at(line)}\u00a0: le nombre de décimales «\u00a0${raw}\u00a0» n’est pas valide`,
  more: (count: number) => `… et ${countOf(count, 'autre erreur', 'autres erreurs')}`,
};

export const statementReport = {
  refused: (errors: number) =>
    `Relevé refusé, rien n’a été enregistré\u00a0: ${countOf(errors, 'erreur')} à corriger.`,
  title: (fileName: string) => frenchTypography(`Relevé bancaire «\u00a0${fileName}\u00a0»`),
  credits: (count: number, total: string) =>
    `${countOf(count, 'crédit client', 'crédits clients')} (${total})`,
  matched: (count: number, total: string) =>
    `${countOf(count, 'paiement')} ${agree(count, 'affecté', 'affectés')} automatiquement (${total})`,
  proposed: (count: number, total: string) =>
    `${countOf(count, 'paiement')} à rapprocher sur la carte du jour (${total})`,
  already: (count: number) =>
    `${countOf(count, 'ligne')} déjà ${agree(count, 'importée', 'importées')} (rien de changé)`,
  debits: (count: number, total: string) => `${countOf(count, 'débit ignoré', 'débits ignorés')} (${total})`,
  others: (count: number, total: string) =>
    `${countOf(count, 'autre crédit ignoré', 'autres crédits ignorés')} (${total})`,
};

export const reconcileCard = {
  section: 'Paiements à rapprocher',
  sectionSummary: (count: number, total: string) => `${countOf(count, 'paiement')} · ${total}`,
  heading: (payer: string, amount: string, date: CalendarDate) =>
    `${payer} — ${amount} reçu le ${formatDateShortFr(date)}`,
  unknownPayer: 'Payeur inconnu',
  remittance: (text: string) => frenchTypography(`Libellé\u00a0: «\u00a0${text}\u00a0»`),
  noCandidate: 'Aucune facture ouverte ne correspond\u00a0: affectez-le dans votre comptabilité',
  candidate: (numbers: string, customer: string, balance: string) =>
    `${numbers} (${customer}, reste dû ${balance})`,
  assign: (numbers: string) => `Affecter à ${numbers}`,
  notCustomer: 'Pas un paiement client',
  assigned: (amount: string, numbers: string) => `Paiement de ${amount} affecté à ${numbers}.`,
  dismissed: (amount: string) => `Paiement de ${amount} marqué «\u00a0pas un paiement client\u00a0».`,
  alreadyDone: 'Ce paiement a déjà été traité.',
  inProgress:
    'Ce paiement est déjà en cours d’affectation à d’autres factures\u00a0: la carte se mettra à jour une fois terminé.',
  notAllowed: 'Seuls le responsable du crédit client et son suppléant peuvent rapprocher les paiements.',
  changed:
    'Ces factures ont changé depuis l’affichage de la carte\u00a0: la carte est à jour, vérifiez et recommencez.',
};
