/**
 * The question parser against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026, the law firm Aptos Avocats), compared as the evaluation compares, with the
 * shapes of an expected result — for the unit tests of phrasings.
 */
import { resolve } from 'node:path';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { comparable, loadEvalSet } from '../nlu/eval-set';

export const portfolio = loadEvalSet(resolve(__dirname, '../nlu/portfolio.json'));

/** The parse of `text`, as the evaluation compares it. */
export function parsed(text: string) {
  return comparable(
    parseQuestion(text, {
      today: portfolio.today,
      customers: portfolio.customers,
      lawFirm: portfolio.lawFirm,
    }),
  );
}

export const query = (q: { intent: string } & Record<string, unknown>) => ({ kind: 'query', query: q });
export const command = (c: { command: string } & Record<string, unknown>) => ({
  kind: 'command',
  command: c,
});
export const NOT_UNDERSTOOD = { kind: 'not_understood' };
