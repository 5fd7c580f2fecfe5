/**
 * The twenty-third round's Québec voice (issue 16): a Montréal-trained controller's words and turns
 * of speech (./src/questions/parser/quebec.ts, quebec-turns.ts), how long payment takes said with
 * « nous payer » (delay-asked.ts), the weather said the Québec way (outside-work.ts). Variants written
 * for the rules, not copied from the evaluation sets; negatives that must keep their meaning. Against
 * the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('« se faire devoir » and « combien que »: what customers owe us', () => {
  it.each([
    ['combien on se fait devoir par nos clients au total?', query({ intent: 'aged_balance' })],
    ['Au total, combien que nos clients nous doivent?', query({ intent: 'aged_balance' })],
    ["c'est combien qu'on se fait encore devoir, au total?", query({ intent: 'aged_balance' })],
    ['combien on se fait devoir par la SGH?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      "combien qu'y nous doivent à Biocoop Part-Dieu?",
      query({ intent: 'customer_balance', customerCodes: ['C011'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « combien de » stays a count; « tant pis » no « et ».
    ['combien de factures sont en retard?', 'combien de factures sont en retard ?'],
    ['tant pis, les impayés de la SGH', 'les impayés de la SGH'],
  ])('« %s » still reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });
});

describe('« rendus où »: where a customer is at in its payments', () => {
  it.each([
    ['la SGH est rendue où dans ses paiements?', ['C002']],
    ['Biocoop Part-Dieu, ils sont rendus où avec leurs factures?', ['C011']],
    ["où qu'ils sont rendus, l'Hôtel du Parc, dans leurs paiements?", ['C003']],
    ["c'est rendu où, les paiements de la mairie de Caluire?", ['C015']],
    ['Les Tilleuls, y en sont rendus où?', ['C014']],
  ])('« %s »', (text, codes) => {
    expect(parsed(text)).toEqual(query({ intent: 'customer_balance', customerCodes: codes }));
  });

  it('« rendus » without « où » keeps its meaning: arrived at the law firm', () => {
    expect(parsed('ils sont rendus au cabinet, les dossiers de la SGH?')).toEqual(
      query({ intent: 'litigation', customerCodes: ['C002'] }),
    );
  });
});

describe('how long customers take to pay, said with « nous payer » or « ça prend combien »', () => {
  it.each([
    ['ça prend combien de jours à nos clients pour nous payer?', query({ intent: 'dso' })],
    ['Ça prend combien de temps en moyenne aux clients pour nous payer, tsé?', query({ intent: 'dso' })],
    ['combien de jours il faut à nos clients pour nous régler?', query({ intent: 'dso' })],
    ['coudonc, combien de temps nos clients prennent pour nous payer?', query({ intent: 'dso' })],
    ['combien de temps la SGH met pour nous payer?', query({ intent: 'dso', customerCodes: ['C002'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // What one customer is to pay us stays its balance; a lateness is no delay of payment.
    ['la SGH doit nous payer combien?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ["t'sais faire quoi au juste?", query({ intent: 'help' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the weather and the question particle « -tu »', () => {
  it.each([
    'y fait-tu froid à Montréal ce matin?',
    'il fait-tu beau à Lyon aujourd’hui?',
    'y fait frette en crisse à matin',
    'y fait pas chaud à Québec, hein?',
  ])('« %s » is off-topic', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['vous avez-tu les impayés de la SGH?', 'vous avez les impayés de la SGH ?'],
    ['la SGH a-tu payé?', 'la SGH a payé ?'],
    [
      "c'est-tu ben les promesses de la semaine passée qui sont pas tenues?",
      "c'est les promesses non tenues de la semaine dernière ?",
    ],
    ['on a-tu encaissé de quoi hier?', 'on a encaissé hier ?'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it.each([
    // « tu » is the subject of these: they keep it.
    ['peux-tu me donner le DSO?', query({ intent: 'dso' })],
    ['as-tu les litiges en cours?', query({ intent: 'disputes' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« la facturation » unpaid: the invoices themselves', () => {
  it.each([
    ["C'est quoi la facturation impayée présentement?", query({ intent: 'unpaid_invoices' })],
    [
      'notre facturation échue de plus de 60 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    ['la facturation en souffrance de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    [
      'la facturation pas payée émise en octobre',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-10-01', to: '2026-10-31' },
        dateBasis: 'issue',
      }),
    ],
    [
      'de la facturation émise en août qui est toujours en retard?',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-08-01', to: '2026-08-31' },
        dateBasis: 'issue',
      }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« la facturation » not said unpaid is no list of unpaid invoices', () => {
    expect(parsed('le montant de la facturation du mois')).toEqual(NOT_UNDERSTOOD);
  });
});

describe('« pis » between two bounds, « en date du »: the filters read', () => {
  it.each([
    [
      'les impayés entre 15 pis 45 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 15, max: 45 } }),
    ],
    [
      'les factures en retard entre 60 pis 90 jours de la SGH',
      query({ intent: 'unpaid_invoices', daysLate: { min: 60, max: 90 }, customerCodes: ['C002'] }),
    ],
    [
      'les impayés de plus de 1000 € pis de plus de 30 jours',
      query({ intent: 'unpaid_invoices', amount: { gt: 100000 }, daysLate: { min: 31 } }),
    ],
    ['les impayés en date du 31 octobre', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
    ['la balance âgée en date du 30 septembre', query({ intent: 'aged_balance', asOf: '2026-09-30' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« comptes à recevoir », « checker », « le monde »: receivables, to check, the customers', () => {
  it.each([
    [
      'checke-moi les comptes à recevoir en retard de plus de 30 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 31 } }),
    ],
    [
      'peux-tu checker les comptes à recevoir de la SGH?',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['le total des comptes à recevoir', query({ intent: 'aged_balance' })],
    [
      "c'est quoi le compte à recevoir de Biocoop Part-Dieu?",
      query({ intent: 'customer_balance', customerCodes: ['C011'] }),
    ],
    ['le monde qui nous doivent le plus', query({ intent: 'top_late_payers' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« tout le monde » is everyone, not the customers', () => {
    expect(parsed('tout le monde est en retard?')).toEqual(NOT_UNDERSTOOD);
  });
});
