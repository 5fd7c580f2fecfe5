/** « taux » opens the rates' form; the KPI questions about rates (« taux d’impayés ») stay questions. */
import { RATES_COMMAND } from '../../src/bot/rates/routes';

describe('the rates command', () => {
  it.each([
    'taux',
    'Taux ?',
    'taux de pénalités',
    'taux de penalites de retard',
    'saisir les taux',
    'Saisir taux de pénalités.',
  ])('opens the form on « %s »', (text) => {
    expect(RATES_COMMAND.test(text)).toBe(true);
  });

  it.each([
    'taux d’impayés',
    'taux de retard par segment de risque',
    'taux de créances échues',
    'quel taux ?',
  ])('leaves « %s » to the questions', (text) => {
    expect(RATES_COMMAND.test(text)).toBe(false);
  });
});
