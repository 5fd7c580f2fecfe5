/**
 * The parser generalising beyond the public set's words (issue 16, eleventh round): someone
 * correcting herself as she types or dictates. Variants written for the rules, not copied from the
 * evaluation sets; negatives that the rules must not catch. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { withSelfCorrections } from '../../src/questions/parser/self-corrections';
import { command, parsed, query } from '../support/nlu-parse';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const WEDNESDAY = { from: '2026-11-25', to: '2026-11-25' };

describe('self-corrections: what is finally meant replaces what was said first, fillers are nothing', () => {
  it.each([
    // a customer
    [
      'euh combien doit la SGH, non pardon Biocoop Part-Dieu ?',
      query({ intent: 'customer_balance', customerCodes: ['C011'] }),
    ],
    [
      'le solde du client C003, non attends C007',
      query({ intent: 'customer_balance', customerCodes: ['C007'] }),
    ],
    // an invoice
    [
      'historique de la F2026-1040, non pardon la F2026-1044',
      command({ command: 'history', invoice: 'F2026-1044' }),
    ],
    [
      'euh l\u2019historique f2026-1050 non pardon f2026-1051',
      command({ command: 'history', invoice: 'F2026-1051' }),
    ],
    // a date
    [
      'les relances faites en octobre, non pardon en novembre',
      query({ intent: 'journal_activity', period: NOVEMBER }),
    ],
    [
      'encaissements de novembre, non attends d\u2019octobre',
      query({ intent: 'collected', period: OCTOBER }),
    ],
    ['on relance qui mardi, non pardon mercredi ?', query({ intent: 'planned_actions', period: WEDNESDAY })],
    [
      'le total des impayés au 31 août, non attends au 30 septembre',
      query({ intent: 'unpaid_invoices', asOf: '2026-09-30' }),
    ],
    // a bound
    [
      'les impayés de plus de 60 jours, non pardon de plus de 90 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    [
      'euh les retards de plus de 15 jours, enfin je veux dire plus de 45 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 46 } }),
    ],
    [
      'les litiges de plus de 2 000 €, enfin de 3 000 € et plus',
      query({ intent: 'disputes', amount: { gte: 300000 } }),
    ],
    // a size
    ['le top 3, non le top 8 des clients en retard', query({ intent: 'top_late_payers', limit: 8 })],
    [
      'du coup le top 20, non pardon le top 5 des mauvais payeurs',
      query({ intent: 'top_late_payers', limit: 5 }),
    ],
    // fillers alone
    [
      'euh... du coup euh les impayés de la SGH',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['heu le DSO euh', query({ intent: 'dso' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« enfin » rewording what was said keeps it', () => {
  it.each([
    [
      'les impayés par client, enfin classés client par client',
      query({ intent: 'unpaid_invoices', groupBy: 'customer' }),
    ],
    [
      'les encaissements d\u2019hier, enfin les paiements reçus',
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['combien on nous doit au total, enfin toutes sociétés confondues ?', query({ intent: 'aged_balance' })],
    [
      'ouvre la fiche de la SGH, enfin le client quoi',
      command({ command: 'customer_card', customerCodes: ['C002'] }),
    ],
    [
      'les promesses de paiement du mois dernier, enfin celles qu\u2019on a notées',
      query({ intent: 'promises', period: OCTOBER }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('no correction where none is made', () => {
  it.each([
    'les factures, non payées, de la SGH',
    'les impayés de la SGH, pas ceux de Biocoop',
    'combien doit la SGH, enfin ?',
    'le top 10, trié par montant',
    'relances de jeudi, vendredi',
    'la DSO, non ?',
  ])('« %s » is read whole', (text) => {
    expect(withSelfCorrections(text)).toBe(text);
  });

  it('« euro », « Eugène », « bahut » are no fillers', () => {
    expect(withSelfCorrections('Eugène Bahut 5 euros')).toBe('Eugène Bahut 5 euros');
  });
});
