/**
 * Issue 16, sixth round (N3): the daily work understood as people really ask it — rules, not
 * sentences. Each class is written in variants of our own (other words, typos, SMS spelling,
 * politeness, English where it applies), with negatives that must not change. Against the
 * evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { parsed, command } from '../support/nlu-parse';

const alias = (customerCodes: string[], text: string) =>
  command({ command: 'add_alias', customerCodes, alias: text });

describe('an alias changed is an alias given (Relances keeps every alias: the new one is added)', () => {
  it.each([
    ['change l’alias SGH pour Société Générale d’Hygiène', alias(['C002'], 'SGH')],
    ['modifie l’alias PSRA pour Propreté Services Rhône-Alpes', alias(['C007'], 'PSRA')],
    ['mets à jour l’alias HDP pour l’Hôtel du Parc', alias(['C003'], 'HDP')],
    ['définis l’alias JDF pour Les Jardins de Fourvière', alias(['C019'], 'JDF')],
    ['utilise l’alias CHV pour le centre hospitalier de Villefranche', alias(['C004'], 'CHV')],
    ['change alias PTN pour Pressing Total Net stp', alias(['C017'], 'PTN')],
    [
      'Pourriez-vous corriger l’alias Bon Point pour le Restaurant Au Bon Point ?',
      alias(['C016'], 'Bon Point'),
    ],
    ['remplace l’alias de la Société Générale d’Hygiène par SGH', alias(['C002'], 'SGH')],
    ['change the alias of Pressing Total Net to PTN', alias(['C017'], 'PTN')],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['alias SGH pour Société Générale d’Hygiène', alias(['C002'], 'SGH')],
    ['ajoute SGH comme alias de la Société Générale d’Hygiène', alias(['C002'], 'SGH')],
    ['alias Hôtel de Ville pour Mairie de Caluire-et-Cuire', alias(['C015'], 'Hôtel de Ville')],
  ])('unchanged: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
