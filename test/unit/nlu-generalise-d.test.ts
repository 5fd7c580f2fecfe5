/**
 * Issue 16, sixth round (N3): the daily work understood as people really ask it — rules, not
 * sentences. Each class is written in variants of our own (other words, typos, SMS spelling,
 * politeness, English where it applies), with negatives that must not change. Against the
 * evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { parsed, portfolio, query, command, NOT_UNDERSTOOD } from '../support/nlu-parse';

const alias = (customerCodes: string[], text: string) =>
  command({ command: 'add_alias', customerCodes, alias: text });

describe('an alias changed is an alias given (Relances keeps every alias: the new one is added)', () => {
  it.each([
    ['change l’alias SGH pour Société Générale d’Hygiène', alias(['C002'], 'SGH')],
    ['modifie l’alias PSRA pour Propreté Services Rhône-Alpes', alias(['C007'], 'PSRA')],
    ['mets à jour l’alias HDP pour l’Hôtel du Parc', alias(['C003'], 'HDP')],
    ['définis l’alias JDF pour Les Jardins de Fourvière', alias(['C019'], 'JDF')],
    ['utilise l’alias CHV pour le centre hospitalier de Villefranche', alias(['C004'], 'CHV')],
    ['change alias PTN pour Pressing Total Net stp', alias(['C017'], 'PTN')],
    [
      'Pourriez-vous corriger l’alias Bon Point pour le Restaurant Au Bon Point ?',
      alias(['C016'], 'Bon Point'),
    ],
    ['remplace l’alias de la Société Générale d’Hygiène par SGH', alias(['C002'], 'SGH')],
    ['change the alias of Pressing Total Net to PTN', alias(['C017'], 'PTN')],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['alias SGH pour Société Générale d’Hygiène', alias(['C002'], 'SGH')],
    ['ajoute SGH comme alias de la Société Générale d’Hygiène', alias(['C002'], 'SGH')],
    ['alias Hôtel de Ville pour Mairie de Caluire-et-Cuire', alias(['C015'], 'Hôtel de Ville')],
  ])('unchanged: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

const DAY_CARD = command({ command: 'day_card' });
const TODAY = { from: '2026-11-23', to: '2026-11-23' };

describe('the day’s card as a command: its thing, its day, and framing only', () => {
  it.each([
    'ma carte',
    'la carte svp',
    'affiche ma carte',
    'redonne moi la carte',
    'carte stp',
    'ma carte du jour',
    'les actions du jour',
    'mes actions du jour',
    'mes tâches du jour',
    'ma liste du jour',
    'ma to-do',
    'ma todo du jour',
    'la to do list',
    'Merci de m’afficher les relances du jour.',
    'Merci de bien vouloir m’afficher la carte du jour.',
    'Veuillez me montrer les relances du jour',
    'je veux la carte du jour',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(DAY_CARD);
  });

  it.each([
    // A verb about the reminders, a step, a customer or another thing asked: a question.
    ['quelles relances partent aujourd’hui ?', query({ intent: 'planned_actions', period: TODAY })],
    [
      'actions de relance prévues aujourd’hui pour Biocoop Part-Dieu',
      query({ intent: 'planned_actions', period: TODAY, customerCodes: ['C011'] }),
    ],
    ['Merci de m’indiquer le DSO', query({ intent: 'dso' })],
    ['fiche Biocoop Part-Dieu', command({ command: 'customer_card', customerCodes: ['C011'] })],
    ['merci d’avance pour la balance âgée', query({ intent: 'aged_balance' })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

const HELP = query({ intent: 'help' });

describe('the help in one word, a sign or a question about what the bot does', () => {
  it.each([
    '?',
    '??',
    ' ? ',
    'menu',
    'menu stp',
    'Menu',
    'le menu svp',
    'aide',
    'tu peux m’aider ?',
    'besoin d’aide',
    'quelles sont tes commandes ?',
    'vos commandes ?',
    'tu fais quoi ?',
    'tu fais koi',
    'que fais-tu ?',
    'how does this work?',
    'what can you do?',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(HELP);
  });

  it.each([
    // A figure asked beside a word of help is that figure.
    ['aide-moi à trouver le DSO', query({ intent: 'dso' })],
    ['tu peux m’aider avec la balance âgée ?', query({ intent: 'aged_balance' })],
    ['combien nous doit Biocoop Part-Dieu ?', query({ intent: 'customer_balance', customerCodes: ['C011'] })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const planned = (extra: Record<string, unknown>) => query({ intent: 'planned_actions', ...extra });

describe('the day’s work by step: a step with a day of work, going to the firm, to be sent', () => {
  it.each([
    // A step of the ladder with its day, no verb: that day's proposals at that step.
    ['les LR du jour', planned({ period: TODAY, step: 'J+20' })],
    ['les mises en demeure du jour', planned({ period: TODAY, step: 'J+20' })],
    ['mails de rappel du jour ?', planned({ period: TODAY, step: 'J+3' })],
    ['LR demain ?', planned({ period: TOMORROW, step: 'J+20' })],
    ['les prévenances d’aujourd’hui', planned({ period: TODAY, step: 'J-5' })],
    ['courriers simples de demain stp', planned({ period: TOMORROW, step: 'J+10' })],
    // Going to the firm (« basculer », « doit être transmis », « sera envoyé »), today, to come or this week.
    ['Quels clients basculent au cabinet aujourd’hui ?', planned({ period: TODAY, step: 'J+30' })],
    ['qui bascule au contentieux cette semaine ?', planned({ period: THIS_WEEK, step: 'J+30' })],
    ['quels dossiers basculent chez Aptos cette semaine ?', planned({ period: THIS_WEEK, step: 'J+30' })],
    ['qui doit etre transmis au cabinet aujourd’hui ?', planned({ period: TODAY, step: 'J+30' })],
    ['ce qui doit être envoyé au cabinet demain', planned({ period: TOMORROW, step: 'J+30' })],
    ['quels clients doivent être transmis à l’avocat demain ?', planned({ period: TOMORROW, step: 'J+30' })],
    // Planned, scheduled, to be reminded.
    ['Quelles actions de recouvrement sont planifiées pour aujourd’hui ?', planned({ period: TODAY })],
    ['quelles actions sont planifiées pour demain', planned({ period: TOMORROW })],
    ['quelles factures seront relancées demain ?', planned({ period: TOMORROW })],
    ['les clients qui vont être relancés cette semaine', planned({ period: THIS_WEEK })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // Done, in the past: the journal; gone with no period: the firm's list.
    [
      'les LR envoyées hier',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' }, step: 'J+20' }),
    ],
    [
      'dossiers transmis au cabinet la semaine dernière',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' }, step: 'J+30' }),
    ],
    ['quels clients sont partis chez l’avocat ?', query({ intent: 'litigation' })],
    // A step with a past day is what was sent that day (issue 16, fourteenth round's tuning: it was
    // not understood).
    [
      'les LR d’hier',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' }, step: 'J+20' }),
    ],
    // « poser un jour de congé » is no posting; « congé » is an ordinary word, never a customer.
    ['Comment je fais pour poser un jour de congé ?', NOT_UNDERSTOOD],
    ['je pose un congé demain', NOT_UNDERSTOOD],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const journal = (extra: Record<string, unknown>) => query({ intent: 'journal_activity', ...extra });

describe('what was done: other verbs of sending; an invoice named is its history', () => {
  it.each([
    ['Nombre de mises en demeure adressées en octobre', journal({ period: OCTOBER, step: 'J+20' })],
    ['Nombre de LRAR adressées en octobre', journal({ period: OCTOBER, step: 'J+20' })],
    [
      'combien de mises en demeure ont été adressées le mois dernier',
      journal({ period: OCTOBER, step: 'J+20' }),
    ],
    ['combien de lettres recommandées expédiées en octobre', journal({ period: OCTOBER, step: 'J+20' })],
    [
      'nb de mails de relance expédiés hier',
      journal({ period: { from: '2026-11-22', to: '2026-11-22' }, step: 'J+3' }),
    ],
    ['qu’est-ce qui a été fait pendant mes congés ?', journal({})],
    ['toutes les actions sur la facture F2026-1042', command({ command: 'history', invoice: 'F2026-1042' })],
    ['les relances de la F2026-1042 stp', command({ command: 'history', invoice: 'F2026-1042' })],
    [
      'historique de la facture F2026-1042 depuis octobre',
      command({ command: 'history', invoice: 'F2026-1042' }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // An address is a contact, not a sending.
    ['adresse de la Boulangerie Martin', command({ command: 'customer_contact', customerCodes: ['C013'] })],
    ['mettre F2026-1048 en litige', command({ command: 'open_dispute', invoice: 'F2026-1048' })],
    // A customer's story in a period is the journal filtered on it.
    [
      'qu’a-t-on fait sur Naturalia la semaine dernière ?',
      journal({ period: { from: '2026-11-16', to: '2026-11-22' }, customerCodes: ['C010'] }),
    ],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('sixth round: the classes of the new dev misses, in variants of our own', () => {
  const TOP = query({ intent: 'top_late_payers' });
  it.each([
    // The day's card ordered in any person of a verb of showing again.
    ['Actualisez les relances du jour svp', DAY_CARD],
    ['Renvoyez-moi la carte du jour, la directrice la veut pour sa réunion.', DAY_CARD],
    ['réaffichez la carte stp', DAY_CARD],
    ['ouvrez les relances du jour', DAY_CARD],
    ['Montrez-moi ma to-do', DAY_CARD],
    // The help names no customer: a word left in it is no unknown customer.
    ['Quels types d’analyses puis-je vous demander ?', HELP],
    ['quels genres de rapports je peux te demander', HELP],
    ['quelles sortes de chiffres puis-je demander ?', HELP],
    // Customers ranked: « classer / trier les clients », « top N clients », a balance with a superlative.
    [
      'Pouvez-vous me classer les 10 clients présentant le solde échu le plus élevé ?',
      query({ intent: 'top_late_payers', limit: 10 }),
    ],
    ['trie les clients par montant en retard', TOP],
    ['top 5 customers with the most overdue', query({ intent: 'top_late_payers', limit: 5 })],
    ['top 3 clients en retard', query({ intent: 'top_late_payers', limit: 3 })],
    ['les clients dont le solde est le plus élevé', TOP],
    // Sent (to come) in the present: « on envoie qui chez Aptos demain ? ».
    ['kon envoie qui chez aptos demain', planned({ period: TOMORROW, step: 'J+30' })],
    ['on transmet qui au cabinet aujourd’hui ?', planned({ period: TODAY, step: 'J+30' })],
    // What to handle today; a weekday alone is the next one for the proposals.
    ['Bonjour, qu’est-ce que je dois traiter aujourd’hui, dans l’ordre ? Merci', planned({ period: TODAY })],
    ['dossiers à traiter demain ?', planned({ period: TOMORROW })],
    ['relances programmées pour jeudi', planned({ period: { from: '2026-11-26', to: '2026-11-26' } })],
    [
      'Je fais ma tournée mercredi : qui parmi mes clients doit recevoir une lettre de relance ce jour-là ?',
      planned({ period: { from: '2026-11-25', to: '2026-11-25' }, step: 'J+10' }),
    ],
    ['quelles LR partent lundi ?', planned({ period: TODAY, step: 'J+20' })],
    // What someone did, by person.
    [
      'Le contrôleur a fait quoi chez la vie claire le mois dernier ? je les vois jeudi',
      journal({ period: OCTOBER, customerCodes: ['C006'] }),
    ],
    ['les commerciaux ont fait quoi hier ?', journal({ period: { from: '2026-11-22', to: '2026-11-22' } })],
    [
      'qu’ont fait les stagiaires la semaine dernière ?',
      journal({ period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    // The turnover is not Relances': never a figure.
    ['c’est quoi le CA prévu pour l’an prochain ?', NOT_UNDERSTOOD],
    ['notre chiffre d’affaires de novembre', NOT_UNDERSTOOD],
    ['le CA de la SGH cette année', NOT_UNDERSTOOD],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['relances à envoyer aujourd’hui', planned({ period: TODAY })],
    // A weekday alone is read as one to come only for the proposals; for what was done it is the
    // latest one (eighth round, nlu-generalise-h.test.ts).
    ['qu’a-t-on fait mercredi ?', journal({ period: { from: '2026-11-18', to: '2026-11-18' } })],
    [
      'ça va mieux que le mois dernier ?',
      query({ intent: 'trend', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
    ['psra ca donne koi', query({ intent: 'customer_balance', customerCodes: ['C007'] })],
    ['les relances prévues vendredi 27', planned({ period: { from: '2026-11-27', to: '2026-11-27' } })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('top debtors in a controller’s words: « les gros », a superlative of customers', () => {
  const TOP = query({ intent: 'top_late_payers' });
  it.each([
    'les plus gros',
    'les gros',
    'c’est qui les plus gros ?',
    'les pires',
    'nos plus mauvais',
    'les gros retards',
    'gros retards ?',
    'les plus grosses ardoises',
    'les clients avec le plus d’impayés',
    'les clients qui ont le plus d’argent en retard',
    'qui paye jamais ?',
    'ki paie jamais',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(TOP);
  });

  it.each([
    // Invoices listed, not customers ranked; a customer's own debt; a superlative of another thing.
    ['les factures de mes clients en retard', query({ intent: 'unpaid_invoices' })],
    ['l’ardoise de Dupont et Fils', query({ intent: 'customer_balance', customerCodes: ['C005'] })],
    ['les plus gros impayés par client', query({ intent: 'top_late_payers', groupBy: 'customer' })],
    ['gros', NOT_UNDERSTOOD],
    ['les plus gros DSO', query({ intent: 'dso' })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('small words of the help and the proposals', () => {
  it.each([
    ['instructions', HELP],
    ['un tuto svp', HELP],
    ['programme de demain', planned({ period: TOMORROW })],
    ['le planning des relances cette semaine', planned({ period: THIS_WEEK })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a follow-up with no question before it: not understood, what was understood said back', () => {
  it.each([
    ['et Julien Bernard ?', { customerCodes: ['C009'], customerNames: ['Julien Bernard'] }],
    ['et pour octobre ?', { period: OCTOBER }],
    ['et la SGH ?', { customerCodes: ['C002'], customerNames: ['Société Générale d’Hygiène'] }],
    ['et hier ?', { period: { from: '2026-11-22', to: '2026-11-22' } }],
    ['Et Carrefour ?', {}],
  ])('%s', (text, understood) => {
    expect(
      parseQuestion(text, {
        today: portfolio.today,
        customers: portfolio.customers,
        lawFirm: portfolio.lawFirm,
      }),
    ).toEqual({ kind: 'not_understood', understood });
  });

  it.each([
    // A follow-up that asks something is that question.
    [
      'et Julien Bernard, il nous doit combien ?',
      query({ intent: 'customer_balance', customerCodes: ['C009'] }),
    ],
    ['et le DSO, on en est où ?', query({ intent: 'dso' })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a verb of the daily work never takes a customer’s name', () => {
  const caterer = {
    ...portfolio.customers[0]!,
    code: 'C900',
    legalName: 'Traiteur Les Canuts SA',
    aliases: [],
  };
  it.each([
    [
      'combien nous doit Traiteur Les Canuts SA ?',
      query({ intent: 'customer_balance', customerCodes: ['C900'] }),
    ],
    ['qu’est-ce que je dois traiter aujourd’hui ?', planned({ period: TODAY })],
  ])('%s', (text, expected) => {
    const result = parseQuestion(text, {
      today: portfolio.today,
      customers: [...portfolio.customers, caterer],
      lawFirm: portfolio.lawFirm,
    });
    expect(result.kind === 'query' ? { kind: 'query', query: result.query } : result).toEqual(expected);
  });
});
