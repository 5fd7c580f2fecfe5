/**
 * Why the import refuses a cell, a line or a whole file (customers, invoices, payments exports).
 * Each reason is read after « ligne 7, colonne date_echeance (« 31/02/2026 ») : » and written
 * into the `motif_rejet` column of the rejects file.
 */
import type { ImportKind } from '../domain/ledger';
import { andList, orList } from './lists';
import { formatInteger } from './numbers';
import { agree, countOf } from './plural';

/** The kinds of file, as in « un fichier de factures ». */
export const IMPORT_KIND_NAMES: Readonly<Record<ImportKind, string>> = {
  customers: 'clients',
  invoices: 'factures',
  payments: 'paiements',
};

/** One record of each kind, as in « une facture par ligne ». */
const IMPORT_KIND_ITEMS: Readonly<Record<ImportKind, string>> = {
  customers: 'un client',
  invoices: 'une facture',
  payments: 'un paiement',
};

/**
 * The free-text fields an import bounds and cleans, as a sentence names them (« la raison sociale
 * dépasse 200 caractères »).
 */
export const TEXT_FIELD_NAMES = {
  customerCode: 'le code client',
  legalName: 'la raison sociale',
  phone: 'le numéro de téléphone',
  addressLine: 'une ligne d’adresse',
  postalCode: 'le code postal',
  city: 'la ville',
  country: 'le pays',
  emails: 'la liste d’adresses e-mail',
  salesRepEmail: 'l’adresse e-mail du commercial',
  contactName: 'le nom du contact',
  invoiceNumber: 'le numéro de facture',
  orderRef: 'la référence de commande',
  deliveryRef: 'la référence du bon de livraison',
  legalForm: 'la forme juridique',
  rcs: 'l’immatriculation au RCS',
  alias: 'un alias',
  paymentMethod: 'le moyen de paiement',
  paymentReference: 'la référence du paiement',
} as const;
export type TextField = keyof typeof TEXT_FIELD_NAMES;

/** One cell's value, refused. */
export const cellErrors = {
  /** `length` and `max` in characters. */
  tooLong: (field: TextField, max: number, length: number) =>
    `${TEXT_FIELD_NAMES[field]} dépasse ${formatInteger(max)} caractères (${formatInteger(length)})`,
  /** A character that would hide or reorder what is displayed, in an identifier (never changed silently). */
  hiddenCharacter: (field: TextField, position: number) =>
    `${TEXT_FIELD_NAMES[field]} contient un caractère invisible ou de contrôle (${formatInteger(position)}${position === 1 ? 'er' : 'e'} caractère)\u00a0: retirez-le de l’export`,
  nothingReadable: 'rien de lisible\u00a0: seulement des caractères invisibles ou de contrôle',
  tooManyAddressLines: (lines: number, max: number) =>
    `adresse de ${countOf(lines, 'ligne')}\u00a0: ${formatInteger(max)} au plus`,
  missing: 'valeur obligatoire manquante',
  date: 'date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
  amount: 'montant invalide\u00a0: attendu un nombre comme 1 234,56 ou 1234.56',
  negativeAmount: 'montant négatif',
  zeroPayment: 'montant nul\u00a0: un paiement doit être supérieur à 0',
  currency: (written: string) => `devise non gérée\u00a0: ${written} (seul l’euro est accepté)`,
  emails: (invalid: readonly string[]) =>
    `${agree(invalid.length, 'adresse e-mail invalide', 'adresses e-mail invalides')}\u00a0: ${invalid.join(', ')}`,
  noEmail: 'adresse e-mail manquante',
  oneEmail: 'une seule adresse e-mail attendue',
  siret: 'SIRET saisi au lieu du SIREN\u00a0: indiquez les 9 premiers chiffres',
  sirenDigits: 'SIREN invalide\u00a0: 9 chiffres attendus',
  sirenKey: 'SIREN invalide (clé de contrôle)',
  sirenRequired: 'SIREN obligatoire pour un client professionnel (B2B)',
  risk: 'segment de risque inconnu\u00a0: attendu faible, modéré ou élevé',
  civility: 'civilité inconnue\u00a0: attendu M. (Monsieur) ou Mme (Madame)',
  customerType:
    'type de client inconnu\u00a0: attendu B2B (professionnel), B2C (particulier) ou PUBLIC (acheteur public)',
  paymentTerms: (maxDays: number) =>
    `délai de paiement invalide\u00a0: nombre entier de jours entre 0 et ${maxDays} attendu`,
  penaltyRate: 'taux de pénalités invalide\u00a0: pourcentage annuel entre 0 et 100 attendu (ex. 12 ou 12,5)',
  /** `steps`: the ids of the configured ladder. */
  step: (steps: readonly string[]) => `étape de relance inconnue\u00a0: attendu ${orList(steps)}`,
  emptyAddress: 'adresse vide',
  /** Excel turns 01000 into 1000 when it takes the column for numbers. */
  postalCodeLostZero: (fourDigits: string) =>
    `code postal invalide\u00a0: 5 chiffres attendus (zéro initial perdu\u00a0? 0${fourDigits})`,
  postalCode: 'code postal invalide\u00a0: 5 chiffres attendus',
  unknownCustomer: (code: string) => `client inconnu\u00a0: ${code}`,
  unknownInvoice: (number: string) => `facture inconnue\u00a0: ${number}`,
};

/** A line whose values contradict each other, or repeat an earlier line. */
export const lineErrors = {
  duplicateCustomer: (firstLine: number) => `code client en double dans le fichier (déjà ligne ${firstLine})`,
  duplicateInvoice: (firstLine: number) =>
    `numéro de facture en double dans le fichier (déjà ligne ${firstLine})`,
  dueBeforeIssue: 'échéance antérieure à la date de facture',
  /** `gap`: formatted in euros. */
  totalMismatch: (gap: string) => `montant TTC ≠ HT + TVA (écart ${gap})`,
  paidOverTotal: 'montant réglé supérieur au TTC',
  lastStepDateMissing: 'date de dernière relance manquante (obligatoire avec derniere_relance)',
  lastStepMissing: 'étape de relance manquante (obligatoire avec date_derniere_relance)',
  lastStepBeforeIssue: 'dernière relance antérieure à la date de facture',
  /** The column of a problem that concerns the line as a whole. */
  wholeLine: '(ligne entière)',
  tooManyValues: (values: number, columns: number, delimiter: string) =>
    `${countOf(values, 'valeur')} pour ${countOf(columns, 'colonne')} ` +
    `(un «\u00a0${delimiter}\u00a0» dans une valeur non entourée de guillemets\u00a0?)`,
  tabulation: 'tabulation',
  /** A quoted value spanning several lines: « … (lignes 7 à 9) ». */
  spanning: (reason: string, first: number, last: number) => `${reason} (lignes ${first} à ${last})`,
  unreadable: 'ligne illisible',
  misplacedQuotes: 'ligne illisible\u00a0: guillemets mal placés',
  unclosedQuote: 'guillemet ouvert mais jamais fermé\u00a0: la suite du fichier n’a pas pu être lue',
  textAfterQuote:
    'texte après un guillemet fermant\u00a0: dans une valeur entre guillemets, un guillemet s’écrit deux fois ("")',
};

/** Accepted, but the user should know. */
export const lineWarnings = {
  /** Prefixes a warning about one line. */
  atLine: (line: number, message: string) => `ligne ${line}\u00a0: ${message}`,
  paymentTermsOverCap: (days: number, customer: string, capDays: number) =>
    `délai de paiement de ${countOf(days, 'jour')} pour le client ${customer}\u00a0: au-delà du plafond ` +
    `de ${countOf(capDays, 'jour')} entre professionnels (article L441-10 du Code de commerce)`,
};

/** Problems that stop the whole file, and what is only worth a warning. */
export const fileErrors = {
  /** An unreadable line above the header. */
  atLine: (line: number, reason: string) => `ligne ${line}\u00a0: ${reason}`,
  empty: 'fichier vide\u00a0: aucune ligne d’en-tête',
  noData: 'aucune ligne de données sous l’en-tête',
  unknownColumn: (written: string) => `colonne inconnue ignorée\u00a0: «\u00a0${written}\u00a0»`,
  duplicateColumn: (written: string, first: string, field: string) =>
    `colonne en double\u00a0: «\u00a0${written}\u00a0» et «\u00a0${first}\u00a0» désignent toutes deux ${field}`,
  missingColumns: (fields: readonly string[]) =>
    `${agree(fields.length, 'colonne obligatoire manquante', 'colonnes obligatoires manquantes')}\u00a0: ${fields.join(', ')}`,
  otherKind: (kind: ImportKind) => `ce fichier ressemble plutôt à un fichier de ${IMPORT_KIND_NAMES[kind]}`,
  /** A record longer than any export's: an unclosed quote swallowing the file, or no text at all. */
  recordTooLong: (line: number, max: number) =>
    `ligne ${formatInteger(line)}\u00a0: plus de ${formatInteger(max)} caractères sans fin de ligne ` +
    `(un guillemet ouvert jamais fermé\u00a0?)\u00a0: la suite du fichier ne peut pas être lue`,
  /** Not one column of the kind in the header: the wrong file, or no export at all. */
  noKnownColumn: (kind: ImportKind, required: readonly string[]) =>
    `ce fichier ne ressemble pas à un export de ${IMPORT_KIND_NAMES[kind]}\u00a0: aucune des colonnes attendues ` +
    `sur sa ligne d’en-tête. Attendu\u00a0: une première ligne qui nomme les colonnes ${andList(required)}, ` +
    `puis ${IMPORT_KIND_ITEMS[kind]} par ligne.`,
  /** The first lines of the file are (nearly) all in error: the reading stopped there. */
  notAnExport: (kind: ImportKind, inError: number, sample: number) =>
    `ce fichier ne ressemble pas à un export de ${IMPORT_KIND_NAMES[kind]}\u00a0: ` +
    (inError === sample
      ? `les ${formatInteger(sample)} premières lignes sont toutes en erreur`
      : `${formatInteger(inError)} des ${formatInteger(sample)} premières lignes sont en erreur`) +
    ` (attendu\u00a0: ${IMPORT_KIND_ITEMS[kind]} par ligne, sous l’en-tête). Import arrêté\u00a0; rien n’a été enregistré.`,
  /** More lines in error than anyone would correct by hand: the reading stopped at `line`. */
  tooManyErrors: (max: number, line: number) =>
    `plus de ${formatInteger(max)} lignes en erreur (lecture arrêtée à la ligne ${formatInteger(line)})\u00a0: ` +
    `corrigez l’export lui-même. Import arrêté\u00a0; rien n’a été enregistré.`,
};
