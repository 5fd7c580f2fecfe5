/**
 * The thirty-eighth round's classes (issue 16; a round weighted to the unpaid invoices, the day's
 * work, one customer's situation and trends): advice on how to chase (« le bon timing pour relancer
 * sans le braquer ») is not done; English « per month » and « going to <the firm> »; the kinds of
 * reports or what is available is the help; an order to write off (« mets-la en perte », « on
 * abandonne la créance ») is not done, while « passé en irrécouvrable en 2025 ? » is what was
 * written off; « de main, c'est … » is tomorrow; « qu'est-ce qu'il faut faire » after a condition is
 * a hypothesis; an office device asks no customer's contact; a capitalised word before a company's
 * word (« Elior SA ») is a name.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('round thirty-eight', () => {
  it.each([
    ['quelle est la bonne méthode pour relancer la mairie sans la froisser ?', NOT_UNDERSTOOD],
    [
      'payments received per month over the last 6 months',
      query({ intent: 'trend', measure: 'collected', period: { from: '2026-05-24', to: '2026-11-23' } }),
    ],
    [
      'which customers are heading to Aptos next week?',
      query({ intent: 'planned_actions', step: 'J+30', period: { from: '2026-11-30', to: '2026-12-06' } }),
    ],
    ['quels types de tableaux de bord ?', query({ intent: 'help' })],
    ['what is available?', query({ intent: 'help' })],
    ['on abandonne les créances de Dupont', NOT_UNDERSTOOD],
    [
      'passées en irrécouvrable en 2024 ?',
      query({ intent: 'written_off', period: { from: '2024-01-01', to: '2024-12-31' } }),
    ],
    [
      'les mails qui partent de main, c’est qui ?',
      query({ intent: 'planned_actions', step: 'J+3', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    ['si la SGH ne paie pas d’ici janvier, il faut faire quoi ?', NOT_UNDERSTOOD],
    ['mon ordi plante, qui je dois appeler ?', NOT_UNDERSTOOD],
    ['Elior SA nous doit combien ?', { kind: 'unknown_customer', query: { intent: 'customer_balance' } }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['passe la SGH en irrécouvrable', NOT_UNDERSTOOD],
    [
      'qui dois-je contacter chez Dupont ?',
      command({ command: 'customer_contact', customerCodes: ['C005'] }),
    ],
    ['un coup de main, c’est possible ?', NOT_UNDERSTOOD],
    ['Lyon Propreté Industrie a payé ?', query({ intent: 'customer_balance', customerCodes: ['C012'] })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
