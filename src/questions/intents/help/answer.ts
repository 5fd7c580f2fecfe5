/** « Que puis-je demander ? »: the questions that can be asked, with examples — no figure. */
import { fr } from '../../../i18n/fr';
import type { AnswerContext } from '../../answer-context';
import { never, type IntentAnswer } from '../../intent-answer';
import type { StructuredQuery } from '../../query';
import type { AnswerBase } from '../../results';
import { col, type AnswerView } from '../../view/answer-view';

const t = fr.questions;

export type HelpAnswer = AnswerBase<'help'>;

/**
 * The families of questions and their examples, as a table (the same whoever asks, whatever the
 * filters). The chat shows them as pages of buttons instead (src/bot/questions/help-pages.ts).
 */
export function helpView(): AnswerView {
  return {
    headline: t.headlines.help,
    tables: [
      {
        title: t.examplesTitle,
        columns: [col(t.columns.family, 4), col(t.columns.examples, 7)],
        rows: fr.questionFamilies().map((f) => [f.title, f.examples.map((e) => `« ${e.text} »`).join(', ')]),
      },
    ],
  };
}

export const helpAnswer: IntentAnswer<HelpAnswer> = {
  cutOff: { kind: 'ignored' },
  readsOpenInvoices: never,
  execute: async (query: StructuredQuery, context: AnswerContext) => ({
    intent: 'help',
    query,
    today: context.today,
  }),
  view: helpView,
};
