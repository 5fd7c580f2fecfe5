/**
 * The twenty-ninth round's classes (issue 16): a Brazilian-born assistant's Portuguese (« fatura »,
 * « por favor », « o telefone da … », « outubro », « né ? »); a Normandy rep's turns (« point » for
 * « pas », « cor », « doit-y », « dame », « o eux »); French learnt as an adult (« doit nous », « moi
 * faire quoi », « moins 15 jour », « si X payer tout … combien devenir ? », « facture nouvelle
 * faire »); « content » no dispute; a rep's round or visit a context (« avant ma tournée »); the
 * customer said after its pronoun (« il nous doit encore quelque chose, Dupont ? »).
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('Portuguese words', () => {
  it.each([
    [
      'o telefone do Hôtel du Parc, por favor',
      command({ command: 'customer_contact', customerCodes: ['C003'] }),
    ],
    ['quanto nous doit a SGH, né ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['faturas impayées de Dupont por favor', query({ intent: 'unpaid_invoices', customerCodes: ['C005'] })],
    [
      'encaissements de setembro, obrigada',
      query({ intent: 'collected', period: { from: '2026-09-01', to: '2026-09-30' } }),
    ],
    ['Tudo bem ? les litiges ouverts', query({ intent: 'disputes' })],
    ['ficha da cliente Boulangerie Martin', command({ command: 'customer_card', customerCodes: ['C013'] })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('Normandy turns', () => {
  it.each([
    ['la SGH, elle a point payé ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'y’a cor des factures de Dupont qu’ont point été réglées ?',
      query({ intent: 'unpaid_invoices', customerCodes: ['C005'] }),
    ],
    [
      'il nous doit-y cor quelque chose, Dupont ?',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    ['la mairie, elle a-t-y un échéancier ?', query({ intent: 'payment_plans', customerCodes: ['C015'] })],
    [
      'ce qu’est passé en perte cette année, dame',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    [
      'levez le litige F2026-1042, c’est réglé o eux',
      command({ command: 'lift_dispute', invoice: 'F2026-1042' }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['faire le point sur Dupont', 'C005'],
    ['un point sur la SGH', 'C002'],
    ['point Dupont', 'C005'],
    ['combien doit le Bon Point ?', 'C016'],
  ])('« point » stays a review or a name: %s', (text, code) => {
    expect(parsed(text)).toEqual(query({ intent: 'customer_balance', customerCodes: [code] }));
  });
});

describe('French learnt as an adult', () => {
  it.each([
    ['SGH doit nous combien ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'demain moi faire quoi ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    ['facture retard plus 60 jour, liste', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['retard moins 10 j, combien facture ?', query({ intent: 'unpaid_invoices', daysLate: { max: 9 } })],
    ['client payer moyenne combien jour ?', query({ intent: 'dso' })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'si Dupont payer tout, taux retard combien devenir ?',
    'facture nouvelle faire pour Dupont 500 euro',
    'moi content, équipe travail bien',
  ])('no figure: %s', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it('a contested invoice is still a dispute', () => {
    expect(parsed('les factures que les clients contestent')).toEqual(query({ intent: 'disputes' }));
  });
});

describe('a round or a visit is the context; the customer said after its pronoun', () => {
  it.each([
    [
      'les impayés de Dupont avant ma tournée de jeudi',
      query({ intent: 'unpaid_invoices', customerCodes: ['C005'] }),
    ],
    [
      'situation de la SGH pour mon rendez-vous',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    [
      'elle nous doit encore des sous, la SGH ?',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['elle est au contentieux, la SGH ?', query({ intent: 'litigation', customerCodes: ['C002'] })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('a name no customer has stays unknown', () => {
    expect(parsed('il nous doit combien, Carrefour ?')).toEqual({
      kind: 'unknown_customer',
      query: { intent: 'customer_balance' },
    });
  });
});
