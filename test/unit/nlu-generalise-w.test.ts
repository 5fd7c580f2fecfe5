/**
 * The parser generalising to the eighteenth round's classes (issue 16): risk segments, rankings in
 * the controller's words, steps and periods, plain-word commands. Variants written for the rules, not
 * copied from the evaluation sets; negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const NEXT_WEEK = { from: '2026-11-30', to: '2026-12-06' };
const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };

describe('a cut-off day of the current month is this year’s, even still to come (a month that has begun)', () => {
  it.each([
    ['impayés au 30 novembre', query({ intent: 'unpaid_invoices', asOf: '2026-11-30' })],
    ['balance âgée au 28/11', query({ intent: 'aged_balance', asOf: '2026-11-28' })],
    ['encours par ancienneté au 25 nov', query({ intent: 'aged_balance', asOf: '2026-11-25' })],
    ['factures en retard au 27/11 ?', query({ intent: 'unpaid_invoices', asOf: '2026-11-27' })],
    ['taux d’impayés au 30 novembre', query({ intent: 'overdue_ratio', asOf: '2026-11-30' })],
    [
      'combien nous doit Dupont au 29 novembre',
      query({ intent: 'customer_balance', customerCodes: ['C005'], asOf: '2026-11-29' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A month not yet begun is last year's; a day gone this month is this year's.
    ['impayés au 15 décembre', query({ intent: 'unpaid_invoices', asOf: '2025-12-15' })],
    ['balance âgée au 31/12', query({ intent: 'aged_balance', asOf: '2025-12-31' })],
    ['impayés au 10 novembre', query({ intent: 'unpaid_invoices', asOf: '2026-11-10' })],
    ['impayés au 31/10', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
  ])('not moved: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a week or a day that does not exist is never dropped: not understood', () => {
  it.each([
    'impayés semaine 54',
    'les encaissements de la semaine 60',
    'impayés S54',
    'retards semaine n° 0',
    'impayés au 31/11',
    'balance âgée au 31 novembre',
    'factures échues le 30 février',
    'impayés du 32 octobre',
    'encaissé le 31/09/2026',
    'mises en demeure envoyées semaine 99',
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['impayés semaine 47', query({ intent: 'unpaid_invoices', period: LAST_WEEK })],
    ['impayés au 30/11', query({ intent: 'unpaid_invoices', asOf: '2026-11-30' })],
    // A number of weeks, a delay: no week's number.
    ['retards de plus de 3 semaines', query({ intent: 'unpaid_invoices', daysLate: { min: 22 } })],
    ['top 54 des mauvais payeurs', query({ intent: 'top_late_payers', limit: 54 })],
    ['impayés au 29/02/2028', query({ intent: 'unpaid_invoices', asOf: '2028-02-29' })],
  ])('still read: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a step’s letters over days all to come are the proposals then; over days gone, the journal', () => {
  it.each([
    [
      'les mises en demeure de cette semaine',
      query({ intent: 'planned_actions', step: 'J+20', period: THIS_WEEK }),
    ],
    ['les LRAR de cette semaine ?', query({ intent: 'planned_actions', step: 'J+20', period: THIS_WEEK })],
    [
      'lettres recommandées de la semaine prochaine',
      query({ intent: 'planned_actions', step: 'J+20', period: NEXT_WEEK }),
    ],
    [
      'les e-mails de rappel de cette semaine',
      query({ intent: 'planned_actions', step: 'J+3', period: THIS_WEEK }),
    ],
    [
      'courriers simples de la semaine prochaine',
      query({ intent: 'planned_actions', step: 'J+10', period: NEXT_WEEK }),
    ],
    ['mises en demeure de demain', query({ intent: 'planned_actions', step: 'J+20', period: TOMORROW })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'les mises en demeure de la semaine dernière',
      query({ intent: 'journal_activity', step: 'J+20', period: LAST_WEEK }),
    ],
    [
      'mises en demeure envoyées cette semaine',
      query({ intent: 'journal_activity', step: 'J+20', period: THIS_WEEK }),
    ],
    ['impayés au stade de la mise en demeure', query({ intent: 'unpaid_invoices', step: 'J+20' })],
  ])('not moved: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
