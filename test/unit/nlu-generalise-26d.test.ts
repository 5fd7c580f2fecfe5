/**
 * The twenty-sixth round's voices (issue 16): an accounts assistant from Guadeloupe with a few Creole
 * turns, and a finance director once an army officer, writing terse reports. Variants written for the
 * rules, not copied from the evaluation sets; negatives that must not change. Against the evaluation
 * portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { parsed, query } from '../support/nlu-parse';

describe('a range of days late said « N à M jours » without its « de »', () => {
  it.each([
    ['impayés 30 à 60 jours de retard', { min: 30, max: 60 }],
    ['2) Factures en retard, 60 à 90 j.', { min: 60, max: 90 }],
    ['impayés risque faible 15 à 45 jours', { min: 15, max: 45 }],
    ['les factures entre 31 à 60 jours de retard', { min: 31, max: 60 }],
    ['Impayés 90 au 120 j de retard ?', { min: 90, max: 120 }],
  ])('« %s »', (text, daysLate) => {
    expect(parsed(text)).toMatchObject({ kind: 'query', query: { intent: 'unpaid_invoices', daysLate } });
  });

  it('« de 30 à 60 jours » is still the range', () => {
    expect(parsed('impayés de 30 à 60 jours de retard')).toEqual(
      query({ intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } }),
    );
  });

  it('a span around now is no range of days late', () => {
    expect(parsed('promesses dans 5 à 10 jours')).not.toMatchObject({ query: { daysLate: {} } });
  });
});
