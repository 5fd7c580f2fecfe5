/**
 * Issue 16, sixth round (N4): rules, not sentences. A customer's balance asked in any words
 * (« X a payé ? », « il reste combien à encaisser chez X », « X est-il débiteur ? »); periods said as people say
 * them (« depuis jeudi », « depuis plus de 2 mois », « du trimestre », « au premier trimestre »);
 * accountants' words; work that is not Relances' gets no figure (invoices to issue, the bank's
 * balance, the user's mail, the weather). Each class in variants of our own (other words, typos,
 * SMS spelling, English where it applies), with negatives that must not change. Against the
 * evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { command, parsed, query, NOT_UNDERSTOOD } from '../support/nlu-parse';

const balance = (code: string, more: Record<string, unknown> = {}) =>
  query({ intent: 'customer_balance', customerCodes: [code], ...more });
const NOV = { from: '2026-11-01', to: '2026-11-30' };
const OCT = { from: '2026-10-01', to: '2026-10-31' };
const Q4 = { from: '2026-10-01', to: '2026-12-31' };

describe('whether a named customer has paid, with no period and nothing counted, is its balance', () => {
  it.each([
    ['la boulangerie martin a réglé ?', balance('C013')],
    ['Dupont & Fils ils ont payé finalement ?', balance('C005')],
    ['est ce que l’EHPAD les tilleuls a payé', balance('C014')],
    ['naturalia pd a payé ou toujours pas ?', balance('C010')],
    ['la SGH il a payer ou pas ?', balance('C002')],
    ['il a payé l’hotel du parc ?', balance('C003')],
    ['has biocoop part-dieu paid?', balance('C011')],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // What was paid, in a period or as an amount, stays money received.
    ['la SGH a payé quoi en octobre ?', query({ intent: 'collected', period: OCT, customerCodes: ['C002'] })],
    ['combien a payé la SGH ce mois ?', query({ intent: 'collected', period: NOV, customerCodes: ['C002'] })],
    [
      'ce que la mairie de caluire a réglé la semaine dernière',
      query({
        intent: 'collected',
        period: { from: '2026-11-16', to: '2026-11-22' },
        customerCodes: ['C015'],
      }),
    ],
    ['paiements reçus de la SGH', query({ intent: 'collected', customerCodes: ['C002'] })],
  ])('%s stays money received', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('how a customer pays (« en retard », « une fois sur deux ») is not whether it paid', () => {
    expect(parsed('la SGH paye une fois sur deux en retard')).not.toEqual(balance('C002'));
  });
});

describe('what is left to pay, and a debtor named, is that customer’s balance', () => {
  it.each([
    ['il reste combien à encaisser chez Dupont et fils ?', balance('C005')],
    ['Mairie de Caluire il reste quoi à payer ?', balance('C015')],
    ['Julien Bernard est-il encore débiteur ?', balance('C009')],
    ['Propreté Services Rhône-Alpes est-il débiteur ?', balance('C007')],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // The invoices themselves are listed; debtors without a name are ranked.
    [
      'les factures restant dues de Julien Bernard',
      query({ intent: 'unpaid_invoices', customerCodes: ['C009'] }),
    ],
    ['qui est débiteur ?', query({ intent: 'top_late_payers' })],
    ['mes plus gros débiteurs', query({ intent: 'top_late_payers' })],
    ['top 5 des mauvais payeurs', query({ intent: 'top_late_payers', limit: 5 })],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('periods as people say them', () => {
  it.each([
    ['impayés depuis plus de 2 mois', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    [
      'impayés en souffrance depuis plus de 3 mois',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    ['retards depuis plus de quatre mois', query({ intent: 'unpaid_invoices', daysLate: { min: 121 } })],
    ['qui est en retard depuis plus d’un mois', query({ intent: 'unpaid_invoices', daysLate: { min: 31 } })],
    ['créances échues depuis plus de 1 mois', query({ intent: 'unpaid_invoices', daysLate: { min: 31 } })],
  ])('« depuis plus de N mois » is days late: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'encaissements depuis vendredi',
      query({ intent: 'collected', period: { from: '2026-11-20', to: '2026-11-23' } }),
    ],
    [
      'les relances envoyées depuis mardi',
      query({ intent: 'journal_activity', period: { from: '2026-11-17', to: '2026-11-23' } }),
    ],
    [
      'ce qu’on a encaissé depuis mercredi dernier',
      query({ intent: 'collected', period: { from: '2026-11-18', to: '2026-11-23' } }),
    ],
    [
      'ce qui a été fait depuis jeudi',
      query({ intent: 'journal_activity', period: { from: '2026-11-19', to: '2026-11-23' } }),
    ],
    // Today is a Monday: « depuis lundi » is today, « depuis lundi dernier » a week ago.
    [
      'encaissé depuis lundi dernier',
      query({ intent: 'collected', period: { from: '2026-11-16', to: '2026-11-23' } }),
    ],
  ])('« depuis » a weekday runs from its latest date to today: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['encaissements du trimestre', query({ intent: 'collected', period: Q4 })],
    ['taux de retard du trimestre', query({ intent: 'late_rate', period: Q4 })],
    ['litiges du trimestre en cours', query({ intent: 'disputes', period: Q4 })],
    ['pertes du trimestre', query({ intent: 'written_off', period: Q4 })],
    [
      'irrécouvrables au premier trimestre',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-03-31' } }),
    ],
    [
      'encaissé au 2e trimestre',
      query({ intent: 'collected', period: { from: '2026-04-01', to: '2026-06-30' } }),
    ],
    ['impayés du T3', query({ intent: 'unpaid_invoices', period: { from: '2026-07-01', to: '2026-09-30' } })],
  ])('a quarter: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'encaissements du trimestre dernier',
      query({ intent: 'collected', period: { from: '2026-07-01', to: '2026-09-30' } }),
    ],
    ['impayés au 15', query({ intent: 'unpaid_invoices', asOf: '2026-11-15' })],
    [
      'relances envoyées depuis le 1er septembre',
      query({ intent: 'journal_activity', period: { from: '2026-09-01', to: '2026-11-23' } }),
    ],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['récap de la semaine dernière', { from: '2026-11-16', to: '2026-11-22' }],
    ['récap du mois dernier', OCT],
    ['un récapitulatif de ce qui s’est fait hier', { from: '2026-11-22', to: '2026-11-22' }],
    ['recap semaine derniere stp', { from: '2026-11-16', to: '2026-11-22' }],
    ['le récap d’hier', { from: '2026-11-22', to: '2026-11-22' }],
  ])('a recap of a period is its journal: %s', (text, period) => {
    expect(parsed(text)).toEqual(query({ intent: 'journal_activity', period }));
  });
});

describe('accountants’ and everyday words of the other families', () => {
  it.each([
    ['créances clients à la clôture', query({ intent: 'aged_balance' })],
    ['le montant total des créances clients', query({ intent: 'aged_balance' })],
    ['total des créances', query({ intent: 'aged_balance' })],
    ['créances clients par client', query({ intent: 'aged_balance', groupBy: 'customer' })],
    ['antériorité des soldes', query({ intent: 'aged_balance' })],
    [
      'factures non soldées de plus de trente jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 31 } }),
    ],
    ['factures pas soldées', query({ intent: 'unpaid_invoices' })],
    ['proportion de factures réglées hors délai', query({ intent: 'late_rate' })],
    ['factures payées après échéance ce mois', query({ intent: 'late_rate', period: NOV })],
    ['factures payées hors délai en octobre', query({ intent: 'late_rate', period: OCT })],
    ['nos clients payent en combien de jours en moyenne ?', query({ intent: 'dso' })],
    ['mes clients paient en combien de jours ?', query({ intent: 'dso' })],
    ['qui paie en 3 fois ?', query({ intent: 'payment_plans' })],
    ['qui règle en 4 fois ?', query({ intent: 'payment_plans' })],
    ['qui s’est engagé à payer ?', query({ intent: 'promises' })],
    [
      'les clients engagés à régler cette semaine',
      query({ intent: 'promises', period: { from: '2026-11-23', to: '2026-11-29' } }),
    ],
    ['les affaires confiées à Aptos', query({ intent: 'litigation' })],
    ['taux de créances clients en retard', query({ intent: 'overdue_ratio' })],
    ['% des créances clients en retard', query({ intent: 'overdue_ratio' })],
    ['dossiers confiés à l’avocat', query({ intent: 'litigation' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayés hors délai', query({ intent: 'unpaid_invoices' })],
    ['évolution des créances clients', query({ intent: 'trend', measure: 'outstanding' })],
    // Receivables said late, or filtered like invoices, are the unpaid invoices.
    ['créances clients échues au 31/10', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
    ['total des créances échues', query({ intent: 'unpaid_invoices' })],
    ['créances clients impayées', query({ intent: 'unpaid_invoices' })],
    ['créances clients de plus de 60 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['créances clients supérieures à 5000 €', query({ intent: 'unpaid_invoices', amount: { gt: 500000 } })],
    ['dossiers confiés au cabinet ce mois', query({ intent: 'journal_activity', period: NOV, step: 'J+30' })],
    ['part des créances échues', query({ intent: 'overdue_ratio' })],
    ['créances échues > 10 000 €', query({ intent: 'unpaid_invoices', amount: { gt: 1000000 } })],
    ['solde de la creche les petits pas', balance('C008')],
    ['clients qui paient en plusieurs fois', query({ intent: 'payment_plans' })],
    ['Quel est l’encours client de l’EHPAD Les Tilleuls ?', balance('C014')],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('work that is not Relances’ gets no figure', () => {
  it.each([
    // Invoices to issue or to make.
    'les factures à émettre',
    'factures à établir pour la SGH',
    'quelles factures faut il émettre cette semaine ?',
    'quelles factures dois-je émettre ce mois ?',
    'génère une facture pour l’hotel du parc',
    'crée une facture pour Biocoop Part-Dieu',
    'établis un avoir pour Biocoop Part-Dieu',
    // The bank's balance.
    'la trésorerie au 31 octobre',
    'position de trésorerie fin novembre',
    'état de la trésorerie fin oct',
    'trésorerie dispo ?',
    'le solde bancaire au 31 octobre',
    // The user's own mail and calls.
    'envoie un mail à mon patron',
    'envoie un email à la compta interne',
    'rédige un message pour mon chef',
    'appelle le gérant',
    'rappelle-moi d’appeler le comptable en déc',
    // Weather, turnover, margins.
    'il fait froid en déc ?',
    'il fait beau en oct ?',
    'il pleut à Lyon ?',
    'le chiffre d’affaires prévu en déc',
    'marge brute de Biocoop Part-Dieu',
    // The office: leave, passwords, expense reports.
    'comment je fais pour poser un jour de congé ?',
    'je voudrais poser des RTT vendredi',
    'je peux poser mes vacances en déc ?',
    'où je mets mes notes de frais',
    'j’ai oublié mon mot de passe',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['entrées de trésorerie ce mois', query({ intent: 'collected', period: NOV })],
    ['factures émises en octobre', query({ intent: 'unpaid_invoices', period: OCT, dateBasis: 'issue' })],
    ['appelle la SGH', command({ command: 'customer_contact', customerCodes: ['C002'] })],
    ['téléphone de la sgh', command({ command: 'customer_contact', customerCodes: ['C002'] })],
    ['encaissements d’oct', query({ intent: 'collected', period: OCT })],
    ['qu’est-ce qui s’est passé pendant mon congé ?', query({ intent: 'journal_activity' })],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the sixth round’s public misses of these classes, in variants of our own', () => {
  const ambiguous = (codes: string[]) => ({
    kind: 'ambiguous_customer',
    query: { intent: 'customer_balance' },
    candidates: codes,
  });
  it.each([
    ['martin a payé ?', ambiguous(['C013', 'C020'])],
    ['biocoop a réglé ?', ambiguous(['C001', 'C011'])],
    ['est ce que biocoop a payé', ambiguous(['C001', 'C011'])],
    ['les Biocoop ont payé ou pas ?', ambiguous(['C001', 'C011'])],
    ['Martin il a payé finalement ?', ambiguous(['C013', 'C020'])],
  ])('whether a name matching several customers paid asks which, then its balance: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['quel % des factures est payé en retard', query({ intent: 'late_rate' })],
    [
      'en pourcentage, combien de factures réglé en retard ce mois',
      query({ intent: 'late_rate', period: NOV }),
    ],
    ['taux des factures payé en retard', query({ intent: 'late_rate' })],
    [
      '% factures regle en retard 2026',
      query({ intent: 'late_rate', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['quelle proportion des factures ils ont payé en retard', query({ intent: 'late_rate' })],
  ])('a share of invoices paid late is the late rate: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['top 3 customers with the most overdue', query({ intent: 'top_late_payers', limit: 3 })],
    ['list the 10 clients with the most overdue', query({ intent: 'top_late_payers', limit: 10 })],
    ['which customers have the most overdue invoices?', query({ intent: 'top_late_payers' })],
    ['customers with the most past due', query({ intent: 'top_late_payers' })],
    ['who are the 3 customers most overdue', query({ intent: 'top_late_payers', limit: 3 })],
    // Invoices, not customers, with the superlative: the list.
    ['show me the most overdue invoices', query({ intent: 'unpaid_invoices' })],
  ])('customers « with the most overdue » are ranked: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'combien faut-il doter en provisions pour créances douteuses ?',
    'provision pour créances douteuses à constituer',
    'montant des provisions à passer au 31/12',
    'quelles provisions constituer sur la SGH ?',
    'la provision créances douteuses de fin d’année',
    'CA prévu en 2027',
    'le CA de novembre',
    'CA par client',
    'quel est notre CA ?',
    'ça donne quoi le CA ce mois',
  ])('provisions to book and the turnover are not Relances’: %s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['ça donne quoi la SGH', balance('C002')],
    ['ca va mieux que le mois dernier ?', query({ intent: 'trend', period: NOV })],
    ['CA VA MIEUX QUE LE MOIS DERNIER ?', query({ intent: 'trend', period: NOV })],
  ])('« ça » is no turnover: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('half-years, « le dernier trimestre », « l’exercice », and months of lateness without « depuis »', () => {
  const H1 = { from: '2026-01-01', to: '2026-06-30' };
  it.each([
    ['encaissements S1', query({ intent: 'collected', period: H1 })],
    ['encaissements du premier semestre', query({ intent: 'collected', period: H1 })],
    [
      'pertes du 2nd semestre 2025',
      query({ intent: 'written_off', period: { from: '2025-07-01', to: '2025-12-31' } }),
    ],
    [
      'encaissé au second semestre',
      query({ intent: 'collected', period: { from: '2026-07-01', to: '2026-12-31' } }),
    ],
    [
      'taux de retard du dernier trimestre',
      query({ intent: 'late_rate', period: { from: '2026-07-01', to: '2026-09-30' } }),
    ],
    ['encaissements du dernier mois', query({ intent: 'collected', period: OCT })],
    [
      'créances irrécouvrables de l’exercice',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['impayés de plus de deux mois', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['retard > 3 mois', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    ['impayés de moins de 2 mois', query({ intent: 'unpaid_invoices', daysLate: { max: 59 } })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'encaissements sur les 3 derniers mois',
      query({ intent: 'collected', period: { from: '2026-08-24', to: '2026-11-23' } }),
    ],
    [
      'pertes exercice 2025',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    [
      'impayés de la première quinzaine d’octobre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-15' } }),
    ],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('bookkeeping, payments and bookings Relances does not make get no figure', () => {
  it.each([
    'fais moi un virement de 500 € à la SGH',
    'effectue le virement au fournisseur demain',
    'lettrage du compte 411 SGH',
    'peux-tu lettrer les règlements de la SGH ?',
    'balance générale au 31/12',
    'grand livre de la SGH',
    'réserve moi un billet de train pour Paris',
    'réserve nous une table pour jeudi',
    'passe la facture de la SGH en perte',
    'passez en perte les factures de Julien Bernard',
    'mets la SGH en perte',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'fact. émises ce trimestre, non lettrées et échues',
      query({ intent: 'unpaid_invoices', period: Q4, dateBasis: 'issue' }),
    ],
    [
      'virements reçus hier',
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['passé en perte ce mois', query({ intent: 'written_off', period: NOV })],
    [
      'Qu’est-ce qu’on a passé en perte cette année ?',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['balance âgée au 31/10', query({ intent: 'aged_balance', asOf: '2026-10-31' })],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a customer’s balance in few words, and a customer that has not paid', () => {
  it.each([
    ['lpi combien', balance('C012')],
    ['et la SGH, combien ?', balance('C002')],
    ['psra combien ??', balance('C007')],
    ['le client Tilleuls il a pas payé encore ?', balance('C014')],
    ['la SGH n’a toujours pas réglé ?', balance('C002')],
    ['ITM Vaise ils ont rien payé ?', balance('C018')],
    ['est-ce que Dupont et fils a payé ses factures', balance('C005')],
    ['la SGH a réglé toutes ses factures ?', balance('C002')],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['factures pas payées de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['les factures que la SGH a pas payé', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['combien de litiges chez la SGH', query({ intent: 'disputes', customerCodes: ['C002'] })],
    ['quelles factures la SGH a payé', query({ intent: 'collected', customerCodes: ['C002'] })],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('trends, exports, litigation and the DSO in other words', () => {
  it.each([
    ['le DSO il monte ?', query({ intent: 'trend', measure: 'dso' })],
    ['les impayés ils montent ?', query({ intent: 'trend' })],
    ['ça monte les retards ?', query({ intent: 'trend' })],
    ['est ce que ça s’arrange les impayés', query({ intent: 'trend' })],
    ['les retards ça grimpe ?', query({ intent: 'trend' })],
    ['is the overdue going down?', query({ intent: 'trend' })],
    ['is DSO going up?', query({ intent: 'trend', measure: 'dso' })],
    ['télécharge la balance âgée', command({ command: 'export', what: 'aged_balance' })],
    ['je veux télécharger les impayés', command({ command: 'export', what: 'unpaid' })],
    ['download the aged balance', command({ command: 'export', what: 'aged_balance' })],
    ['which customers are with the lawyer?', query({ intent: 'litigation' })],
    ['dossiers en justice', query({ intent: 'litigation' })],
    ['combien de jours pour être payé en moyenne', query({ intent: 'dso' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « se monter à » is an amount, not a trend.
    ['à combien se montent les impayés ?', query({ intent: 'unpaid_invoices' })],
    [
      'what’s going out today?',
      query({ intent: 'planned_actions', period: { from: '2026-11-23', to: '2026-11-23' } }),
    ],
    ['balance âgée', query({ intent: 'aged_balance' })],
  ])('%s is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
