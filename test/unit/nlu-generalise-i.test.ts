/**
 * The parser generalising beyond the public set's words (issue 16, ninth round, scope N8):
 * questions spelt by ear (a dyslexic assistant: « factur », « cliant », « retar », « balanse »,
 * « tablo », « afiche », « dossié », « gro », « fé »), read as the domain's words they sound like,
 * without rewriting a known word, a customer's name or English; and work that is not Relances'
 * (creating an invoice) never answered with a figure. Variants written for the rules, not copied
 * from the evaluation sets; negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';
import { heardAs, respelledByEar, soundKey } from '../../src/questions/parser/phonetic';

describe('a word spelt by ear is read as the domain word it sounds like', () => {
  it.each([
    ['les factur en retar de la sgh', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['combien de factur impayé', query({ intent: 'unpaid_invoices' })],
    ['afiche la balanse agée', query({ intent: 'aged_balance' })],
    ['balanse agé au 31/10', query({ intent: 'aged_balance', asOf: '2026-10-31' })],
    ['les dossié transmi a l’avocat', query({ intent: 'litigation' })],
    ['c ki le plu gro débiteur', query({ intent: 'top_late_payers' })],
    ['ki nous doi le plus', query({ intent: 'top_late_payers' })],
    ['les cliant a risk élevé en retar', query({ intent: 'unpaid_invoices', risk: 'high' })],
    ['taux de factur payé en retar', query({ intent: 'late_rate' })],
    ['montre moi le tablo du jour', command({ command: 'day_card' })],
    ['actualis la carte stp', command({ command: 'day_card' })],
    ['exporte la balanse agée en excel', command({ command: 'export', what: 'aged_balance' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « il reste à payé »: the infinitive after « reste à »; « où en et » is « où en est ».
    [
      'il rest combien a payé chez biocoop croix rousse',
      query({ intent: 'customer_balance', customerCodes: ['C001'] }),
    ],
    ['ou en et la sgh', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    // « fé » is « fait », « tu fé » is « tu fais ».
    ['tu fé koi exactement', query({ intent: 'help' })],
  ])('homophones the grammar tells apart: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« on a fé koi pour lpi » is the customer’s history', () => {
    expect(parsed('on a fé koi pour lpi')).toMatchObject({
      kind: 'command',
      command: { command: 'history' },
    });
  });
});

describe('what is not spelt by ear stays as typed', () => {
  it.each([
    // Correct forms and derived words are the parser's own (« grosses ardoises », « actualiser »).
    ['grosses', null],
    ['actualiser', null],
    ['tableaux', null],
    ['envoie', null],
    ['dois', null],
    // Names: capitalised inside the sentence, or all in capitals.
    ['Tablo', null],
    ['SGH', null],
  ])('« %s »', (word, expected) => {
    expect(heardAs(word, false)).toBe(expected);
  });

  it('English is read as English', () => {
    expect(respelledByEar("high risk customers' unpaid invoices")).toBe(
      "high risk customers' unpaid invoices",
    );
    expect(parsed("high risk customers' unpaid invoices")).toEqual(
      query({ intent: 'unpaid_invoices', risk: 'high' }),
    );
  });

  it('the sound key hears « factur » as « facture » and « cliant » as « client », not « dupont »', () => {
    expect(soundKey('factur')).toBe(soundKey('facture'));
    expect(soundKey('cliant')).toBe(soundKey('clients'));
    expect(soundKey('tablo')).toBe(soundKey('tableau'));
    expect(heardAs('dupont', false)).toBeNull();
  });

  it.each([
    // « ils montent » is no « montant ».
    ['les impayés ils montent ?', query({ intent: 'trend' })],
    ['les 3 plus grosses ardoises', query({ intent: 'top_late_payers', limit: 3 })],
    [
      "quelles relances dois-je lancer aujourd'hui",
      query({ intent: 'planned_actions', period: { from: '2026-11-23', to: '2026-11-23' } }),
    ],
    ['combien nous doit la SGH ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    ['reste à payer de la sgh', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
  ])('« %s » does not change', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('creating or changing an invoice is not Relances’ work, however it is spelt', () => {
  it.each([
    ['cré une factur pour la sgh'],
    ['crée une facture pour Biocoop Croix-Rousse'],
    ['fais une facture à lpi de 500 €'],
    ['émets une facture pour la mairie de caluire'],
    ['peux-tu établir un avoir pour la SGH ?'],
    ['create an invoice for LPI'],
  ])('« %s » gets no figure', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['les factures de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['on a fait quoi sur la facture F2026-1088 ?', command({ command: 'history', invoice: 'F2026-1088' })],
  ])('« %s » does not change', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« les factures de la SGH » is still its unpaid invoices', () => {
    expect(parsed('les factures de la SGH')).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    );
  });
});
