/**
 * Rules the labelling brief settled before the twenty-fifth round (issue 16): an amount range said
 * « de … à … € » has both bounds, as « entre … et … » has — « à 5 000 » was read as the 5th of the
 * month, a cut-off that gave wrong figures. Variants written for the rule; negatives that must not
 * change. And the leftovers of earlier rounds: whether an invoice is paid is its history, what is
 * known of a customer its card, a year-end document asked for no customer, files gone to the lawyer
 * in a month the journal of that month, « passe-moi » no month. Against the evaluation portfolio.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('an amount range « de X à Y € »: both bounds included', () => {
  it.each([
    ['impayés de 1 000 à 5 000 €', { gte: 100000, lte: 500000 }],
    ['factures échues de 500 à 2 000 euros', { gte: 50000, lte: 200000 }],
    ['les impayés de 5000 € à 10000 €', { gte: 500000, lte: 1000000 }],
    ['factures en retard d’1 500 à 3 000 € HT', { gte: 150000, lte: 300000 }],
  ])('%s', (text, amount) => {
    expect(parsed(text)).toEqual(query({ intent: 'unpaid_invoices', amount }));
  });

  it.each([
    ['impayés de 30 à 60 jours de retard', { intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } }],
    ['impayés entre 1 000 et 5 000 €', { intent: 'unpaid_invoices', amount: { gte: 100000, lte: 500000 } }],
    [
      'impayés échus du 5 au 20 octobre',
      { intent: 'unpaid_invoices', period: { from: '2026-10-05', to: '2026-10-20' } },
    ],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});

describe('whether an invoice named is paid: its history', () => {
  it.each([
    'la F2026-1042 est-elle payée ?',
    'est-ce réglé, la F2026-1042 ?',
    'F2026-1042 soldée ?',
    'le client a bien payé la F2026-1042 ?',
    'a-t-on été réglé pour la facture F2026-1042 ?',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(command({ command: 'history', invoice: 'F2026-1042' }));
  });

  it('a payment to come stays a promise', () => {
    expect(parsed('la F2026-1042 sera payée le 7 décembre')).toEqual(
      command({ command: 'record_promise', invoice: 'F2026-1042', date: '2026-12-07' }),
    );
  });
});

describe('what is known of a customer: its card; what the bot knows: the help', () => {
  it.each([
    ['quelles informations pouvez-vous me donner sur la SGH ?', 'C002'],
    ['des infos sur Dupont ?', 'C005'],
    ['quels renseignements as-tu sur la mairie de Caluire ?', 'C015'],
  ])('%s', (text, code) => {
    expect(parsed(text)).toEqual(command({ command: 'customer_card', customerCodes: [code] }));
  });

  it.each(['quelles infos tu peux me donner ?', 'Quelles informations ?'])('%s', (text) => {
    expect(parsed(text)).toEqual(query({ intent: 'help' }));
  });

  it('not the card: infos on its unpaid invoices', () => {
    expect(parsed('infos sur les impayés de la SGH')).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    );
  });
});

describe('a year-end document asked for is no customer; files gone in a month; « passe-moi »', () => {
  it.each([
    ['Quels dossiers sont au contentieux ? C’est pour l’annexe.', { intent: 'litigation' }],
    [
      'les pertes de l’an dernier, c’est pour la liasse',
      { intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } },
    ],
    [
      'les dossiers passés chez l’avocat en octobre',
      { intent: 'journal_activity', step: 'J+30', period: { from: '2026-10-01', to: '2026-10-31' } },
    ],
    ['quels clients sont passés chez l’avocat ?', { intent: 'litigation' }],
    ['passe-moi les échéanciers', { intent: 'payment_plans' }],
    [
      'impayés du dernier mois',
      { intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-31' } },
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it('files to be transferred in a month to come stay the proposals', () => {
    expect(parsed('quels dossiers seront transmis au cabinet en décembre ?')).toEqual(
      query({ intent: 'planned_actions', step: 'J+30', period: { from: '2026-12-01', to: '2026-12-31' } }),
    );
  });
});

describe('a cut-off at a quarter’s end; money expected is a forecast', () => {
  it.each([
    ['impayés à fin T3', { intent: 'unpaid_invoices', asOf: '2026-09-30' }],
    ['balance âgée fin S1', { intent: 'aged_balance', asOf: '2026-06-30' }],
    ['impayés du T3', { intent: 'unpaid_invoices', period: { from: '2026-07-01', to: '2026-09-30' } }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it.each(['encaissements attendus en décembre', 'ce qui doit rentrer ce mois', 'le cash-in prévu au T1'])(
    '%s',
    (text) => {
      expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
    },
  );

  it('promises awaited keep their meaning', () => {
    expect(parsed('promesses de paiement attendues cette semaine')).toEqual(
      query({ intent: 'promises', period: { from: '2026-11-23', to: '2026-11-29' } }),
    );
  });
});
