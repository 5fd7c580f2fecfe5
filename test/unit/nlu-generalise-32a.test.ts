/**
 * The thirty-second round's classes (issue 16): « quel est le statut de X ? » where X stands;
 * thanks (« Cheers pour votre aide », « mulțumesc ») ask nothing; the asker's reason after a comma
 * (« étant donné que … », « que je compare avec … ») or after the question (« … ? Je veux savoir si
 * … », « … ? j'attends depuis deux semaines ») is no part of what is asked; « ça fait combien ? »
 * no journal.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('the status of a customer, a file', () => {
  it.each([
    ['Quel est le statut de la SGH ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'Pouvez-vous me dire le statut de Dupont ? Many thanks',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    ['Quel est le statut des litiges ?', query({ intent: 'disputes' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('thanks ask nothing', () => {
  it.each(['Cheers pour ton aide ce matin', 'thanks for the help earlier', 'mulțumesc frumos'])(
    '%s',
    (text) => {
      expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
    },
  );

  it.each([
    ['litiges ouverts, mulțumesc', query({ intent: 'disputes' })],
    ['weekly review, cheers', command({ command: 'weekly_review' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the asker’s reason is no part of the question', () => {
  it.each([
    [
      'Le solde de la SGH, étant donné que je les vois la semaine prochaine',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['Le DSO, parce que le comité le demande en décembre', query({ intent: 'dso' })],
    ['Le taux de retard, que je compare avec mon budget', query({ intent: 'late_rate' })],
    [
      'Quelles lettres recommandées sont parties hier ? Je veux savoir si Dupont en a reçu une.',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' }, step: 'J+20' }),
    ],
    [
      'Dupont a payé ? franchement j’attends depuis trois semaines',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    [
      'Les impayés de la mairie ? Je ne voudrais pas que le maire soit relancé avant Noël.',
      query({ intent: 'unpaid_invoices', customerCodes: ['C015'] }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« ça fait combien »', () => {
  it.each([['nos créances clients, ça fait combien ?', 'aged_balance']])('%s', (text, intent) => {
    expect(parsed(text)).toEqual(query({ intent }));
  });

  it('« ça fait combien de jours que … » keeps its words', () => {
    expect(parsed('ça fait combien de jours que la SGH n’a pas payé ?')).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    );
  });
});
