/**
 * The parser generalising beyond the public set's words (issue 16, second round): which figure is
 * asked (a share needs a word of share), a snapshot asked « aujourd’hui » carries no period,
 * English filters, informal words and the watch lists' synonyms. Variants written for the rules,
 * not copied from the evaluation sets; negatives that must not change. Against the evaluation
 * portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

describe('which figure is asked: a list of unpaid invoices unless a word of share is said', () => {
  it.each([
    ['créances échues de plus de 5 000 €', { amount: { gt: 500000 } }],
    ['creances echues > 2000€', { amount: { gt: 200000 } }],
    ['l’encours échu de plus de 60 jours', { daysLate: { min: 61 } }],
    ['encours échus au 30/09', { asOf: '2026-09-30' }],
    ['nos créances échues chez les clients à risque élevé', { risk: 'high' }],
    ['créances échues en octobre', { period: OCTOBER }],
  ])('« %s » lists unpaid invoices', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', ...filters }));
  });

  it.each([
    ['% impayés', {}],
    ['quel % de nos créances est échu ?', {}],
    ['pourcentage d’impayés chez les clients risque élevé', { risk: 'high' }],
    ['la proportion d’échu au 31/10', { asOf: '2026-10-31' }],
    ['de tout ce qu’on nous doit, combien en % est en retard ?', {}],
    ['sur ce que nous doivent les clients, quelle proportion est échue ?', {}],
    ['quelle part des impayés chez les clients risque faible ?', { risk: 'low' }],
    ['ratio des créances échues', {}],
    ['quel pourcentage de l’encours est en retard ?', {}],
    ['part de l’encours en retard chez les clients à risque élevé', { risk: 'high' }],
    ['taux de créances échues ?', {}],
  ])('« %s » asks the overdue ratio', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'overdue_ratio', ...filters }));
  });

  it.each([
    ['taux de retard de paiement', 'late_rate'],
    ['% de factures payées en retard', 'late_rate'],
    ['balance âgée', 'aged_balance'],
    ['balance âgée en % par tranche de retard', 'aged_balance'],
    ['combien nous doit-on ?', 'aged_balance'],
    ['impayés de plus de 10 000 €', 'unpaid_invoices'],
  ])('« %s » stays %s', (text, intent) => {
    expect(parsed(text)).toMatchObject({ kind: 'query', query: { intent } });
  });
});

describe('a snapshot figure asked « aujourd’hui » carries no period', () => {
  it.each([
    ['quel est le DSO aujourd’hui ?', 'dso'],
    ['la balance âgée à ce jour, svp', 'aged_balance'],
    ['balance agee ajd', 'aged_balance'],
    ['DSO à date', 'dso'],
    ['le top débiteurs à ce jour', 'top_late_payers'],
    ['who owes us the most today?', 'top_late_payers'],
    ['taux d’impayés aujourd’hui', 'overdue_ratio'],
    ['qui nous doit le plus aujourd’hui ?', 'top_late_payers'],
    ['litiges en cours aujourd’hui', 'disputes'],
    ['quels dossiers au contentieux aujourd’hui ?', 'litigation'],
    ['échéanciers en cours aujourd’hui', 'payment_plans'],
    ['DSO actuel', 'dso'],
    ['le DSO en ce moment', 'dso'],
    ['what is our DSO today?', 'dso'],
  ])('« %s » → %s without a period', (text, intent) => {
    expect(parsed(text)).toEqual(query({ intent }));
  });

  it('a customer’s balance today is its balance', () => {
    expect(parsed('solde de Dupont et Fils aujourd’hui')).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    );
  });

  it.each([
    ['que dois-je faire aujourd’hui ?', 'planned_actions'],
    ['qu’a-t-on fait aujourd’hui ?', 'journal_activity'],
    ['encaissements aujourd’hui', 'collected'],
    ['promesses qui tombent aujourd’hui', 'promises'],
    ['factures échues aujourd’hui', 'unpaid_invoices'],
    ['what do I need to do today?', 'planned_actions'],
  ])('« %s » keeps today (%s)', (text, intent) => {
    expect(parsed(text)).toEqual(query({ intent, period: TODAY }));
  });

  it('another period of a snapshot figure is kept', () => {
    expect(parsed('DSO d’octobre')).toEqual(query({ intent: 'dso', period: OCTOBER }));
  });
});

describe('English filters', () => {
  it.each([
    ['overdue invoices older than 60 days', { daysLate: { min: 61 } }],
    ['Could you list the unpaid invoices older than 45 days, please?', { daysLate: { min: 46 } }],
    ['invoices more than 30 days overdue', { daysLate: { min: 31 } }],
    ['overdue invoices over 90 days', { daysLate: { min: 91 } }],
    ['late invoices at least 60 days late', { daysLate: { min: 60 } }],
    ['overdue invoices under 30 days', { daysLate: { max: 29 } }],
    ['show me unpaid invoices above €5,000', { amount: { gt: 500000 } }],
    ['Could you show me the overdue invoices over €2 000 please?', { amount: { gt: 200000 } }],
    ['unpaid invoices above €5k', { amount: { gt: 500000 } }],
    ['overdue invoices over 10k', { amount: { gt: 1000000 } }],
    ['unpaid invoices more than 3 000 euros', { amount: { gt: 300000 } }],
    ['overdue invoices less than €500', { amount: { lt: 50000 } }],
    ['unpaid invoices below €1,000 please', { amount: { lt: 100000 } }],
  ])('« %s »', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', ...filters }));
  });

  it.each([
    ['Hello, what’s our DSO today? Thank you', { intent: 'dso' }],
    [
      'I’d like to see the overdue invoices older than 30 days please',
      { intent: 'unpaid_invoices', daysLate: { min: 31 } },
    ],
    ['I would like to know who owes us the most, thanks', { intent: 'top_late_payers' }],
    [
      'Hi! which invoices are overdue by more than 60 days?',
      { intent: 'unpaid_invoices', daysLate: { min: 61 } },
    ],
    ['hey, unpaid invoices below €1,000 thx', { intent: 'unpaid_invoices', amount: { lt: 100000 } }],
    [
      'Would you kindly list unpaid invoices above €3,000?',
      { intent: 'unpaid_invoices', amount: { gt: 300000 } },
    ],
  ])('polite English « %s »: greetings and thanks are never a name', (text, q) => {
    expect(parsed(text)).toEqual(query(q));
  });

  it('a euro sign before the number reads in French too', () => {
    expect(parsed('impayés de plus de €500')).toEqual(
      query({ intent: 'unpaid_invoices', amount: { gt: 50000 } }),
    );
  });

  it('a number after the sign is still read the French way', () => {
    expect(parsed('impayés de plus de 5 000 €')).toEqual(
      query({ intent: 'unpaid_invoices', amount: { gt: 500000 } }),
    );
  });
});

describe('informal words and the watch lists’ synonyms', () => {
  it.each([
    'tu sais faire koi',
    'tu sais faire quoi ?',
    'tu peux faire quoi ?',
    'que peux-tu faire ?',
    'que savez-vous faire ?',
  ])('« %s » asks the help', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'help' }));
  });

  it.each([
    'plans d’apurement en cours',
    'quels clients ont un plan d’apurement ?',
    'étalements accordés',
    'qui paie en plusieurs fois ?',
    'paiements en plusieurs fois',
    'échéancements en cours',
    'les échéanciers',
  ])('« %s » asks the payment plans', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'payment_plans' }));
  });

  it('a payment plan with a customer', () => {
    expect(parsed('plan d’apurement de Dupont et Fils')).toEqual(
      query({ intent: 'payment_plans', customerCodes: ['C005'] }),
    );
  });

  it.each([
    'contestations en cours',
    'réclamations clients',
    'les différends ouverts',
    'factures contestées',
  ])('« %s » asks the disputes', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'disputes' }));
  });

  it.each(['engagements de paiement', 'engagements de paiement non tenus', 'les engagements de règlement'])(
    '« %s » asks the promises',
    (text) => {
      expect(parsed(text)).toEqual(query({ intent: 'promises' }));
    },
  );

  it.each([
    'clients en recouvrement judiciaire',
    'dossiers chez l’avocat',
    'injonctions de payer en cours',
    'dossiers chez l’huissier',
    'procédures judiciaires en cours',
  ])('« %s » asks the litigation', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'litigation' }));
  });

  it.each([
    ['délai moyen de paiement', 'dso'],
    ['paiements reçus en octobre', 'collected'],
    ['promesses de paiement', 'promises'],
  ])('« %s » stays %s', (text, intent) => {
    expect(parsed(text)).toMatchObject({ kind: 'query', query: { intent } });
  });
});
