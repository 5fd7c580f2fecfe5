/**
 * The thirty-seventh round's classes (issue 16; a round weighted to the help, what nothing answers,
 * English and the weekly review): the help asked in English or in a formal note, its word and rule
 * agreeing (a user guide is no object outside the domain); the weekly review named with a reason
 * around it; a hypothesis in English, or the money got back; « Has Franprix paid? » an unknown
 * customer; the total outstanding over time; « on va » in a question half in English; tax rules;
 * « les 10 comptes »; a trade called and orders held are nothing Relances does.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

const HELP = query({ intent: 'help' });

describe('round thirty-seven', () => {
  it.each([
    ['which things are you able to answer?', HELP],
    ['is there a manual for this bot?', HELP],
    ['show me the commands please', HELP],
    ['how should I word my questions?', HELP],
    ['quelle est la meilleure manière de vous interroger ?', HELP],
    ['comment dois-je rédiger mes questions ?', HELP],
    ['quelles sortes de rapports pouvez-vous produire ?', HELP],
    ['la revue de la semaine svp, j’ai le comité à 14 h', command({ command: 'weekly_review' })],
    ['can you bring up the weekly review? thanks', command({ command: 'weekly_review' })],
    ['if the SGH defaults, should we write it off?', NOT_UNDERSTOOD],
    ['si Dupont coule, on récupère nos créances ?', NOT_UNDERSTOOD],
    ['Has Leclerc paid?', { kind: 'unknown_customer', query: { intent: 'customer_balance' } }],
    [
      'how has the total outstanding moved since June?',
      query({ intent: 'trend', measure: 'outstanding', period: { from: '2026-06-01', to: '2026-11-23' } }),
    ],
    ['on va cash in combien in December ?', NOT_UNDERSTOOD],
    ['quel est le traitement fiscal des créances irrécouvrables ?', NOT_UNDERSTOOD],
    ['les 5 comptes clients les plus en retard', query({ intent: 'top_late_payers', limit: 5 })],
    ['appelle le plombier stp', NOT_UNDERSTOOD],
    ['on peut geler les livraisons de Dupont ?', NOT_UNDERSTOOD],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['la revue hebdo des impayés', NOT_UNDERSTOOD],
    ['Has Dupont paid?', query({ intent: 'customer_balance', customerCodes: ['C005'] })],
    ['invoices on a payment plan', query({ intent: 'payment_plans' })],
    ['le numéro du standard de la mairie', command({ command: 'customer_contact', customerCodes: ['C015'] })],
    [
      'les relances de Dupont sont bloquées ?',
      query({ intent: 'journal_activity', customerCodes: ['C005'] }),
    ],
    ['évolution de l’encours total', query({ intent: 'trend', measure: 'outstanding' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
