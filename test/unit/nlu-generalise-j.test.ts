/**
 * The nineteenth round's other voices (issue 16): a retired consultant's hedges and asides, a Gen-Z
 * apprentice's fillers. Variants written for the rules, not copied from the evaluation sets;
 * negatives that must not change. Against the evaluation portfolio (test/nlu/portfolio.json: today is
 * Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('hedges and asides of a long sentence read as the question without them', () => {
  it.each([
    // A supposition, to the end of its clause (« à jour » is no balance).
    [
      'En supposant que la base soit à jour, quels sont les impayés de Biocoop Part-Dieu ?',
      'quels sont les impayés de Biocoop Part-Dieu ?',
    ],
    [
      'À supposer que les chiffres soient fiables, quel est le taux de factures payées en retard ?',
      'quel est le taux de factures payées en retard ?',
    ],
    ['Si toutefois cela est possible, j’aimerais voir les promesses non tenues.', 'les promesses non tenues'],
    [
      'Quelles factures de La Vie Claire d’Annecy sont en retard, à ma connaissance ?',
      'Quelles factures de La Vie Claire d’Annecy sont en retard ?',
    ],
    [
      'Sauf erreur de ma part, qui sont nos cinq plus gros retardataires ?',
      'qui sont nos cinq plus gros retardataires ?',
    ],
    // A manner of speaking.
    ['Quel est, de façon générale, notre DSO ?', 'Quel est notre DSO ?'],
    [
      'D’une manière générale, combien de factures sont réglées en retard ?',
      'combien de factures sont réglées en retard ?',
    ],
    ['Toutes choses égales par ailleurs, quels litiges sont ouverts ?', 'quels litiges sont ouverts ?'],
    // When and why (« faire » is no action to do, « partir » no period).
    ['Sans urgence particulière, pourriez-vous me lister les litiges en cours ?', 'les litiges en cours ?'],
    ['Quand vous en aurez le temps, donnez-moi le top 5 des retardataires.', 'top 5 des retardataires'],
    [
      'Pour les besoins d’un audit que je dois faire, pourriez-vous me donner les impayés de l’Hotel du Parc ?',
      'les impayés de l’Hotel du Parc ?',
    ],
    ['Dans un souci de clarté, quel est le taux de retard ?', 'quel est le taux de retard ?'],
    [
      'Avant de partir ce soir, pourriez-vous me donner les impayés échus depuis le 1er octobre ?',
      'les impayés échus depuis le 1er octobre ?',
    ],
    [
      'Pourriez-vous me donner les impayés de plus de 60 jours afin que je prépare mes relances ?',
      'les impayés de plus de 60 jours ?',
    ],
    [
      'Les impayés de la première quinzaine de novembre, afin de les comparer à mon fichier.',
      'Les impayés de la première quinzaine de novembre',
    ],
    // A parenthesis of the writer's doubt or news (« changé », « bougé » are no trend).
    [
      'Combien nous doit l’Hotel du Parc (il me semble que le chiffre a changé) ?',
      'Combien nous doit l’Hotel du Parc ?',
    ],
    [
      'Quel est le solde de La Vie Claire d’Annecy (je pense qu’il a bougé cette semaine) ?',
      'Quel est le solde de La Vie Claire d’Annecy ?',
    ],
    [
      'Quels sont (comme vous le savez, je reprends le dossier) nos plus mauvais payeurs ?',
      'Quels sont nos plus mauvais payeurs ?',
    ],
    // A relative of hearsay: its day is when it was said.
    ['Les litiges de l’Hotel du Parc, dont vous m’avez parlé hier ?', 'Les litiges de l’Hotel du Parc ?'],
    ['Les promesses de Biocoop Part-Dieu dont on m’a tant parlé ?', 'Les promesses de Biocoop Part-Dieu ?'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it.each([
    [
      'Quelle proportion de factures est payée en retard, de manière générale ?',
      query({ intent: 'late_rate' }),
    ],
    [
      'Qui sont, à votre connaissance (ou plutôt à celle du logiciel), nos pires payeurs ?',
      query({ intent: 'top_late_payers' }),
    ],
  ])('« %s » names no unknown customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // What is asked in a purpose clause stays: no writer in it, or nothing asked before it.
    ['Je voudrais un export afin de voir les impayés', 'Je voudrais un export des impayés'],
    ['Afin que je sache, combien nous doit l’Hotel du Parc ?', 'combien nous doit l’Hotel du Parc ?'],
    // A parenthesis naming a place or a customer is read.
    ['Combien nous doit l’Hotel du Parc (Lyon) ?', 'Combien nous doit l’Hotel du Parc Lyon ?'],
  ])('« %s » still reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('« hier » outside a hedge is the period asked', () => {
    expect(parsed('Qu’est-ce qui a été payé hier ?')).toEqual(
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-22' } }),
    );
  });

  it('a hedge alone asks nothing', () => {
    expect(parsed('À supposer que tout soit à jour.')).toEqual({ kind: 'not_understood' });
  });
});

describe('a Gen-Z apprentice’s fillers are no word of what is asked', () => {
  it.each([
    ['wsh les relances du jour', 'les relances du jour'],
    ['la revue hebdo frr', 'la revue hebdo'],
    ['frérot la fiche de l’Hotel du Parc', 'la fiche de l’Hotel du Parc'],
    ['l’export des impayés wallah', 'l’export des impayés'],
    ['askip la vie claire d’annecy a payé ?', 'la vie claire d’annecy a payé ?'],
    ['jsp combien nous doit l’hotel du parc', 'combien nous doit l’hotel du parc'],
    ['tkt c’est genre combien le DSO', 'c’est combien le DSO'],
    ['les litiges en cours sah', 'les litiges en cours'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it.each([
    // « genre » after a determiner or before « de » is a noun.
    ['quel genre de relances part aujourd’hui ?', 'quelles relances partent aujourd’hui ?'],
    // A filler alone asks nothing.
    ['wsh frr', 'bof'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('« la revue hebdo wsh » is the weekly review', () => {
    expect(parsed('la revue hebdo wsh')).toEqual({ kind: 'command', command: { command: 'weekly_review' } });
  });
});

describe('a new controller checking how things are called while asking', () => {
  it.each([
    [
      'les relances du J+20 de demain, c’est bien les recommandés c’est ça ?',
      'les relances du J+20 de demain',
    ],
    [
      'le DSO c’est bien le délai moyen de paiement, c’est ça ? il est de combien ?',
      'le DSO est de combien ?',
    ],
    [
      'les LRAR à envoyer cette semaine, c’est les mises en demeure, c’est bien ça ?',
      'les mises en demeure à envoyer cette semaine',
    ],
    ['les promesses non tenues, c’est ça hein ?', 'les promesses non tenues'],
    [
      'le contentieux c’est ce qu’on appelle Aptos c’est ça ? quels dossiers y sont ?',
      'quels dossiers sont au contentieux ?',
    ],
    ['les litiges en cours, montre-les-moi', 'montre-moi les litiges en cours'],
    ['la revue de la semaine, montre la moi', 'la revue de la semaine'],
    ['la revue hebdo c’est quoi ? affiche la moi', 'la revue hebdo'],
    ['la carte du jour c’est quoi ? fais-la-moi voir', 'la carte du jour'],
    ['l’export des impayés c’est quoi ? montrez-le-moi', 'l’export des impayés'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it.each([
    // « c’est quoi » without « montre-la-moi » still asks what it is.
    ['c’est quoi le DSO ?', 'qu’est-ce que le DSO ?'],
    // A customer named around the check stays.
    ['les impayés de Biocoop Part-Dieu, c’est ça ?', 'les impayés de Biocoop Part-Dieu'],
  ])('« %s » still reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('« c’est les LRAR c’est ça ? » names no unknown customer', () => {
    expect(parsed('les mises en demeure de demain, c’est les LRAR c’est ça ?')).toEqual(
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' }, step: 'J+20' }),
    );
  });
});

describe('where to start a day of work is its proposals', () => {
  const today = { from: '2026-11-23', to: '2026-11-23' };
  it.each([
    ['je commence par quoi aujourd’hui ?', today],
    ['par quoi je commence ce matin ?', today],
    ['on attaque par quoi demain ?', { from: '2026-11-24', to: '2026-11-24' }],
    ['par où commencer aujourd’hui ?', today],
    ['j’démarre par quoi ajd', today],
  ])('« %s »', (text, period) => {
    expect(parsed(text)).toEqual(query({ intent: 'planned_actions', period }));
  });

  it.each([
    // No day of work: not rewritten.
    ['je commence par quoi ?', NOT_UNDERSTOOD],
  ])('« %s » is not a day’s proposals', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('what a customer owed at a date, in the imperfect', () => {
  it.each([
    ['combien nous devait la mairie de caluire à fin octobre ?', 'C015', '2026-10-31'],
    ['la mairie de caluire nous devait combien à fin octobre ?', 'C015', '2026-10-31'],
    ['mairie caluire elle nous devait combien a fin octobre', 'C015', '2026-10-31'],
    ['combien nous devait biocoop part-dieu au 31 octobre ?', 'C011', '2026-10-31'],
    ['combien devait l’hotel du parc fin septembre', 'C003', '2026-09-30'],
  ])('« %s »', (text, code, asOf) => {
    expect(parsed(text)).toEqual(query({ intent: 'customer_balance', asOf, customerCodes: [code] }));
  });

  it.each([
    // « devait payer » is a promise's word, not a balance.
    [
      'l’hotel du parc devait payer le 15, il l’a fait ?',
      'l’hotel du parc a promis de payer le 15, il l’a fait ?',
    ],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });
});

describe('who pays the worst is the ranking of late payers', () => {
  it.each([
    ['genre les 3 clients qui payent le pire', query({ intent: 'top_late_payers', limit: 3 })],
    ['les clients qui paient le pire', query({ intent: 'top_late_payers' })],
    ['c’est qui qui paye le pire ?', query({ intent: 'top_late_payers' })],
    ['top 4 de ceux qui règlent le pire', query({ intent: 'top_late_payers', limit: 4 })],
    ['les 10 clients qui paient le pire en ce moment', query({ intent: 'top_late_payers', limit: 10 })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « qui a payé ? » is what was collected, not a ranking.
    ['qui a payé ?', query({ intent: 'collected' })],
  ])('« %s » is no ranking', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('in a better or worse position than another period is a trend', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };
  it.each([
    ['Sommes-nous en meilleure situation que le mois dernier ?', november],
    ['Est-on en moins bonne posture qu’en octobre sur les impayés ?', november],
    ['sommes nous en meilleure forme que le mois dernier niveau retards', november],
    ['Sommes-nous, toutes choses égales par ailleurs, en meilleure position que le mois dernier ?', november],
    [
      'Sommes-nous en moins bonne situation que la semaine dernière ?',
      { from: '2026-11-23', to: '2026-11-29' },
    ],
  ])('« %s »', (text, period) => {
    expect(parsed(text)).toEqual(query({ intent: 'trend', period }));
  });

  it.each([
    // A customer's situation is its balance.
    ['la situation de Biocoop Part-Dieu ?', query({ intent: 'customer_balance', customerCodes: ['C011'] })],
  ])('« %s » is no trend', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
