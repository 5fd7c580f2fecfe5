/**
 * The thirty-ninth round's classes (issue 16): « à peu près » names no one (« près » is no
 * « Pressing »); the day's card « pour les relances »; a call forgotten asks no contact; « qui
 * concentre le plus » ranks; « relances simples » are the simple letter; invoices « au stade de la
 * lettre de relance » stand at that step (not the letters sent); a customer to receive a reminder is
 * no money forecast; a kind before a name of another kind (« la clinique du Parc ») is another
 * business in a command too; a name said in the clause before the question (« j'ai Leclerc au
 * téléphone, quels sont leurs impayés ? ») is its customer when the question points back at it.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('round thirty-nine', () => {
  it.each([
    ['la SGH nous doit à peu près combien ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['tu peux m’afficher la carte du jour pour les relances ?', command({ command: 'day_card' })],
    ['j’ai zappé d’appeler Dupont hier, désolée', NOT_UNDERSTOOD],
    ['qui concentre le plus de retard ?', query({ intent: 'top_late_payers' })],
    [
      'combien de relances simples parties cette semaine ?',
      query({ intent: 'journal_activity', step: 'J+10', period: { from: '2026-11-23', to: '2026-11-29' } }),
    ],
    ['les factures au stade de la lettre de relance', query({ intent: 'unpaid_invoices', step: 'J+10' })],
    [
      'la mairie va-t-elle recevoir un mail de rappel jeudi ?',
      query({
        intent: 'planned_actions',
        customerCodes: ['C015'],
        step: 'J+3',
        period: { from: '2026-11-26', to: '2026-11-26' },
      }),
    ],
    ['le mail de la clinique du Parc', command({ command: 'customer_contact', customerCodes: [] })],
    [
      'j’ai Carrefour Market en ligne, ils doivent combien ?',
      { kind: 'unknown_customer', query: { intent: 'customer_balance' } },
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['le solde du pressing', query({ intent: 'customer_balance', customerCodes: ['C017'] })],
    ['combien on va recevoir en décembre ?', NOT_UNDERSTOOD],
    ['je vois Madame Durand demain, quels sont les impayés ?', query({ intent: 'unpaid_invoices' })],
    ['le téléphone de l’hôtel du Parc', command({ command: 'customer_contact', customerCodes: ['C003'] })],
    [
      'factures au stade de la lettre de relance en octobre',
      query({ intent: 'journal_activity', step: 'J+10', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
