/**
 * The twenty-first round's novice and slang (issue 16): a sales rep who talks around the finance
 * words (« la lettre sérieuse avec accusé de réception », « en combien de jours on se fait payer »,
 * « réglées après la date prévue », « des clients râlent », « que personne n'a payées », « l'étape
 * où on envoie chez les avocats »), an order to lift a dispute asked « tu peux retirer … ? », a
 * colleague's slang of money (« raqué », « lâché », « versé », « la thune qui rentre », « les mecs
 * de X », « file-moi ») and a tired wish (« vivement le week-end ») that is no « virement ».
 * Variants written for the rules, not copied from the evaluation sets; negatives that must keep
 * their meaning. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };
const THIS_YEAR = { from: '2026-01-01', to: '2026-12-31' };
const SINCE_JANUARY = { from: '2026-01-01', to: '2026-11-23' };

describe('the registered letter said « lettre sérieuse avec accusé de réception » is J+20', () => {
  it.each([
    [
      'les courriers avec AR prévus aujourd’hui',
      query({ intent: 'planned_actions', period: TODAY, step: 'J+20' }),
    ],
    [
      'les lettres formelles avec accusé de réception envoyées la semaine dernière',
      query({ intent: 'journal_activity', period: LAST_WEEK, step: 'J+20' }),
    ],
    [
      'on envoie quoi demain comme lettre officielle avec accusé de réception ?',
      query({ intent: 'planned_actions', period: TOMORROW, step: 'J+20' }),
    ],
    [
      'les impayés où on en est à la lettre sérieuse avec un accusé de reception',
      query({ intent: 'unpaid_invoices', step: 'J+20' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« les lettres de relance prévues demain » stay the simple letter, J+10', () => {
    expect(parsed('les lettres de relance prévues demain')).toEqual(
      query({ intent: 'planned_actions', period: TOMORROW, step: 'J+10' }),
    );
  });
});

describe('the step where files go to the lawyers is litigation', () => {
  it.each([
    ['le stade où on passe le dossier chez l’avocat, qui est dedans ?'],
    ['l’étape quand on transmet aux avocats, il y a qui ?'],
    ['qui est à l’étape où on envoie les dossiers chez les avocats ?'],
    ['la phase où l’on envoie chez un avocat, y a combien de clients ?'],
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'litigation' }));
  });

  it('« demain on envoie quoi chez les avocats ? » stays the day’s sending to the law firm', () => {
    expect(parsed('demain on envoie quoi chez les avocats ?')).toEqual(
      query({ intent: 'planned_actions', period: TOMORROW, step: 'J+30' }),
    );
  });
});

describe('how many days it takes to be paid is the DSO', () => {
  it.each([
    ['en combien de temps les clients nous paient en moyenne ?', query({ intent: 'dso' })],
    ['le nombre qui dit en combien de jours on est payés', query({ intent: 'dso' })],
    ['le nombre de jours que mettent nos clients à nous régler', query({ intent: 'dso' })],
    [
      'le temps que les clients mettent à payer depuis janvier, ça évolue comment ?',
      query({ intent: 'trend', measure: 'dso', period: SINCE_JANUARY }),
    ],
    ['le truc qui indique en combien de jours on se fait régler ?', query({ intent: 'dso' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« combien de jours de retard sur la SGH ? » stays its unpaid invoices', () => {
    expect(parsed('combien de jours de retard sur la SGH ?')).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    );
  });
});

describe('invoices paid after the date planned are paid late', () => {
  it.each([
    [
      'le pourcentage de factures payées après l’échéance cette année',
      query({ intent: 'late_rate', period: THIS_YEAR }),
    ],
    [
      'combien de factures réglées passé la date limite le mois dernier ?',
      query({ intent: 'late_rate', period: OCTOBER }),
    ],
    ['la part des factures payées après la date convenue', query({ intent: 'late_rate' })],
    [
      'quelle proportion de factures est réglée après la date d’échéance depuis janvier ?',
      query({ intent: 'late_rate', period: SINCE_JANUARY }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« les factures dont l’échéance est passée » stay the unpaid invoices', () => {
    expect(parsed('les factures dont l’échéance est passée')).toEqual(query({ intent: 'unpaid_invoices' }));
  });
});

describe('invoices customers complain about are disputed', () => {
  it.each([
    ['les factures pour lesquelles les clients se plaignent', query({ intent: 'disputes' })],
    ['les factures dont un client râle', query({ intent: 'disputes' })],
    [
      'les factures sur lesquelles nos clients rouspètent ce mois-ci',
      query({ intent: 'disputes', period: THIS_MONTH }),
    ],
    ['y a des factures sur lesquelles certains clients gueulent ?', query({ intent: 'disputes' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« les factures pas payées » stay the unpaid invoices', () => {
    expect(parsed('les factures pas payées')).toEqual(query({ intent: 'unpaid_invoices' }));
  });
});

describe('invoices no one has paid yet are unpaid', () => {
  it.each([
    [
      'les factures émises en octobre que personne n’a payées',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
    [
      'les factures qu’on a sorties en septembre et que personne a réglé',
      query({ intent: 'unpaid_invoices', period: SEPTEMBER, dateBasis: 'issue' }),
    ],
    ['les factures qu’aucun client n’a encore payées', query({ intent: 'unpaid_invoices' })],
    [
      'les factures qu’on a faites en octobre et que personne a jamais payé',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« les factures payées en octobre » stay money received', () => {
    expect(parsed('les factures payées en octobre')).toEqual(parsed('les encaissements d’octobre'));
  });
});

describe('« tu peux retirer le litige … ? » is an order', () => {
  it.each([
    ['vous pouvez enlever le litige de la F2026-1042 ? ils ont payé', 'F2026-1042'],
    ['tu pourrais supprimer le litige sur F2026-1048 stp ?', 'F2026-1048'],
    ['est-ce que tu peux annuler la contestation sur la F2026-1048 ?', 'F2026-1048'],
    ['tu peux retirer le litige de la F2026-1077 ? c’est réglé avec eux', 'F2026-1077'],
  ])('« %s »', (text, invoice) => {
    expect(parsed(text)).toEqual(command({ command: 'lift_dispute', invoice }));
  });

  it.each([['le litige sur la F2026-1048 est retiré ?'], ['la F2026-1048 est-elle en litige ?']])(
    '« %s » still asks',
    (text) => {
      expect(parsed(text)).toEqual(query({ intent: 'disputes' }));
    },
  );
});

describe('a customer who « a versé », « a raqué », « a lâché » paid us', () => {
  it.each([
    [
      'combien Biocoop Part-Dieu nous a versé la semaine dernière ?',
      query({ intent: 'collected', period: LAST_WEEK, customerCodes: ['C011'] }),
    ],
    [
      'combien ils nous ont versé ceux de l’Hotel du Parc en septembre',
      query({ intent: 'collected', period: SEPTEMBER, customerCodes: ['C003'] }),
    ],
    [
      'la SGH a casqué combien ce mois ?',
      query({ intent: 'collected', period: THIS_MONTH, customerCodes: ['C002'] }),
    ],
    [
      'ils ont craché combien les gars de Naturalia le mois dernier ?',
      query({ intent: 'collected', period: OCTOBER, customerCodes: ['C010'] }),
    ],
    [
      'les types de la SGH ils ont lâché quelque chose ou pas ?',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    [
      'les mecs de chez Naturalia ils ont raqué ?',
      query({ intent: 'customer_balance', customerCodes: ['C010'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([['combien on a versé à nos fournisseurs ?'], ['il a lâché l’affaire la SGH ?']])(
    '« %s » is no money received',
    (text) => {
      expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
    },
  );
});

describe('« la thune qui rentre » is money received; « file-moi » is « donne-moi »', () => {
  it.each([
    ['le fric qui rentre par mois', query({ intent: 'trend', measure: 'collected' })],
    ['le pognon qui arrive cette semaine', query({ intent: 'collected', period: THIS_WEEK })],
    [
      'les sous qui rentrent ce mois-ci vs le mois dernier',
      query({ intent: 'trend', measure: 'collected', period: THIS_MONTH }),
    ],
    ['filez-moi les impayés de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['refile moi la balance âgée', query({ intent: 'aged_balance' })],
    ['file-moi la revue de la semaine', command({ command: 'weekly_review' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« la thune qu’on doit aux fournisseurs » gives no figure', () => {
    expect(parsed('la thune qu’on doit aux fournisseurs')).toEqual(NOT_UNDERSTOOD);
  });
});

describe('a tired wish (« vivement le week-end ») asks nothing: « vivement » is no « virement »', () => {
  it.each([
    ['chuis naze, vivement vendredi'],
    ['vivement les vacances'],
    ['je suis crevé, vivement ce soir'],
    ['vivement ce soir lol'],
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'vivement les vacances, les impayés de la SGH ?',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['virments reçus cette semaine', query({ intent: 'collected', period: THIS_WEEK })],
  ])('« %s » keeps its question', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
