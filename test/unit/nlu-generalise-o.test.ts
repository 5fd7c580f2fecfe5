/**
 * The parser generalising beyond the public set's words (issue 16, twelfth round): an Excel-minded
 * accountant's filters, a work-study student's chat slang and emojis, and dates of things to come.
 * Variants written for the rules, not copied from the evaluation sets; negatives that the rules
 * must not catch. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const day = (d: string) => ({ from: d, to: d });
const DECEMBER_2026 = { from: '2026-12-01', to: '2026-12-31' };
const DECEMBER_2025 = { from: '2025-12-01', to: '2025-12-31' };

describe('dates of things to come: a day or a month without its year is the next one', () => {
  it.each([
    ['relances programmées le 2/12', query({ intent: 'planned_actions', period: day('2026-12-02') })],
    [
      'quelles lettres de relance partent le 30 novembre ?',
      query({ intent: 'planned_actions', period: day('2026-11-30'), step: 'J+10' }),
    ],
    [
      'les prévenances à faire le 1er décembre',
      query({ intent: 'planned_actions', period: day('2026-12-01'), step: 'J-5' }),
    ],
    ["qu'est-ce qui est prévu le 24.11 ?", query({ intent: 'planned_actions', period: day('2026-11-24') })],
    ['on envoie quoi le 27/11 ?', query({ intent: 'planned_actions', period: day('2026-11-27') })],
    [
      'qui doit recevoir une mise en demeure le 28/11 ?',
      query({ intent: 'planned_actions', period: day('2026-11-28'), step: 'J+20' }),
    ],
    [
      'les mails de rappel qui vont partir le 26.11',
      query({ intent: 'planned_actions', period: day('2026-11-26'), step: 'J+3' }),
    ],
    // Today is a day to come too; a day without its month is this month's, or the next one's.
    ['relances prévues le 23/11', query({ intent: 'planned_actions', period: day('2026-11-23') })],
    ['relances prévues le 15', query({ intent: 'planned_actions', period: day('2026-12-15') })],
    ['relances prévues le 28', query({ intent: 'planned_actions', period: day('2026-11-28') })],
    // A month.
    ['relances prévues en décembre', query({ intent: 'planned_actions', period: DECEMBER_2026 })],
    // Promises asked (their promised date is to come), and invoices falling due.
    [
      'promesses de paiement attendues le 4 décembre',
      query({ intent: 'promises', period: day('2026-12-04') }),
    ],
    ['les promesses à venir en décembre', query({ intent: 'promises', period: DECEMBER_2026 })],
    ['quelles promesses sont prévues le 1/12 ?', query({ intent: 'promises', period: day('2026-12-01') })],
    ['les promesses du 26/11', query({ intent: 'promises', period: day('2026-11-26') })],
    [
      'factures qui arrivent à échéance le 10/12',
      query({ intent: 'unpaid_invoices', period: day('2026-12-10') }),
    ],
    ['factures à échoir en décembre', query({ intent: 'unpaid_invoices', period: DECEMBER_2026 })],
    // Ranges, Swiss dates.
    [
      'actions planifiées du 24 au 28 novembre',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-28' } }),
    ],
    [
      'relances prévues entre le 24 et le 30 novembre',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-30' } }),
    ],
    [
      'relances à envoyer du 1er au 5 décembre',
      query({ intent: 'planned_actions', period: { from: '2026-12-01', to: '2026-12-05' } }),
    ],
    [
      'relances prévues de décembre à février',
      query({ intent: 'planned_actions', period: { from: '2026-12-01', to: '2027-02-28' } }),
    ],
    [
      "Les relances prévues le 1.12, s'il vous plaît",
      query({ intent: 'planned_actions', period: day('2026-12-01') }),
    ],
    [
      'Quelles lettres partent le 28.11 ? Merci',
      query({ intent: 'planned_actions', period: day('2026-11-28') }),
    ],
    // Reminders said bare: the nearest such day (two days on, not a year back).
    ['relances du 25/11', query({ intent: 'planned_actions', period: day('2026-11-25') })],
    ['relances du 1er décembre', query({ intent: 'planned_actions', period: day('2026-12-01') })],
    [
      'Les actions de relance du 24.11, merci',
      query({ intent: 'planned_actions', period: day('2026-11-24') }),
    ],
    // Promises said bare: the nearest such date.
    ['promesses de décembre', query({ intent: 'promises', period: DECEMBER_2026 })],
    ['promesses pour le 25 novembre', query({ intent: 'promises', period: day('2026-11-25') })],
    // A cut-off to come.
    ["Les promesses attendues au 10.12, s'il vous plaît", query({ intent: 'promises', asOf: '2026-12-10' })],
    ['promesses attendues à fin décembre', query({ intent: 'promises', asOf: '2026-12-31' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // Things done keep the latest past date.
    ['relances envoyées le 25/11', query({ intent: 'journal_activity', period: day('2025-11-25') })],
    ['qui a été relancé le 26 novembre ?', query({ intent: 'journal_activity', period: day('2025-11-26') })],
    [
      'mises en demeure envoyées en décembre',
      query({ intent: 'journal_activity', period: DECEMBER_2025, step: 'J+20' }),
    ],
    ["qu'a-t-on fait le 10/11 ?", query({ intent: 'journal_activity', period: day('2026-11-10') })],
    ['promesses non tenues le 20 novembre', query({ intent: 'promises', period: day('2026-11-20') })],
    ['promesses tenues le 25/11', query({ intent: 'promises', period: day('2025-11-25') })],
    ['encaissements du 25/11', query({ intent: 'collected', period: day('2025-11-25') })],
    ['les relances du 20/11', query({ intent: 'journal_activity', period: day('2026-11-20') })],
    // Promises of a month or a day just gone stay gone.
    [
      "promesses de paiement d'octobre",
      query({ intent: 'promises', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['promesses du 20/11', query({ intent: 'promises', period: day('2026-11-20') })],
    // What is owed at a cut-off is read as it stood, even with « reste à payer », « doit régler ».
    [
      'combien reste à payer Dupont et fils au 31/10',
      query({ intent: 'customer_balance', asOf: '2026-10-31', customerCodes: ['C005'] }),
    ],
    ['impayés restant à payer au 31/10', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
    [
      'la SGH doit payer combien au 31/10 ?',
      query({ intent: 'customer_balance', asOf: '2026-10-31', customerCodes: ['C002'] }),
    ],
    [
      'factures à régler en octobre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['relances faites le 25/11', query({ intent: 'journal_activity', period: day('2025-11-25') })],
    [
      "relances d'octobre",
      query({ intent: 'journal_activity', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['promesses non tenues au 20/11', query({ intent: 'promises', asOf: '2026-11-20' })],
    ['impayés au 31/12', query({ intent: 'unpaid_invoices', asOf: '2025-12-31' })],
    [
      'relances envoyées du 1er au 5 décembre',
      query({ intent: 'journal_activity', period: { from: '2025-12-01', to: '2025-12-05' } }),
    ],
    [
      'relances envoyées de septembre à octobre',
      query({ intent: 'journal_activity', period: { from: '2026-09-01', to: '2026-10-31' } }),
    ],
    ['impayés échus le 25/11', query({ intent: 'unpaid_invoices', period: day('2025-11-25') })],
    // A year written is kept.
    ['relances prévues le 25/11/2025', query({ intent: 'planned_actions', period: day('2025-11-25') })],
    // Recording a promise is still a command.
    [
      'Biocoop Lyon promet de payer le 15 décembre',
      command({ command: 'record_promise', date: '2026-12-15', customerCodes: ['C001'] }),
    ],
    [
      'la SGH a un paiement prévu le 10/12',
      command({ command: 'record_promise', date: '2026-12-10', customerCodes: ['C002'] }),
    ],
  ])('« %s » stays as read', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('spreadsheet words: a field compared with a value is a filter, a sheet or a column no customer', () => {
  it.each([
    // Days late compared (> is more than: at least one day more).
    ['impayés retard > 60', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['impayés où retard >= 30', query({ intent: 'unpaid_invoices', daysLate: { min: 30 } })],
    ['factures retard ≥ 30j', query({ intent: 'unpaid_invoices', daysLate: { min: 30 } })],
    ['impayés retard <= 45', query({ intent: 'unpaid_invoices', daysLate: { max: 45 } })],
    ['impayés ancienneté < 15j', query({ intent: 'unpaid_invoices', daysLate: { max: 14 } })],
    ['impayés où jours de retard > 90', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    ['impayés retard = 45', query({ intent: 'unpaid_invoices', daysLate: { min: 45, max: 45 } })],
    ['impayés retard entre 30 et 60', query({ intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } })],
    [
      'retard entre 15 et 45, risque = faible',
      query({ intent: 'unpaid_invoices', daysLate: { min: 15, max: 45 }, risk: 'low' }),
    ],
    // An amount exactly.
    ['impayés montant = 1200', query({ intent: 'unpaid_invoices', amount: { gte: 120000, lte: 120000 } })],
    ['impayés montant=3500', query({ intent: 'unpaid_invoices', amount: { gte: 350000, lte: 350000 } })],
    ['impayés montant == 5k€', query({ intent: 'unpaid_invoices', amount: { gte: 500000, lte: 500000 } })],
    // Invoice lines.
    [
      'les lignes dont retard > 90 et montant > 2000',
      query({ intent: 'unpaid_invoices', amount: { gt: 200000 }, daysLate: { min: 91 } }),
    ],
    ['les lignes avec retard >= 15', query({ intent: 'unpaid_invoices', daysLate: { min: 15 } })],
    ['lignes où étape = mise en demeure', query({ intent: 'unpaid_invoices', step: 'J+20' })],
    ['les lignes où risque = élevé', query({ intent: 'unpaid_invoices', risk: 'high' })],
    // A risk level.
    ['impayés filtre risque = faible', query({ intent: 'unpaid_invoices', risk: 'low' })],
    ['impayés risque=modéré', query({ intent: 'unpaid_invoices', risk: 'moderate' })],
    ['filtre segment de risque : faible, impayés', query({ intent: 'unpaid_invoices', risk: 'low' })],
    ['top 10 clients risque = élevé', query({ intent: 'top_late_payers', risk: 'high', limit: 10 })],
    [
      'retard > 30, risque = élevé, tri par montant',
      query({ intent: 'unpaid_invoices', risk: 'high', daysLate: { min: 31 } }),
    ],
    // A column of the ladder's step.
    ['impayés, colonne étape = LRAR', query({ intent: 'unpaid_invoices', step: 'J+20' })],
    ['colonne stade = lettre de relance sur les impayés', query({ intent: 'unpaid_invoices', step: 'J+10' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A customer's row: its balance.
    ['ligne SGH : cumul dû', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['client Biocoop Lyon : total dû ?', query({ intent: 'customer_balance', customerCodes: ['C001'] })],
    ['Julien Bernard : total dû ?', query({ intent: 'customer_balance', customerCodes: ['C009'] })],
    ['ligne Pressing Total Net : total échu', query({ intent: 'customer_balance', customerCodes: ['C017'] })],
    ['total dû Boulangerie Martin', query({ intent: 'customer_balance', customerCodes: ['C013'] })],
    ['cumul dû la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    // A sheet: what it holds.
    ['onglet impayés', query({ intent: 'unpaid_invoices' })],
    ["l'onglet des promesses de paiement", query({ intent: 'promises' })],
    ['feuille balance âgée', query({ intent: 'aged_balance' })],
    ['onglet des relances du jour', command({ command: 'day_card' })],
    // A function ranking the customers.
    ['GRANDE.VALEUR(retard par client) -> top 3', query({ intent: 'top_late_payers', limit: 3 })],
    ['GRANDE.VALEUR(retard;3)', query({ intent: 'top_late_payers', limit: 3 })],
    ['GRANDE.VALEUR(échu par client;5)', query({ intent: 'top_late_payers', limit: 5 })],
    [
      'GRANDE.VALEUR(montant échu par client) => les 10 premiers',
      query({ intent: 'top_late_payers', limit: 10 }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A comparison that says « not » is no filter: not answered without it.
    ['impayés risque ≠ élevé', NOT_UNDERSTOOD],
    ['impayés retard != 0', NOT_UNDERSTOOD],
    ['impayés étape <> mise en demeure', NOT_UNDERSTOOD],
    // The arrow of an alias stays the alias's.
    [
      'ajouter alias CHV -> centre hospitalier de villefranche',
      command({ command: 'add_alias', alias: 'CHV', customerCodes: ['C004'] }),
    ],
    // « lignes du journal » stay the journal's; « total dû au … » is no customer.
    [
      'lignes du journal semaine dernière',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    ['impayés montant > 5000', query({ intent: 'unpaid_invoices', amount: { gt: 500000 } })],
    // Months of lateness compared are months, not days.
    ['retard > 3 mois', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    // Days between two days of a month stay dates.
    [
      'impayés entre le 5 et le 20',
      query({ intent: 'unpaid_invoices', period: { from: '2026-11-05', to: '2026-11-20' } }),
    ],
    // A rate compared is no lateness.
    ['taux de retard > 5', query({ intent: 'late_rate' })],
    [
      'impayés de plus de 30 jours, tri décroissant',
      query({ intent: 'unpaid_invoices', daysLate: { min: 31 } }),
    ],
  ])('« %s » is not read as a filter', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('chat slang and emojis: what to do on a day, small talk, interjections', () => {
  const TODAY = day('2026-11-23');
  it.each([
    // What to do on a day, said as a chat says it.
    ['je dois faire quoi ajd', query({ intent: 'planned_actions', period: TODAY })],
    ['jdois faire koi ojd 😴', query({ intent: 'planned_actions', period: TODAY })],
    ["on fait quoi aujourd'hui ?", query({ intent: 'planned_actions', period: TODAY })],
    ['je fais quoi demain', query({ intent: 'planned_actions', period: day('2026-11-24') })],
    ['faut faire quoi ajd mdr', query({ intent: 'planned_actions', period: TODAY })],
    ['ajd je dois faire quoi ? 🤯', query({ intent: 'planned_actions', period: TODAY })],
    ['c koi le programme ajd 🙏', query({ intent: 'planned_actions', period: TODAY })],
    ["le programme d'ojd stp", query({ intent: 'planned_actions', period: TODAY })],
    // Interjections and emojis are nothing.
    ['solde de la SGH mdr', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['ptdr les impayés de plus de 60j 😂', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['wesh le dso 🫠', query({ intent: 'dso' })],
    ['top 5 👍🏽 des mauvais payeurs lol', query({ intent: 'top_late_payers', limit: 5 })],
    ['xD la balance âgée', query({ intent: 'aged_balance' })],
    // « ya koi ajd », « mon planning ajd »: the day's work too.
    ['ya koi ajd 🥱', query({ intent: 'planned_actions', period: TODAY })],
    ['y a quoi demain ?', query({ intent: 'planned_actions', period: day('2026-11-24') })],
    ['c koi mon planning ajd', query({ intent: 'planned_actions', period: TODAY })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // Small talk about the evening, the weekend, lunch: nothing Relances answers, not the help.
    ['tu fais quoi ce week-end ?', NOT_UNDERSTOOD],
    ['vous faites quoi ce midi lol', NOT_UNDERSTOOD],
    ['tu fais quoi demain soir 😂', NOT_UNDERSTOOD],
    ['que fais-tu de beau cet été ?', NOT_UNDERSTOOD],
    ['tu fais koi pour le réveillon 🎄', NOT_UNDERSTOOD],
    ['mdr', NOT_UNDERSTOOD],
  ])('« %s » is small talk', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « tu fais quoi ? » alone asks what the bot does: the help.
    ['tu fais quoi ?', query({ intent: 'help' })],
    ['tu fais quoi mdr', query({ intent: 'help' })],
    ['ya quoi comme impayés ?', query({ intent: 'unpaid_invoices' })],
    ['ya koi de neuf ?', NOT_UNDERSTOOD],
    // What was done stays the journal's.
    ['on a fait quoi ajd ?', query({ intent: 'journal_activity', period: TODAY })],
    ["j'ai fait quoi hier ?", query({ intent: 'journal_activity', period: day('2026-11-22') })],
  ])('« %s » is not rewritten', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
