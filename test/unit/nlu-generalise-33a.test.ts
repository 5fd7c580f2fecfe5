/**
 * The thirty-third round's classes (issue 16): a list « classée par client » is grouped, no customers
 * ranked; « que dit la procédure ? » opens the procedure; « les factures du resto qui traînent » are
 * its late invoices; a word to the colleague (« mon fils », « ma belle ») asks nothing.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, parsed, query } from '../support/nlu-parse';

describe('round thirty-three', () => {
  it.each([
    ['les promesses en cours, rangées par client', query({ intent: 'promises', groupBy: 'customer' })],
    ['litiges ouverts triés par client', query({ intent: 'disputes', groupBy: 'customer' })],
    ['que dit la procédure déjà ?', command({ command: 'procedure' })],
    [
      'les factures de la SGH qui traînent depuis plus de 30 jours',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'], daysLate: { min: 31 } }),
    ],
    ['Dupont nous doit combien mon grand ?', query({ intent: 'customer_balance', customerCodes: ['C005'] })],
    ['les litiges, ma belle ?', query({ intent: 'disputes' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['top 5 des clients classés par retard', query({ intent: 'top_late_payers', limit: 5 })],
    ['les clients qui traînent', query({ intent: 'top_late_payers' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
