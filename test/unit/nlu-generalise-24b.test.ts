/**
 * The twenty-fourth round's voices (issue 16), second part: the effect of a supposed event asked
 * (« si on perd …, quel impact sur … ? ») is a hypothesis, never today's figure; what the bot can
 * give, asked in French or in English, is the help. Variants written for the rules, not copied from
 * the evaluation sets; negatives that must not change. Against the evaluation portfolio.
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('the effect of a supposed event asked: a hypothesis, no figure', () => {
  it.each([
    'si la SGH paie tout demain, quel impact sur le DSO ?',
    'et si Biocoop Part-Dieu règle tout, ça change quoi pour le taux d’impayés ?',
    'si la mairie verse 5000 € lundi, quelles conséquences sur notre encours ?',
    's’ils paient, quel effet sur le DSO ?',
    'Si on perd nos deux plus gros clients, quelle incidence sur la trésorerie ?',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['quel impact des litiges sur le DSO ?', { intent: 'dso' }],
    [
      'quel est l’impact des impayés ce mois ?',
      { intent: 'unpaid_invoices', period: { from: '2026-11-01', to: '2026-11-30' } },
    ],
  ])('not a hypothesis: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});

describe('what the bot can give, asked in other words: the help', () => {
  it.each([
    'What types of reports can you produce?',
    'What sort of questions can I ask here?',
    'quelles données êtes-vous capable de me fournir ?',
    'Quels indicateurs pouvez-vous me donner ?',
    'Quels renseignements êtes-vous en mesure de m’apporter ?',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'help' }));
  });

  it.each([
    ['peux-tu me fournir les impayés de la SGH ?', { intent: 'unpaid_invoices', customerCodes: ['C002'] }],
    [
      'what kind of invoices are overdue at Biocoop Lyon?',
      { intent: 'unpaid_invoices', customerCodes: ['C001'] },
    ],
  ])('not the help: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});
