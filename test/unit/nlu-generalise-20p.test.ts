/**
 * The twentieth round's figures given without understanding (issue 16): hypotheses, forecasts and
 * orders Relances does not carry out in the chat give no figure; ordinary words of the trade and a
 * business's own name after its kind name no customer of ours. Variants written for the rules, not
 * copied from the evaluation sets; negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('ordinary words of the trade name no customer', () => {
  it.each([
    [
      'Ce que nous doivent les clients, rangé par tranche d’âge, ça donne quoi ?',
      query({ intent: 'aged_balance' }),
    ],
    [
      'L’argent que les clients nous doivent, regroupé par ancienneté, ça donne quoi ?',
      query({ intent: 'aged_balance' }),
    ],
    [
      'les factures en retard de notre clientèle à risque élevé',
      query({ intent: 'unpaid_invoices', risk: 'high' }),
    ],
    ['Le DSO de la clientèle ?', query({ intent: 'dso' })],
    [
      'Impayés de plus de 90 jours, à déclarer à l’assureur-crédit',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    [
      'Factures échues depuis plus de 6 mois, éligibles à une déclaration de sinistre',
      query({ intent: 'unpaid_invoices', daysLate: { min: 181 } }),
    ],
  ])('« %s » names no unknown customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'Quel est le montant de la prime d’assurance crédit cette année ?',
    'Combien nous coûte l’assurance-crédit en 2027 ?',
    'la cotisation de l’assureur prévue l’an prochain',
  ])('what the insurer charges is no figure: « %s »', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['combien nous doit Leclerc ?', { kind: 'unknown_customer', query: { intent: 'customer_balance' } }],
    [
      'l’assureur crédit nous pose la question : quel est notre taux de retard de paiement cette année ?',
      query({ intent: 'late_rate', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a kind then « chez » and a name is another business', () => {
  it.each([
    'le resto Chez Marcel a payé ?',
    'combien nous doit le restaurant chez paulette',
    'la boulangerie Chez Paul a réglé ?',
    'l’hôtel Chez Marie nous doit combien ?',
  ])('« %s » names an unknown customer', (text) => {
    expect(parsed(text)).toEqual({ kind: 'unknown_customer', query: { intent: 'customer_balance' } });
  });

  it('« impayés du restaurant Chez Léon » names an unknown customer', () => {
    expect(parsed('impayés du restaurant Chez Léon')).toEqual({
      kind: 'unknown_customer',
      query: { intent: 'unpaid_invoices' },
    });
  });

  it.each([
    ['le restaurant a payé ?', query({ intent: 'customer_balance', customerCodes: ['C016'] })],
    [
      'combien nous doit le restaurant Au Bon Point ?',
      query({ intent: 'customer_balance', customerCodes: ['C016'] }),
    ],
    ['le restaurant chez l’avocat ?', query({ intent: 'litigation', customerCodes: ['C016'] })],
  ])('« %s » keeps its customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
