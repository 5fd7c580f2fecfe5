/**
 * Never a figure for a question not understood (issue 16, eighteenth round): names no customer has,
 * pronouns with nothing to point to, words of a customer's name weighing on the intent, work Relances
 * does not do, long text. Variants written for the rules, not copied from the evaluation sets;
 * negatives that must not change. Against the evaluation portfolio (test/nlu/portfolio.json: today is
 * Monday 23 November 2026).
 */
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { NOT_UNDERSTOOD, parsed, portfolio, query } from '../support/nlu-parse';

const unknown = (q: { intent: string } & Record<string, unknown>) => ({ kind: 'unknown_customer', query: q });

describe('a name no customer has, opening the question as the subject of a verb of paying', () => {
  it.each([
    ['Carrefour a payé ?', unknown({ intent: 'customer_balance' })],
    ['Lidl a réglé sa facture ?', unknown({ intent: 'customer_balance' })],
    ['Nestlé a bien payé ?', unknown({ intent: 'customer_balance' })],
    ['Durand SA a payé ?', unknown({ intent: 'customer_balance' })],
    ['Michelin a tenu sa promesse ?', unknown({ intent: 'promises' })],
    ['Sanofi nous doit combien ?', unknown({ intent: 'customer_balance' })],
    ['Girard SARL n’a toujours pas réglé ?', unknown({ intent: 'customer_balance' })],
    // After an article, the name was unknown already: whether it paid is its balance, as for ours.
    ['la boulangerie Dupuis a payé ?', unknown({ intent: 'customer_balance' })],
    ['la société Girard n’a toujours pas réglé ?', unknown({ intent: 'customer_balance' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // No name: an indefinite pronoun, a question word, a month, everyone.
    ['Personne n’a payé ?', 'personne n’a payé ?'],
    ['Rien n’a été payé ?', 'rien n’a été payé ?'],
    ['Qui a payé ?', 'qui a payé ?'],
    ['Octobre a été payé ?', 'octobre a été payé ?'],
    // A customer we know stays known.
    ['Biocoop Part-Dieu a payé ?', 'la Biocoop Part-Dieu a payé ?'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('never says unknown a name placed after its verb, nor a word before a comma', () => {
    expect(parsed('Carrefour, les impayés')).not.toMatchObject({ kind: 'query' });
    expect(parsed('Encaissements du mois')).toMatchObject({ kind: 'query', query: { intent: 'collected' } });
  });
});

describe('a pronoun or a reference with nothing to point to: no figure for everyone', () => {
  it.each([
    'il nous doit combien ?',
    'elle a réglé sa facture ?',
    'combien nous doit-il ?',
    'combien elle nous doit encore ?',
    'a-t-il payé ?',
    'ont-ils payé ?',
    'est-elle en retard ?',
    'il a payé combien ?',
    'et eux, ils ont payé ?',
    'ce client nous doit combien ?',
    'le même client, il a payé ?',
    'celui-ci a réglé ?',
    'il a une promesse ?',
    'elle a un échéancier en cours ?',
    'il est en litige ?',
    'ses impayés ?',
    'et son DSO ?',
    'bon, ses litiges ?',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    // Impersonal « il », a pronoun taking up what was said before it, a customer named after.
    ['il y a des litiges ?', query({ intent: 'disputes' })],
    ['il me faut les impayés', query({ intent: 'unpaid_invoices' })],
    ['le DSO il est à combien', query({ intent: 'dso' })],
    ['combien il y a d’impayés ?', query({ intent: 'unpaid_invoices' })],
    ['il nous doit combien, la SGH ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['ses impayés, à la SGH ?', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['qui n’a pas tenu sa promesse de paiement ?', query({ intent: 'promises' })],
    ['ils payent en combien de jours mes clients', query({ intent: 'dso' })],
    ['leclerc il nous doit combien', unknown({ intent: 'customer_balance' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('words of a customer’s name that are also words of the domain count once', () => {
  const raw = (text: string) =>
    parseQuestion(text, {
      today: portfolio.today,
      customers: portfolio.customers,
      lawFirm: portfolio.lawFirm,
    });

  it.each([
    // « Pas » closing a name is no « pas soldé ».
    ['Crèche Les Petits Pas solde dû', query({ intent: 'customer_balance', customerCodes: ['C008'] })],
    ['Crèche Les Petits Pas solde ?', query({ intent: 'customer_balance', customerCodes: ['C008'] })],
    [
      'Réf 4410 — Client : Crèche Les Petits Pas — Besoin : solde dû',
      query({ intent: 'customer_balance', customerCodes: ['C008'] }),
    ],
    // A review asked, the customers as a whole: no customer.
    ['bon point sur les impayés', query({ intent: 'unpaid_invoices' })],
    ['un bon point pour le DSO', query({ intent: 'dso' })],
    ['impayés de tout le parc clients', query({ intent: 'unpaid_invoices' })],
    ['notre parc de clients, le DSO ?', query({ intent: 'dso' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'encours total ?',
    'montant total dû',
    'encours net',
    'total général des impayés',
    'point impayés',
    'impayés au total',
  ])('« %s » offers no customer for a word of the domain', (text) => {
    const result = raw(text);
    expect(result.kind).toBe('query');
    expect(result).not.toHaveProperty('didYouMean');
  });

  it.each([
    // The names themselves, whole or short, still name their customers.
    ['le point sur Restaurant Au Bon Point', 'solde du Restaurant Au Bon Point'],
    ['impayés Au Bon Point', 'impayés du Restaurant Au Bon Point'],
    ['Pressing Total Net solde', 'solde de Pressing Total Net'],
    ['impayés Hôtel du Parc', 'impayés de l’Hôtel du Parc'],
    // « pas » in the question is still a negation.
    ['les factures pas soldées', 'les factures non soldées'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('still offers a customer for a word of its name that is no word of the domain', () => {
    expect(raw('factures centre')).toHaveProperty('didYouMean');
  });
});

describe('what Relances does not do, asked with the domain’s words: never a figure', () => {
  it.each([
    // A reminder sent, stopped or scheduled by hand, or by a channel the ladder does not use.
    'envoie une mise en demeure à la SGH',
    'peux-tu envoyer une relance à la mairie de Caluire ?',
    'fais partir une mise en demeure chez Dupont & Fils',
    'suspends les relances de Dupont & Fils',
    'mets en pause les relances de la mairie',
    'arrête les relances pour Biocoop Part-Dieu',
    'programme une relance pour lundi',
    'cale-moi un rappel pour Boulangerie Martin mardi',
    'relance Biocoop Part-Dieu par SMS',
    'relance par téléphone les impayés de plus de 60 jours',
    // An invoice sent or printed, penalties and interest computed.
    'envoie la facture F2026-1042 en PDF à la SGH',
    'imprime la facture F2026-1042',
    'calcule les pénalités de retard de F2026-1042',
    'intérêts de retard des impayés de plus de 60 jours',
    // The future.
    'quel sera le DSO en décembre ?',
    'combien va-t-on encaisser la semaine prochaine ?',
    'estimation des encaissements du mois prochain',
    'prévoir les encaissements de décembre',
    // The turnover invoiced, a write-off ordered, the law's costs and procedures.
    'combien on a facturé en octobre ?',
    'le montant facturé en septembre',
    'passe la SGH en irrécouvrable',
    'le prix d’un huissier',
    'combien de temps pour une injonction de payer ?',
    'engage une injonction de payer pour Dupont & Fils',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['envoie moi les relances du jour', { kind: 'command', command: { command: 'day_card' } }],
    [
      'Pourriez-vous calculer le DSO des clients à risque modéré ?',
      query({ intent: 'dso', risk: 'moderate' }),
    ],
    ['quel serait le taux d’impayés ?', query({ intent: 'overdue_ratio' })],
    [
      'facturé en octobre et pas encore payé chez mes clients ?',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-10-01', to: '2026-10-31' },
        dateBasis: 'issue',
      }),
    ],
    [
      'relances prévues demain',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    [
      'les mises en demeure envoyées à la SGH',
      query({ intent: 'journal_activity', customerCodes: ['C002'], step: 'J+20' }),
    ],
    ['dossiers chez l’huissier', query({ intent: 'litigation' })],
    ['montant des factures impayées', query({ intent: 'unpaid_invoices' })],
  ])('« %s » keeps its figure', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a question after more than 500 characters of the user’s own chatter', () => {
  const CHATTER =
    'Alors voilà, je vous explique ma situation parce que c’est un peu compliqué depuis la rentrée : ma ' +
    'collègue est partie en congé, le nouveau logiciel de paie a planté deux fois, le chef veut qu’on range ' +
    'les archives du sous-sol avant Noël et en plus la machine à café est en panne depuis lundi. Bref, je ' +
    'jongle avec tout ça, je fais ce que je peux, mais j’ai du mal à suivre et je me sens un peu perdue. ' +
    'Franchement je ne sais plus où donner de la tête avec toutes ces réunions et ces mails qui arrivent ' +
    'sans arrêt, et la nouvelle organisation des bureaux n’aide pas non plus, on a changé trois fois de place. ';
  const NUMBERS =
    'Petit contexte : l’an dernier on avait eu plus de 60 jours de retard moyen et 50 000 € d’impayés, le DSO ' +
    'était catastrophique, mais depuis on a changé d’équipe. Je vous raconte tout ça parce que mon chef me ' +
    'pose toujours les mêmes questions et je ne sais jamais où trouver les chiffres, il faut dire que je suis ' +
    'nouvelle et que je viens du service achats où on ne parlait jamais de recouvrement ni de relances. Bref, ' +
    'la vie de bureau quoi, avec ses hauts et ses bas, et beaucoup de café pour tenir le coup. ';

  it('is longer than what is read of a message', () => {
    expect(CHATTER.length).toBeGreaterThan(500);
    expect(NUMBERS.length).toBeGreaterThan(500);
  });

  it.each([
    [CHATTER, 'Quelles sont les factures impayées de plus de 30 jours ?'],
    [CHATTER, 'Combien nous doit la SGH ?'],
    [CHATTER, 'Du coup, le DSO du mois dernier ?'],
    [NUMBERS, 'Quelles relances sont prévues demain ?'],
    [NUMBERS, 'Les litiges en cours de Biocoop Part-Dieu, svp.'],
    [NUMBERS, 'impayés de Carrefour ?'],
    [CHATTER + NUMBERS, 'Les promesses non tenues ?'],
  ])('reads the question after the chatter: « …%# »', (chatter, question) => {
    expect(parsed(`${chatter}${question}`)).toEqual(parsed(question));
  });

  it('reads a figure neither out of the chatter with nothing asked after it', () => {
    for (const end of ['Voilà, rien de plus.', 'Bonne journée.'])
      expect(parsed(`${NUMBERS}${end}`)).toEqual(NOT_UNDERSTOOD);
  });

  it('reads a question opening a long message, with its question mark, when its end asks nothing', () => {
    expect(parsed(`Les impayés de plus de 60 jours ? ${NUMBERS}Merci d’avance.`)).toEqual(
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    );
    // Without one, the first sentence may be the chatter's: not read.
    expect(parsed(`Les impayés de plus de 60 jours. ${NUMBERS}Merci d’avance.`)).toEqual(NOT_UNDERSTOOD);
  });

  it('reads no promise in the payroll (« le logiciel de paie … lundi »)', () => {
    expect(
      parsed('le nouveau logiciel de paie a planté, je vous explique ma situation depuis lundi'),
    ).not.toMatchObject({
      kind: 'command',
    });
    // « parce (que) » is no name (it read « Hôtel du Parc », one letter off).
    expect(parsed('le client paie lundi parce que')).not.toMatchObject({ kind: 'command' });
    expect(parsed('Hôtel du Parc paie vendredi')).toMatchObject({
      kind: 'command',
      command: { command: 'record_promise', customerCodes: ['C003'] },
    });
    expect(parsed('Biocoop Part-Dieu paie lundi')).toMatchObject({
      kind: 'command',
      command: { command: 'record_promise', customerCodes: ['C011'] },
    });
  });
});

describe('how the user feels is no figure: « je me sens perdue » are no losses', () => {
  it.each([
    'je me sens un peu perdue',
    'je suis complètement perdu avec ce logiciel',
    'on est perdus, franchement',
    'je me suis perdu',
    'jsuis perdue grave',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'je suis perdue dans les impayés de plus de 30 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 31 } }),
    ],
    [
      'on a perdu combien cette année ?',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    [
      'perdu en créances irrécouvrables l’an dernier',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
  ])('« %s » keeps what it asks', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the same classes, said in other ways', () => {
  it.each([
    // A name taken up by its pronoun after a comma; a branch of one of our brands we do not have.
    ['Franprix, il a payé ?', unknown({ intent: 'customer_balance' })],
    ['Intermarché Bron a payé ?', unknown({ intent: 'customer_balance' })],
    ['solde Intermarché Bron', unknown({ intent: 'customer_balance' })],
    ['impayés Biocoop Villeurbanne', unknown({ intent: 'unpaid_invoices' })],
    // Our branches, said whole or by alias, stay ours.
    ['solde Intermarché Vaise', query({ intent: 'customer_balance', customerCodes: ['C018'] })],
    ['impayés ITM Vaise', query({ intent: 'unpaid_invoices', customerCodes: ['C018'] })],
    ['Biocoop Part-Dieu, il a payé ?', query({ intent: 'customer_balance', customerCodes: ['C011'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'et là il nous doit combien ?',
    'la cliente a réglé ?',
    'cette cliente a payé ?',
    'combien il lui reste à payer ?',
    'il a combien de retard ?',
    'Alors, il a payé ?',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });
});

describe('the same classes, in other families', () => {
  it.each([
    ['Franprix est au contentieux ?', unknown({ intent: 'litigation' })],
    ['Casino a un échéancier ?', unknown({ intent: 'payment_plans' })],
    ['Auchan a des litiges ?', unknown({ intent: 'disputes' })],
    ['Leclerc fait partie des mauvais payeurs ?', unknown({ intent: 'top_late_payers' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'il est chez l’avocat ?',
    'il fait partie des mauvais payeurs ?',
    'et pour elle, les promesses ?',
    'chez lui, les litiges ?',
    'réécris la relance de la SGH en plus poli',
    'traduis la relance en anglais',
    'accorde un échéancier à la SGH',
    'propose un échéancier à Dupont & Fils sur 3 mois',
    'quel est le meilleur moment pour relancer ?',
    'combien de relances faut-il envoyer pour être payé ?',
    'quelle est la loi sur les délais de paiement ?',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['quels clients sont chez l’avocat ?', query({ intent: 'litigation' })],
    ['la SGH est chez l’avocat ou pas ?', query({ intent: 'litigation', customerCodes: ['C002'] })],
    [
      'Classez-moi les clients selon le montant en retard, du pire au meilleur',
      query({ intent: 'top_late_payers' }),
    ],
    [
      'échéanciers accordés ce mois',
      query({ intent: 'payment_plans', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
  ])('« %s » keeps its figure', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a complaint, who does the work, a payment told, what we owe: no figure', () => {
  it.each([
    'pourquoi le DSO est faux ?',
    'les impayés affichés sont erronés',
    'qui s’occupe des relances chez nous ?',
    'qui a validé la mise en demeure de la SGH ?',
    'j’ai reçu un chèque de la SGH',
    'j’ai encaissé 2000 € de Biocoop Part-Dieu hier',
    'enregistre un paiement de 500 € pour la SGH',
    'combien on doit à la SGH ?',
    'combien nous devons à Biocoop Part-Dieu ?',
    'le DSO de nos concurrents ?',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['on nous doit combien ?', query({ intent: 'aged_balance' })],
    ['combien nous doit la SGH ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'on a encaissé combien hier',
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    [
      'on a reçu des paiements cette semaine ?',
      query({ intent: 'collected', period: { from: '2026-11-23', to: '2026-11-29' } }),
    ],
    [
      'quels dossiers on doit passer à l’avocat aujourd’hui',
      parsed('quels dossiers doivent passer à l’avocat aujourd’hui'),
    ],
  ])('« %s » keeps its figure', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the same in English', () => {
  it.each([
    'how much does he owe us?',
    'did she pay?',
    'his unpaid invoices',
    'stop the reminders for the SGH',
    'calculate late payment interest',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['how much does Tesco owe us?', unknown({ intent: 'customer_balance' })],
    ['has he paid?', NOT_UNDERSTOOD],
  ])('« %s » as before', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
