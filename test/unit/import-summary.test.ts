/**
 * The last line of `npm run import`: every count agrees with its number, and the participles
 * with the kind of record (« clients créés », « factures créées », « paiements imputés »).
 */
import { importSummary, refusedReason, type ImportSummary } from '../../src/i18n/import-report';

const summary = (kind: ImportSummary['kind'], counts: Partial<ImportSummary['counts']>, refused = false) =>
  importSummary({
    kind,
    fileName: 'export.csv',
    status: refused ? 'refused' : 'imported',
    counts: { read: 0, rejected: 0, created: 0, updated: 0, unchanged: 0, ...counts },
    fileErrors: [],
    stoppedAtLine: null,
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

  it('journals a refusal with its number of errors', () => {
    expect(refusedReason(1)).toBe('1 erreur');
    expect(refusedReason(3)).toBe('3 erreurs');
  });
});
