/**
 * The thirtieth round's classes (issue 16), and the credit holds writers asked about: what a customer
 * « devait » at a date said after the verb; a reference (« cf. tableau de bord ») and a visit told
 * after the question (« … ? Je vois leur DG en rdv demain ») ask nothing; credit limits and holds
 * are not understood (Relances keeps no limit), « la date limite » stays the due date.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('what a customer owed at a date; references and visits told after the question', () => {
  it.each([
    [
      'la SGH elle devait combien fin sept',
      query({ intent: 'customer_balance', customerCodes: ['C002'], asOf: '2026-09-30' }),
    ],
    [
      'Dupont, on en est où ? Je les vois jeudi',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    [
      'la mairie a payé ? J’ai rdv avec le DGS vendredi',
      query({ intent: 'customer_balance', customerCodes: ['C015'] }),
    ],
    ['DSO, cf. tableau de bord du codir', query({ intent: 'dso' })],
    [
      'impayés de Dupont, voir le reporting mensuel',
      query({ intent: 'unpaid_invoices', customerCodes: ['C005'] }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« voir » before what is asked keeps it', () => {
    expect(parsed('voir les factures de Dupont')).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['C005'] }),
    );
  });
});

describe('credit limits and holds: no figure', () => {
  it.each([
    'qui dépasse son encours autorisé ?',
    'l’encours maximum de la SGH',
    'quels clients ont dépassé leur plafond ?',
    'la limite de crédit de Dupont ?',
    'les clients bloqués',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['l’encours de la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['quelle part de ce qu’on nous doit a dépassé la date limite ?', query({ intent: 'overdue_ratio' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
