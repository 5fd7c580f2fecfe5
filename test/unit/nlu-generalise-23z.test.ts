/**
 * The twenty-third round's leftovers (issue 16): a restatement (« autrement dit ») and adverbs two
 * letters off a domain word, files gone to the lawyer, plans and money to come asked from the chat,
 * the slowest payers, what is « restant dû » by an unknown customer, and a Dutch « per ». Variants
 * written for the rules, not copied from the evaluation sets; negatives that must keep their meaning.
 * Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { NOT_UNDERSTOOD, parsed, portfolio, query } from '../support/nlu-parse';

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

describe('the slowest payers, a ranking (payment-pace.ts)', () => {
  it.each([
    ['qui paie le plus lentement ?', query({ intent: 'top_late_payers' })],
    ['quels clients mettent le plus de temps à nous régler ?', query({ intent: 'top_late_payers' })],
    ['qui prend le plus de temps pour payer ?', query({ intent: 'top_late_payers' })],
    ['qui nous règle avec le plus de retard ?', query({ intent: 'top_late_payers' })],
    ['les clients les plus lents à payer', query({ intent: 'top_late_payers' })],
    ['qui met le plus longtemps à payer ses factures ?', query({ intent: 'top_late_payers' })],
    [
      'le top 5 des clients qui mettent le plus de jours à payer',
      query({ intent: 'top_late_payers', limit: 5 }),
    ],
    [
      'qui met le plus de temps à payer parmi les clients à risque élevé ?',
      query({ intent: 'top_late_payers', risk: 'high' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  // Negatives: a comparison over time stays a trend, a duration the DSO.
  it.each([
    [
      'Est-ce que nos clients mettent plus de temps à payer qu’avant ?',
      query({ intent: 'trend', measure: 'dso' }),
    ],
    ['combien de temps mettent nos clients à payer ?', query({ intent: 'dso' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« restant dû » is no word of an unknown name (vocabulary.ts)', () => {
  const read = (text: string) =>
    parseQuestion(text, {
      today: portfolio.today,
      customers: portfolio.customers,
      lawFirm: portfolio.lawFirm,
    });

  it.each([
    ['les factures restant dues de Carrefour', 'Carrefour'],
    ['les factures restant dûes d’Auchan', 'Auchan'],
    ['les factures encore dues de Leclerc en octobre', 'Leclerc'],
    ['la liste des factures restantes dues de Leclerc', 'Leclerc'],
    ['les factures dues de Casino', 'Casino'],
  ])('« %s » names « %s »', (text, name) => {
    expect(read(text)).toMatchObject({
      kind: 'unknown_customer',
      mention: name,
      query: { intent: 'unpaid_invoices' },
    });
  });

  it('a customer we know is still found', () => {
    expect(parsed('les factures restant dues de la SGH')).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    );
  });
});

describe('a Dutch « per » before any split (dutch-words.ts)', () => {
  it.each([
    ['les impayés per vertegenwoordiger', 'les impayés par commercial'],
    ['taux de retard per risico', 'taux de retard par risque'],
    ['les impayés per risiconiveau', 'les impayés par niveau de risque'],
    ['de achterstallige facturen per fase', 'les factures en retard par étape'],
    ['les impayés per stap', 'les impayés par étape'],
    ['de openstaande facturen per verkoper deze maand', 'les factures impayées par commercial ce mois'],
    ['les encaissements per kwartaal', 'les encaissements par trimestre'],
    ['balance âgée per debiteuren', 'balance âgée par débiteurs'],
  ])('« %s » as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it.each([
    ['taux de retard per risico', query({ intent: 'late_rate', groupBy: 'risk' })],
    ['les impayés per fase', query({ intent: 'unpaid_invoices', groupBy: 'step' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  // Negatives: an Italian « per » keeps its meaning.
  it.each([
    ['la balance agee per favore', query({ intent: 'aged_balance' })],
    ['mi fai gli insoluti per cliente per favore', query({ intent: 'unpaid_invoices', groupBy: 'customer' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
