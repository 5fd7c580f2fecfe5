/**
 * Issue 16, fourth round (p20-N): rules the parser lacked on the questions of three new blind
 * writers, each written here in variants of our own (other words, typos, SMS spelling, politeness,
 * English where it applies) with negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026, the law firm is Aptos Avocats).
 */
import { parsed, query, command } from '../support/nlu-parse';

const alias = (alias: string, code: string) =>
  command({ command: 'add_alias', customerCodes: [code], alias });

describe('« alias X pour Y » after any verb of adding, anywhere in the sentence', () => {
  it.each([
    ['rajoute alias NAT pour naturalia part dieu', alias('NAT', 'C010')],
    ['mets l’alias Le Parc pour l’Hôtel du Parc', alias('Le Parc', 'C003')],
    ['tu peux noter l alias SGH pour la Société Générale d’Hygiène stp', alias('SGH', 'C002')],
    [
      'Le patron dit toujours « les Tilleuls » : merci d’ajouter l’alias Tilleuls pour EHPAD Les Tilleuls',
      alias('Tilleuls', 'C014'),
    ],
    ['enregistre un alias ITM pour Intermarché Vaise', alias('ITM', 'C018')],
    ['please add alias DF for Dupont & Fils', alias('DF', 'C005')],
    // « pour » splits before « de »: an alias may hold « de ».
    ['alias Hôtel de Ville pour Hôtel du Parc', alias('Hôtel de Ville', 'C003')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['alias SGH pour Société Générale d’Hygiène', alias('SGH', 'C002')],
    ['ajoute l’alias SGH à la Société Générale d’Hygiène', alias('SGH', 'C002')],
    ['ajoute SGH comme alias de Société Générale d’Hygiène', alias('SGH', 'C002')],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a person with a civility title is never an unknown customer', () => {
  const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
  it.each([
    ['Monsieur Girard veut le DSO', query({ intent: 'dso' })],
    ['Mme Roux demande la balance âgée', query({ intent: 'aged_balance' })],
    ['le DSO pour M. Girard stp', query({ intent: 'dso' })],
    [
      'Madame la Directrice souhaite les impayés du mois dernier',
      query({ intent: 'unpaid_invoices', period: OCTOBER }),
    ],
    ['Maître Pons demande quels dossiers sont chez Aptos', query({ intent: 'litigation' })],
    ['Monsieur Jean Girard voudrait le taux de retard', query({ intent: 'late_rate' })],
    ['Mr Smith wants the DSO', query({ intent: 'dso' })],
    // A single day to come on a figure of the ledger as it stands is the sentence's context.
    [
      'Mme Roux voit le patron de l’Hôtel du Parc demain : combien nous doit-il ?',
      query({ intent: 'customer_balance', customerCodes: ['C003'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // After « de », « chez », « client » a person is still a customer asked for, and said unknown.
    ['impayés de Mme Lefèvre', 'unknown_customer'],
    ['combien nous doit Monsieur Lefèvre ?', 'unknown_customer'],
    ['impayés de Carrefour', 'unknown_customer'],
    ['le DSO de Carrefour', 'unknown_customer'],
    // A customer who is a person is found by its name.
    ['combien nous doit Monsieur Julien Bernard ?', 'query'],
  ])('negative: « %s » stays %s', (text, kind) => {
    expect(parsed(text).kind).toBe(kind);
  });

  it('the unpaid invoices due tomorrow keep their day', () => {
    expect(parsed('impayés qui tombent demain')).toEqual(
      query({ intent: 'unpaid_invoices', period: { from: '2026-11-24', to: '2026-11-24' } }),
    );
  });
});

describe('« relances du jour » as a noun phrase: typos, urgency, and a sentence saying why', () => {
  const DAY_CARD = command({ command: 'day_card' });
  it.each([
    ['relances du jours'],
    ['afficher les relances du jours svp'],
    ['relances du jour vite'],
    ['relances du jour asap !'],
    ['Puis-je voir la carte des relances du jour ?'],
    ['imprimer les relances du jour'],
    ['Les relances du jour, s’il vous plaît. Le directeur les attend.'],
    ['relances du jour stp, je pars en réunion'],
    ['Je voudrais voir les relances du jour : je suis seule au bureau aujourd’hui.'],
  ])('« %s » is the day’s card', (text) => {
    expect(parsed(text)).toEqual(DAY_CARD);
  });

  it.each([
    // A verb about the reminders asks the planned actions; a second question is answered.
    ['quelles relances sont prévues aujourd’hui ?', 'query'],
    ['relances du jour. Et combien nous doit Biocoop Part-Dieu ?', 'query'],
    ['relances des 3 derniers jours', 'query'],
  ])('negative: « %s » stays a %s', (text, kind) => {
    expect(parsed(text).kind).toBe(kind);
  });
});

describe('what was done for a customer in a period is the journal, its whole file the history', () => {
  const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
  const journal = (period: Record<string, string>, code: string) =>
    query({ intent: 'journal_activity', period, customerCodes: [code] });
  it.each([
    [
      'qu’a-t-on fait sur Biocoop Part-Dieu hier ?',
      journal({ from: '2026-11-22', to: '2026-11-22' }, 'C011'),
    ],
    ['on a fait koi sur l’hotel du parc la semaine derniere', journal(LAST_WEEK, 'C003')],
    ['quelles relances sont parties chez Dupont & Fils la semaine dernière ?', journal(LAST_WEEK, 'C005')],
    [
      'historique de la boulangerie Martin en octobre',
      journal({ from: '2026-10-01', to: '2026-10-31' }, 'C013'),
    ],
    [
      'qu’est-ce qui a été fait pour la mairie de Caluire ce mois-ci ?',
      journal({ from: '2026-11-01', to: '2026-11-30' }, 'C015'),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['qu’a-t-on fait sur Biocoop Part-Dieu ?', command({ command: 'history', customerCodes: ['C011'] })],
    ['historique client Biocoop Part-Dieu', command({ command: 'history', customerCodes: ['C011'] })],
    // An invoice's history is the invoice's, whatever the period said.
    ['historique F2026-1042 cette semaine', command({ command: 'history', invoice: 'F2026-1042' })],
    ['historique du DSO', query({ intent: 'dso' })],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('files going to the law firm: to come, the day’s proposals; gone, the journal or the firm’s list', () => {
  const TODAY = { from: '2026-11-23', to: '2026-11-23' };
  const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
  it.each([
    ['qui passe chez Aptos aujourd’hui ?', query({ intent: 'planned_actions', period: TODAY, step: 'J+30' })],
    ['ki part chez aptos demain', query({ intent: 'planned_actions', period: TOMORROW, step: 'J+30' })],
    [
      'quels clients doivent partir chez l’avocat demain ?',
      query({ intent: 'planned_actions', period: TOMORROW, step: 'J+30' }),
    ],
    [
      'qui va passer au cabinet aujourd’hui ?',
      query({ intent: 'planned_actions', period: TODAY, step: 'J+30' }),
    ],
    [
      'dossiers envoyés chez Aptos en octobre',
      query({ intent: 'journal_activity', period: { from: '2026-10-01', to: '2026-10-31' }, step: 'J+30' }),
    ],
    [
      'qui est passé chez l’avocat la semaine dernière ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' }, step: 'J+30' }),
    ],
    ['quels dossiers sont partis chez l’avocat ?', query({ intent: 'litigation' })],
    ['qu’est-ce qui part aujourd’hui ?', query({ intent: 'planned_actions', period: TODAY })],
    // A noun whose complement is a word of the vocabulary is no object outside the domain.
    ['quels dossiers sont entre les mains de l’avocat ?', query({ intent: 'litigation' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['qu’est-ce qui est chez Aptos ?', query({ intent: 'litigation' })],
    ['qu’est-ce qui est au contentieux ?', query({ intent: 'litigation' })],
    [
      'dossiers transmis à Aptos en octobre',
      query({ intent: 'journal_activity', period: { from: '2026-10-01', to: '2026-10-31' }, step: 'J+30' }),
    ],
    [
      'quelle part des impayés a plus de 60 jours ?',
      query({ intent: 'overdue_ratio', daysLate: { min: 61 } }),
    ],
    ['envoie des fleurs à la SGH', { kind: 'not_understood' }],
    ['quel temps fait-il à Lyon demain ?', { kind: 'not_understood' }],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('how people ask for a trend, for the help, and fillers', () => {
  const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };
  it.each([
    ['ça s’améliore par rapport au mois dernier ?', query({ intent: 'trend', period: THIS_MONTH })],
    ['ca se degrade vs le mois dernier ?', query({ intent: 'trend', period: THIS_MONTH })],
    ['le DSO se dégrade ?', query({ intent: 'trend', measure: 'dso' })],
    ['les retards empirent ?', query({ intent: 'trend' })],
    [
      'amélioration des encaissements par rapport au mois dernier ?',
      query({ intent: 'trend', measure: 'collected', period: THIS_MONTH }),
    ],
    ['tu sers à quoi ?', query({ intent: 'help' })],
    ['a quoi sert ce bot en fait ?', query({ intent: 'help' })],
    ['qu’est-ce qu’on peut demander ici ?', query({ intent: 'help' })],
    ['Mon chef voudrait savoir ce qu’il peut demander depuis son téléphone', query({ intent: 'help' })],
    [
      'du coup, qu’a-t-on fait hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A customer's situation asked with no customer: the other figure the question names.
    ['l’encours par ancienneté de mes clients ça donne quoi', query({ intent: 'aged_balance' })],
    ['les impayés, ça donne quoi ?', query({ intent: 'unpaid_invoices' })],
    ['et le DSO, on en est où ?', query({ intent: 'dso' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['ça donne quoi avec l’hôtel du parc ?', query({ intent: 'customer_balance', customerCodes: ['C003'] })],
    ['solde ?', { kind: 'not_understood' }],
    [
      'qu’est-ce qui a été fait hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('customers ranked or invoices listed; nothing done on days to come', () => {
  it.each([
    ['les 5 clients avec les retards les plus importants', query({ intent: 'top_late_payers', limit: 5 })],
    ['quels clients ont la plus grosse dette en retard ?', query({ intent: 'top_late_payers' })],
    ['les clients avec les impayés les plus élevés', query({ intent: 'top_late_payers' })],
    ['les trois clients qui ont le plus gros montant de retard', query({ intent: 'top_late_payers' })],
    [
      'les factures de mes clients en retard de plus de 60 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    ['factures des clients en retard', query({ intent: 'unpaid_invoices' })],
    ['il fait beau à Villeurbanne demain ?', { kind: 'not_understood' }],
    ['qu’est-ce qui a été fait demain', { kind: 'not_understood' }],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les factures impayées les plus importantes', query({ intent: 'unpaid_invoices' })],
    ['clients en retard', query({ intent: 'top_late_payers' })],
    ['top 5 des mauvais payeurs', query({ intent: 'top_late_payers', limit: 5 })],
    [
      'quels mails de relance demain ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' }, step: 'J+3' }),
    ],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a customer’s situation, its promises, and who called', () => {
  const balance = (code: string) => query({ intent: 'customer_balance', customerCodes: [code] });
  it.each([
    ['où en sommes-nous avec l’Hôtel du Parc ?', balance('C003')],
    ['on en est où avec Intermarché Vaise', balance('C018')],
    ['combien il reste à payer chez Julien Bernard ?', balance('C009')],
    ['combien reste a payer pour la mairie de Caluire', balance('C015')],
    // Someone who called is news, not a contact asked for.
    ['Le gérant de la Boulangerie Martin a appelé ce matin : où en est ce client ?', balance('C013')],
    ['la mairie de Caluire nous a contactés, où en sont-ils ?', balance('C015')],
    // « afin de », « avant de » open a verb: what follows is no customer's name.
    [
      'les impayés de plus de 5 000 €, afin de préparer la réunion',
      query({ intent: 'unpaid_invoices', amount: { gt: 500000 } }),
    ],
    ['le DSO avant de partir en congés', query({ intent: 'dso' })],
    // The state of a promise is the promises'.
    [
      'la boulangerie Martin avait promis de payer, ça en est où ?',
      query({ intent: 'promises', customerCodes: ['C013'] }),
    ],
    ['où en est la promesse de Dupont & Fils ?', query({ intent: 'promises', customerCodes: ['C005'] })],
    [
      'Julien Bernard s’était engagé à payer, on en est où ?',
      query({ intent: 'promises', customerCodes: ['C009'] }),
    ],
    // A customer's code in a promise.
    [
      'le client C012 promet de payer 800 € le 10/12',
      command({ command: 'record_promise', customerCodes: ['C012'], date: '2026-12-10', amount: 80000 }),
    ],
    [
      'C007 s’engage à payer fin du mois',
      command({ command: 'record_promise', customerCodes: ['C007'], date: '2026-11-30' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'qui appeler chez Intermarché Vaise ?',
      command({ command: 'customer_contact', customerCodes: ['C018'] }),
    ],
    ['impayés de Dupont & Fils', query({ intent: 'unpaid_invoices', customerCodes: ['C005'] })],
    ['reste à payer de Dupont & Fils', query({ intent: 'unpaid_invoices', customerCodes: ['C005'] })],
    ['combien nous doit Dupont & Fils qui avait promis de payer ?', balance('C005')],
    ['où en est Dupont & Fils ?', balance('C005')],
    ['impayés de Carrefour', { kind: 'unknown_customer', query: { intent: 'unpaid_invoices' } }],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the daily work in plain words: what is to do, what was done, who did it', () => {
  const TODAY = { from: '2026-11-23', to: '2026-11-23' };
  const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
  const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
  const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
  it.each([
    [
      'qui reçoit une mise en demeure aujourd’hui ?',
      query({ intent: 'planned_actions', period: TODAY, step: 'J+20' }),
    ],
    ['des LRAR à préparer aujourd’hui ?', query({ intent: 'planned_actions', period: TODAY, step: 'J+20' })],
    ['qu’est-ce qui est programmé demain ?', query({ intent: 'planned_actions', period: TOMORROW })],
    ['qu’est-ce que je dois valider aujourd’hui ?', query({ intent: 'planned_actions', period: TODAY })],
    // « mes tâches du jour » is a noun phrase of the day's work: the card (nlu-generalise-d).
    [
      'mes tâches du jour pour Biocoop Part-Dieu',
      query({ intent: 'planned_actions', customerCodes: ['C011'] }),
    ],
    ['le programme de la journée', query({ intent: 'planned_actions' })],
    // « matin », « soir » are times of day, never « Martin »; mails that leave are proposals.
    [
      'quels mails partent demain matin ?',
      query({ intent: 'planned_actions', period: TOMORROW, step: 'J+3' }),
    ],
    ['qu’est-ce qui s’est passé pendant mon absence ?', query({ intent: 'journal_activity' })],
    ['qu’est-ce qui a été fait pendant mes congés ?', query({ intent: 'journal_activity' })],
    ['les actions de la semaine dernière', query({ intent: 'journal_activity', period: LAST_WEEK })],
    // The company's people act; they are neither customers nor objects outside the domain.
    [
      'qu’est-ce que les commerciaux ont fait cette semaine ?',
      query({ intent: 'journal_activity', period: THIS_WEEK }),
    ],
    ['qu’a fait l’équipe la semaine dernière ?', query({ intent: 'journal_activity', period: LAST_WEEK })],
    ['le DSO pour la réunion de demain', query({ intent: 'dso' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // The day's work as a noun phrase is the day's card (nlu-generalise-d, sixth round).
    ['les actions du jour', command({ command: 'day_card' })],
    [
      'jappelle qui chez biocoop part dieu',
      command({ command: 'customer_contact', customerCodes: ['C011'] }),
    ],
    ['mail de la Boulangerie Martin', command({ command: 'customer_contact', customerCodes: ['C013'] })],
    ['impayés de la Boulangerie Martin', query({ intent: 'unpaid_invoices', customerCodes: ['C013'] })],
    [
      'quelles relances ont été envoyées hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the day’s card asked again, and the help by its other names', () => {
  it.each([
    ['remets-moi les relances du jour'],
    ['tu peux me renvoyer la carte du jour ?'],
    ['réaffiche la carte des relances stp'],
    ['actualise les relances du jour'],
    ['relances du jour encore'],
  ])('« %s » is the day’s card', (text) => {
    expect(parsed(text)).toEqual(command({ command: 'day_card' }));
  });

  it.each([['liste des commandes'], ['t’es capable de quoi ?'], ['quelles commandes je peux taper ?']])(
    '« %s » asks the help',
    (text) => {
      expect(parsed(text)).toEqual(query({ intent: 'help' }));
    },
  );

  it.each([
    ['combien de relances du jour ?', 'query'],
    ['les relances de nouveau', 'query'],
    ['commandes de Biocoop Part-Dieu', 'not_understood'],
  ])('negative: « %s » stays a %s', (text, kind) => {
    expect(parsed(text).kind).toBe(kind);
  });
});

describe('what everyone owes, a customer’s tab, and what is planned in English', () => {
  it.each([
    [
      'c’est combien l’ardoise de Dupont & Fils ?',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    ['l ardoise de la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['combien on a d’encours au total ?', query({ intent: 'aged_balance' })],
    ['notre encours global ?', query({ intent: 'aged_balance' })],
    [
      'what’s planned for today?',
      query({ intent: 'planned_actions', period: { from: '2026-11-23', to: '2026-11-23' } }),
    ],
    [
      'what is scheduled tomorrow?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['encours de Biocoop Part-Dieu', query({ intent: 'customer_balance', customerCodes: ['C011'] })],
    ['solde ?', { kind: 'not_understood' }],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the suppliers’ side and orders to change things are never a figure', () => {
  it.each([
    ['combien on a payé nos fournisseurs ce mois ?'],
    ['quelles factures fournisseurs sont à payer ?'],
    ['les achats du mois dernier'],
    ['supprime toutes les factures'],
    ['annule la relance de Biocoop Part-Dieu'],
    ['Bonjour, efface les litiges svp'],
    ['modifie le montant de la facture de la SGH'],
    ['what do we owe our suppliers?'],
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual({ kind: 'not_understood' });
  });

  it.each([
    ['lever le litige F2026-1048', command({ command: 'lift_dispute', invoice: 'F2026-1048' })],
    ['les impayés de plus de 30 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 31 } })],
    ['Quel est le DSO ? Change rien, je regarde.', query({ intent: 'dso' })],
    // A noun that is also a verb's form opens a question.
    [
      'baisse des impayés par rapport au mois dernier ?',
      query({ intent: 'trend', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('what a customer still owes, in other words; customers ranked by a count', () => {
  const balance = (code: string) => query({ intent: 'customer_balance', customerCodes: [code] });
  it.each([
    ['le montant dû par l’EHPAD les Tilleuls', balance('C014')],
    ['total dû par Biocoop Part-Dieu', balance('C011')],
    ['combien la mairie de Caluire a encore à nous payer ?', balance('C015')],
    ['la crèche Les Petits Pas a-t-elle tout payé ?', balance('C008')],
    ['est-ce que l’hôtel du parc est à jour de ses paiements ?', balance('C003')],
    ['qui sont les clients qui ont le plus de factures en retard ?', query({ intent: 'top_late_payers' })],
    ['les mauvais élèves', query({ intent: 'top_late_payers' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les factures impayées les plus importantes', query({ intent: 'unpaid_invoices' })],
    ['qui nous doit le plus de fric ?', query({ intent: 'top_late_payers' })],
    [
      'impayés du mois par client',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-11-01', to: '2026-11-30' },
        groupBy: 'customer',
      }),
    ],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
