/**
 * The twenty-seventh round's voices (issue 16): the bot greeted by its name (« Bonjour Relances, »)
 * is a greeting, never the reminders; promises asked in the plural are the list, never one recorded;
 * « balles » in a promise are euros; a letter ordered « à X » is no address asked, « à quelle adresse »
 * is; paying « en plusieurs fois » is a plan; « ça me fait pas pitié » a remark; « X m'a filé un
 * chèque » news; « on passe sous … ? » after a condition a hypothesis; « sous les 5 000 € » an
 * amount; the day of a visit said first no period; « j'appelle X, combien … ? » the figure.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('the bot greeted by its name', () => {
  it.each([
    [
      'Bonjour Relances, pourriez-vous me donner le téléphone de la SGH ?',
      command({ command: 'customer_contact', customerCodes: ['C002'] }),
    ],
    ['Salut Relances ! top 5 des mauvais payeurs', query({ intent: 'top_late_payers', limit: 5 })],
    [
      'Bonjour Relances,\nla revue de la semaine svp\nBien à vous, Gérard',
      command({ command: 'weekly_review' }),
    ],
    [
      'Chère Relances, le DSO de ce mois ?',
      query({ intent: 'dso', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['bonjour, relances du jour stp', command({ command: 'day_card' })],
    [
      'Bonjour, relances de demain ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('promises asked in the plural; money slang in a promise', () => {
  it.each([
    [
      'promesses qui tombent d’ici vendredi',
      { intent: 'promises', period: { from: '2026-11-23', to: '2026-11-27' } },
    ],
    [
      'les promesses de la SGH d’ici la fin du mois',
      { intent: 'promises', customerCodes: ['C002'], period: { from: '2026-11-23', to: '2026-11-30' } },
    ],
    ['je vois Dupont jeudi. Ses promesses ?', { intent: 'promises', customerCodes: ['C005'] }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it.each([
    [
      'la SGH promet 1 500 balles le 4 décembre',
      { customerCodes: ['C002'], date: '2026-12-04', amount: 150000 },
    ],
    ['promesse de Dupont pour le 10 décembre', { customerCodes: ['C005'], date: '2026-12-10' }],
  ])('a promise recorded: %s', (text, c) => {
    expect(parsed(text)).toEqual(command({ command: 'record_promise', ...c }));
  });
});

describe('a letter ordered, an address asked, a plan, remarks and news', () => {
  it.each([
    'je vous prie d’adresser une lettre de relance à la SGH',
    'la boulangerie Martin m’a filé un virement hier',
    'si Dupont règle tout, le DSO passe sous 40 jours ?',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'à quelle adresse envoyer la mise en demeure à Dupont ?',
      command({ command: 'customer_contact', customerCodes: ['C005'] }),
    ],
    [
      'qui appeler chez Dupont pour les impayés ?',
      command({ command: 'customer_contact', customerCodes: ['C005'] }),
    ],
    ['les clients qui règlent en plusieurs fois', query({ intent: 'payment_plans' })],
    ['impayés de la SGH, ça fait peur', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['impayés sous les 5 000 €', query({ intent: 'unpaid_invoices', amount: { lt: 500000 } })],
    [
      'factures en retard sous la barre des 1 000 €',
      query({ intent: 'unpaid_invoices', amount: { lt: 100000 } }),
    ],
    [
      'j’appelle Biocoop Part-Dieu demain, combien ils nous doivent ?',
      query({ intent: 'customer_balance', customerCodes: ['C011'] }),
    ],
    [
      'Je dois revoir M. Dubois la semaine prochaine. Un échéancier est-il en place pour Martin Dubois ?',
      query({ intent: 'payment_plans', customerCodes: ['C020'] }),
    ],
    ['je vois Dupont demain, ses impayés ?', query({ intent: 'unpaid_invoices', customerCodes: ['C005'] })],
    [
      'je vois qu’il y a des impayés en octobre, lesquels ?',
      query({ intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['customer file for Dupont', command({ command: 'customer_card', customerCodes: ['C005'] })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
