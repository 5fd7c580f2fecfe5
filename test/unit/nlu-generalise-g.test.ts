/**
 * The parser generalising beyond the public set's words (issue 16, eighth round, N6): no figure for
 * work that is not Relances' or for the company itself; a clause saying who asks, for whom or for
 * which meeting names no customer and no period; a temp's long sentences and the founder's
 * abbreviations. Variants written for the rules, not copied from the evaluation sets; negatives
 * that must not change. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('provisions and the company itself are not understood: never a figure', () => {
  it.each([
    'provisionne les créances douteuses de la SGH',
    'provisione les creances douteuses stp',
    'combien faut-il provisionner sur Dupont ?',
    'le montant provisionné sur les impayés de plus de 90 jours',
    'dépréciation des créances de l’Hôtel du Parc',
    'combien d’employés compte Greenova ?',
    'Greenova a combien de salariés en CDI ?',
    'quel est l’effectif de la boîte ?',
    'où se trouve le siège social ?',
    'how many employees does Greenova have?',
    'qui sont les actionnaires de Greenova ?',
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['combien nous doit la SGH ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['les impayés de plus de 90 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    ['les factures de Dupont en retard', query({ intent: 'unpaid_invoices', customerCodes: ['C005'] })],
  ])('« %s » keeps its figure', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
