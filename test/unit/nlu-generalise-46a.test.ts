/**
 * The forty-sixth and forty-seventh rounds' classes (issue 16):
 * - American English: dates with slashes month first (unless one date of the message cannot be so
 *   read), dollar amounts as the ledger's, « rolling / last six months », « broken out by », « risk
 *   tier », « AR outstanding », « what percent », « on average … take to pay », « has changed », the
 *   help as « cheat sheet », « where do I start »; « what if », « late fees », « do you think » and
 *   « the best time to call a customer » are not understood;
 * - a learner's Italian in French (« incassé », « raccomandées », « passata », « cosa puoi fare »), a
 *   word translated, the asker's job at risk, a judgment of a level stated (« c'est normal ? »);
 * - « nb de jours moyen d'encaissement », « days sales outstanding », « fdm », « en clôture de T3 »,
 *   « du 3e trimestre comparé au deuxième », « actions menées sur la facture … »;
 * - context: « entre deux rdv », « je recommence », « je crois que je dois … » after a comma, « … ? je
 *   ne trouve pas le virement », the South-West's « boudu », « ou ils font les pègues ».
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('rounds forty-six and forty-seven', () => {
  it.each([
    [
      'Promises due since 11/3',
      query({ intent: 'promises', period: { from: '2026-11-03', to: '2026-11-23' } }),
    ],
    [
      'collections between 10/5 and 10/9',
      query({ intent: 'collected', period: { from: '2026-10-05', to: '2026-10-09' } }),
    ],
    [
      'Biocoop Lyon will pay $1,250 on 12/3',
      command({ command: 'record_promise', customerCodes: ['C001'], amount: 125000, date: '2026-12-03' }),
    ],
    ['overdue invoices above $7,500', query({ intent: 'unpaid_invoices', amount: { gt: 750000 } })],
    [
      'collections over the last three months',
      query({ intent: 'collected', period: { from: '2026-08-24', to: '2026-11-23' } }),
    ],
    ['overdue invoices broken out by risk tier', query({ intent: 'unpaid_invoices', groupBy: 'risk' })],
    ['what percent of our receivables is overdue?', query({ intent: 'overdue_ratio' })],
    ['how long do customers take to pay on average?', query({ intent: 'dso' })],
    ['how has the late payment rate changed?', query({ intent: 'trend', measure: 'late_rate' })],
    ['where should I start?', query({ intent: 'help' })],
    ['What if we stopped chasing small invoices?', NOT_UNDERSTOOD],
    ['can you add late fees to the overdue ones?', NOT_UNDERSTOOD],
    ['Where do you expect collections to land in December?', NOT_UNDERSTOOD],
    ['best way to call a customer who never answers?', NOT_UNDERSTOOD],
    [
      'combien a été incassé en octobre ?',
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    ['comment dit-on impayé en anglais ?', NOT_UNDERSTOOD],
    ['je vais me faire virer si le DSO monte ?', NOT_UNDERSTOOD],
    ['le taux de retard est à 12 %, c’est grave ?', NOT_UNDERSTOOD],
    ['nombre de jours moyen de paiement ?', query({ intent: 'dso' })],
    ['encours client fdm septembre', query({ intent: 'aged_balance', asOf: '2026-09-30' })],
    ['impayés en clôture de T2', query({ intent: 'unpaid_invoices', asOf: '2026-06-30' })],
    [
      'encaissements du premier trimestre comparés au deuxième',
      query({ intent: 'trend', measure: 'collected', period: { from: '2026-04-01', to: '2026-06-30' } }),
    ],
    [
      'quelles actions ont été faites sur la F2026-1042 ?',
      command({ command: 'history', invoice: 'F2026-1042' }),
    ],
    [
      'entre deux rdv : quels mails de rappel partent demain ?',
      query({ intent: 'planned_actions', step: 'J+3', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    [
      'la liste des impayés de plus de 60 jours, je pense que je dois les appeler',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    [
      'la SGH a réglé ? je ne vois pas le chèque',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    [
      'macarel, combien nous doit la mairie ?',
      query({ intent: 'customer_balance', customerCodes: ['C015'] }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayés au 10/11', query({ intent: 'unpaid_invoices', asOf: '2026-11-10' })],
    ['unpaid as of 20/11', query({ intent: 'unpaid_invoices', asOf: '2026-11-20' })],
    [
      'Dupont promet 1500 € le 12/10',
      command({ command: 'record_promise', customerCodes: ['C005'], amount: 150000, date: '2027-10-12' }),
    ],
    ['quel est le DSO ? c’est normal ?', query({ intent: 'dso' })],
    ['notre DSO est-il normal ?', query({ intent: 'dso' })],
    ['téléphone de la SGH', command({ command: 'customer_contact', customerCodes: ['C002'] })],
    ['DSO du 3e trimestre', query({ intent: 'dso', period: { from: '2026-07-01', to: '2026-09-30' } })],
    ['les impayés entre deux dates', query({ intent: 'unpaid_invoices' })],
    [
      'nb d’encaissements ce mois',
      query({ intent: 'collected', period: { from: '2026-11-01', to: '2026-11-30' } }),
    ],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
