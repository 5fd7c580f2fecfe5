/**
 * The parser generalising beyond the public set's words (issue 16, seventh round): the day's card
 * asked with a formal framing or beside a sentence about a meeting is the card, never a figure; the
 * bookkeeper's formal framings (« Auriez-vous l’obligeance de … ») are politeness. Variants written
 * for the rules, not copied from the evaluation sets; negatives that must not change. Against the
 * evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const DAY_CARD = command({ command: 'day_card' });

describe('a word of the context is never a typo of a keyword: « comité » is no « compte »', () => {
  it.each([
    'Remets-moi les relances du jour, je les relis avant le comité de direction.',
    'la carte du jour stp, j’ai comité à 10h.',
    'ma to-do, le comité commence dans 5 minutes.',
    'Affiche les relances du jour, le comité de pilotage les attend.',
    'relances du jour svp, c’est pour le comité.',
  ])('« %s » is the day’s card', (text) => {
    expect(parsed(text)).toEqual(DAY_CARD);
  });

  it.each([
    ['comité de direction : quel est le DSO ?', query({ intent: 'dso' })],
    ['solde du compte de la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['solde du comte de la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
  ])('« %s » keeps its figure', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a formal request’s framing is politeness, the verb after it with it', () => {
  it.each([
    ['Auriez-vous la bonté de me remettre les relances du jour ?', DAY_CARD],
    ['Auriez-vous l’amabilité de m’afficher la carte du jour ?', DAY_CARD],
    ['Seriez-vous assez aimable pour me montrer les relances du jour ?', DAY_CARD],
    [
      'Seriez-vous assez aimable pour me donner les impayés de plus de 60 jours ?',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    [
      'Je vous saurais gré de me communiquer le DSO du trimestre.',
      query({ intent: 'dso', period: { from: '2026-10-01', to: '2026-12-31' } }),
    ],
    ['Ayez l’amabilité de me montrer la balance âgée.', query({ intent: 'aged_balance' })],
    [
      'Auriez-vous la gentillesse de me dire combien nous doit l’Hôtel du Parc ?',
      query({ intent: 'customer_balance', customerCodes: ['C003'] }),
    ],
    [
      'Auriez-vous l’obligeance de me résumer les actions menées la semaine dernière ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    ['auriez vous l obligeance de m indiquer nos plus mauvais payeurs', query({ intent: 'top_late_payers' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'Auriez-vous l’obligeance de m’envoyer des fleurs ?',
    'Auriez-vous la bonté de me réserver une salle ?',
    'Seriez-vous assez aimable pour me commander un taxi ?',
  ])('« %s » is not understood (no figure)', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });
});

describe('letters to be sent (« expédiées ») are the day’s proposals; sent ones the journal', () => {
  it.each([
    ['quelles lettres recommandées doivent être expédiées aujourd’hui ?', TODAY, 'J+20'],
    ['quelles LRAR sont à expédier aujourd’hui ?', TODAY, 'J+20'],
    ['les mises en demeure qui vont être expédiées demain', TOMORROW, 'J+20'],
    ['quels courriers de relance seront expédiés demain ?', TOMORROW, 'J+10'],
    [
      'Auriez-vous l’obligeance de m’indiquer les mails qui doivent être expédiés aujourd’hui ?',
      TODAY,
      'J+3',
    ],
  ])('« %s » is planned_actions', (text, period, step) => {
    expect(parsed(text)).toEqual(query({ intent: 'planned_actions', period, step }));
  });

  it('« quelles mises en demeure ont été expédiées hier ? » stays the journal', () => {
    expect(parsed('quelles mises en demeure ont été expédiées hier ?')).toEqual(
      query({
        intent: 'journal_activity',
        period: { from: '2026-11-22', to: '2026-11-22' },
        step: 'J+20',
      }),
    );
  });
});

describe('a caller on the line is news, not a contact asked for (a receptionist relays)', () => {
  const balance = (codes: string[]) => query({ intent: 'customer_balance', customerCodes: codes });
  it.each([
    ['Naturalia au téléphone demande ce qu’ils nous doivent', balance(['C010'])],
    ['l’hôtel du parc est au tel, combien ils doivent ?', balance(['C003'])],
    ['dupont et fils appelle, on en est où avec eux ?', balance(['C005'])],
    ['SGH en ligne : quel est leur solde ?', balance(['C002'])],
    [
      'la compta de Naturalia au tel veut savoir ses factures en retard',
      query({ intent: 'unpaid_invoices', customerCodes: ['C010'] }),
    ],
    [
      'ouvre la fiche de la SGH, ils sont au téléphone',
      command({ command: 'customer_card', customerCodes: ['C002'] }),
    ],
    [
      'Biocoop appelle, combien ils doivent ?',
      { kind: 'ambiguous_customer', query: { intent: 'customer_balance' }, candidates: ['C001', 'C011'] },
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['téléphone de la SGH', ['C002']],
    ['appelle l’hôtel du parc', ['C003']],
    ['qui appelle chez naturalia ?', ['C010']],
    ['j’appelle qui chez dupont ?', ['C005']],
    ['le numéro de tel de Naturalia', ['C010']],
  ])('« %s » still asks the contact', (text, codes) => {
    expect(parsed(text)).toEqual(command({ command: 'customer_contact', customerCodes: codes }));
  });
});

describe('a fast typist: a plural’s « s » typed twice, euros glued to the number', () => {
  it.each([
    ['impayéss de plus de 2000e', query({ intent: 'unpaid_invoices', amount: { gt: 200000 } })],
    ['facturess en retard de plus de 10keur', query({ intent: 'unpaid_invoices', amount: { gt: 1000000 } })],
    [
      'impayés > 750eur a plus de 60j',
      query({ intent: 'unpaid_invoices', amount: { gt: 75000 }, daysLate: { min: 61 } }),
    ],
    [
      'encaissementss de la semaine dernière',
      query({ intent: 'collected', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    ['les 3 plus gros débiteurss', query({ intent: 'top_late_payers', limit: 3 })],
    ['impayés de moins de 1500 euros', query({ intent: 'unpaid_invoices', amount: { lt: 150000 } })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'factures émises au 3e trimestre toujours impayées',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-07-01', to: '2026-09-30' },
        dateBasis: 'issue',
      }),
    ],
    [
      'LR envoyées la 2e quinzaine d’octobre',
      query({ intent: 'journal_activity', period: { from: '2026-10-16', to: '2026-10-31' }, step: 'J+20' }),
    ],
  ])('« %s »: a bare « e » below a hundred stays an ordinal', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'combien de stagiairess cette année ?',
    'impayéss de la boulangerie du coin',
    'cmbien de salariés chez Greenova',
    'combien de cafés a-t-on bu ?',
  ])('« %s » gives no figure', (text) => {
    expect(parsed(text)).not.toMatchObject({ kind: 'query' });
  });
});

describe('a note’s noun as the alias verb; a word of what is owed inside a customer’s name', () => {
  const alias = (alias: string, codes: string[]) =>
    command({ command: 'add_alias', alias, customerCodes: codes });
  it.each([
    ['ajout d’un alias SGH pour Société Générale d’Hygiène', alias('SGH', ['C002'])],
    ['création alias ITM pour Intermarché Vaise', alias('ITM', ['C018'])],
    ['ajout alias Bon Point pour Restaurant Au Bon Point', alias('Bon Point', ['C016'])],
    ['Création d’un alias NAT pour Naturalia Part-Dieu', alias('NAT', ['C010'])],
    ['ajout alias Htl Parc pour Hôtel du Parc', alias('Htl Parc', ['C003'])],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'ouvre le client restaurant au bon point',
    'Ouvre-moi le client Restaurant Au Bon Point, ils sont au tel',
    'client Restaurant au Bon Point',
    'montre-moi le client Restaurant Au Bon Point',
    'ouvrez le client Restaurant au Bon Point svp',
  ])('« %s » opens the card', (text) => {
    expect(parsed(text)).toEqual(command({ command: 'customer_card', customerCodes: ['C016'] }));
  });

  it.each([
    [
      'le point sur le client Restaurant Au Bon Point',
      query({ intent: 'customer_balance', customerCodes: ['C016'] }),
    ],
    [
      'combien doit le client Restaurant Au Bon Point ?',
      query({ intent: 'customer_balance', customerCodes: ['C016'] }),
    ],
    ['ajout de factures en retard', query({ intent: 'unpaid_invoices' })],
  ])('« %s » stays a question', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('what the customer received is our mail, not money received', () => {
  const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
  it.each([
    [
      'le client hôtel du parc dit qu’il a rien reçu, on lui a envoyé quoi la semaine dernière ?',
      { period: LAST_WEEK, customerCodes: ['C003'] },
    ],
    [
      'Naturalia dit qu’ils ont pas reçu la relance, qu’est-ce qu’on leur a envoyé ce mois ?',
      { period: { from: '2026-11-01', to: '2026-11-30' }, customerCodes: ['C010'] },
    ],
    [
      'la SGH dit qu’elle n’a jamais reçu de lettre, on a envoyé quoi en octobre ?',
      { period: { from: '2026-10-01', to: '2026-10-31' }, customerCodes: ['C002'] },
    ],
    [
      'dupont et fils affirme qu’il a pas reçu nos courriers, on lui a envoyé quoi la semaine dernière ?',
      { period: LAST_WEEK, customerCodes: ['C005'] },
    ],
    ['il a reçu nos relances ?', {}],
  ])('« %s » is the journal', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'journal_activity', ...filters }));
  });

  it.each([
    ['paiements reçus la semaine dernière', { period: LAST_WEEK }],
    [
      'qu’a-t-on reçu de Naturalia ce mois ?',
      { period: { from: '2026-11-01', to: '2026-11-30' }, customerCodes: ['C010'] },
    ],
    ['a-t-on reçu le paiement de la SGH ?', { customerCodes: ['C002'] }],
  ])('« %s » stays money received', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'collected', ...filters }));
  });
});

describe('English: « has evolved », « over time » ask a trend', () => {
  it.each([
    ['show me how the DSO has evolved', { measure: 'dso' }],
    ['how has the DSO evolved?', { measure: 'dso' }],
    ['how did collections evolve', { measure: 'collected' }],
    ['overdue amount over time', {}],
    ['DSO evolution', { measure: 'dso' }],
  ])('« %s »', (text, filters) => {
    expect(parsed(text)).toEqual(query({ intent: 'trend', ...filters }));
  });

  it.each([
    ['what is our DSO?', 'dso'],
    ['show me the overdue invoices', 'unpaid_invoices'],
  ])('« %s » stays %s', (text, intent) => {
    expect(parsed(text)).toEqual(query({ intent }));
  });
});

describe('files « passés » to the firm in a period are the journal at the transfer step', () => {
  it.each([
    ['nb de dossiers passés chez l’avocat en 2024', { from: '2024-01-01', to: '2024-12-31' }],
    ['combien de dossiers passés au contentieux le mois dernier ?', { from: '2026-10-01', to: '2026-10-31' }],
    ['clients passés chez Aptos en octobre', { from: '2026-10-01', to: '2026-10-31' }],
    ['dossiers passés au cabinet la semaine dernière', { from: '2026-11-16', to: '2026-11-22' }],
    ['les affaires passées chez l’avocat au trimestre dernier', { from: '2026-07-01', to: '2026-09-30' }],
  ])('« %s »', (text, period) => {
    expect(parsed(text)).toEqual(query({ intent: 'journal_activity', period, step: 'J+30' }));
  });

  it.each([
    [
      'qui passe chez Aptos demain ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' }, step: 'J+30' }),
    ],
    [
      'dossiers passés en perte en 2025',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
