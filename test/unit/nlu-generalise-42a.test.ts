/**
 * The forty-second round's classes (issue 16): a kind said in several words before another place
 * (« le centre hospitalier de Bourg-en-Bresse ») is another business, in a question and in a command;
 * a verb after a kind is no name (« l'EHPAD bénéficie… »); « les impayés aujourd'hui » are as they
 * stand (today a period only when they fall due); « ordre de grandeur »; a « référent » or
 * « correspondant » is a contact; « par quoi dois-je commencer ce matin ? » the day's work; the help
 * as « quels KPIs je peux sortir », « à ma disposition »; « comparatif » a trend; « les 3 pires »
 * closing a message the worst payers; a regulated delay is the rule, not a figure.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

const unknown = (q: object) => ({ kind: 'unknown_customer', query: q });

describe('round forty-two', () => {
  it.each([
    ['impayés du centre hospitalier de Mâcon', unknown({ intent: 'unpaid_invoices' })],
    ['le tél du centre hospitalier de Vienne', command({ command: 'customer_contact', customerCodes: [] })],
    ['la maison de retraite Les Roses a payé ?', unknown({ intent: 'customer_balance' })],
    ['l’EHPAD dispose-t-il d’un échéancier ?', query({ intent: 'payment_plans', customerCodes: ['C014'] })],
    [
      'le stock d’impayés de la SGH aujourd’hui',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['à la louche, en ordre de grandeur, le DSO ?', query({ intent: 'dso' })],
    [
      'qui est la correspondante chez Dupont ?',
      command({ command: 'customer_contact', customerCodes: ['C005'] }),
    ],
    [
      'par quoi on doit commencer aujourd’hui ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-23', to: '2026-11-23' } }),
    ],
    ['quels rapports je peux obtenir ?', query({ intent: 'help' })],
    ['quels tableaux de bord sont à notre disposition ?', query({ intent: 'help' })],
    [
      'le DSO, comparatif avec le mois dernier',
      query({ intent: 'trend', measure: 'dso', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    ['Qui nous met dans le rouge ? Les 5 pires.', query({ intent: 'top_late_payers', limit: 5 })],
    ['quelle est la durée légale maximale de paiement entre entreprises ?', NOT_UNDERSTOOD],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'fiche du centre hospitalier de Villefranche',
      command({ command: 'customer_card', customerCodes: ['C004'] }),
    ],
    ['solde du centre hospitalier', query({ intent: 'customer_balance', customerCodes: ['C004'] })],
    [
      'factures échues aujourd’hui',
      query({ intent: 'unpaid_invoices', period: { from: '2026-11-23', to: '2026-11-23' } }),
    ],
    ['délai moyen de paiement de la mairie', query({ intent: 'dso', customerCodes: ['C015'] })],
    ['top 3 des pires payeurs', query({ intent: 'top_late_payers', limit: 3 })],
    ['qui est au contentieux ?', query({ intent: 'litigation' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
