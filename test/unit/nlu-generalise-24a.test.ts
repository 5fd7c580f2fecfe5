/**
 * The twenty-fourth round's voices (issue 16): a colleague writing to the bot as to ChatGPT, an
 * Excel power user, the chartered accountant at year-end, an acquirer's analyst. Variants written for
 * the rules, not copied from the evaluation sets; negatives that must not change. Against the
 * evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('« une vue claire », « une réponse claire »: the answer’s form, never La Vie Claire', () => {
  it.each([
    [
      'Je voudrais une vision claire : quelles factures sont impayées depuis le 1er octobre ?',
      {
        intent: 'unpaid_invoices',
        period: { from: '2026-10-01', to: '2026-11-23' },
      },
    ],
    [
      'Pour avoir une idée claire, quels sont les impayés de plus de 60 jours ?',
      {
        intent: 'unpaid_invoices',
        daysLate: { min: 61 },
      },
    ],
    ['Donne-moi une réponse claire et concise : quel est notre DSO ?', { intent: 'dso' }],
    ['une vue claire des impayés svp', { intent: 'unpaid_invoices' }],
    ['J’ai besoin d’une synthèse claire. Quels litiges sont ouverts ?', { intent: 'disputes' }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it.each([
    ['combien nous doit la Vie Claire ?', { intent: 'customer_balance', customerCodes: ['C006'] }],
    ['impayés La Vie Claire Annecy', { intent: 'unpaid_invoices', customerCodes: ['C006'] }],
  ])('the customer keeps its name: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});

describe('a status field filtered on a value (« statut = contentieux ») is that state', () => {
  it.each([
    ['filtre statut : contentieux', { intent: 'litigation' }],
    ['clients avec état = contentieux', { intent: 'litigation' }],
    ['liste des dossiers avec status = contentieux', { intent: 'litigation' }],
    ['factures avec statut = litige', { intent: 'disputes' }],
    ['liste des factures statut : contesté', { intent: 'disputes' }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it('a named file keeps its customer: statut du contentieux Biocoop Part-Dieu', () => {
    expect(parsed('statut du contentieux Biocoop Part-Dieu')).toEqual(
      query({ intent: 'litigation', customerCodes: ['C011'] }),
    );
  });
});

describe('thanks for the help given are not the help asked', () => {
  it.each([
    'Merci beaucoup pour votre aide !',
    'Un grand merci pour ton aide, c’est top',
    'merci de ton aide',
    'Thanks for your help, that was perfect!',
    'merci pour l’aide, nickel',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['j’ai besoin d’aide', { intent: 'help' }],
    [
      'Merci pour ton aide. Et les impayés de Biocoop Part-Dieu ?',
      { intent: 'unpaid_invoices', customerCodes: ['C011'] },
    ],
  ])('the help asked, or a question after the thanks, keeps its meaning: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});

describe('exposures ranked are the customers ranked by what they owe', () => {
  it.each([
    ['top 5 des expositions', { intent: 'top_late_payers', limit: 5 }],
    ['les 3 plus grosses expositions par client', { intent: 'top_late_payers', limit: 3 }],
    ['nos principales expositions clients ?', { intent: 'top_late_payers' }],
    ['Quelles sont les 10 plus grandes expositions ?', { intent: 'top_late_payers', limit: 10 }],
    ['TOP 20 exposures clients', { intent: 'top_late_payers', limit: 20 }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it.each([
    ['quelle est notre exposition ?', { intent: 'aged_balance' }],
    ['exposition globale de Biocoop Part-Dieu', { intent: 'customer_balance', customerCodes: ['C011'] }],
  ])('an exposure not ranked keeps its meaning: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});
