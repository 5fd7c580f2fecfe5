/**
 * The forty-eighth and forty-ninth rounds' classes (issue 16):
 * - British English: « subsequent receipts », « audit trail », « debtor position », « issued »,
 *   « repayment arrangement », « the credit control procedure » asked politely, « what's the craic
 *   with X », « get in from », « what % of the debtors is … », « from … to date », « 5 grand », « who do I
 *   ring », « will pay 1,800 », « today's chasers »; a reconciliation, confirmation requests, a text
 *   message, a plan set up are not understood;
 * - a local government accountant's words: « titres (de recettes) », « restes à recouvrer », « admissions
 *   en non-valeur », « poursuites »; « le père X »; « arrears » in French; « au cut-off du »; the
 *   limitation period is a lawyer's question;
 * - the day's work: « qui bascule en J+30 », « à chasser »; context: « en vue du prochain conseil
 *   d'administration », « avant que nous … », « tels qu'ils ressortaient », « mes magasins »; how it
 *   was done in one's former local authority.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('rounds forty-eight and forty-nine', () => {
  it.each([
    [
      'subsequent receipts in October please',
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['audit trail of invoice F2026-1042', command({ command: 'history', invoice: 'F2026-1042' })],
    [
      'debtor position for the SGH at 30 September',
      query({ intent: 'customer_balance', customerCodes: ['C002'], asOf: '2026-09-30' }),
    ],
    [
      'invoices issued in October still unpaid',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-10-01', to: '2026-10-31' },
        dateBasis: 'issue',
      }),
    ],
    ['repayment arrangements in place?', query({ intent: 'payment_plans' })],
    ['can you show me the dunning procedure?', command({ command: 'procedure' })],
    ['what’s the craic with the SGH?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'collections from 1 October to date',
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-11-23' } }),
    ],
    ['overdue invoices above 10 grand', query({ intent: 'unpaid_invoices', amount: { gt: 1000000 } })],
    ['who should I ring at the SGH?', command({ command: 'customer_contact', customerCodes: ['C002'] })],
    [
      'Dupont will pay 2,400 on 4 December',
      command({ command: 'record_promise', customerCodes: ['C005'], amount: 240000, date: '2026-12-04' }),
    ],
    ['Please reconcile the debtors to the bank.', NOT_UNDERSTOOD],
    ['text the SGH about their overdue invoices', NOT_UNDERSTOOD],
    ['put Dupont on a 3 month payment plan', NOT_UNDERSTOOD],
    [
      'titres de recettes non soldés de la mairie',
      query({ intent: 'unpaid_invoices', customerCodes: ['C015'] }),
    ],
    ['le reste à recouvrer sur la SGH ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'admissions en non-valeur en 2025',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    ['dossiers en poursuites judiciaires', query({ intent: 'litigation' })],
    ['le père Julien Bernard a payé ?', query({ intent: 'customer_balance', customerCodes: ['C009'] })],
    ['les arrears de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['impayés au cut-off du 31 octobre', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
    ['une facture de 2019 est-elle prescrite ?', NOT_UNDERSTOOD],
    [
      'qui va basculer en mise en demeure demain ?',
      query({ intent: 'planned_actions', step: 'J+20', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    [
      'balance âgée au 30 septembre, en vue du prochain comité de direction',
      query({ intent: 'aged_balance', asOf: '2026-09-30' }),
    ],
    [
      'le solde de la SGH avant que je ne les appelle',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['Dans mon ancienne mairie, on relançait par téléphone.', NOT_UNDERSTOOD],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['payment plan for Dupont?', query({ intent: 'payment_plans', customerCodes: ['C005'] })],
    [
      'chasers sent yesterday',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['Quelles créances font l’objet d’une injonction de payer ?', query({ intent: 'litigation' })],
    [
      'impayés du 1er octobre au 15 octobre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-15' } }),
    ],
    [
      'combien nous doit le magasin Bio & Co ?',
      { kind: 'unknown_customer', query: { intent: 'customer_balance' } },
    ],
    ['à titre indicatif, le DSO ?', query({ intent: 'dso' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
