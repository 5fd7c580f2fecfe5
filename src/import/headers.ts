/**
 * Column headers → canonical fields. Exports name their columns however the accounting software or
 * the person who typed them liked (« Code client », « CODE_CLIENT », « customer_id »…), so headers
 * are compared in a normal form, and every field has its French name and a few aliases.
 */
import { fileErrors } from '../i18n/import';
import { restoreNeutralised } from './spreadsheet-cells';

export type { ImportKind } from '../domain/ledger';
import type { ImportKind } from '../domain/ledger';

interface ColumnSpec {
  readonly aliases: readonly string[];
  /** Required columns are those whose every cell must be filled: without them no row is valid. */
  readonly required: boolean;
}

const CUSTOMER_COLUMNS = {
  code_client: { aliases: ['customer_id', 'customer_code'], required: true },
  raison_sociale: { aliases: ['name', 'nom', 'legal_name', 'company'], required: true },
  siren: { aliases: ['siren_number'], required: false },
  email: {
    aliases: ['e_mail', 'emails', 'courriel', 'mail', 'email_facturation', 'billing_email'],
    required: true,
  },
  telephone: { aliases: ['phone', 'tel'], required: false },
  adresse: { aliases: ['address'], required: true },
  code_postal: { aliases: ['postal_code', 'cp', 'zip', 'zip_code'], required: true },
  ville: { aliases: ['city'], required: true },
  commercial_email: { aliases: ['sales_rep_email', 'email_commercial'], required: false },
  segment_risque: { aliases: ['risk', 'risque', 'risk_segment'], required: false },
  type_client: { aliases: ['customer_type'], required: false },
  delai_paiement_jours: {
    aliases: ['payment_terms_days', 'delai_paiement', 'payment_terms'],
    required: false,
  },
  taux_penalites: { aliases: ['penalty_rate', 'taux_penalite'], required: false },
  pays: { aliases: ['country'], required: false },
  contact_civilite: { aliases: ['civilite', 'contact_civility', 'civility'], required: false },
  contact_nom: { aliases: ['contact', 'contact_name', 'nom_contact'], required: false },
  forme_juridique: { aliases: ['legal_form', 'forme'], required: false },
  rcs: { aliases: ['registre', 'rcs_number', 'registre_commerce'], required: false },
  /** Other names the company uses for the customer (« SGH »), several separated by « ; » or « | ». */
  alias: {
    aliases: ['aliases', 'alias_client', 'surnom', 'nom_court', 'sigle', 'short_name'],
    required: false,
  },
} as const satisfies Record<string, ColumnSpec>;

const INVOICE_COLUMNS = {
  numero_facture: {
    aliases: ['invoice_number', 'n_facture', 'no_facture', 'num_facture', 'facture'],
    required: true,
  },
  code_client: { aliases: ['customer_id', 'customer_code'], required: true },
  date_facture: { aliases: ['issue_date', 'invoice_date'], required: true },
  date_echeance: { aliases: ['due_date', 'echeance', 'date_d_echeance'], required: true },
  montant_ht: { aliases: ['amount_excl_tax', 'total_ht'], required: true },
  montant_tva: { aliases: ['vat_amount', 'tva', 'total_tva'], required: true },
  montant_ttc: { aliases: ['amount_incl_tax', 'total_ttc'], required: true },
  montant_regle: { aliases: ['amount_paid', 'deja_regle'], required: false },
  devise: { aliases: ['currency'], required: false },
  reference_commande: { aliases: ['order_ref', 'order_reference', 'ref_commande'], required: false },
  bon_livraison: { aliases: ['delivery_ref', 'ref_livraison', 'reference_livraison', 'bl'], required: false },
  derniere_relance: { aliases: ['last_step'], required: false },
  date_derniere_relance: { aliases: ['last_step_date'], required: false },
} as const satisfies Record<string, ColumnSpec>;

const PAYMENT_COLUMNS = {
  numero_facture: {
    aliases: ['invoice_number', 'n_facture', 'no_facture', 'num_facture', 'facture'],
    required: true,
  },
  date_paiement: { aliases: ['payment_date', 'date_reglement', 'date'], required: true },
  montant: { aliases: ['amount', 'montant_regle'], required: true },
  moyen: { aliases: ['method', 'moyen_paiement', 'mode_reglement', 'payment_method'], required: false },
  reference: { aliases: ['ref', 'payment_reference'], required: false },
} as const satisfies Record<string, ColumnSpec>;

export type CustomerColumn = keyof typeof CUSTOMER_COLUMNS;
export type InvoiceColumn = keyof typeof INVOICE_COLUMNS;
export type PaymentColumn = keyof typeof PAYMENT_COLUMNS;

export interface ColumnByKind {
  customers: CustomerColumn;
  invoices: InvoiceColumn;
  payments: PaymentColumn;
}

const SPECS: { [K in ImportKind]: Record<ColumnByKind[K], ColumnSpec> } = {
  customers: CUSTOMER_COLUMNS,
  invoices: INVOICE_COLUMNS,
  payments: PAYMENT_COLUMNS,
};

/** Where each canonical field sits in the file, and how the file spells its header. */
export interface ColumnMap<C extends string> {
  /** Index of the column in each record, or undefined when the file has no such column. */
  indexOf(column: C): number | undefined;
  /** The header as written in the file, or the canonical name when the column is absent. */
  labelOf(column: C): string;
}

export interface HeaderMapping<C extends string> {
  columns: ColumnMap<C>;
  /** File-level errors (French): missing required columns, a field given twice. */
  errors: string[];
  /** Unknown columns, ignored (French). */
  warnings: string[];
}

/** `Date d'échéance` → `date_d_echeance`; `Montant TTC (€)` → `montant_ttc`; `N° facture` → `n_facture`. */
export function normaliseHeader(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The last column of a `*.rejets.csv` file: the user corrects the rejected lines in that file and
 * imports it again, so the column is expected, not unknown.
 */
export const REJECTION_COLUMN = 'motif_rejet';

export function mapHeaders<K extends ImportKind>(
  kind: K,
  written: readonly string[],
): HeaderMapping<ColumnByKind[K]> {
  // A header the rejects file protected from spreadsheets (`'@montant_ttc`) names its column as before.
  const header = written.map(restoreNeutralised);
  type C = ColumnByKind[K];
  const specs: Record<C, ColumnSpec> = SPECS[kind];
  const names = Object.keys(specs) as C[];
  const byNormalName = new Map<string, C>();
  for (const name of names) {
    byNormalName.set(name, name);
    for (const alias of specs[name].aliases) byNormalName.set(alias, name);
  }

  const indexes = new Map<C, number>();
  const errors: string[] = [];
  const warnings: string[] = [];
  header.forEach((written, index) => {
    const normal = normaliseHeader(written);
    if (normal === '' || normal === REJECTION_COLUMN) return;
    const column = byNormalName.get(normal);
    if (column === undefined) {
      warnings.push(fileErrors.unknownColumn(written.trim()));
    } else if (indexes.has(column)) {
      const first = header[indexes.get(column) ?? 0]?.trim() ?? column;
      errors.push(fileErrors.duplicateColumn(written.trim(), first, column));
    } else {
      indexes.set(column, index);
    }
  });

  const missing = names.filter((name) => specs[name].required && !indexes.has(name));
  if (indexes.size === 0) {
    // No column of the kind at all: no export, or none of this kind. Naming each of its columns
    // unknown (thousands, in a file of junk) would hide what matters.
    errors.push(fileErrors.noKnownColumn(kind, missing));
  } else if (missing.length > 0) {
    errors.push(fileErrors.missingColumns(missing));
  }
  if (missing.length > 0) {
    const other = guessOtherKind(kind, header);
    if (other) errors.push(fileErrors.otherKind(other));
  }

  return {
    columns: {
      indexOf: (column) => indexes.get(column),
      labelOf: (column) => {
        const index = indexes.get(column);
        return index === undefined ? column : (header[index]?.trim() ?? column);
      },
    },
    errors,
    warnings: indexes.size === 0 ? [] : warnings,
  };
}

/** The columns a file of `kind` must have, in the order an export usually writes them. */
export function requiredColumns(kind: ImportKind): string[] {
  const specs: Record<string, ColumnSpec> = SPECS[kind];
  return Object.keys(specs).filter((name) => specs[name]!.required);
}

/** A file of the wrong kind is the most likely cause of many missing columns: say so. */
function guessOtherKind(kind: ImportKind, header: readonly string[]): ImportKind | null {
  const present = new Set(header.map(normaliseHeader));
  const kinds = (Object.keys(SPECS) as ImportKind[]).filter((k) => k !== kind);
  return (
    kinds.find((other) => {
      const specs: Record<string, ColumnSpec> = SPECS[other];
      return Object.entries(specs)
        .filter(([, spec]) => spec.required)
        .every(([name, spec]) => present.has(name) || spec.aliases.some((alias) => present.has(alias)));
    }) ?? null
  );
}

/**
 * The kind of export a header line is, when all the required columns of one kind are there
 * (by name or alias): how a file dropped or sent without saying what it is gets recognised.
 */
export function kindOfHeader(header: readonly string[]): ImportKind | null {
  const present = new Set(header.map(normaliseHeader));
  const order: ImportKind[] = ['invoices', 'customers', 'payments'];
  return (
    order.find((kind) => {
      const specs: Record<string, ColumnSpec> = SPECS[kind];
      return Object.entries(specs)
        .filter(([, spec]) => spec.required)
        .every(([name, spec]) => present.has(name) || spec.aliases.some((alias) => present.has(alias)));
    }) ?? null
  );
}
