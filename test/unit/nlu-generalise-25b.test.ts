/**
 * The twenty-fifth round's voices (issue 16), apart from ch'ti: « je vais » names no customer (it
 * matched ITM Vaise); payments « hors délai » are late; invoices « arrivées à échéance sans être
 * payées » are unpaid; a bookkeeper's « pièces échues » are invoices; a word defined before the
 * question (« au sens de … : ») asks nothing; an ellipsis before « pardon » opens a correction;
 * « transmissions cabinet vendredi » are that day's proposals; « le litige …, tu peux le lever » lifts
 * it; factoring is no figure; « je ne suis pas sûre du terme » is a hedge. Variants written for the
 * rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('« je vais » names no customer', () => {
  it.each([
    ['les impayés, je vais y regarder', { intent: 'unpaid_invoices' }],
    ['je vais voir Dupont, ses impayés ?', { intent: 'unpaid_invoices', customerCodes: ['C005'] }],
    ['on va voir le DSO', { intent: 'dso' }],
    ['vous allez me sortir la balance âgée ?', { intent: 'aged_balance' }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it('Vaise said is still ITM Vaise', () => {
    expect(parsed('impayés de Vaise')).toEqual(query({ intent: 'unpaid_invoices', customerCodes: ['C018'] }));
  });
});

describe('late payments and unpaid invoices in a bookkeeper’s words', () => {
  it.each([
    ['taux de règlements hors délai', { intent: 'late_rate' }],
    [
      'part des paiements hors délais ce trimestre',
      { intent: 'late_rate', period: { from: '2026-10-01', to: '2026-12-31' } },
    ],
    ['factures payées hors échéance par client, en %', { intent: 'late_rate', groupBy: 'customer' }],
    [
      'factures échues en octobre sans avoir été réglées',
      { intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-31' } },
    ],
    [
      'factures arrivées à échéance sans être payées de la SGH',
      { intent: 'unpaid_invoices', customerCodes: ['C002'] },
    ],
    ['les pièces échues de plus de 90 jours', { intent: 'unpaid_invoices', daysLate: { min: 91 } }],
    ['pièces clients non soldées de Dupont', { intent: 'unpaid_invoices', customerCodes: ['C005'] }],
    [
      'Le retard au sens de la loi : quels impayés ont plus de 60 jours ?',
      { intent: 'unpaid_invoices', daysLate: { min: 61 } },
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it.each([
    ['les échéanciers au sens strict', { intent: 'payment_plans' }],
    ['encaissements hors Biocoop', { intent: 'collected' }],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });

  it('attached files are no invoices', () => {
    expect(parsed('les pièces jointes de la relance')).toEqual(NOT_UNDERSTOOD);
  });
});

describe('a correction after dots; a doubt about the word', () => {
  it.each([
    ['le solde de la SGH... non pardon de Dupont', { intent: 'customer_balance', customerCodes: ['C005'] }],
    [
      'les factures du fournisseur… pardon, du client Dupont qui restent impayées',
      { intent: 'unpaid_invoices', customerCodes: ['C005'] },
    ],
    [
      'je ne suis pas sûr du terme mais les impayés de plus de 30 jours',
      { intent: 'unpaid_invoices', daysLate: { min: 31 } },
    ],
    ['je ne sais pas si c’est le bon mot, le DSO de la SGH ?', { intent: 'dso', customerCodes: ['C002'] }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(query(expected));
  });
});

describe('transfers on a weekday; a dispute to lift asked with its pronoun; factoring', () => {
  it.each([
    ['transmissions cabinet vendredi', '2026-11-27'],
    ['transmissions au cabinet jeudi ?', '2026-11-26'],
    ['les transmissions au cabinet de mercredi', '2026-11-25'],
  ])('%s', (text, day) => {
    expect(parsed(text)).toEqual(
      query({ intent: 'planned_actions', step: 'J+30', period: { from: day, to: day } }),
    );
  });

  it('transfers without a day stay the files at the firm', () => {
    expect(parsed('transmissions au cabinet')).toEqual(query({ intent: 'litigation' }));
  });

  it.each([
    'le litige de la F2026-1048, tu peux le lever',
    'le litige sur F2026-1048, vous pouvez le clore ?',
    'le litige F2026-1048 il faut le retirer',
    'la contestation sur F2026-1048, on peut la lever ?',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(command({ command: 'lift_dispute', invoice: 'F2026-1048' }));
  });

  it.each([
    'si on affacture nos créances, on récupère combien ?',
    'combien coûterait un factor ?',
    'le factoring des factures de la SGH',
  ])('%s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });
});

describe('« je vais » names no customer in a command either', () => {
  it.each([
    ['je vais appeler Dupont', 'C005'],
    ['je vais appeler la SGH, tu me donnes son téléphone ?', 'C002'],
    ['on va passer voir l’Hôtel du Parc, son numéro ?', 'C003'],
  ])('%s', (text, code) => {
    expect(parsed(text)).toEqual(command({ command: 'customer_contact', customerCodes: [code] }));
  });
});
