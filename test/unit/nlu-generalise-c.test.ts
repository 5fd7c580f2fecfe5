/**
 * Issue 16, fourth round (p20-N): rules the parser lacked on the questions of three new blind
 * writers, each written here in variants of our own (other words, typos, SMS spelling, politeness,
 * English where it applies) with negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026, the law firm is Aptos Avocats).
 */
import { resolve } from 'node:path';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { comparable, loadEvalSet } from '../nlu/eval-set';

const portfolio = loadEvalSet(resolve(__dirname, '../nlu/portfolio.json'));

function parsed(text: string) {
  return comparable(
    parseQuestion(text, {
      today: portfolio.today,
      customers: portfolio.customers,
      lawFirm: portfolio.lawFirm,
    }),
  );
}

const query = (q: { intent: string } & Record<string, unknown>) => ({ kind: 'query', query: q });
const command = (c: { command: string } & Record<string, unknown>) => ({ kind: 'command', command: c });
const alias = (alias: string, code: string) =>
  command({ command: 'add_alias', customerCodes: [code], alias });

describe('« alias X pour Y » after any verb of adding, anywhere in the sentence', () => {
  it.each([
    ['rajoute alias NAT pour naturalia part dieu', alias('NAT', 'C010')],
    ['mets l’alias Le Parc pour l’Hôtel du Parc', alias('Le Parc', 'C003')],
    ['tu peux noter l alias SGH pour la Société Générale d’Hygiène stp', alias('SGH', 'C002')],
    [
      'Le patron dit toujours « les Tilleuls » : merci d’ajouter l’alias Tilleuls pour EHPAD Les Tilleuls',
      alias('Tilleuls', 'C014'),
    ],
    ['enregistre un alias ITM pour Intermarché Vaise', alias('ITM', 'C018')],
    ['please add alias DF for Dupont & Fils', alias('DF', 'C005')],
    // « pour » splits before « de »: an alias may hold « de ».
    ['alias Hôtel de Ville pour Hôtel du Parc', alias('Hôtel de Ville', 'C003')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['alias SGH pour Société Générale d’Hygiène', alias('SGH', 'C002')],
    ['ajoute l’alias SGH à la Société Générale d’Hygiène', alias('SGH', 'C002')],
    ['ajoute SGH comme alias de Société Générale d’Hygiène', alias('SGH', 'C002')],
  ])('negative: « %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
