/**
 * The thirty-first round's classes (issue 16): an amount compared with its thousands spaced
 * (« en retard > 10 000 € » gave invoices more than 10 days late — a wrong figure); « créances
 * clients en retard » the receivables, no ranking; « overdue customers » the ranking; « dans le rouge
 * avec qui ? » who owes most; an order about to be taken or shipped the context; the stock no
 * receivable (« le stock d'impayés » is); a list followed by what the asker will do with it.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('an amount compared, its thousands spaced', () => {
  it.each([
    ['factures en retard > 25 000 €', { gt: 2500000 }],
    ['impayés en retard > 1 200 euros', { gt: 120000 }],
    ['retard > 15 000', { gt: 1500000 }],
  ])('%s', (text, amount) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', amount }));
  });

  it('days compared stay days', () => {
    expect(parsed('impayés retard > 45')).toEqual(
      query({ intent: 'unpaid_invoices', daysLate: { min: 46 } }),
    );
  });
});

describe('receivables and rankings', () => {
  it.each([
    ['créances clients en retard', query({ intent: 'unpaid_invoices' })],
    [
      'créances clients en retard de plus de 90 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    ['top 3 overdue customers please', query({ intent: 'top_late_payers', limit: 3 })],
    ['on est dans le rouge avec qui en ce moment ?', query({ intent: 'top_late_payers' })],
    ['qui nous met dans le rouge ?', query({ intent: 'top_late_payers' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les clients en retard', query({ intent: 'top_late_payers' })],
    ['top 5 des créances clients en retard', query({ intent: 'top_late_payers', limit: 5 })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('an order about to be taken, the stock, what the asker will do', () => {
  it.each([
    [
      'solde de la SGH avant de valider sa commande',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    [
      'encours du C5 avant la livraison de la cde',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    [
      'les impayés de Dupont, il faut les relancer',
      query({ intent: 'unpaid_invoices', customerCodes: ['C005'] }),
    ],
    ['stock d’impayés au 30 septembre', query({ intent: 'unpaid_invoices', asOf: '2026-09-30' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each(['combien de palettes de lessive en stock ?', 'l’inventaire de décembre'])(
    'no figure: %s',
    (text) => {
      expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
    },
  );

  it('« à relancer » still asks the day’s proposals', () => {
    expect(parsed('les factures à relancer')).toEqual(query({ intent: 'planned_actions' }));
  });
});
