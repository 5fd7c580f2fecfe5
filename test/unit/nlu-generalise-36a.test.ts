/**
 * The thirty-sixth round's classes (issue 16): « envoie-moi les factures impayées » is their list (to
 * the customer, copies: not done); « sup. à » and « inf à » bound an amount; « ils ont payé ou quoi ? »
 * asks where the customer stands; « s'est acquitté de ses factures » is paying them; « le pire
 * client » the ranking; « d'ores et déjà » names no one; a meeting told after the question dates
 * nothing; « la boîte à Dubois » is Dubois; dictated « sait passé » is « s'est passé »; a cheque
 * received, told without its subject, asks nothing.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('round thirty-six', () => {
  it.each([
    [
      'envoyez-moi les factures en retard de plus de 30 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 31 } }),
    ],
    [
      'merci de me transmettre les factures non réglées de la SGH',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['factures échues sup. à 2 000 €', query({ intent: 'unpaid_invoices', amount: { gt: 200000 } })],
    ['impayés inf à 300 €', query({ intent: 'unpaid_invoices', amount: { lt: 30000 } })],
    ['Dupont il a réglé ou quoi ?', query({ intent: 'customer_balance', customerCodes: ['C005'] })],
    [
      "l'EHPAD Les Tilleuls s'est-il acquitté de ses factures ?",
      query({ intent: 'customer_balance', customerCodes: ['C014'] }),
    ],
    ['le pire client du moment ?', query({ intent: 'top_late_payers' })],
    ["le montant d'ores et déjà échu", query({ intent: 'unpaid_invoices' })],
    [
      'le solde de la SGH ? Je vais recevoir leur comptable vendredi',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['la boîte à Dupont elle doit combien', query({ intent: 'customer_balance', customerCodes: ['C005'] })],
    ['la SGH sait mise en litige ou pas', query({ intent: 'disputes', customerCodes: ['C002'] })],
    ['reçu un virement de la mairie ce matin', NOT_UNDERSTOOD],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['envoie-lui les factures impayées', NOT_UNDERSTOOD],
    ['envoie-moi la facture F2026-1042', NOT_UNDERSTOOD],
    ['reçu un virement de la SGH ?', query({ intent: 'collected', customerCodes: ['C002'] })],
    [
      'la SGH a payé quoi en octobre ?',
      query({
        intent: 'collected',
        customerCodes: ['C002'],
        period: { from: '2026-10-01', to: '2026-10-31' },
      }),
    ],
    ['il sait combien ?', NOT_UNDERSTOOD],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
