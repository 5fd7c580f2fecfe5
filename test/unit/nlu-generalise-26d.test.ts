/**
 * The twenty-sixth round's voices (issue 16): an accounts assistant from Guadeloupe with a few Creole
 * turns, and a finance director once an army officer, writing terse reports. Variants written for the
 * rules, not copied from the evaluation sets; negatives that must not change. Against the evaluation
 * portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

describe('a range of days late said « N à M jours » without its « de »', () => {
  it.each([
    ['impayés 30 à 60 jours de retard', { min: 30, max: 60 }],
    ['2) Factures en retard, 60 à 90 j.', { min: 60, max: 90 }],
    ['impayés risque faible 15 à 45 jours', { min: 15, max: 45 }],
    ['les factures entre 31 à 60 jours de retard', { min: 31, max: 60 }],
    ['Impayés 90 au 120 j de retard ?', { min: 90, max: 120 }],
  ])('« %s »', (text, daysLate) => {
    expect(parsed(text)).toMatchObject({ kind: 'query', query: { intent: 'unpaid_invoices', daysLate } });
  });

  it('« de 30 à 60 jours » is still the range', () => {
    expect(parsed('impayés de 30 à 60 jours de retard')).toEqual(
      query({ intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } }),
    );
  });

  it('a span around now is no range of days late', () => {
    expect(parsed('promesses dans 5 à 10 jours')).not.toMatchObject({ query: { daysLate: {} } });
  });
});

describe('a Guadeloupe assistant’s Creole turns read as the French they say', () => {
  it.each([
    // « an ka chèché » (I am looking for) names no crèche.
    ['an ka chèché les litiges en cours', 'je cherche les litiges en cours'],
    ['Bonjou, mwen ka cheche les promesses non tenues', 'Bonjour, je cherche les promesses non tenues'],
    ['an ka gadé les impayés de plus de 60 jours', 'je regarde les impayés de plus de 60 jours'],
    ['an vlé vwè le DSO du trimestre', 'je veux voir le DSO du trimestre'],
    ['ban mwen les impayés de la SGH souplé', 'donne-moi les impayés de la SGH s’il te plaît'],
    ['bonswa ! konbyen nous doit l’Hôtel du Parc ?', 'bonsoir ! combien nous doit l’Hôtel du Parc ?'],
    // « doudou », a friendly word, is no customer and no word of the question.
    ['la revue hebdo doudou', 'la revue hebdo'],
    ['doudou, les relances de dèmen', 'les relances de demain'],
    ['les relances du jour ma doudou, mèsi anpil', 'les relances du jour, merci'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it.each([
    // How are you asks nothing; said before a question, the question is read.
    ['sa ka fèt ?', NOT_UNDERSTOOD],
    ['kouman ou yé doudou ?', NOT_UNDERSTOOD],
    ['ka ou fè ?', NOT_UNDERSTOOD],
    ['Sa ou fè ? an ka chèché les factures en litige', query({ intent: 'disputes' })],
    ['bonjou ! les relances jodi a', command({ command: 'day_card' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // The Crèche Les Petits Pas named is still named; a supple plan stays a payment plan.
    ['an ka chèché les impayés de la crèche', query({ intent: 'unpaid_invoices', customerCodes: ['C008'] })],
    ['un échéancier souple pour Dupont ?', query({ intent: 'payment_plans', customerCodes: ['C005'] })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('an army officer’s terse report: sign-offs, deadlines, « RAS ? », « effectif »', () => {
  it.each([
    // An acknowledgement or a sign-off asks nothing.
    ['Reçu 5 sur 5. Terminé.', NOT_UNDERSTOOD],
    ['Bien noté, à vos ordres.', NOT_UNDERSTOOD],
    ['Compris. Fin du message.', NOT_UNDERSTOOD],
    ['Bien reçu. Impayés de plus de 90 jours ?', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    // The order to report back by a time is no word of the question.
    [
      'Promesses non tenues ce mois. Compte rendu avant 18 h.',
      query({ intent: 'promises', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    [
      'Impayés risque élevé. Réponse attendue avant 12h30.',
      query({ intent: 'unpaid_invoices', risk: 'high' }),
    ],
    ['Litiges en cours, rendez-moi compte pour midi.', query({ intent: 'disputes' })],
    ['Rendre compte des litiges ouverts avant 17h00.', query({ intent: 'disputes' })],
    [
      'Rendez-moi compte de la situation de la SGH pour demain 9h.',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    // « RAS ? » after a topic asks the topic.
    ['Litiges : RAS ?', query({ intent: 'disputes' })],
    ['Échéanciers en cours, rien à signaler ?', query({ intent: 'payment_plans' })],
    ['RAS côté contentieux ?', query({ intent: 'litigation' })],
    ['Promesses de l’Hôtel du Parc : R.A.S. ?', query({ intent: 'promises', customerCodes: ['C003'] })],
    // « effectif » beside amounts, or of the domain's things, is their number.
    ['Promesses non tenues : effectif et montant.', query({ intent: 'promises' })],
    [
      'Impayés en effectif et en montant, par client.',
      query({ intent: 'unpaid_invoices', groupBy: 'customer' }),
    ],
    [
      'Effectif des litiges ouverts depuis le 1er octobre ?',
      query({ intent: 'disputes', period: { from: '2026-10-01', to: '2026-11-23' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « reçu » inside a question, or asked, stays money received.
    ['avez-vous bien reçu le règlement de la SGH ?', query({ intent: 'collected', customerCodes: ['C002'] })],
    // The journal's recap keeps its meaning; « RAS ? » alone asks nothing; the company's staff is no number of invoices.
    [
      'compte rendu des relances d’hier',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['RAS ?', NOT_UNDERSTOOD],
    ['quel est l’effectif de Greenova ?', NOT_UNDERSTOOD],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
