/** « Que puis-je demander ? »: the questions that can be asked, with examples — no figure. */
import { fr } from '../../../i18n/fr';
import type { AnswerContext } from '../../answer-context';
import { never, type IntentAnswer } from '../../intent-answer';
import type { StructuredQuery } from '../../query';
import type { AnswerBase } from '../../results';
import { col, type AnswerView } from '../../view/answer-view';

const t = fr.questions;

export type HelpAnswer = AnswerBase<'help'>;

/** The examples of questions (the same card whoever asks, whatever the filters). */
export function helpView(): AnswerView {
  return {
    headline: t.headlines.help,
    tables: [
      {
        title: t.examplesTitle,
        columns: [col(t.columns.question, 5), col(t.columns.answer, 6)],
        rows: t.examples.map((e) => [`« ${e.question} »`, e.answer]),
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
