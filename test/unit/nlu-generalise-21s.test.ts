/**
 * The twenty-first round's formal notes and totals (issue 16): the director's chief of staff
 * preparing the board pack (« je souhaiterais disposer de », « s'agissant de », « au titre de »,
 * « dans le cadre de », « demeurant impayées »), and what all customers owe said in the past or
 * « tous les clients réunis ». Variants written for the rules, not copied from the evaluation
 * sets; negatives that must not change. Against the evaluation portfolio (test/nlu/portfolio.json:
 * today is Monday 23 November 2026).
 */
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { parsed, portfolio, query } from '../support/nlu-parse';

const unknown = (q: { intent: string } & Record<string, unknown>) => ({ kind: 'unknown_customer', query: q });

describe('a meeting said as context, or its document’s deadline, names no customer and no period', () => {
  it.each([
    [
      'Le rapport du comité doit être rendu vendredi. Pourriez-vous me donner le DSO ?',
      query({ intent: 'dso' }),
    ],
    [
      'Le pack du codir est à envoyer demain ; je vous saurais gré de m’indiquer les impayés de plus de 60 jours.',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    ['Le comité se tient mardi. Quel est le taux de retard ?', query({ intent: 'late_rate' })],
    [
      'La présentation pour le conseil doit être finalisée lundi, merci de me transmettre la balance âgée au 31 octobre.',
      query({ intent: 'aged_balance', asOf: '2026-10-31' }),
    ],
    ['Au titre du reporting trimestriel, quel est notre DSO ?', query({ intent: 'dso' })],
    ['Dans le cadre du comité de direction, quel est le taux de retard ?', query({ intent: 'late_rate' })],
    [
      'En prévision du conseil de jeudi, pourriez-vous me donner les impayés au 30 septembre ?',
      query({ intent: 'unpaid_invoices', asOf: '2026-09-30' }),
    ],
    [
      'Dans le cadre de la préparation du comex, quelles factures émises en octobre demeurent impayées ?',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-10-01', to: '2026-10-31' },
        dateBasis: 'issue',
      }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« au titre de l’exercice 2025 » is still a period, not a meeting', () => {
    expect(parsed('Au titre de l’exercice 2025, combien a-t-on passé en perte ?')).toEqual(
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    );
  });

  it('« pour le comité de jeudi » keeps its reading', () => {
    expect(parsed('Pour le comité de jeudi, quel est le DSO ?')).toEqual(query({ intent: 'dso' }));
  });
});

describe('a formal note’s « disposer de », « faire parvenir », « demeurant » said plainly', () => {
  it.each([
    [
      'Je souhaiterais disposer de la balance âgée au 31/10.',
      query({ intent: 'aged_balance', asOf: '2026-10-31' }),
    ],
    [
      'J’aimerais disposer des promesses non tenues du mois dernier.',
      query({ intent: 'promises', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['Pourriez-vous mettre à ma disposition la liste des litiges en cours ?', query({ intent: 'disputes' })],
    [
      'Merci de me faire parvenir les encaissements de la semaine dernière.',
      query({ intent: 'collected', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    [
      'Les factures émises en septembre demeurées impayées',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-09-01', to: '2026-09-30' },
        dateBasis: 'issue',
      }),
    ],
    [
      'les factures qui demeurent impayées chez Biocoop Part-Dieu',
      query({ intent: 'unpaid_invoices', customerCodes: ['C011'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« s’agissant de », « concernant », « quant à » introduce the customer, no word of its name', () => {
  it.each([
    ['S’agissant du client Carrefour, quel est le solde ?', unknown({ intent: 'customer_balance' })],
    [
      'En ce qui concerne la société Decathlon, je vous saurais gré de m’indiquer le montant restant dû.',
      unknown({ intent: 'customer_balance' }),
    ],
    ['Concernant Leroy Merlin, quel est le montant restant dû ?', unknown({ intent: 'customer_balance' })],
    ['le montant restant dû de Leroy Merlin', unknown({ intent: 'customer_balance' })],
    [
      'S’agissant de Biocoop Part-Dieu, je vous saurais gré de m’indiquer le montant restant dû.',
      query({ intent: 'customer_balance', customerCodes: ['C011'] }),
    ],
    [
      'Quant à l’Hotel du Parc, que nous doit-il ?',
      query({ intent: 'customer_balance', customerCodes: ['C003'] }),
    ],
    [
      'Pour ce qui est de la SGH, quels sont les impayés ?',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['Concernant Leroy Merlin, quel est le montant restant dû ?', 'Leroy Merlin'],
    ['S’agissant de la société Castorama, quel est le solde ?', 'Castorama'],
  ])('« %s » asks back « %s », without the introducing words', (text, name) => {
    const result = parseQuestion(text, {
      today: portfolio.today,
      customers: portfolio.customers,
      lawFirm: portfolio.lawFirm,
    });
    expect(result).toMatchObject({ kind: 'unknown_customer', mention: name });
  });

  it.each([
    // Without a customer, what is left to pay at a cut-off stays the unpaid invoices.
    ['le restant dû au 31/10', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
    // « le reste à payer de Dupont » without « combien » stays its list (eleventh round).
    ['le reste à payer de Dupont', query({ intent: 'unpaid_invoices', customerCodes: ['C005'] })],
    // Introducing a subject that is no customer.
    [
      'S’agissant des impayés, quels sont ceux de plus de 90 jours ?',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
  ])('negative: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('what all customers owed, said in the past, passive or « tous réunis », is the aged balance', () => {
  it.each([
    [
      'combien nous devaient les clients au 31 octobre ?',
      query({ intent: 'aged_balance', asOf: '2026-10-31' }),
    ],
    ['ce que nous devaient nos clients fin septembre', query({ intent: 'aged_balance', asOf: '2026-09-30' })],
    ['ce qui nous était dû au total au 31/10', query({ intent: 'aged_balance', asOf: '2026-10-31' })],
    ['combien nous est-il dû au total ?', query({ intent: 'aged_balance' })],
    ['tous clients cumulés, combien nous doit-on ?', query({ intent: 'aged_balance' })],
    ['toutes factures comprises, quel est l’encours total ?', query({ intent: 'aged_balance' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les clients tous réunis nous doivent combien ?', query({ intent: 'aged_balance' })],
    [
      'nos clients, tous confondus, nous doivent combien au 31/10 ?',
      query({ intent: 'aged_balance', asOf: '2026-10-31' }),
    ],
    [
      'au total, l’ensemble des clients, tous réunis, ça fait combien qu’on nous doit ?',
      query({ intent: 'aged_balance' }),
    ],
  ])('« tous réunis » after the noun: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('negative: « toutes factures comprises » keeps the customer named', () => {
    expect(parsed('les impayés de Biocoop Part-Dieu, toutes factures comprises')).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['C011'] }),
    );
  });

  it('negative: one customer’s past debt stays its balance at the cut-off', () => {
    expect(parsed('combien nous devait Biocoop Part-Dieu au 30 septembre ?')).toEqual(
      query({ intent: 'customer_balance', asOf: '2026-09-30', customerCodes: ['C011'] }),
    );
  });
});
