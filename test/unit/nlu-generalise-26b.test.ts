/**
 * The twenty-sixth round's voices (issue 16), the banker and the warehouse: a banker's
 * « contrepartie » is the customer and its « position débitrice » its balance, « encours échus »
 * what is owed late; « ventilation des impayés par … » is the unpaid list (not the aged balance);
 * « si X paie pas je livre plus » says what the asker will do, nothing asked; « factures sorties en
 * octobre » are issued then; « faire une croix sur » is a loss; how it was done elsewhere (« Dans ma
 * banque, nous déclassions … ») asks nothing. Variants written for the rules; negatives that must
 * not change. Against the evaluation portfolio.
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('a banker’s words', () => {
  it.each([
    ['Solde de la contrepartie Dupont & Fils', { intent: 'customer_balance', customerCodes: ['C005'] }],
    ['position débitrice de la SGH ?', { intent: 'customer_balance', customerCodes: ['C002'] }],
    ['litiges de la contrepartie Hôtel du Parc', { intent: 'disputes', customerCodes: ['C003'] }],
    ['les 5 contreparties les plus en retard', { intent: 'top_late_payers', limit: 5 }],
    ['encours échus par contrepartie', { intent: 'unpaid_invoices', groupBy: 'customer' }],
    ['Ventilation des impayés par étape', { intent: 'unpaid_invoices', groupBy: 'step' }],
    ['ventilation des impayés par segment de risque', { intent: 'unpaid_invoices', groupBy: 'risk' }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it.each([
    ['ventilation de l’encours par ancienneté', { intent: 'aged_balance' }],
    ['la balance âgée ventilée par client', { intent: 'aged_balance', groupBy: 'customer' }],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});

describe('the warehouse: what the asker will do is no question; issued invoices; losses said as an idiom', () => {
  it.each([
    'si la SGH paie pas, je livre plus',
    's’il ne règle pas, on bloque les commandes',
    'si Dupont règle pas d’ici vendredi je le bloque',
    'Dans mon ancienne société, nous relancions à J+15.',
    'chez mon ancien employeur on passait en perte au bout d’un an',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'factures sorties en septembre toujours pas payées',
      { intent: 'unpaid_invoices', period: { from: '2026-09-01', to: '2026-09-30' }, dateBasis: 'issue' },
    ],
    [
      'sur qui a-t-on fait une croix cette année ?',
      { intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } },
    ],
    [
      'les clients sur lesquels on a tiré un trait en 2025',
      { intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } },
    ],
    ['sortie des impayés par client', { intent: 'unpaid_invoices', groupBy: 'customer' }],
    ['je livre ou pas Dupont ? il doit combien', { intent: 'customer_balance', customerCodes: ['C005'] }],
    ['impayés de Biocoop Croix-Rousse', { intent: 'unpaid_invoices', customerCodes: ['C001'] }],
    [
      'Dans notre entreprise, quels clients étaient en retard le mois dernier ?',
      { intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-31' } },
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});

describe('leftovers: customers set up on a plan (English); a case at the lawyer’s', () => {
  it.each([
    ['which customers did we set up on a payment plan?', { intent: 'payment_plans' }],
    [
      'which clients did we put on payment plans in October?',
      { intent: 'payment_plans', period: { from: '2026-10-01', to: '2026-10-31' } },
    ],
    ['customers we set up on installment plans', { intent: 'payment_plans' }],
    ['où en est l’affaire de la SGH chez l’avocat ?', { intent: 'litigation', customerCodes: ['C002'] }],
    ['le dossier Dupont chez l’huissier, il en est où ?', { intent: 'litigation', customerCodes: ['C005'] }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it.each([
    [
      'are collections up on last month?',
      { intent: 'trend', measure: 'collected', period: { from: '2026-11-01', to: '2026-11-30' } },
    ],
    [
      'le compte de la SGH, il en est où ? faudrait pas qu’ils finissent chez l’avocat',
      { intent: 'customer_balance', customerCodes: ['C002'] },
    ],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});
