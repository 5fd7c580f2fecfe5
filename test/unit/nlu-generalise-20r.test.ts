/**
 * The twentieth round's words, abbreviations and dates (issue 16): money « touché » or « perçu »,
 * an infinitive typed for a participle, « par le client X » naming X, « du jour » of what was done,
 * a period restated, « cab. », « ptp », « trim ». Variants written for the rules, not copied from
 * the evaluation sets; negatives that must keep their meaning. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const YESTERDAY = { from: '2026-11-22', to: '2026-11-22' };
const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };
const THIS_QUARTER = { from: '2026-10-01', to: '2026-12-31' };
const LAST_QUARTER = { from: '2026-07-01', to: '2026-09-30' };
const YEAR_TO_DATE = { from: '2026-01-01', to: '2026-11-23' };

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

describe('a period restated is the restatement', () => {
  it.each([
    [
      'les irrécouvrables de cette année, soit depuis le 1er janvier',
      query({ intent: 'written_off', period: YEAR_TO_DATE }),
    ],
    [
      'Pour ce trimestre, c’est-à-dire depuis le 1er octobre, combien avons-nous encaissé ?',
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-11-23' } }),
    ],
    ['impayés du mois dernier, à savoir octobre', query({ intent: 'unpaid_invoices', period: OCTOBER })],
    [
      'les pertes de l’exercice, càd depuis le début de l’année',
      query({ intent: 'written_off', period: YEAR_TO_DATE }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'pertes cette année vs l’an dernier',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['les encaissements en octobre et en novembre', query({ intent: 'collected', period: OCTOBER })],
  ])('« %s »: two periods not restated are read as before', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« cab. » after a word of sending is the law firm', () => {
  it.each([
    ['les transmissions cab. de demain', 'les transmissions au cabinet de demain'],
    ['transmission cab prévue le 25/11', 'transmission au cabinet prévue le 25/11'],
    ['dossiers transmis cab. la semaine dernière', 'dossiers transmis au cabinet la semaine dernière'],
    ['Transmissions cab cette semaine par client', 'Transmissions au cabinet cette semaine par client'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('« transmissions cab. prévues cette sem » are the week’s transfers to the law firm', () => {
    expect(parsed('transmissions cab. prévues cette sem')).toEqual(
      query({ intent: 'planned_actions', step: 'J+30', period: THIS_WEEK }),
    );
  });

  it('« au cab » still asks the litigation', () => {
    expect(parsed('combien au cab ?')).toEqual(query({ intent: 'litigation' }));
  });
});

describe('« ptp » is a promise to pay, in capitals or not', () => {
  it.each([
    [
      'ptp LPI 20/12 1500€',
      command({ command: 'record_promise', customerCodes: ['C012'], date: '2026-12-20', amount: 150000 }),
    ],
    [
      'PTP biocoop part dieu 10 décembre',
      command({ command: 'record_promise', customerCodes: ['C011'], date: '2026-12-10' }),
    ],
    [
      'ptp de la SGH le 15/12',
      command({ command: 'record_promise', customerCodes: ['C002'], date: '2026-12-15' }),
    ],
    [
      'P.T.P. hotel du parc 18/12',
      command({ command: 'record_promise', customerCodes: ['C003'], date: '2026-12-18' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« les ptp non tenues » asks the promises', () => {
    expect(parsed('les ptp non tenues')).toEqual(query({ intent: 'promises' }));
  });
});

describe('« trim » is the quarter', () => {
  it.each([
    ['encaissé le trim dernier', query({ intent: 'collected', period: LAST_QUARTER })],
    ['pertes du trim. précédent', query({ intent: 'written_off', period: LAST_QUARTER })],
    ['les impayés de ce trim', query({ intent: 'unpaid_invoices', period: THIS_QUARTER })],
    ['DSO du trim dernier', query({ intent: 'dso', period: LAST_QUARTER })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« trim » alone asks nothing', () => {
    expect(parsed('trim')).toEqual(NOT_UNDERSTOOD);
  });
});
