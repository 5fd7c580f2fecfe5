/**
 * The texts that show a count agree with it (« 1 facture », « 2 factures », « 0 facture »): no
 * « facture(s) » left on a card, in a chat answer or on the command line.
 */
import { fr } from '../../src/i18n/fr';

describe('counts in the French texts', () => {
  it('the digest agrees its actions, customers and invoices', () => {
    expect(fr.digest.subtitle(1, '10 €')).toBe('1 action à mener — 10 € à recouvrer');
    expect(fr.digest.subtitle(3, '10 €')).toBe('3 actions à mener — 10 € à recouvrer');
    expect(fr.digest.total(1, '10 €', 0)).toBe('1 client — 10 € — tout est traité');
    expect(fr.digest.total(2, '10 €', 1)).toBe('2 clients — 10 € — 1 à traiter');
    expect(fr.digest.sectionSummary(0, '0 €')).toBe('0 client, 0 €');
    expect(fr.digest.sectionSummary(5, '10 €')).toBe('5 clients, 10 €');
    expect(fr.digest.rowDetail(1, 'F1', '3 j de retard', 'risque faible')).toBe(
      '1 facture\u00a0: F1 — 3 j de retard — risque faible',
    );
    expect(fr.digest.rowDetail(2, 'F1, F2', '3 j de retard', 'risque faible')).toBe(
      '2 factures\u00a0: F1, F2 — 3 j de retard — risque faible',
    );
  });

  it('the daily job’s summary and lines agree', () => {
    expect(fr.job.summary('23/11/2026', 1, 0)).toBe(
      'Relances du 23/11/2026\u00a0: 1 action proposée (0 nouvelle).',
    );
    expect(fr.job.summary('23/11/2026', 4, 2)).toBe(
      'Relances du 23/11/2026\u00a0: 4 actions proposées (2 nouvelles).',
    );
    const line = { step: 'J+3', customerName: 'Biocoop', total: 12_345, maxDaysLate: 4, status: 'proposed' };
    expect(fr.jobCli.actionLine({ ...line, invoices: [1] })).toBe(
      'J+3   Biocoop — 1 facture, 123,45\u00a0€, 4 j de retard',
    );
    expect(fr.jobCli.actionLine({ ...line, invoices: [1, 2] })).toBe(
      'J+3   Biocoop — 2 factures, 123,45\u00a0€, 4 j de retard',
    );
  });

  it('history, sales notices and answer cards agree', () => {
    expect(fr.history.count(1)).toBe('1 décision et événement au journal, du plus récent au plus ancien');
    expect(fr.history.count(7)).toBe('7 décisions et événements au journal, du plus récent au plus ancien');
    expect(fr.sales.daysLate(1)).toBe('1 jour');
    expect(fr.sales.daysLate(45)).toBe('45 jours');
    expect(fr.questions.facts.paidLastYearValue(1, '10 €')).toBe('1 facture, 10 €');
    expect(fr.questions.facts.paidLastYearValue(0, '0 €')).toBe('0 facture, 0 €');
    expect(fr.questions.facts.countAmount(12, '10 €')).toBe('12 factures, 10 € TTC');
    expect(fr.questions.notes.historyMore(1)).toBe(
      '… et 1 autre\u00a0: «\u00a0historique client\u00a0» pour tout voir.',
    );
    expect(fr.questions.notes.historyMore(4)).toBe(
      '… et 4 autres\u00a0: «\u00a0historique client\u00a0» pour tout voir.',
    );
  });
});
