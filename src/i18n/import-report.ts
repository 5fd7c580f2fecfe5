/**
 * What the user reads after an import: one line per problem, the facts worth a note (a stale
 * export, an overpayment), the journal's reason for a refused file, and the closing summary of
 * `npm run import`.
 */
import type { ImportKind } from '../domain/ledger';
import { IMPORT_KIND_NAMES } from './import';
import { formatInteger } from './numbers';
import { agree, countOf } from './plural';

/** « 1 ligne », « 100 000 lignes ». */
const lines = (count: number) => `${formatInteger(count)} ${agree(count, 'ligne', 'lignes')}`;

/** `ligne 7, colonne date_echeance (« 31/02/2026 ») : date invalide…` */
export const problemLines = {
  file: (error: string) => `fichier\u00a0: ${error}`,
  warning: (warning: string) => `avertissement\u00a0: ${warning}`,
  line: (line: number) => `ligne ${line}`,
  cell: (line: number, column: string) => `ligne ${line}, colonne ${column}`,
  problem: (where: string, value: string, reason: string) => `${where} (${value})\u00a0: ${reason}`,
  emptyValue: 'vide',
  value: (value: string) => `«\u00a0${value}\u00a0»`,
  /** After the problems of the first lines in error. */
  moreLines: (count: number) =>
    `… et ${formatInteger(count)} ${agree(count, 'autre ligne', 'autres lignes')} en erreur`,
  moreWarnings: (count: number) =>
    `… et ${formatInteger(count)} ${agree(count, 'autre avertissement', 'autres avertissements')}`,
};

/** The `motif_rejet` column of the rejects file. */
export const rejectMotives = {
  cell: (column: string, reason: string) => `${column}\u00a0: ${reason}`,
  separator: '\u00a0; ',
};

/** Facts about invoices and payments the import met; each starts with the invoice number. */
export const importNotices = {
  otherCustomer: (invoice: string, known: string, exported: string) =>
    `${invoice}\u00a0: déjà connue pour le client ${known}, l’export indique ${exported} — ligne ignorée.`,
  stillPaid: (invoice: string) =>
    `${invoice}\u00a0: réglée dans Relances, l’export la montre encore due — non rouverte.`,
  /** Whatever the firm's name: it is configured, and the note only says the invoice is frozen. */
  inLitigation: (invoice: string) =>
    `${invoice}\u00a0: au contentieux, non modifiée par l’export (montants ou échéance différents).`,
  lowerPaid: (invoice: string, exported: string, known: string) =>
    `${invoice}\u00a0: l’export indique ${exported} réglés, Relances en connaît ${known} — le montant le plus élevé est conservé.`,
  overpaid: (invoice: string, excess: string, paidOn: string) =>
    `${invoice}\u00a0: trop-perçu de ${excess} (paiement du ${paidOn}) — à rembourser ou à imputer.`,
  /** How `npm run import` prints each of them. */
  printed: (notice: string) => `note\u00a0: ${notice}`,
  /** After the first notes: how many more there were. */
  more: (count: number) => `… et ${formatInteger(count)} ${agree(count, 'autre note', 'autres notes')}`,
};

/** Why an import could not finish (the message of its error). */
export const importFailures = {
  /** The second reading of the file did not find what the first one validated. */
  fileChanged:
    'le fichier a changé pendant l’import. Les lignes déjà enregistrées sont justes\u00a0; relancez l’import du fichier dans son état final.',
};

/** The journal's reason when a file is refused. */
export const refusedReason = (errors: number) => countOf(errors, 'erreur');

export interface ImportSummary {
  kind: ImportKind;
  fileName: string;
  status: 'imported' | 'refused';
  counts: { read: number; rejected: number; created: number; updated: number; unchanged: number };
  /** Problems of the file itself (a missing column…), in French: correcting lines would not do. */
  fileErrors: readonly string[];
  /** The line where the reading stopped (a file that is not an export), or null. */
  stoppedAtLine: number | null;
}

/** The participles of a kind of record, singular then plural: « factures : 2 créées ». */
const OUTCOMES: Readonly<
  Record<ImportKind, Record<'created' | 'updated' | 'unchanged', readonly [string, string]>>
> = {
  customers: {
    created: ['créé', 'créés'],
    updated: ['mis à jour', 'mis à jour'],
    unchanged: ['inchangé', 'inchangés'],
  },
  invoices: {
    created: ['créée', 'créées'],
    updated: ['mise à jour', 'mises à jour'],
    unchanged: ['inchangée', 'inchangées'],
  },
  payments: {
    created: ['imputé', 'imputés'],
    updated: ['enregistré sans effet sur le solde', 'enregistrés sans effet sur le solde'],
    unchanged: ['inchangé', 'inchangés'],
  },
};

/** The last line of `npm run import`. */
export function importSummary(r: ImportSummary): string {
  const { read, rejected } = r.counts;
  if (r.status === 'refused') {
    const refused = `${r.fileName}\u00a0: import refusé, rien n’a été écrit`;
    if (r.stoppedAtLine !== null) {
      return (
        `${refused} — lecture arrêtée à la ligne ${formatInteger(r.stoppedAtLine)}, ` +
        `${lines(rejected)} en erreur sur ${formatInteger(read)}.`
      );
    }
    if (r.fileErrors.length > 0) return `${refused} — le fichier lui-même est à corriger (voir ci-dessus).`;
    return (
      `${refused} — ${lines(rejected)} en erreur sur ${formatInteger(read)} ` +
      `(corrigez-${agree(rejected, 'la', 'les')}, ou relancez avec --skip-invalid).`
    );
  }
  const outcome = (key: 'created' | 'updated' | 'unchanged') => {
    const [singular, plural] = OUTCOMES[r.kind][key];
    return `${formatInteger(r.counts[key])} ${agree(r.counts[key], singular, plural)}`;
  };
  const skipped =
    rejected > 0 ? `, ${formatInteger(rejected)} ${agree(rejected, 'rejetée', 'rejetées')}` : '';
  return (
    `${r.fileName}\u00a0: ${lines(read)} ${agree(read, 'lue', 'lues')} — ` +
    `${IMPORT_KIND_NAMES[r.kind]}\u00a0: ${outcome('created')}, ${outcome('updated')}, ${outcome('unchanged')}${skipped}.`
  );
}
