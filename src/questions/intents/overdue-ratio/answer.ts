/** « Taux de créances échues »: overdue receivables ÷ all receivables (balances, TTC). */
import { fr } from '../../../i18n/fr';
import type { AnswerContext } from '../../answer-context';
import { receivablesFor } from '../../answers/receivables';
import { always, type IntentAnswer } from '../../intent-answer';
import { overdueRatio, type OverdueRatio } from '../../kpis';
import type { StructuredQuery } from '../../query';
import type { AnswerBase } from '../../results';
import type { AnswerView, ViewContext } from '../../view/answer-view';
import { eur, percent } from '../../view/formats';

const t = fr.questions;

export interface OverdueRatioAnswer extends AnswerBase<'overdue_ratio'>, OverdueRatio {}

async function answerOverdueRatio(
  query: StructuredQuery,
  context: AnswerContext,
): Promise<OverdueRatioAnswer> {
  return {
    intent: 'overdue_ratio',
    query,
    today: context.today,
    ...overdueRatio(await receivablesFor(query, context), context.today),
  };
}

function overdueRatioView(answer: OverdueRatioAnswer, { filters }: ViewContext): AnswerView {
  return {
    headline:
      answer.ratio === null
        ? t.headlines.overdueRatioNone
        : t.headlines.overdueRatio(percent(answer.ratio), eur(answer.overdue), eur(answer.total)),
    subtitle: filters,
    facts: [
      { title: t.facts.overdueReceivables, value: `${eur(answer.overdue)} (${answer.overdueCount})` },
      { title: t.facts.receivables, value: `${eur(answer.total)} (${answer.totalCount})` },
    ],
    notes: [t.definitions.overdueRatio, t.definitions.unpaid],
  };
}

export const overdueRatioAnswer: IntentAnswer<OverdueRatioAnswer> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.overdue_ratio },
  readsOpenInvoices: always,
  execute: answerOverdueRatio,
  view: overdueRatioView,
};
