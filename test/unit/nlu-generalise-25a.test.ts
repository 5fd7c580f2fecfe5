/**
 * Rules the labelling brief settled before the twenty-fifth round (issue 16): an amount range said
 * « de … à … € » has both bounds, as « entre … et … » has — « à 5 000 » was read as the 5th of the
 * month, a cut-off that gave wrong figures. Variants written for the rule; negatives that must not
 * change. Against the evaluation portfolio.
 */
import { parsed, query } from '../support/nlu-parse';

describe('an amount range « de X à Y € »: both bounds included', () => {
  it.each([
    ['impayés de 1 000 à 5 000 €', { gte: 100000, lte: 500000 }],
    ['factures échues de 500 à 2 000 euros', { gte: 50000, lte: 200000 }],
    ['les impayés de 5000 € à 10000 €', { gte: 500000, lte: 1000000 }],
    ['factures en retard d’1 500 à 3 000 € HT', { gte: 150000, lte: 300000 }],
  ])('%s', (text, amount) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', amount }));
  });

  it.each([
    ['impayés de 30 à 60 jours de retard', { intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } }],
    ['impayés entre 1 000 et 5 000 €', { intent: 'unpaid_invoices', amount: { gte: 100000, lte: 500000 } }],
    [
      'impayés échus du 5 au 20 octobre',
      { intent: 'unpaid_invoices', period: { from: '2026-10-05', to: '2026-10-20' } },
    ],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});
