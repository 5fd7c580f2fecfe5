/**
 * « revue de la semaine » (issue #18): the director's weekly review asked in plain words is a
 * command — in several phrasings — and the questions about the week's figures stay questions.
 */
import { calendarDate } from '../../src/domain/calendar-date';
import { mayBeCommand, readCommand } from '../../src/questions/parser/commands';
import { parseQuestion } from '../../src/questions/parser/parse-question';

const today = calendarDate(2026, 11, 23);
const command = (text: string) => {
  const read = readCommand(text, { today, customers: [] });
  return read?.kind === 'command' ? read.command : null;
};

it.each([
  'revue de la semaine',
  'Revue de la semaine ?',
  'la revue hebdo',
  'montre-moi la revue de la semaine',
  'affiche la revue hebdomadaire',
  'bilan de la semaine',
  'la revue de la semaine dernière',
  'weekly review',
  'Pourriez-vous m’envoyer la revue de la semaine, merci',
])('« %s » is the weekly review', (text) => {
  expect(mayBeCommand(text)).toBe(true);
  expect(command(text)).toEqual({ command: 'weekly_review' });
  expect(parseQuestion(text, { today, customers: [] })).toMatchObject({
    kind: 'command',
    command: { command: 'weekly_review' },
  });
});

it.each([
  'encaissements de la semaine',
  'combien encaissé cette semaine ?',
  'impayés de la semaine',
  'évolution des impayés sur la semaine',
  'relances de la semaine',
])('« %s » stays a question', (text) => {
  expect(command(text)).toBeNull();
});
