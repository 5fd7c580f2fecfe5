/**
 * The twenty-fifth round's ch'ti voice (issue 16): a Lille sales rep writing as he speaks. Variants
 * written for the rules, not copied from the evaluation sets; negatives that must not change. Against
 * the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

describe('an « e » left out before a consonant is put back', () => {
  it.each([
    [
      'Combin qu’la SGH nous a réglé d’puis l’15 octobre ?',
      query({
        intent: 'collected',
        customerCodes: ['C002'],
        period: { from: '2026-10-15', to: '2026-11-23' },
      }),
    ],
    [
      'Les impayés d’la boulangerie Martin d’puis l’1er septembre',
      query({
        intent: 'unpaid_invoices',
        customerCodes: ['C013'],
        period: { from: '2026-09-01', to: '2026-11-23' },
      }),
    ],
    [
      'Ch’est quoi les r’lances d’main ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    [
      'Qu’est-ch’ qu’on a invoyé la s’maine dernière à Dupont ?',
      query({
        intent: 'journal_activity',
        customerCodes: ['C005'],
        period: { from: '2026-11-16', to: '2026-11-22' },
      }),
    ],
    ['Biloute, les r’lances du jour', command({ command: 'day_card' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A standard elision before a vowel or a mute « h », and « aujourd’hui », stay.
    [
      'Qu’a-t-on fait aujourd’hui pour l’hôtel du Parc ?',
      'Qu’a-t-on fait aujourd’hui pour l’Hôtel du Parc ?',
    ],
    // « t’sais » is the Québec filler, not « te sais ».
    ['Les impayés de Dupont, t’sais ?', 'Les impayés de Dupont ?'],
  ])('« %s » still reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });
});

describe('« ch’ » is « ce » or « c’ »', () => {
  it.each([
    [
      'Ch’est combin les incaissements ch’mois-ci ?',
      query({ intent: 'collected', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    [
      'Ch’est quoi min DSO ch’t’année ?',
      query({ intent: 'dso', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    [
      'Les litiges ouverts ch’trimestre, s’te plaît',
      query({ intent: 'disputes', period: { from: '2026-10-01', to: '2026-12-31' } }),
    ],
    [
      'Qu’est-ch’ qu’on a fait hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    [
      'Qu’est-ch’ qu’on a passé in perte in octobre ?',
      query({ intent: 'written_off', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('ch’ti words and pronouns read as French', () => {
  it.each([
    [
      'Combin qu’y nous doit, l’hosto d’Villefranche ?',
      query({ intent: 'customer_balance', customerCodes: ['C004'] }),
    ],
    ['L’hôtel du Parc al doit combin ?', query({ intent: 'customer_balance', customerCodes: ['C003'] })],
    ['Al a payé, l’EHPAD Les Tilleuls ?', query({ intent: 'customer_balance', customerCodes: ['C014'] })],
    [
      'Quo qu’te dis, Dupont al a payé ou pas ?',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    [
      'Qu’est-ch’ qu’on li a invoyé, à la mairie d’Caluire ?',
      query({ intent: 'journal_activity', customerCodes: ['C015'] }),
    ],
    ['Combin d’factures in retard dins mes clients ?', query({ intent: 'unpaid_invoices' })],
    ['Quo qu’on a comme promesses in cours ?', query({ intent: 'promises' })],
    [
      'Dis biloute, combin qu’on a incaissé hier ?',
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['Qui qui nous doit l’plus ?', query({ intent: 'top_late_payers' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « il y a », « on y va »: « y » stays « there »; a minimum stays a minimum.
    [
      'Y a combien d’impayés de plus de 60 jours ?',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    ['Min secteur, y a combin d’impayés ?', query({ intent: 'unpaid_invoices' })],
    // « in » in English, or in a hyphenated English word, keeps its meaning.
    [
      'cash-in ce mois vs le mois dernier',
      query({ intent: 'trend', measure: 'collected', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    [
      'show me the invoices paid late in October',
      query({ intent: 'late_rate', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('small talk about the weather stays small talk', () => {
    expect(parsed('Dis biloute, y fait frod à Roubaix ch’matin, hein ?')).toEqual(NOT_UNDERSTOOD);
  });
});

describe('a share of payments made late is the late rate', () => {
  it.each([
    'à combien de pour cent mes clients payent en retard ?',
    'quel % de clients paient en retard ?',
    'combien pour cent des factures sont réglées hors délai ?',
    'Mes clients y payent in r’tard à combin d’pour cent ?',
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'late_rate' }));
  });

  it.each([
    ['% des impayés', query({ intent: 'overdue_ratio' })],
    ['les impayés de plus de cent euros', query({ intent: 'unpaid_invoices', amount: { gt: 10000 } })],
    ['combien de clients paient en retard ?', query({ intent: 'top_late_payers' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
