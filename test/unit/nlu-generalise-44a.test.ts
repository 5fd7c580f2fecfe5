/**
 * The forty-fourth and forty-fifth rounds' classes (issue 16), and the last stop's leftovers:
 * - a remark after the question mark that asks nothing (« … ? un paquet je parie ») is left out when
 *   the whole message is not understood; news of one customer before a colon (« X conteste une
 *   livraison : a-t-il … ? ») leaves the question, of that customer;
 * - the asker's absence told (« je rentre de congés », « de retour de vacances ») and the event a
 *   period starts at (« depuis mon départ le 2 novembre ») are context and a date, no money coming in;
 * - « glissant », « rolling » spans; « M-1 »; « à l'heure actuelle »; « / mois »; « postes échus »;
 *   « au dessu de »; « l'enjeu », « ventilés », « arrêtés au » are no names;
 * - « les actions de demain », « actions à venir » are the work to come;
 * - orders and hypotheses: « passe-la en irrécouvrable », « et si X paie, le DSO baisse ? », « on
 *   fait koi ? »; a meal (« le menu de la cantine ») is no help.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('rounds forty-four and forty-five', () => {
  it.each([
    [
      'combien nous doit la SGH ? pas grand-chose à mon avis',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    [
      'quels impayés de plus de 90 jours ? sacré bazar tout ça',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    [
      'La mairie conteste une livraison : a-t-elle des factures échues ?',
      query({ intent: 'unpaid_invoices', customerCodes: ['C015'] }),
    ],
    ['je rentre de vacances, quels sont les impayés ?', query({ intent: 'unpaid_invoices' })],
    ['de retour de 2 semaines de congés : qu’a-t-on encaissé ?', query({ intent: 'collected' })],
    [
      'qu’a-t-on encaissé depuis mon retour le 9 novembre ?',
      query({ intent: 'collected', period: { from: '2026-11-09', to: '2026-11-23' } }),
    ],
    [
      'taux de retard 6 mois glissants',
      query({ intent: 'late_rate', period: { from: '2026-05-24', to: '2026-11-23' } }),
    ],
    [
      'collections over a rolling 3 months',
      query({ intent: 'collected', period: { from: '2026-08-24', to: '2026-11-23' } }),
    ],
    ['encaissé en M-1', query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-10-31' } })],
    ['quel est le DSO à l’heure actuelle ?', query({ intent: 'dso' })],
    [
      'encaissements / mois sur 2026',
      query({ intent: 'trend', measure: 'collected', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['postes ouverts de plus de 30 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 31 } })],
    ['factures au dessu de 1 500 €', query({ intent: 'unpaid_invoices', amount: { gt: 150000 } })],
    ['contentieux dont l’enjeu dépasse 5 000 €', query({ intent: 'litigation', amount: { gt: 500000 } })],
    [
      'impayés ventilés par client arrêtés au 31 octobre',
      query({ intent: 'unpaid_invoices', groupBy: 'customer', asOf: '2026-10-31' }),
    ],
    [
      'les actions de demain',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    ['quelles actions à venir ?', query({ intent: 'planned_actions' })],
    ['la syntaxe des questions ?', query({ intent: 'help' })],
    [
      'le gérant du Pressing Total Net m’a dit quelle réglerait 600 € le 30/11',
      command({ command: 'record_promise', customerCodes: ['C017'], date: '2026-11-30', amount: 60000 }),
    ],
    ['classe-la en créances douteuses', NOT_UNDERSTOOD],
    ['et si la mairie règle tout, le taux de retard diminue ?', NOT_UNDERSTOOD],
    ['si la SGH paye pas on fait kwa ?', NOT_UNDERSTOOD],
    ['c’est quoi le menu du self ?', NOT_UNDERSTOOD],
    ['il a fait froid à Lille hier ?', NOT_UNDERSTOOD],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'combien nous doit la SGH ? Leclerc aussi',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['qu’est-ce qui rentre ce mois ?', query({ intent: 'collected', period: NOVEMBER })],
    [
      'les actions d’hier',
      query({ intent: 'journal_activity', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    [
      'passe-moi les pertes de 2025',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    [
      'passé en irrécouvrable cette année ?',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    [
      'l’encours a-t-il baissé ce mois-ci par rapport au mois dernier ?',
      query({ intent: 'trend', measure: 'outstanding', period: NOVEMBER }),
    ],
    ['le DSO baisse ?', query({ intent: 'trend', measure: 'dso' })],
    ['affiche le menu', query({ intent: 'help' })],
    ['impayés au 31/10', query({ intent: 'unpaid_invoices', asOf: '2026-10-31' })],
    ['encaissements 30 jours', query({ intent: 'collected' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
