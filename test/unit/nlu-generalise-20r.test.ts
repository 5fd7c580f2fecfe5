/**
 * The twentieth round's words and dates (issue 16): money « touché » or « perçu », an infinitive
 * typed for a participle, « par le client X » naming X, « du jour » of what was done. Variants written for the rules, not copied from
 * the evaluation sets; negatives that must keep their meaning. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const YESTERDAY = { from: '2026-11-22', to: '2026-11-22' };
const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };

describe('money « touché » or « perçu » is money received', () => {
  it.each([
    ['kombien on a touché ce mois-ci', query({ intent: 'collected', period: THIS_MONTH })],
    ['combien a-t-on touché en octobre ?', query({ intent: 'collected', period: OCTOBER })],
    ['on a déjà touché combien la semaine dernière', query({ intent: 'collected', period: LAST_WEEK })],
    [
      'combien avons-nous perçu depuis le 1er septembre ?',
      query({ intent: 'collected', period: { from: '2026-09-01', to: '2026-11-23' } }),
    ],
    ['les montants perçus le mois dernier', query({ intent: 'collected', period: OCTOBER })],
    [
      'qu’est-ce qu’on a touché de la SGH en octobre ?',
      query({ intent: 'collected', period: OCTOBER, customerCodes: ['C002'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('money to come is still no figure', () => {
    expect(parsed('combien va-t-on toucher ce mois ?')).toEqual(NOT_UNDERSTOOD);
  });

  it('customers « touchés » by a reminder received no money', () => {
    expect(parsed('quels clients sont touchés par les relances ?')).not.toEqual(
      expect.objectContaining({ query: expect.objectContaining({ intent: 'collected' }) }),
    );
  });
});

describe('an infinitive typed for a participle after an auxiliary, a noun or a level of risk', () => {
  it.each([
    ['qu’est-ce qu’on a encaisser la semaine dernière ?', 'qu’est-ce qu’on a encaissé la semaine dernière ?'],
    ['combien avons-nous encaisser en octobre', 'combien avons-nous encaissé en octobre'],
    ['combien on a déjà encaisser ce mois', 'combien on a déjà encaissé ce mois'],
    ['qui a-t-on relancer hier ?', 'qui a-t-on relancé hier ?'],
    ['factures qui ont été payer en retard ce mois', 'factures qui ont été payées en retard ce mois'],
    ['combien de créances passer en perte cette année', 'combien de créances passées en perte cette année'],
    ['les factures contester de la SGH', 'les factures contestées de la SGH'],
    ['DSO des clients à risque moderer', 'DSO des clients à risque modéré'],
    ['segment modérer : taux de retard', 'segment modéré : taux de retard'],
    ['les impayés des clients à risque élever', 'les impayés des clients à risque élevé'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('« encaisser hier » after « on a » is yesterday’s money', () => {
    expect(parsed('combien on a encaisser hier ?')).toEqual(
      query({ intent: 'collected', period: YESTERDAY }),
    );
  });

  it('« risque modérer » is the moderate segment, not the high one', () => {
    expect(parsed('taux d’impayés des clients a risque modérer')).toEqual(
      query({ intent: 'overdue_ratio', risk: 'moderate' }),
    );
  });

  it.each([
    // A task keeps its infinitive: what to remind, what is still to collect.
    ['quels clients relancer aujourd’hui ?', query({ intent: 'planned_actions', period: TODAY })],
    ['qu’est-ce qu’on a à encaisser ce mois ?', NOT_UNDERSTOOD],
  ])('« %s » keeps its infinitive', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« par le client X » names X, it does not group', () => {
  it.each([
    [
      'combien de factures contester par le client SGH ?',
      query({ intent: 'disputes', customerCodes: ['C002'] }),
    ],
    ['litiges ouverts par le client LPI', query({ intent: 'disputes', customerCodes: ['C012'] })],
    ['les promesses faites par le client LPI', query({ intent: 'promises', customerCodes: ['C012'] })],
    ['les impayés par le client SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    [
      'factures contestées par le client Biocoop Part-Dieu',
      query({ intent: 'disputes', customerCodes: ['C011'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les impayés par client', query({ intent: 'unpaid_invoices', groupBy: 'customer' })],
    ['litiges par client ce mois', query({ intent: 'disputes', period: THIS_MONTH, groupBy: 'customer' })],
  ])('« %s » still groups by customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« du jour » of what was done is today', () => {
  it.each([
    ['les paiements reçus de la journée', query({ intent: 'collected', period: TODAY })],
    ['le journal du jour', query({ intent: 'journal_activity', period: TODAY })],
    ['encaissement du jour SGH', query({ intent: 'collected', period: TODAY, customerCodes: ['C002'] })],
    ['qu’a-t-on encaissé de ce jour ?', query({ intent: 'collected', period: TODAY })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['relances du jour', command({ command: 'day_card' })],
    ['Pourriez-vous envoyer l’ordre du jour du comité ?', NOT_UNDERSTOOD],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
