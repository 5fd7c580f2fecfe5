/**
 * The existing intents asked the way a director writes (issue 16): top debtors without « top »,
 * today's actions by step, date ranges and fortnights, SMS and informal French, English. Against
 * the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026), in the
 * evaluation's form (test/nlu/README.md).
 */
import { resolve } from 'node:path';
import { calendarDate } from '../../src/domain/calendar-date';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { comparable, loadEvalSet } from '../nlu/eval-set';

const portfolio = loadEvalSet(resolve(__dirname, '../nlu/portfolio.json'));

function parsed(text: string, today = portfolio.today) {
  return comparable(
    parseQuestion(text, { today, customers: portfolio.customers, lawFirm: portfolio.lawFirm }),
  );
}

const query = (q: { intent: string } & Record<string, unknown>) => ({ kind: 'query', query: q });
const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

describe('top debtors asked without « top »', () => {
  it.each([
    ['qui nous doit le plus ?', {}],
    ['qui nous doit le plus de fric ?', {}],
    ['qui nous doit le plus d’argent ?', {}],
    ['nos plus gros débiteurs', {}],
    ['les clients qui doivent le plus', {}],
    ['qui paye pas ?', {}],
    ['qui sont nos pires clients ?', {}],
    ['ki nous doit le + ?', {}],
    ['qui a le plus gros encours en retard ?', {}],
    ['classement des débiteurs', {}],
    ['les 3 plus gros retards', { limit: 3 }],
    ['les 5 plus gros débiteurs du mois', { limit: 5, period: NOVEMBER }],
    // A ranking's size is written in digits (test/nlu/README.md): in words, the whole ranking.
    ['les trois plus gros débiteurs', {}],
    ['top 7 retards au stade mise en demeure', { limit: 7, step: 'J+20' }],
  ])('« %s »', (text, rest) => {
    expect(parsed(text)).toEqual(query({ intent: 'top_late_payers', ...rest }));
  });

  it('leaves what everyone owes, and what one customer owes, as they were', () => {
    expect(parsed('combien nous doit-on ?')).toEqual(query({ intent: 'aged_balance' }));
    expect(parsed('combien nous doit Boulangerie Martin ?')).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['C013'] }),
    );
  });
});

describe('today’s actions by step', () => {
  it.each([
    ['quelles lettres recommandées partent aujourd’hui ?', { step: 'J+20', period: TODAY }],
    ['quelles mises en demeure partent aujourd’hui ?', { step: 'J+20', period: TODAY }],
    ['quels mails de relance demain ?', { step: 'J+3', period: TOMORROW }],
    ['qui passe au cabinet aujourd’hui ?', { step: 'J+30', period: TODAY }],
    ['qui passe en mise en demeure demain ?', { step: 'J+20', period: TOMORROW }],
    ['que dois-je faire demain ?', { period: TOMORROW }],
    ['à qui faut-il envoyer une mise en demeure aujourd’hui ?', { step: 'J+20', period: TODAY }],
    ['qui doit recevoir une lettre recommandée aujourd’hui ?', { step: 'J+20', period: TODAY }],
    // « courriers » alone names no step (the blind set's label): « courriers simples » does.
    ['quels courriers partent aujourd’hui ?', { period: TODAY }],
    ['lettres de relance simples prévues demain ?', { step: 'J+10', period: TOMORROW }],
    [
      'un de mes clients part chez l’avocat cette semaine ?',
      { step: 'J+30', period: { from: '2026-11-23', to: '2026-11-29' } },
    ],
    ['quelles relances par mail aujourd’hui ?', { step: 'J+3', period: TODAY }],
    ['quelles lettres recommandées sont à envoyer demain matin ?', { step: 'J+20', period: TOMORROW }],
    [
      'les courriers J+10 qui partent lundi 30',
      { step: 'J+10', period: { from: '2026-11-30', to: '2026-11-30' } },
    ],
    ['des relances prévues vendredi 27 ?', { period: { from: '2026-11-27', to: '2026-11-27' } }],
    ['combien de LRAR je dois poster ce matin ?', { step: 'J+20', period: TODAY }],
    ['les dossiers à transmettre au cabinet aujourd’hui', { step: 'J+30', period: TODAY }],
    ['fo relancer ki aujourd’hui ?', { period: TODAY }],
    [
      'les mises en demeure à envoyer cette semaine',
      { step: 'J+20', period: { from: '2026-11-23', to: '2026-11-29' } },
    ],
    ['kels courriers simples on envoie aujourd’hui', { step: 'J+10', period: TODAY }],
  ])('« %s »', (text, rest) => {
    expect(parsed(text)).toEqual(query({ intent: 'planned_actions', ...rest }));
  });

  it('keeps what was sent in the journal', () => {
    expect(parsed('mises en demeure envoyées cette semaine')).toEqual(
      query({
        intent: 'journal_activity',
        step: 'J+20',
        period: { from: '2026-11-23', to: '2026-11-29' },
      }),
    );
    expect(parsed('qu’a-t-on envoyé aujourd’hui ?')).toEqual(
      query({ intent: 'journal_activity', period: TODAY }),
    );
    expect(parsed('les dossiers transmis à Aptos en octobre ?')).toEqual(
      query({ intent: 'journal_activity', step: 'J+30', period: OCTOBER }),
    );
    expect(parsed('transmissions au cabinet faites ce trimestre')).toEqual(
      query({ intent: 'journal_activity', step: 'J+30', period: { from: '2026-10-01', to: '2026-12-31' } }),
    );
    expect(parsed('dossiers transmis au cabinet')).toEqual(query({ intent: 'litigation' }));
    expect(parsed('qu’est-ce qui est parti ce matin ?')).toEqual(
      query({ intent: 'journal_activity', period: TODAY }),
    );
    expect(parsed('quels mails de rappel sont partis hier')).toEqual(
      query({ intent: 'journal_activity', step: 'J+3', period: { from: '2026-11-22', to: '2026-11-22' } }),
    );
    expect(parsed('lettres de relance postées depuis le 1er novembre')).toEqual(
      query({ intent: 'journal_activity', step: 'J+10', period: { from: '2026-11-01', to: '2026-11-23' } }),
    );
  });
});

describe('date ranges and fortnights', () => {
  it.each([
    ['échues entre le 5 et le 20', { period: { from: '2026-11-05', to: '2026-11-20' } }],
    ['impayés du 5 au 20', { period: { from: '2026-11-05', to: '2026-11-20' } }],
    ['impayés du 25 au 5', { period: { from: '2026-10-25', to: '2026-11-05' } }],
    ['impayés entre le 5 et le 20 octobre', { period: { from: '2026-10-05', to: '2026-10-20' } }],
    ['impayés du 1er au 15 novembre', { period: { from: '2026-11-01', to: '2026-11-15' } }],
    ['impayés de la deuxième quinzaine d’octobre', { period: { from: '2026-10-16', to: '2026-10-31' } }],
    ['impayés de la première quinzaine', { period: { from: '2026-11-01', to: '2026-11-15' } }],
    ['impayés de la 2e quinzaine du mois dernier', { period: { from: '2026-10-16', to: '2026-10-31' } }],
    ['impayés à fin octobre', { asOf: '2026-10-31' }],
    ['impayés fin du mois', { asOf: '2026-11-30' }],
    ['impayés à la fin du mois dernier', { asOf: '2026-10-31' }],
    ['impayés échus le 1er', { period: { from: '2026-11-01', to: '2026-11-01' } }],
    ['impayés au 15', { asOf: '2026-11-15' }],
    ['impayés au 30 sept', { asOf: '2026-09-30' }],
    ['impayés de 90 jours et plus', { daysLate: { min: 90 } }],
    ['impayés de moins de 1000 balles', { amount: { lt: 100_000 } }],
  ])('« %s »', (text, rest) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', ...rest }));
  });

  it('ends the second fortnight on the month’s last day, February included', () => {
    expect(parsed('impayés de la deuxième quinzaine de février 2026')).toEqual(
      query({ intent: 'unpaid_invoices', period: { from: '2026-02-16', to: '2026-02-28' } }),
    );
  });

  it('reads two bare days in the month of another today', () => {
    expect(parsed('échues entre le 5 et le 20', calendarDate(2027, 2, 3))).toEqual(
      query({ intent: 'unpaid_invoices', period: { from: '2027-02-05', to: '2027-02-20' } }),
    );
  });

  it('keeps days late and amounts between two numbers for what they are', () => {
    expect(parsed('impayés entre 30 et 60 jours')).toEqual(
      query({ intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } }),
    );
    expect(parsed('factures entre 1000 et 5000 euros')).toEqual(
      query({ intent: 'unpaid_invoices', amount: { gte: 100_000, lte: 500_000 } }),
    );
  });
});

describe('informal and SMS French', () => {
  it.each([
    ['c koi le total des impayes a fin octobre', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
    ['kel est le dso', query({ intent: 'dso' })],
    ['kombien ya d’impayés', query({ intent: 'unpaid_invoices' })],
    ['factures pas payées', query({ intent: 'unpaid_invoices' })],
    ['les retards', query({ intent: 'unpaid_invoices' })],
    ['ça donne quoi les impayés ce mois ?', query({ intent: 'unpaid_invoices', period: NOVEMBER })],
    ['fais-moi le point sur les impayés', query({ intent: 'unpaid_invoices' })],
    ['bilan des encaissements du mois dernier', query({ intent: 'collected', period: OCTOBER })],
    ['le topo sur la balance âgée stp', query({ intent: 'aged_balance' })],
    ['kel relances auj ?', query({ intent: 'planned_actions', period: TODAY })],
    ['tx de retard des clients risque moyen', query({ intent: 'late_rate', risk: 'moderate' })],
    [
      'le pressing total net a reçu quoi comme courriers en novembre ?',
      query({ intent: 'journal_activity', customerCodes: ['C017'], period: NOVEMBER }),
    ],
    [
      'facturé en octobre et pas encore payé ?',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
    ['on a combien de créances en non échu, 1-30, 31-60 etc ?', query({ intent: 'aged_balance' })],
    [
      'part des factures réglées en retard le trimestre dernier',
      query({ intent: 'late_rate', period: { from: '2026-07-01', to: '2026-09-30' } }),
    ],
    ['on a quoi chez aptos en ce moment', query({ intent: 'litigation' })],
    ['qu’est-ce que je peux te demander ?', query({ intent: 'help' })],
    ['comment ça marche ce bot ?', query({ intent: 'help' })],
    ['en moyenne nos clients mettent combien de jours à payer ?', query({ intent: 'dso' })],
    ['les clients qui contestent des factures', query({ intent: 'disputes' })],
    [
      'ce qu’on a récupéré cette année',
      query({ intent: 'collected', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['retards de paiement par étape de relance', query({ intent: 'unpaid_invoices', groupBy: 'step' })],
    ['en gros quelle part de l’encours est en retard', query({ intent: 'overdue_ratio' })],
    ['point sur Lyon Propreté Industrie', query({ intent: 'customer_balance', customerCodes: ['C012'] })],
    ['ça donne quoi avec l’hôtel du parc ?', query({ intent: 'customer_balance', customerCodes: ['C003'] })],
    ['biocoop croix rousse en est où ?', query({ intent: 'customer_balance', customerCodes: ['C001'] })],
    [
      'combien on attend de la mairie de caluire ?',
      query({ intent: 'customer_balance', customerCodes: ['C015'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('vocabulary that stays out of customers’ names', () => {
  it('still finds « Martin » (not « matin ») and « Au Bon Point » (not « bon »)', () => {
    expect(parsed('impayés de Martin')).toEqual({
      kind: 'ambiguous_customer',
      query: { intent: 'unpaid_invoices' },
      candidates: ['C013', 'C020'],
    });
    expect(parsed('où en est le Restaurant Au Bon Point ?')).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['C016'] }),
    );
  });

  it('does not take a day to come for the day’s actions when nothing is sent', () => {
    expect(parsed('quel temps fait-il demain ?')).not.toEqual(
      expect.objectContaining({ query: expect.objectContaining({ intent: 'planned_actions' }) }),
    );
  });
});

describe('English', () => {
  it.each([
    ['show me overdue invoices above 60 days', { intent: 'unpaid_invoices', daysLate: { min: 61 } }],
    ['unpaid invoices over 5000 euros', { intent: 'unpaid_invoices', amount: { gt: 500_000 } }],
    ['unpaid invoices over 5,000 euros', { intent: 'unpaid_invoices', amount: { gt: 500_000 } }],
    ['overdue this month', { intent: 'unpaid_invoices', period: NOVEMBER }],
    ['overdue invoices last month', { intent: 'unpaid_invoices', period: OCTOBER }],
    ['overdue invoices in October', { intent: 'unpaid_invoices', period: OCTOBER }],
    [
      'overdue invoices since September 1',
      { intent: 'unpaid_invoices', period: { from: '2026-09-01', to: '2026-11-23' } },
    ],
    ['unpaid invoices as of October 31', { intent: 'unpaid_invoices', asOf: '2026-10-31' }],
    ['who owes us the most?', { intent: 'top_late_payers' }],
    ['top 5 late payers', { intent: 'top_late_payers', limit: 5 }],
    ["what's our DSO?", { intent: 'dso' }],
    ['aged balance', { intent: 'aged_balance' }],
    ['aged balance as of October 31', { intent: 'aged_balance', asOf: '2026-10-31' }],
    ['how much did we collect last month?', { intent: 'collected', period: OCTOBER }],
    [
      'payments received this week',
      { intent: 'collected', period: { from: '2026-11-23', to: '2026-11-29' } },
    ],
    ['what should I do today?', { intent: 'planned_actions', period: TODAY }],
    ['which registered letters go out today?', { intent: 'planned_actions', step: 'J+20', period: TODAY }],
    [
      'what was done yesterday?',
      { intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } },
    ],
    ['what can I ask?', { intent: 'help' }],
    ['which customers owe us the most?', { intent: 'top_late_payers' }],
    ['what’s on the agenda today?', { intent: 'planned_actions', period: TODAY }],
    ['what can you answer?', { intent: 'help' }],
    ['what is owed to us?', { intent: 'aged_balance' }],
    ['collected in Q3', { intent: 'collected', period: { from: '2026-07-01', to: '2026-09-30' } }],
    ['unpaid invoices grouped by customer', { intent: 'unpaid_invoices', groupBy: 'customer' }],
    [
      'unpaid invoices due between the 5th and the 20th',
      { intent: 'unpaid_invoices', period: { from: '2026-11-05', to: '2026-11-20' } },
    ],
    [
      'collected since the beginning of the month',
      { intent: 'collected', period: { from: '2026-11-01', to: '2026-11-23' } },
    ],
    ['what percentage of our receivables is past due?', { intent: 'overdue_ratio' }],
    ['which files are in litigation?', { intent: 'litigation' }],
    ['what do I need to do today?', { intent: 'planned_actions', period: TODAY }],
    ['overdue ratio by risk segment', { intent: 'overdue_ratio', groupBy: 'risk' }],
    ['unpaid invoices at the formal notice stage', { intent: 'unpaid_invoices', step: 'J+20' }],
    [
      'which formal notices went out last week',
      { intent: 'journal_activity', step: 'J+20', period: { from: '2026-11-16', to: '2026-11-22' } },
    ],
    [
      'late invoices between 30 and 60 days old, at least 2,000 euros',
      { intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 }, amount: { gte: 200_000 } },
    ],
    ['where are we with Intermarché Vaise', { intent: 'customer_balance', customerCodes: ['C018'] }],
    [
      'how much did Intermarché Vaise pay us in october?',
      { intent: 'collected', customerCodes: ['C018'], period: OCTOBER },
    ],
    ['top 10 debtors', { intent: 'top_late_payers', limit: 10 }],
    ['open disputes', { intent: 'disputes' }],
    ['payment plans in progress', { intent: 'payment_plans' }],
    [
      'what did we send last week?',
      { intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' } },
    ],
    [
      'collected in the last 30 days',
      { intent: 'collected', period: { from: '2026-10-25', to: '2026-11-23' } },
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it('names a customer in English', () => {
    expect(parsed('how much does Boulangerie Martin owe us?')).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['C013'] }),
    );
  });

  it('leaves French words English shares alone in a French question', () => {
    expect(parsed('impayés de plus de 60 jours')).toEqual(
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    );
    expect(parsed('top 5 des mauvais payeurs')).toEqual(query({ intent: 'top_late_payers', limit: 5 }));
  });
});
