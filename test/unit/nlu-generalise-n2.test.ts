/**
 * Issue 16, fifth round (N2): rules, not sentences. A formal message's sign-off is never a name;
 * what can be asked is the help in any phrasing; a customer's balance asked in an accountant's
 * words; amounts dictated in words; a trend's start said « depuis le mois de juin ». Each class is
 * written in variants of our own (other words, typos, SMS spelling, politeness, English where it
 * applies), with negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { parsed, query, NOT_UNDERSTOOD } from '../support/nlu-parse';

const HELP = query({ intent: 'help' });

describe('the sign-off of a formal message is never a name', () => {
  it.each([
    ['Bonjour, quel est le DSO ? Cordialement', query({ intent: 'dso' })],
    [
      'Taux de retard ce mois. Bien cordialement',
      query({ intent: 'late_rate', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    ['litiges ouverts svp, bonne journée', query({ intent: 'disputes' })],
    ['Balance âgée, je vous remercie par avance', query({ intent: 'aged_balance' })],
    [
      'Bonsoir, le taux d’impayés des clients à risque élevé ? Salutations distinguées',
      query({ intent: 'overdue_ratio', risk: 'high' }),
    ],
    ['top 5 des mauvais payeurs. Bien à vous', query({ intent: 'top_late_payers', limit: 5 })],
    [
      'Très cordialement, combien nous doit Dupont et Fils ?',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    ['échéanciers en cours, respectueusement', query({ intent: 'payment_plans' })],
    ['qui a un échéancier ? En vous remerciant d’avance', query({ intent: 'payment_plans' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A name before the sign-off is still read as a name.
    [
      'impayés de Carrefour, cordialement',
      { kind: 'unknown_customer', query: { intent: 'unpaid_invoices' } },
    ],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('what can be asked is the help, in any phrasing', () => {
  it.each([
    'Qu’est-ce que je peux vous demander exactement ?',
    'que puis-je lui demander',
    'Quels types de requêtes puis-je formuler ici ?',
    'existe-t-il une liste des questions que l’on peut poser ?',
    'Pourriez-vous me rappeler ce que je peux vous demander ? Merci par avance. Cordialement',
    'c koi les kestions qu’on peut poser',
    'kes ke je peu te demander',
    'je peux te poser quelles questions',
    'quelles demandes puis-je faire',
    'des exemples de questions svp',
    'Quel est le périmètre fonctionnel de cet outil ?',
    'quelles sont tes fonctionnalités',
    'mode d’emploi',
    'comment sa marche',
    'comment je m’en sers ?',
    'what can I ask you',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(HELP);
  });

  it.each([
    // A figure asked with « puis-je », « que puis-je faire » about a figure: the figure, not the help.
    ['puis-je demander le DSO ?', query({ intent: 'dso' })],
    ['que puis-je faire pour réduire le DSO', query({ intent: 'dso' })],
    ['liste des impayés', query({ intent: 'unpaid_invoices' })],
    ['périmètre des impayés', query({ intent: 'unpaid_invoices' })],
    ['quel temps fait-il à Lyon ?', NOT_UNDERSTOOD],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('numbers said in words (dictated) read as the digits', () => {
  const promise = (c: Record<string, unknown>) => ({
    kind: 'command',
    command: { command: 'record_promise', ...c },
  });
  it.each([
    ['impayés de plus de trente jours', query({ intent: 'unpaid_invoices', daysLate: { min: 31 } })],
    [
      'factures de plus de quatre-vingt-dix jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    [
      'impayés entre trente et soixante jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } }),
    ],
    ['impayés de plus de mille euros', query({ intent: 'unpaid_invoices', amount: { gt: 100000 } })],
    [
      'impayes de plus de deux mille cinq cents euros',
      query({ intent: 'unpaid_invoices', amount: { gt: 250000 } }),
    ],
    ['impayés de moins de dix mille euros', query({ intent: 'unpaid_invoices', amount: { lt: 1000000 } })],
    [
      'impayés des trois derniers mois',
      query({ intent: 'unpaid_invoices', period: { from: '2026-08-24', to: '2026-11-23' } }),
    ],
    [
      'impayés d’octobre deux mille vingt-cinq',
      query({ intent: 'unpaid_invoices', period: { from: '2025-10-01', to: '2025-10-31' } }),
    ],
    [
      'la mairie de caluire promet de payer mille deux cents euros vendredi',
      promise({ customerCodes: ['C015'], date: '2026-11-27', amount: 120000 }),
    ],
    [
      'Biocoop Lyon promet de payer le quinze décembre',
      promise({ customerCodes: ['C001'], date: '2026-12-15' }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A ranking's size is only said in digits; « une facture » is an article.
    ['les trois plus gros retards', query({ intent: 'top_late_payers' })],
    [
      'combien d’impayés pour une facture de plus de 500 € ?',
      query({ intent: 'unpaid_invoices', amount: { gt: 50000 } }),
    ],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('month-end shorthand and a month said « le mois de … »', () => {
  const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
  it.each([
    ['fact ech. oct', query({ intent: 'unpaid_invoices', period: OCTOBER })],
    ['fact ech. > 60j', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['impayés clts risque élevé', query({ intent: 'unpaid_invoices', risk: 'high' })],
    ['DSO nov', query({ intent: 'dso', period: { from: '2026-11-01', to: '2026-11-30' } })],
    [
      'LR envoyées ce mois',
      query({ intent: 'journal_activity', period: { from: '2026-11-01', to: '2026-11-30' }, step: 'J+20' }),
    ],
    [
      'MED envoyées la semaine dernière',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' }, step: 'J+20' }),
    ],
    [
      'transmis au cab. ce mois',
      query({ intent: 'journal_activity', period: { from: '2026-11-01', to: '2026-11-30' }, step: 'J+30' }),
    ],
    ['évol du DSO', query({ intent: 'trend', measure: 'dso' })],
    [
      'évolution des retards depuis le mois de juin',
      query({ intent: 'trend', period: { from: '2026-06-01', to: '2026-11-23' } }),
    ],
    [
      'comment a évolué le dso depuis le mois de juin',
      query({ intent: 'trend', measure: 'dso', period: { from: '2026-06-01', to: '2026-11-23' } }),
    ],
    ['encaissements du mois d’octobre', query({ intent: 'collected', period: OCTOBER })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // The same letters as ordinary words, in lower case: a doctor, a taxi — never a step.
    ['j’ai rdv chez le med demain', NOT_UNDERSTOOD],
    ['réserve-moi un cab pour demain', NOT_UNDERSTOOD],
    // « ce mois » alone is still this month; « sept » is still seven.
    [
      'impayés de ce mois',
      query({ intent: 'unpaid_invoices', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    ['impayés de plus de sept jours', query({ intent: 'unpaid_invoices', daysLate: { min: 8 } })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a forecast or an accounting entry is not understood, never a figure', () => {
  it.each([
    'Pouvez-vous préparer le forecast de trésorerie du T1 2027 ?',
    'prévisionnel d’encaissements de décembre',
    'fais-moi une projection des encaissements du trimestre prochain',
    'budget des relances 2027',
    'Merci de passer l’écriture de provision pour créances douteuses.',
    'comptabilise la provision sur Dupont et Fils',
    'peux-tu provisionner les impayés de plus de 90 jours ?',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'encaissements de décembre',
      query({ intent: 'collected', period: { from: '2025-12-01', to: '2025-12-31' } }),
    ],
    ['créances douteuses', query({ intent: 'unpaid_invoices' })],
    [
      'relances prévues demain',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a customer’s balance in an accountant’s words', () => {
  it.each([
    ['Position débitrice du client C015 ?', ['C015']],
    ['position du client Dupont et Fils', ['C005']],
    ['montant restant dû par Dupont et Fils', ['C005']],
    ['restant dû chez Dupont et Fils', ['C005']],
    ['solde débiteur C005', ['C005']],
    [
      'Bonjour, pourriez-vous me donner le montant restant dû par Les Jardins de Fourvière ? Merci, cordialement',
      ['C019'],
    ],
  ])('%s', (text, codes) => {
    expect(parsed(text)).toEqual(query({ intent: 'customer_balance', customerCodes: codes }));
  });

  it.each([
    // « restant dû » without a customer lists the unpaid invoices; nobody named, no figure.
    ['montant restant dû', query({ intent: 'unpaid_invoices' })],
    ['impayés restant dus de Dupont et Fils', query({ intent: 'unpaid_invoices', customerCodes: ['C005'] })],
    ['position débitrice globale', NOT_UNDERSTOOD],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« par les clients » after what customers do says who, not a grouping', () => {
  it.each([
    ['Quelles factures sont contestées par les clients en ce moment ?', query({ intent: 'disputes' })],
    ['factures contestees par les clients', query({ intent: 'disputes' })],
    ['litiges signalés par les clients', query({ intent: 'disputes' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['litiges par client', query({ intent: 'disputes', groupBy: 'customer' })],
    ['factures contestées par client', query({ intent: 'disputes', groupBy: 'customer' })],
    ['impayés par les clients', query({ intent: 'unpaid_invoices', groupBy: 'customer' })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('English: customers ranked « by overdue amount »', () => {
  it.each([
    ['Show me the top 5 customers by overdue amount', query({ intent: 'top_late_payers', limit: 5 })],
    ['top 10 customers by past due balance', query({ intent: 'top_late_payers', limit: 10 })],
    ['list the top 3 clients by amount overdue please', query({ intent: 'top_late_payers', limit: 3 })],
    ['which customers by overdue amount?', query({ intent: 'top_late_payers' })],
    ['rank our customers by past due', query({ intent: 'top_late_payers' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['overdue invoices by customer', query({ intent: 'unpaid_invoices', groupBy: 'customer' })],
    ['show me overdue invoices above 60 days', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
