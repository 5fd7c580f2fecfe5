/**
 * Issue 16, generalisation (h16-fixa): rules, not sentences. Politeness and framing are never names
 * nor commands; a question is not a customer's card because it says « dossier »; commands inside a
 * sentence; requests Relances does not do are not understood, never a figure. Each class is written
 * in variants of our own (other words, typos, politeness), with negatives that must not change.
 * Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { isDayCardCommand, readCommand } from '../../src/questions/parser/commands';
import { withoutPoliteness } from '../../src/questions/parser/politeness';
import { portfolio, parsed, query, command, NOT_UNDERSTOOD } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };

describe('politeness and framing are never names nor commands', () => {
  it.each([
    ['Bonjour, pourriez-vous me donner la balance âgée ?', query({ intent: 'aged_balance' })],
    ['Salut ! est-il possible de voir la balance agée stp', query({ intent: 'aged_balance' })],
    ['balance âgée, merci beaucoup', query({ intent: 'aged_balance' })],
    ['Bonsoir, serait-il possible de connaître le DSO s’il vous plaît ?', query({ intent: 'dso' })],
    ['dis-moi le DSO svp', query({ intent: 'dso' })],
    [
      'peux-tu me donner le solde de Dupont et Fils, merci d’avance',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    [
      'J’aimerais savoir combien nous doit Dupont & Fils, merci par avance',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    [
      'je voudrais connaitre le solde du client Dupont et Fils svp',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    ['Excusez-moi, pouvez-vous m’indiquer le DSO ?', query({ intent: 'dso' })],
    ['Bonjour, serait-il possible d’avoir le DSO s’il vous plaît ?', query({ intent: 'dso' })],
    [
      'je souhaiterais connaître les impayés de Julien Bernard, merci d’avance',
      query({ intent: 'unpaid_invoices', customerCodes: ['C009'] }),
    ],
    ['je souhaiterais obtenir la liste des litiges, d’avance merci', query({ intent: 'disputes' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('blanks the framing in place: the other words keep their offsets', () => {
    const text = 'Bonjour, serait-il possible d’obtenir la balance âgée de Biocoop s’il vous plaît ?';
    const out = withoutPoliteness(text);
    expect(out).toHaveLength(text.length);
    expect(out.indexOf('Biocoop')).toBe(text.indexOf('Biocoop'));
    expect(out.replace(/\s+/g, ' ').trim()).toBe('la balance âgée de Biocoop ?');
  });

  it.each([
    // Words that merely look like politeness stay: a name is still unknown, a figure still asked.
    ['impayés de Zorglub Industries merci', 'unknown_customer'],
    ['bonjour', 'not_understood'],
    ['merci', 'not_understood'],
  ])('negative « %s » stays %s', (text, kind) => {
    expect(parsed(text).kind).toBe(kind);
  });
});

describe('a question is not a customer-card command because it says « dossier » or « client »', () => {
  it.each([
    ['quels dossiers sont partis chez Aptos ?', query({ intent: 'litigation' })],
    ['dossiers au contentieux de Dupont et Fils', query({ intent: 'litigation', customerCodes: ['C005'] })],
    [
      'les dossiers en retard de Dupont et Fils',
      query({ intent: 'unpaid_invoices', customerCodes: ['C005'] }),
    ],
    ['Bonjour, les dossiers transmis à l’avocat ?', query({ intent: 'litigation' })],
    [
      'client Julien Bernard : ses factures en litige',
      query({ intent: 'disputes', customerCodes: ['C009'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['fiche client Dupont et Fils', ['C005']],
    ['ouvre le dossier Dupont et Fils', ['C005']],
    ['le dossier de Julien Bernard', ['C009']],
    ['fiche de Dupont et Fils avec ses litiges', ['C005']],
  ])('negative: « %s » still opens the card', (text, codes) => {
    expect(parsed(text)).toEqual(command({ command: 'customer_card', customerCodes: codes }));
  });
});

describe('commands inside a sentence', () => {
  it.each([
    ['Je voudrais voir la carte des relances du jour, merci', command({ command: 'day_card' })],
    ['c koi les relances du jour', command({ command: 'day_card' })],
    ['c’est quoi la carte des relances du jour ?', command({ command: 'day_card' })],
    ['Bonjour, pourriez-vous afficher les relances du jour ?', command({ command: 'day_card' })],
    ['on a fait quoi sur F2026-1042', command({ command: 'history', invoice: 'F2026-1042' })],
    ['nous avons fait koi sur F2026-1042 ?', command({ command: 'history', invoice: 'F2026-1042' })],
    ['quoi de fait sur F2026-1042 ?', command({ command: 'history', invoice: 'F2026-1042' })],
    ['jappelle qui chez Dupont et Fils', command({ command: 'customer_contact', customerCodes: ['C005'] })],
    [
      'j’appelle qui chez Julien Bernard ?',
      command({ command: 'customer_contact', customerCodes: ['C009'] }),
    ],
    [
      'on contacte qui chez Dupont et Fils ?',
      command({ command: 'customer_contact', customerCodes: ['C005'] }),
    ],
    [
      'Pourriez-vous ajouter l’alias DF pour Dupont et Fils ?',
      command({ command: 'add_alias', customerCodes: ['C005'], alias: 'DF' }),
    ],
    [
      'Bonjour, je voudrais ajouter l’alias JB pour Julien Bernard, merci',
      command({ command: 'add_alias', customerCodes: ['C009'], alias: 'JB' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A question about the day's reminders, with its verb, is the planned actions (README, Commands).
    ['quelles relances sont prévues aujourd’hui ?', query({ intent: 'planned_actions', period: TODAY })],
    [
      'on a fait quoi hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['on en est où avec Dupont et Fils ?', query({ intent: 'customer_balance', customerCodes: ['C005'] })],
  ])('negative « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('requests Relances does not do are not understood, never a figure', () => {
  it.each([
    'envoie des chocolats à Dupont et Fils',
    'envoie une facture pro forma... non : envoie un cadeau à Julien Bernard',
    'quel temps fera-t-il à Paris demain ?',
    'quelle météo prévue à Marseille samedi ?',
    'envoie des fleurs à Dupont et Fils stp',
    'quel temps fait il a Bordeaux',
    'réserve une table au restaurant',
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['quelles lettres sont parties hier ?', 'query'],
    ['les petits impayés, moins de 500 €', 'query'],
    ['factures contestées par le Novotel', 'unknown_customer'],
    ['relances envoyées hier', 'query'],
  ])('negative « %s » stays %s', (text, kind) => {
    expect(parsed(text).kind).toBe(kind);
  });
});

describe('the bot’s command route reads the same sentences (readCommand, isDayCardCommand)', () => {
  const context = { today: portfolio.today, customers: portfolio.customers, lawFirm: portfolio.lawFirm };

  it('leaves « dossiers au contentieux de X » to the questions', () => {
    expect(readCommand('dossiers au contentieux de Dupont et Fils', context)).toBeNull();
    expect(readCommand('fiche Dupont et Fils', context)).toMatchObject({
      command: { command: 'customer_card' },
    });
  });

  it('reads a polite alias and a polite day card', () => {
    expect(readCommand('Pourriez-vous ajouter l’alias DF pour Dupont et Fils ?', context)).toMatchObject({
      command: { command: 'add_alias', alias: 'DF', customer: { codes: ['C005'] } },
    });
    expect(isDayCardCommand('Je voudrais voir la carte des relances du jour, merci')).toBe(true);
    expect(isDayCardCommand('quelles relances sont prévues aujourd’hui ?')).toBe(false);
  });
});
