/**
 * The thirty-fourth round's classes (issue 16), and leftovers of the thirty-third: a word a name's
 * word only lengthens by a syllable is another word (« propres » is not « Propreté »); « dans le
 * rouge avec X » is what X owes; the customer's call told after the question dates nothing; a rep's
 * « on me doit », « ds mon secteur »; a reported promise typed without apostrophes; a corrected
 * number keeps its unit; « à ce jour » is no « à jour »; one customer of two alike still asks its
 * balance; « payée après échéance » is the late rate; a brand before a place's name is another
 * business; a loss imagined is no loss booked; a list at one step is no export; the asker's own name
 * for what he asks says nothing.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not change.
 */
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

describe('round thirty-four', () => {
  it.each([
    ['nos propres impayés ?', query({ intent: 'unpaid_invoices' })],
    ['les impayés, pour mes propres stats', query({ intent: 'unpaid_invoices' })],
    [
      'on est toujours dans le rouge avec Dupont ?',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    ['dans le rouge avec qui ?', query({ intent: 'top_late_payers' })],
    ['which clients are overdue today?', query({ intent: 'top_late_payers' })],
    [
      'les impayés de la SGH ? ils nous ont téléphoné hier soir',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['combien on me doit sur ma zone ?', query({ intent: 'aged_balance' })],
    ['retards ds ma tournée de plus de 90j', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    [
      'le patron du pressing m a dit qu il payait 800€ le 15/12',
      command({ command: 'record_promise', date: '2026-12-15', amount: 80000, customerCodes: ['C017'] }),
    ],
    [
      'factures de plus de 60 jours, non pardon plus de 90',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    ['le montant total des créances clients à ce jour', query({ intent: 'aged_balance' })],
    [
      "l'encours global de Martin ?",
      { kind: 'ambiguous_customer', query: { intent: 'customer_balance' }, candidates: ['C013', 'C020'] },
    ],
    ['quelle part de nos factures est réglée après échéance ?', query({ intent: 'late_rate' })],
    ['des litiges avec Lidl Vaise ?', { kind: 'unknown_customer', query: { intent: 'disputes' } }],
    ['combien on perd si la mairie ferme ses portes ?', NOT_UNDERSTOOD],
    [
      'tu peux extraire les factures au stade de la mise en demeure ?',
      query({ intent: 'unpaid_invoices', step: 'J+20' }),
    ],
    [
      'les impayés au stade de la lettre simple, ce que j’appelle la relance de niveau 2 dans mon ancien groupe',
      query({ intent: 'unpaid_invoices', step: 'J+10' }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['solde de Propreté Services', query({ intent: 'customer_balance', customerCodes: ['C007'] })],
    ['la SGH est à jour ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'balance âgée de Biocoop',
      { kind: 'ambiguous_customer', query: { intent: 'aged_balance' }, candidates: ['C001', 'C011'] },
    ],
    [
      'combien a-t-on perdu en 2025 ?',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    [
      'export Excel des impayés au stade de la mise en demeure',
      command({ command: 'export', what: 'unpaid' }),
    ],
    ['le solde de la Mairie de Caluire', query({ intent: 'customer_balance', customerCodes: ['C015'] })],
    ['which invoices are overdue?', query({ intent: 'unpaid_invoices' })],
  ])('not changed: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
