/**
 * The parser generalising beyond the public set's words (issue 16, eighth round): promises with
 * amounts as a phone dictates or a fast typist types them, aliases in SMS spelling and with their
 * dots, a weekday alone on planned work, what was sent to a customer, litigation in other words.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not
 * change. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November
 * 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const promise = (customerCodes: string[], date: string, amount?: number) =>
  command({ command: 'record_promise', customerCodes, date, ...(amount !== undefined ? { amount } : {}) });
const alias = (customerCodes: string[], name: string) =>
  command({ command: 'add_alias', customerCodes, alias: name });

describe('a promise keeps its amount however it is typed or dictated', () => {
  it.each([
    ['la boulangerie martin promet 850e vendredi', promise(['C013'], '2026-11-27', 85_000)],
    ['lpi va regler 12 000e lundi', promise(['C012'], '2026-11-30', 1_200_000)],
    ['la mairie de caluire paiera 750,50e le 12 décembre', promise(['C015'], '2026-12-12', 75_050)],
    ["l'hôtel du parc promet de payer 3ke le 20/12", promise(['C003'], '2026-12-20', 300_000)],
    ['naturalia pd sengage a payer 980e lundi prochain', promise(['C010'], '2026-11-30', 98_000)],
    ['la sgh va payer mille deux cents euros le quinze décembre', promise(['C002'], '2026-12-15', 120_000)],
    [
      'biocoop croix rousse promet trois mille cinq cents euros vendredi',
      promise(['C001'], '2026-11-27', 350_000),
    ],
    ['la SGH va régler le 15 décembre', promise(['C002'], '2026-12-15')],
    ['le pressing total net paiera 2k€ fin du mois', promise(['C017'], '2026-11-30', 200_000)],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayés de plus de 1200e', query({ intent: 'unpaid_invoices', amount: { gt: 120_000 } })],
    ['les promesses de plus de 1000e', query({ intent: 'promises', amount: { gt: 100_000 } })],
    ['quelles factures restent à régler ?', query({ intent: 'unpaid_invoices' })],
  ])('« %s » stays a question', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« le 3e rappel de la SGH » reads no amount (an ordinal)', () => {
    expect(parsed('le 3e rappel de la SGH')).toEqual(NOT_UNDERSTOOD);
  });
});

describe('an alias in SMS spelling (« pr » for « pour »), kept as typed with its dots', () => {
  it.each([
    ["mets l'alias CHV pr le centre hospitalier de villefranche", alias(['C004'], 'CHV')],
    ['mets alias BM pr boulangerie martin stp', alias(['C013'], 'BM')],
    ['ajoute BM comme alias pr boulangerie martin', alias(['C013'], 'BM')],
    ['on dit CHV pr le centre hospitalier de villefranche', alias(['C004'], 'CHV')],
    ["alias St. Gé. H. pour la Société Générale d'Hygiène", alias(['C002'], 'St. Gé. H.')],
    ['alias Ets. Martin pour Boulangerie Martin', alias(['C013'], 'Ets. Martin')],
    ['Julien B. est un alias de Julien Bernard', alias(['C009'], 'Julien B.')],
    ["remplace l'alias de Julien Bernard par Julien B.", alias(['C009'], 'Julien B.')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A sentence's final dot is not the alias's.
    ["remplace l'alias de la SGH par SGH.", alias(['C002'], 'SGH')],
    ["ajoute l'alias PR pour Pressing Total Net", alias(['C017'], 'PR')],
    ['alias Hôtel de Ville pour la Mairie de Caluire', alias(['C015'], 'Hôtel de Ville')],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
