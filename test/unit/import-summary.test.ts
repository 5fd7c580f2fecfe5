/**
 * The last line of `npm run import`: every count agrees with its number, and the participles
 * with the kind of record (« clients créés », « factures créées », « paiements imputés »); and
 * so do the lines that count what the report leaves out (« … et 1 autre ligne en erreur »).
 */
import { fileErrors } from '../../src/i18n/import';
import {
  importNotices,
  importSummary,
  problemLines,
  refusedReason,
  type ImportSummary,
} from '../../src/i18n/import-report';

const summary = (
  kind: ImportSummary['kind'],
  counts: Partial<ImportSummary['counts']>,
  refused = false,
  more: Partial<Pick<ImportSummary, 'fileErrors' | 'stoppedAtLine'>> = {},
) =>
  importSummary({
    kind,
    fileName: 'export.csv',
    status: refused ? 'refused' : 'imported',
    counts: { read: 0, rejected: 0, created: 0, updated: 0, unchanged: 0, ...counts },
    fileErrors: [],
    stoppedAtLine: null,
    ...more,
  });

describe('import summary', () => {
  it('agrees one line, one record, one rejection in the singular', () => {
    expect(summary('invoices', { read: 1, created: 1 })).toBe(
      'export.csv\u00a0: 1 ligne lue — factures\u00a0: 1 créée, 0 mise à jour, 0 inchangée.',
    );
    expect(summary('customers', { read: 2, updated: 1, rejected: 1 })).toBe(
      'export.csv\u00a0: 2 lignes lues — clients\u00a0: 0 créé, 1 mis à jour, 0 inchangé, 1 rejetée.',
    );
    expect(summary('payments', { read: 1, unchanged: 1 })).toBe(
      'export.csv\u00a0: 1 ligne lue — paiements\u00a0: 0 imputé, 0 enregistré sans effet sur le solde, 1 inchangé.',
    );
  });

  it('agrees several in the plural, with the gender of the kind', () => {
    expect(summary('invoices', { read: 9, created: 2, updated: 3, unchanged: 2, rejected: 2 })).toBe(
      'export.csv\u00a0: 9 lignes lues — factures\u00a0: 2 créées, 3 mises à jour, 2 inchangées, 2 rejetées.',
    );
    expect(summary('customers', { read: 6, created: 2, updated: 2, unchanged: 2 })).toBe(
      'export.csv\u00a0: 6 lignes lues — clients\u00a0: 2 créés, 2 mis à jour, 2 inchangés.',
    );
    expect(summary('payments', { read: 6, created: 2, updated: 2, unchanged: 2 })).toBe(
      'export.csv\u00a0: 6 lignes lues — paiements\u00a0: 2 imputés, 2 enregistrés sans effet sur le solde, 2 inchangés.',
    );
  });

  it('says how many lines to correct when the file is refused', () => {
    expect(summary('invoices', { read: 5, rejected: 1 }, true)).toBe(
      'export.csv\u00a0: import refusé, rien n’a été écrit — 1 ligne en erreur sur 5 ' +
        '(corrigez-la, ou relancez avec --skip-invalid).',
    );
    expect(summary('invoices', { read: 5, rejected: 2 }, true)).toBe(
      'export.csv\u00a0: import refusé, rien n’a été écrit — 2 lignes en erreur sur 5 ' +
        '(corrigez-les, ou relancez avec --skip-invalid).',
    );
  });

  it('says where the reading of a file that is not an export stopped, or that the file itself is to be corrected', () => {
    expect(summary('invoices', { read: 1_000, rejected: 1_000 }, true, { stoppedAtLine: 1_001 })).toBe(
      'export.csv\u00a0: import refusé, rien n’a été écrit — lecture arrêtée à la ligne 1\u202f001, ' +
        '1\u202f000 lignes en erreur sur 1\u202f000.',
    );
    expect(
      summary('payments', { read: 3 }, true, {
        fileErrors: ['colonne obligatoire manquante\u00a0: montant'],
      }),
    ).toBe(
      'export.csv\u00a0: import refusé, rien n’a été écrit — le fichier lui-même est à corriger (voir ci-dessus).',
    );
  });

  it('counts what the report and the notes leave out, in the singular and the plural', () => {
    expect(problemLines.moreLines(1)).toBe('… et 1 autre ligne en erreur');
    expect(problemLines.moreLines(2)).toBe('… et 2 autres lignes en erreur');
    expect(problemLines.moreLines(12_345)).toBe('… et 12\u202f345 autres lignes en erreur');
    expect(problemLines.moreWarnings(1)).toBe('… et 1 autre avertissement');
    expect(problemLines.moreWarnings(3)).toBe('… et 3 autres avertissements');
    expect(importNotices.more(1)).toBe('… et 1 autre note');
    expect(importNotices.more(4)).toBe('… et 4 autres notes');
  });

  it('says how many of the first lines were in error when not all were', () => {
    expect(fileErrors.notAnExport('customers', 950, 1_000)).toBe(
      'ce fichier ne ressemble pas à un export de clients\u00a0: 950 des 1\u202f000 premières lignes sont en erreur ' +
        '(attendu\u00a0: un client par ligne, sous l’en-tête). Import arrêté\u00a0; rien n’a été enregistré.',
    );
  });

  it('journals a refusal with its number of errors', () => {
    expect(refusedReason(1)).toBe('1 erreur');
    expect(refusedReason(3)).toBe('3 erreurs');
  });
});
