/**
 * The twenty-third round's leftovers (issue 16): a restatement (« autrement dit ») and adverbs two
 * letters off a domain word, files gone to the lawyer, plans and money to come asked from the chat. Variants
 * written for the rules, not copied from the evaluation sets; negatives that must keep their meaning.
 * Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('a restatement lends no intent, and adverbs are no domain words (restated-intent.ts, tokens.ts)', () => {
  it.each([
    [
      'les impayés de Biocoop Part-Dieu, autrement dit ce qu’ils nous doivent',
      query({ intent: 'unpaid_invoices', customerCodes: ['C011'] }),
    ],
    [
      'les factures en retard de la SGH, c’est-à-dire ce qu’elle nous doit encore',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    [
      'les impayés de l’Hôtel du Parc, en d’autres termes ce qu’il nous doit',
      query({ intent: 'unpaid_invoices', customerCodes: ['C003'] }),
    ],
    ['les impayés autrement dit les factures en retard', query({ intent: 'unpaid_invoices' })],
    // « également », « réellement », « assurément »: no « étalement », no « règlements ».
    [
      'les impayés de la SGH et également ceux de Biocoop Part-Dieu',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002', 'C011'] }),
    ],
    ['le DSO, et également le taux de retard ?', query({ intent: 'dso' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  // Negatives: nothing asked before the restatement, a period restated, the plans' own words.
  it.each([
    ['le truc, autrement dit les impayés', query({ intent: 'unpaid_invoices' })],
    [
      'les impayés du mois dernier, autrement dit octobre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['le plan d’apurement de la SGH', query({ intent: 'payment_plans', customerCodes: ['C002'] })],
    ['les étalements de paiement en cours', query({ intent: 'payment_plans' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('files gone to the law firm, no period said, are litigation (refine.ts)', () => {
  it.each([
    'les dossiers passés chez l’avocat',
    'les clients passés chez Aptos',
    'quels dossiers sont passés au cabinet ?',
    'les dossiers passées chez l’huissier',
    'les dossiers passés chez l avocat.',
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'litigation' }));
  });

  it.each([
    [
      'qui passe chez l’avocat demain ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' }, step: 'J+30' }),
    ],
    ['qui passe chez Aptos ?', query({ intent: 'planned_actions', step: 'J+30' })],
    [
      'actions prévues where etape = transmission au cabinet',
      query({ intent: 'planned_actions', step: 'J+30' }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a payment plan set up from the chat is not done (not-done.ts)', () => {
  it.each([
    'mets Biocoop Part-Dieu sous échéancier',
    'mettre l’Hôtel du Parc en échéancier',
    'crée un échéancier pour la SGH',
    'peux-tu créer un échéancier pour Julien Bernard ?',
    'mettez en place un plan d’apurement pour la crèche',
    'passe Julien Bernard en échéancier',
    'set up a payment plan for the SGH',
    'please set up a repayment plan for Julien Bernard',
    'create an installment plan for Hotel du Parc',
    'can you put Hotel du Parc on an installment plan?',
  ])('« %s » is no figure', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['la SGH est-elle sous échéancier ?', query({ intent: 'payment_plans', customerCodes: ['C002'] })],
    ['qui est sous échéancier ?', query({ intent: 'payment_plans' })],
    [
      'les clients mis sous échéancier ce mois',
      query({ intent: 'payment_plans', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    ['show me the installment plans', query({ intent: 'payment_plans' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('money to come is a forecast (not-done.ts, english.ts)', () => {
  it.each([
    'how much are we going to collect next month?',
    'what will we receive this month',
    'How much do we expect to collect in January?',
    'combien on va encaisser le mois prochain',
    'qu’est-ce qu’on va toucher en décembre ?',
    'combien allons-nous récupérer en janvier ?',
    'combien devrait-on encaisser ce mois ?',
  ])('« %s » is no figure', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'how much did we collect in October?',
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    [
      'combien a-t-on encaissé en décembre ?',
      query({ intent: 'collected', period: { from: '2025-12-01', to: '2025-12-31' } }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
