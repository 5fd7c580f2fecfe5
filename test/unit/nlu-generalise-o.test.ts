/**
 * The parser generalising beyond the public set's words (issue 16, twelfth round): an Excel-minded
 * accountant's filters, a work-study student's chat slang and emojis, and dates of things to come.
 * Variants written for the rules, not copied from the evaluation sets; negatives that the rules
 * must not catch. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { command, parsed, query } from '../support/nlu-parse';

const day = (d: string) => ({ from: d, to: d });
const DECEMBER_2026 = { from: '2026-12-01', to: '2026-12-31' };
const DECEMBER_2025 = { from: '2025-12-01', to: '2025-12-31' };

describe('dates of things to come: a day or a month without its year is the next one', () => {
  it.each([
    ['relances programmées le 2/12', query({ intent: 'planned_actions', period: day('2026-12-02') })],
    [
      'quelles lettres de relance partent le 30 novembre ?',
      query({ intent: 'planned_actions', period: day('2026-11-30'), step: 'J+10' }),
    ],
    [
      'les prévenances à faire le 1er décembre',
      query({ intent: 'planned_actions', period: day('2026-12-01'), step: 'J-5' }),
    ],
    ["qu'est-ce qui est prévu le 24.11 ?", query({ intent: 'planned_actions', period: day('2026-11-24') })],
    ['on envoie quoi le 27/11 ?', query({ intent: 'planned_actions', period: day('2026-11-27') })],
    [
      'qui doit recevoir une mise en demeure le 28/11 ?',
      query({ intent: 'planned_actions', period: day('2026-11-28'), step: 'J+20' }),
    ],
    [
      'les mails de rappel qui vont partir le 26.11',
      query({ intent: 'planned_actions', period: day('2026-11-26'), step: 'J+3' }),
    ],
    // Today is a day to come too; a day without its month is this month's, or the next one's.
    ['relances prévues le 23/11', query({ intent: 'planned_actions', period: day('2026-11-23') })],
    ['relances prévues le 15', query({ intent: 'planned_actions', period: day('2026-12-15') })],
    ['relances prévues le 28', query({ intent: 'planned_actions', period: day('2026-11-28') })],
    // A month.
    ['relances prévues en décembre', query({ intent: 'planned_actions', period: DECEMBER_2026 })],
    // Promises asked (their promised date is to come), and invoices falling due.
    [
      'promesses de paiement attendues le 4 décembre',
      query({ intent: 'promises', period: day('2026-12-04') }),
    ],
    ['les promesses à venir en décembre', query({ intent: 'promises', period: DECEMBER_2026 })],
    ['quelles promesses sont prévues le 1/12 ?', query({ intent: 'promises', period: day('2026-12-01') })],
    ['les promesses du 26/11', query({ intent: 'promises', period: day('2026-11-26') })],
    [
      'factures qui arrivent à échéance le 10/12',
      query({ intent: 'unpaid_invoices', period: day('2026-12-10') }),
    ],
    ['factures à échoir en décembre', query({ intent: 'unpaid_invoices', period: DECEMBER_2026 })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // Things done keep the latest past date.
    ['relances envoyées le 25/11', query({ intent: 'journal_activity', period: day('2025-11-25') })],
    ['qui a été relancé le 26 novembre ?', query({ intent: 'journal_activity', period: day('2025-11-26') })],
    [
      'mises en demeure envoyées en décembre',
      query({ intent: 'journal_activity', period: DECEMBER_2025, step: 'J+20' }),
    ],
    ["qu'a-t-on fait le 10/11 ?", query({ intent: 'journal_activity', period: day('2026-11-10') })],
    ['promesses non tenues le 20 novembre', query({ intent: 'promises', period: day('2026-11-20') })],
    ['promesses tenues le 25/11', query({ intent: 'promises', period: day('2025-11-25') })],
    ['encaissements du 25/11', query({ intent: 'collected', period: day('2025-11-25') })],
    ['impayés échus le 25/11', query({ intent: 'unpaid_invoices', period: day('2025-11-25') })],
    // A year written is kept.
    ['relances prévues le 25/11/2025', query({ intent: 'planned_actions', period: day('2025-11-25') })],
    // Recording a promise is still a command.
    [
      'Biocoop Lyon promet de payer le 15 décembre',
      command({ command: 'record_promise', date: '2026-12-15', customerCodes: ['C001'] }),
    ],
    [
      'la SGH a un paiement prévu le 10/12',
      command({ command: 'record_promise', date: '2026-12-10', customerCodes: ['C002'] }),
    ],
  ])('« %s » stays as read', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
