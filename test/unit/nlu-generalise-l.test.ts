/**
 * The parser generalising beyond the public set's words (issue 16, tenth round, words and filters):
 * a phone's autocorrect and split words, keywords typed as a search, a sales rep's slang for paying,
 * negations and conditions, relative dates of planned work. Variants written for the rules, not
 * copied from the evaluation sets; negatives that the rules must not catch. Against the evaluation
 * portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };

describe('the autocorrect\u2019s « DOS » is the DSO, never a back', () => {
  it.each([
    ['DOS ?', query({ intent: 'dso' })],
    ['quel est notre DOS ?', query({ intent: 'dso' })],
    ['DOS du mois dernier', query({ intent: 'dso', period: OCTOBER })],
    ['DOS de la SGH', query({ intent: 'dso', customerCodes: ['C002'] })],
    ['dos ce mois', query({ intent: 'dso', period: NOVEMBER })],
    ['dos au 30 septembre', query({ intent: 'dso', asOf: '2026-09-30' })],
    ['Dos ?', query({ intent: 'dso' })],
    ['dos il est à combien', query({ intent: 'dso' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'j\u2019ai mal au dos',
    'J\u2019AI MAL AU DOS',
    'le dos de la facture est vide',
    'mon dos ce mois',
    'Dos Santos combien il doit',
    'dos de la facture',
  ])('« %s » is no DSO', (text) => {
    const result = parsed(text) as { query?: { intent?: string } };
    expect(result.query?.intent).not.toBe('dso');
  });
});

describe('words the autocorrect split or bent', () => {
  it.each([
    ['quoi faire de main ?', query({ intent: 'planned_actions', period: TOMORROW })],
    ['on envoie quoi de main', query({ intent: 'planned_actions', period: TOMORROW })],
    ['QUOI FAIRE DE MAIN ?', query({ intent: 'planned_actions', period: TOMORROW })],
    ['relances prévues de main matin', query({ intent: 'planned_actions', period: TOMORROW })],
    ['qui nous doit le plu ?', query({ intent: 'top_late_payers' })],
    ['les clients qui doivent le plu', query({ intent: 'top_late_payers' })],
    [
      'en caissements de la semaine dernière',
      query({ intent: 'collected', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    ['on a en caissé combien en octobre', query({ intent: 'collected', period: OCTOBER })],
    ['en caissements par mois', query({ intent: 'trend', measure: 'collected' })],
    ['évolution de l\u2019en-cours', query({ intent: 'trend', measure: 'outstanding' })],
    ['l en cours au 31 octobre', query({ intent: 'aged_balance', asOf: '2026-10-31' })],
    [
      'les mises en demeurer parties hier',
      query({ intent: 'journal_activity', step: 'J+20', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['impayés au stade mise en demeurer', query({ intent: 'unpaid_invoices', step: 'J+20' })],
    [
      'factures émisses en octobre',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
    [
      'factures émisent en octobre',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
    [
      'factures émmises en octobre',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A hand stays a hand, « en cours » after no article stays « in progress ».
    ['tu peux me donner un coup de main ?', NOT_UNDERSTOOD],
    // A capital « Main » inside the sentence is a name's.
    ['impayés de Atelier de Main', { kind: 'unknown_customer', query: { intent: 'unpaid_invoices' } }],
    ['qui a un échéancier en cours ?', query({ intent: 'payment_plans' })],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('an invoice number typed with a space', () => {
  it.each([
    ['historique f 2026-1042', 'F2026-1042'],
    ['historique F 2026 1042', 'F2026-1042'],
    ['qu\u2019a-t-on fait sur la f 2026-1048 ?', 'F2026-1048'],
    ['historique F2026 1042', 'F2026-1042'],
    ['historique de la F 2026-1042 svp', 'F2026-1042'],
  ])('« %s » is %s', (text, invoice) => {
    expect(parsed(text)).toEqual(command({ command: 'history', invoice }));
  });

  it.each([
    ['mettre f 2026-1048 en litige', command({ command: 'open_dispute', invoice: 'F2026-1048' })],
    // A year alone after a letter is no invoice.
    ['impayés 2026', query({ intent: 'unpaid_invoices', period: { from: '2026-01-01', to: '2026-12-31' } })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('keywords typed as a search', () => {
  it.each([
    ['top5 retard', query({ intent: 'top_late_payers', limit: 5 })],
    ['top10 mauvais payeurs', query({ intent: 'top_late_payers', limit: 10 })],
    ['top 3 clients à risque élevé', query({ intent: 'top_late_payers', risk: 'high', limit: 3 })],
    ['top 5 cliant risk faible', query({ intent: 'top_late_payers', risk: 'low', limit: 5 })],
    ['le top 10 des cli qui paient mal', query({ intent: 'top_late_payers', limit: 10 })],
    ['les clients qui paient mal', query({ intent: 'top_late_payers' })],
    ['top 3 client à risque', query({ intent: 'top_late_payers', risk: 'high', limit: 3 })],
  ])('a ranking: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayes 60-90j', { min: 60, max: 90 }],
    ['impayés 31-60 jours', { min: 31, max: 60 }],
    ['impayés de 60 à 90 jours', { min: 60, max: 90 }],
    ['retards 0-30j', { min: 0, max: 30 }],
    ['impayés entre 30 et 60j', { min: 30, max: 60 }],
    ['impayés +90j', { min: 91 }],
  ])('days late: « %s »', (text, daysLate) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', daysLate }));
  });

  it.each([
    ['impayes par cli', query({ intent: 'unpaid_invoices', groupBy: 'customer' })],
    ['retards par clis', query({ intent: 'unpaid_invoices', groupBy: 'customer' })],
    [
      'les med envoyées cette semaine',
      query({ intent: 'journal_activity', step: 'J+20', period: THIS_WEEK }),
    ],
    ['nb med envoyees en octobre', query({ intent: 'journal_activity', step: 'J+20', period: OCTOBER })],
    ['impayés au stade des med', query({ intent: 'unpaid_invoices', step: 'J+20' })],
    ['impayes stade med', query({ intent: 'unpaid_invoices', step: 'J+20' })],
    [
      'lr partie hier',
      query({ intent: 'journal_activity', step: 'J+20', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['les lr de demain', query({ intent: 'planned_actions', step: 'J+20', period: TOMORROW })],
    ['nb lr envoyees en octobre', query({ intent: 'journal_activity', step: 'J+20', period: OCTOBER })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « top 10 par client » groups nothing and ranks no one; « le med » is a doctor.
    ['top 10 par client', NOT_UNDERSTOOD],
    ['le med', NOT_UNDERSTOOD],
    ['le med de garde', NOT_UNDERSTOOD],
    // A date is no range of days late.
    ['impayés au 30/09', query({ intent: 'unpaid_invoices', asOf: '2026-09-30' })],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a sales rep\u2019s slang for paying', () => {
  const YESTERDAY = { from: '2026-11-22', to: '2026-11-22' };
  it.each([
    ['ça a raqué combien hier', query({ intent: 'collected', period: YESTERDAY })],
    ['les clients ont raqué combien ce mois', query({ intent: 'collected', period: NOVEMBER })],
    ['ils ont craché combien en octobre', query({ intent: 'collected', period: OCTOBER })],
    ['combien ils ont allongé hier', query({ intent: 'collected', period: YESTERDAY })],
    ['ils ont lâché combien hier', query({ intent: 'collected', period: YESTERDAY })],
    ['ils ont casqué combien ce mois', query({ intent: 'collected', period: NOVEMBER })],
    [
      'fact émises en octobre pas encore raquées',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['ya combien de thune dehors', query({ intent: 'aged_balance' })],
    ['on a combien dehors en tout', query({ intent: 'aged_balance' })],
    ['combien dehors chez la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['jdois envoyer koi de main', query({ intent: 'planned_actions', period: TOMORROW })],
    ['jpeux voir les impayés ?', query({ intent: 'unpaid_invoices' })],
    ['il pleut dehors', NOT_UNDERSTOOD],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each(['allonger le délai de la SGH', 'cracher le morceau', 'lâche-moi la balance âgée'])(
    '« %s » gives no money received',
    (text) => {
      const result = parsed(text) as { query?: { intent?: string } };
      expect(result.query?.intent).not.toBe('collected');
    },
  );
});

describe('negations: what is not yet paid is unpaid', () => {
  it.each([
    ['les factures émises en octobre qui ne sont pas encore payées', { period: OCTOBER, dateBasis: 'issue' }],
    ['factures de novembre toujours pas réglées', { period: NOVEMBER }],
    ['créances non recouvrées de plus de 60 jours', { daysLate: { min: 61 } }],
    ['les factures non encaissées', {}],
    ['factures pas encore recouvrées au 31 octobre', { asOf: '2026-10-31' }],
    ['factures échues et non encore réglées', {}],
  ])('« %s »', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', ...filters }));
  });

  it.each([
    // « pas tout payé » with a customer is what is left, its balance.
    [
      'si la SGH n\u2019a pas tout payé, combien reste-t-il ?',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['encaissements de novembre', query({ intent: 'collected', period: NOVEMBER })],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('relative dates of planned work', () => {
  it.each([
    ['qu\u2019est-ce qui part d\u2019ici jeudi ?', { from: '2026-11-23', to: '2026-11-26' }],
    ['les relances d\u2019ici la fin de la semaine', THIS_WEEK],
    ['relances prévues jusqu\u2019à vendredi', { from: '2026-11-23', to: '2026-11-27' }],
    ['quoi de prévu d\u2019ici demain', { from: '2026-11-23', to: '2026-11-24' }],
    ['relances prévues d\u2019ici la fin du mois', { from: '2026-11-23', to: '2026-11-30' }],
    ['relances prévues d\u2019ici lundi', { from: '2026-11-23', to: '2026-11-30' }],
    ['relances prévues après-demain', { from: '2026-11-25', to: '2026-11-25' }],
    ['qu\u2019est-ce qui part lundi prochain ?', { from: '2026-11-30', to: '2026-11-30' }],
    ['relances prévues les 7 prochains jours', THIS_WEEK],
    ['qu\u2019est-ce qui part dans les 3 prochains jours ?', { from: '2026-11-23', to: '2026-11-25' }],
    ['relances des 2 prochaines semaines', { from: '2026-11-23', to: '2026-12-06' }],
    ['qu\u2019est-ce qui part dans 2 jours ?', { from: '2026-11-25', to: '2026-11-25' }],
  ])('« %s »', (text, period) => {
    expect(parsed(text)).toEqual(query({ intent: 'planned_actions', period }));
  });

  it.each([
    ['impayés jusqu\u2019à 5000 €', query({ intent: 'unpaid_invoices', amount: { lte: 500000 } })],
    [
      'qu\u2019a-t-on envoyé depuis avant-hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-21', to: '2026-11-23' } }),
    ],
    [
      'encaissé depuis hier',
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-23' } }),
    ],
    [
      'impayés des 30 derniers jours',
      query({ intent: 'unpaid_invoices', period: { from: '2026-10-25', to: '2026-11-23' } }),
    ],
    [
      'mises en demeure envoyées cette semaine',
      query({ intent: 'journal_activity', step: 'J+20', period: THIS_WEEK }),
    ],
    [
      'qu\u2019a-t-on fait avant-hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-21', to: '2026-11-21' } }),
    ],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('negations and conditions on the filters', () => {
  it.each([
    ['impayés de plus de 30 jours mais pas plus de 60', { min: 31, max: 60 }],
    ['retards de plus de 60 j mais de moins de 90', { min: 61, max: 89 }],
    ['impayés de plus de 30 jours et moins de 90 jours', { min: 31, max: 89 }],
    ['impayés de moins de 90 jours mais pas moins de 30', { min: 30, max: 89 }],
    ['impayés pas plus de 60 jours', { max: 60 }],
    ['impayés de plus de 45 jours mais pas plus de 75 jours de retard', { min: 46, max: 75 }],
  ])('days late: « %s » (« mais » is never May)', (text, daysLate) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', daysLate }));
  });

  it.each([
    [
      'impayés de plus de 30 jours mais pas plus de 5000 €',
      query({ intent: 'unpaid_invoices', amount: { lte: 500000 }, daysLate: { min: 31 } }),
    ],
    ['factures de pas plus de 1000 €', query({ intent: 'unpaid_invoices', amount: { lte: 100000 } })],
    // Bounds that leave nothing: the second is no bound (the query stays well formed).
    [
      'impayés de plus de 60 jours mais moins de 30 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    [
      'impayés de mai',
      query({ intent: 'unpaid_invoices', period: { from: '2026-05-01', to: '2026-05-31' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayés encore au stade de la lettre de relance, pas encore en mise en demeure', 'J+10'],
    ['factures relancées par mail mais pas encore au stade de la LRAR', 'J+3'],
    ['impayés en lettre de relance sauf mise en demeure', 'J+10'],
    ['impayés au stade de la mise en demeure', 'J+20'],
  ])('the step denied is not the step: « %s »', (text, step) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', step }));
  });

  it.each([
    'impayés pas encore en mise en demeure',
    'impayés sauf mises en demeure',
    'impayés hors mise en demeure',
  ])('« %s » filters on no step', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices' }));
  });
});

describe('a figure that surged, or more than another period, is a trend', () => {
  const LAST_3_MONTHS = { from: '2026-08-24', to: '2026-11-23' };
  it.each([
    [
      'l\u2019encours a explosé sur les 3 derniers mois ?',
      query({ intent: 'trend', measure: 'outstanding', period: LAST_3_MONTHS }),
    ],
    ['les impayés n\u2019ont pas explosé ?', query({ intent: 'trend' })],
    ['le DSO s\u2019envole ?', query({ intent: 'trend', measure: 'dso' })],
    [
      'les encaissements ont chuté ce mois ?',
      query({ intent: 'trend', measure: 'collected', period: NOVEMBER }),
    ],
    [
      'on a encaissé moins en octobre qu\u2019en septembre ?',
      query({ intent: 'trend', measure: 'collected', period: OCTOBER }),
    ],
    [
      'on a encaissé plus cette semaine que la semaine dernière ?',
      query({ intent: 'trend', measure: 'collected', period: THIS_WEEK }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'encaissé plus de 5000 € ce mois',
      query({ intent: 'collected', period: NOVEMBER, amount: { gt: 500000 } }),
    ],
    ['encaissements de novembre', query({ intent: 'collected', period: NOVEMBER })],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the analyst\u2019s words for unpaid invoices', () => {
  it.each([
    ['factures avec une antériorité de plus de 30 jours', { daysLate: { min: 31 } }],
    ['créances présentant une antériorité supérieure à 90 jours', { daysLate: { min: 91 } }],
    ['créances échues non recouvrées', {}],
    ['créances échues non réglées au 31 octobre', { asOf: '2026-10-31' }],
    ['créances non recouvrées depuis 60 jours et plus', { daysLate: { min: 60 } }],
  ])('« %s »', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', ...filters }));
  });

  it.each(['antériorité des créances', 'balance par ancienneté'])('« %s » stays the aged balance', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'aged_balance' }));
  });
});

describe('the weekly review asked in any imperative', () => {
  it.each([
    'fais-moi la revue hebdo',
    'tu peux me sortir la revue de la semaine ?',
    'prépare la revue de la semaine stp',
    'génère-moi la revue hebdomadaire',
    'lance la revue de la semaine',
    'la revue de la semaine stp fais vite',
    'balance moi la revue hebdo',
    'la revue hebdo asap',
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(command({ command: 'weekly_review' }));
  });

  it('« fais-moi le point sur les impayés » is the unpaid invoices', () => {
    expect(parsed('fais-moi le point sur les impayés')).toEqual(query({ intent: 'unpaid_invoices' }));
  });
});

describe('paraphrases of the new voices that did not generalise at first', () => {
  it.each([
    ['impayes 90j et +', query({ intent: 'unpaid_invoices', daysLate: { min: 90 } })],
    ['impayés de 60 jours et +', query({ intent: 'unpaid_invoices', daysLate: { min: 60 } })],
    ['impayes 30/60j', query({ intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } })],
    ['impayés 60/90 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 60, max: 90 } })],
    ['impayes 60j+', query({ intent: 'unpaid_invoices', daysLate: { min: 60 } })],
    ['impayés 90 jours +', query({ intent: 'unpaid_invoices', daysLate: { min: 90 } })],
    [
      'impayés mais pas ceux de plus de 90 jours',
      query({ intent: 'unpaid_invoices', daysLate: { max: 90 } }),
    ],
    [
      'impayés sauf ceux de plus de 60 jours de retard',
      query({ intent: 'unpaid_invoices', daysLate: { max: 60 } }),
    ],
    [
      'impayés hors factures de plus de 10000 €',
      query({ intent: 'unpaid_invoices', amount: { lte: 1000000 } }),
    ],
    ['litiges sauf ceux de plus de 2 000 €', query({ intent: 'disputes', amount: { lte: 200000 } })],
    [
      'impayés supérieurs à 1000 € mais pas plus de 5000 €',
      query({ intent: 'unpaid_invoices', amount: { gt: 100000, lte: 500000 } }),
    ],
    [
      'impayés de plus de 1000 € et de moins de 5000 €',
      query({ intent: 'unpaid_invoices', amount: { gt: 100000, lt: 500000 } }),
    ],
    [
      'impayés de plus de 1000 € mais moins de 2000',
      query({ intent: 'unpaid_invoices', amount: { gt: 100000, lt: 200000 } }),
    ],
    [
      'impayés de plus de 5000 € mais moins de 1000 €',
      query({ intent: 'unpaid_invoices', amount: { gt: 500000 } }),
    ],
    [
      'impayés de plus de 1000 € de plus de 60 jours',
      query({ intent: 'unpaid_invoices', amount: { gt: 100000 }, daysLate: { min: 61 } }),
    ],
    [
      'on n\u2019a pas encaissé moins que le mois dernier ?',
      query({ intent: 'trend', measure: 'collected', period: NOVEMBER }),
    ],
    ['factures pas encore encaissées', query({ intent: 'unpaid_invoices' })],
    [
      'impayés à l\u2019exclusion de ceux de plus de 90 jours',
      query({ intent: 'unpaid_invoices', daysLate: { max: 90 } }),
    ],
    [
      'le DSO n\u2019a pas bougé depuis septembre ?',
      query({ intent: 'trend', measure: 'dso', period: { from: '2026-09-01', to: '2026-11-23' } }),
    ],
    [
      'les créances dont l\u2019antériorité excède 120 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 121 } }),
    ],
    [
      'ça a encaissé plus que le mois dernier ?',
      query({ intent: 'trend', measure: 'collected', period: NOVEMBER }),
    ],
    [
      'on encaisse moins qu\u2019en octobre ?',
      query({ intent: 'trend', measure: 'collected', period: NOVEMBER }),
    ],
    [
      'j\u2019envoie quoi d\u2019ici la fin de semaine',
      query({ intent: 'planned_actions', period: THIS_WEEK }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « ne … plus que » is « only », no comparison; a date stays a date.
    [
      'il ne reste plus que les impayés de la SGH en octobre',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'], period: OCTOBER }),
    ],
    ['impayés au 30/09', query({ intent: 'unpaid_invoices', asOf: '2026-09-30' })],
    ['impayés +60j', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['impayés de plus de 90 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    [
      'qu\u2019est-ce qui a été envoyé hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

it('« Dos Santos combien il doit » names a customer (unknown here), never the DSO', () => {
  expect(parsed('Dos Santos combien il doit')).toEqual({
    kind: 'unknown_customer',
    query: { intent: 'customer_balance' },
  });
});

describe('the analyst\u2019s periods', () => {
  it.each([
    ['les encaissements réalisés au cours du mois écoulé', query({ intent: 'collected', period: OCTOBER })],
    [
      'encaissements de la semaine écoulée',
      query({ intent: 'collected', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    [
      'le délai moyen de règlement s\u2019est-il dégradé depuis le début de l\u2019exercice ?',
      query({ intent: 'trend', measure: 'dso', period: { from: '2026-01-01', to: '2026-11-23' } }),
    ],
    [
      'impayés de l\u2019exercice',
      query({ intent: 'unpaid_invoices', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('what is denied is not asked', () => {
  it.each([
    ['quelles factures ne sont pas encore échues ?', query({ intent: 'aged_balance' })],
    ['les factures pas échues', query({ intent: 'aged_balance' })],
    // The firm's files excluded: no such filter, the unpaid invoices for all (never the firm's list).
    ['les impayés qui ne sont pas au contentieux', query({ intent: 'unpaid_invoices' })],
    ['impayés sauf contentieux', query({ intent: 'unpaid_invoices' })],
    [
      'impayés hors contentieux de plus de 60 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    ['les factures pas encore chez l\u2019avocat', query({ intent: 'unpaid_invoices' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A file's own state keeps its meaning; the firm asked plainly is the firm's list.
    [
      'la SGH n\u2019est pas encore au contentieux ?',
      query({ intent: 'litigation', customerCodes: ['C002'] }),
    ],
    ['impayés au contentieux', query({ intent: 'litigation' })],
    ['qu\u2019est-ce qui est au contentieux ?', query({ intent: 'litigation' })],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a period typed short, as a search', () => {
  const NEXT_WEEK = { from: '2026-11-30', to: '2026-12-06' };
  it.each([
    ['promesses semaine pro', query({ intent: 'promises', period: NEXT_WEEK })],
    ['relances sem prochaine', query({ intent: 'planned_actions', period: NEXT_WEEK })],
    ['relances sem pro', query({ intent: 'planned_actions', period: NEXT_WEEK })],
    [
      'journal sem derniere',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    ['encaissements mois der', query({ intent: 'collected', period: OCTOBER })],
    ['les relances de la semaine prochaine', query({ intent: 'planned_actions', period: NEXT_WEEK })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['le pro de la compta', NOT_UNDERSTOOD],
    [
      'relances d\u2019hier',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
