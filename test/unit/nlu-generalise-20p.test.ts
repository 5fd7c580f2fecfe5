/**
 * The twentieth round's figures given without understanding (issue 16): hypotheses, forecasts and
 * orders Relances does not carry out in the chat give no figure; ordinary words of the trade and a
 * business's own name after its kind name no customer of ours. Variants written for the rules, not
 * copied from the evaluation sets; negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

describe('ordinary words of the trade name no customer', () => {
  it.each([
    [
      'Ce que nous doivent les clients, rangé par tranche d’âge, ça donne quoi ?',
      query({ intent: 'aged_balance' }),
    ],
    [
      'L’argent que les clients nous doivent, regroupé par ancienneté, ça donne quoi ?',
      query({ intent: 'aged_balance' }),
    ],
    [
      'les factures en retard de notre clientèle à risque élevé',
      query({ intent: 'unpaid_invoices', risk: 'high' }),
    ],
    ['Le DSO de la clientèle ?', query({ intent: 'dso' })],
    [
      'Impayés de plus de 90 jours, à déclarer à l’assureur-crédit',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    [
      'Factures échues depuis plus de 6 mois, éligibles à une déclaration de sinistre',
      query({ intent: 'unpaid_invoices', daysLate: { min: 181 } }),
    ],
  ])('« %s » names no unknown customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'Quel est le montant de la prime d’assurance crédit cette année ?',
    'Combien nous coûte l’assurance-crédit en 2027 ?',
    'la cotisation de l’assureur prévue l’an prochain',
  ])('what the insurer charges is no figure: « %s »', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['combien nous doit Leclerc ?', { kind: 'unknown_customer', query: { intent: 'customer_balance' } }],
    [
      'l’assureur crédit nous pose la question : quel est notre taux de retard de paiement cette année ?',
      query({ intent: 'late_rate', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a kind then « chez » and a name is another business', () => {
  it.each([
    'le resto Chez Marcel a payé ?',
    'combien nous doit le restaurant chez paulette',
    'la boulangerie Chez Paul a réglé ?',
    'l’hôtel Chez Marie nous doit combien ?',
  ])('« %s » names an unknown customer', (text) => {
    expect(parsed(text)).toEqual({ kind: 'unknown_customer', query: { intent: 'customer_balance' } });
  });

  it('« impayés du restaurant Chez Léon » names an unknown customer', () => {
    expect(parsed('impayés du restaurant Chez Léon')).toEqual({
      kind: 'unknown_customer',
      query: { intent: 'unpaid_invoices' },
    });
  });

  it.each([
    ['le restaurant a payé ?', query({ intent: 'customer_balance', customerCodes: ['C016'] })],
    [
      'combien nous doit le restaurant Au Bon Point ?',
      query({ intent: 'customer_balance', customerCodes: ['C016'] }),
    ],
    ['le restaurant chez l’avocat ?', query({ intent: 'litigation', customerCodes: ['C016'] })],
  ])('« %s » keeps its customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a hypothesis about a payment gives no figure', () => {
  it.each([
    'Et si Dupont & Fils réglait ses factures cette semaine, le taux d’impayés baisserait de combien ?',
    'si biocoop part-dieu soldait son compte, on aurait encore combien d’impayés ?',
    'S’ils payaient tous à l’heure, notre DSO serait de combien ?',
    'Si on passait la crèche en perte, ça ferait combien ?',
    'Si la mairie avait payé en octobre, quel aurait été notre taux de retard ?',
    'si l’hôtel du parc paie tout lundi, le DSO sera de combien ?',
    'si dupont paie pas d’ici fin décembre faut il le passer en perte ?',
    // Read before the commands: a payment imagined is no promise to record.
    'Imaginons que l’hôtel du parc paie tout lundi, quel serait le DSO ?',
    // A supposition of an event is no hedge to leave out.
    'À supposer que la mairie paie tout demain, quel serait notre DSO ?',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    // An indirect question asks what is.
    ['Dis-moi si la SGH a payé', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'Pouvez-vous vérifier si la mairie a réglé sa facture ?',
      query({ intent: 'customer_balance', customerCodes: ['C015'] }),
    ],
    // Courtesy and a hedge of the data keep the question.
    ['Les impayés de la SGH, si possible', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['Si vous pouviez me donner le DSO, ce serait parfait', query({ intent: 'dso' })],
    [
      'À supposer que les chiffres soient fiables, quel est le taux de factures payées en retard ?',
      query({ intent: 'late_rate' }),
    ],
    [
      'Quels clients payaient en retard l’an dernier ?',
      query({ intent: 'unpaid_invoices', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('a promise told is still recorded', () => {
    expect(parsed('Biocoop Lyon promet de payer le 15 décembre')).toEqual(
      command({ command: 'record_promise', date: '2026-12-15', customerCodes: ['C001'] }),
    );
  });
});

describe('a figure said in the future is a forecast, not a figure of the ledger', () => {
  it.each([
    'le DSO sera-t-il meilleur en janvier ?',
    'Notre taux de retard va-t-il baisser le mois prochain ?',
    'Le délai moyen de paiement va s’améliorer en 2027 ?',
    'La balance âgée sera meilleure à fin décembre ?',
    'le taux d’impayés baissera en décembre ?',
    'est ce que ça sera mieux l’an prochain niveau encours ?',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'Quelles relances seront envoyées jeudi ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-26', to: '2026-11-26' } }),
    ],
    [
      'les relances de demain, ça sera lesquelles ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    [
      'Est-ce que ça va mieux que le mois dernier ?',
      query({ intent: 'trend', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('an order to send a letter to a customer is not carried out in the chat', () => {
  it.each([
    'envoie la mise en demeure à Dupont & Fils aujourd’hui',
    'expédie la LRAR à la SGH demain',
    'envoie un rappel à Biocoop Part-Dieu',
    'balance un recommandé à l’hôtel du parc',
    'fais partir la lettre de relance pour la mairie',
    'envoie MED à la SGH demain',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['envoie-moi les impayés', query({ intent: 'unpaid_invoices' })],
    ['envoie les relances du jour', command({ command: 'day_card' })],
    ['envoie-moi l’export des impayés', command({ command: 'export', what: 'unpaid' })],
    [
      'MED envoyées à C005 aujourd’hui',
      query({
        intent: 'journal_activity',
        period: { from: '2026-11-23', to: '2026-11-23' },
        customerCodes: ['C005'],
        step: 'J+20',
      }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
