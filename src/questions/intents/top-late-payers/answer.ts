/** « Top 10 des mauvais payeurs »: customers ranked by their unpaid (past-due) balance. */
import { sumCents, type Cents } from '../../../domain/money';
import { fr } from '../../../i18n/fr';
import { customerRef, type AnswerContext } from '../../answer-context';
import { receivablesFor } from '../../answers/receivables';
import { DEFAULT_TOP } from '../../definitions';
import { always, type IntentAnswer } from '../../intent-answer';
import { latePayers } from '../../kpis';
import type { StructuredQuery } from '../../query';
import type { AnswerBase, CustomerRef } from '../../results';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { eur } from '../../view/formats';

const t = fr.questions;

export interface TopLatePayersAnswer extends AnswerBase<'top_late_payers'> {
  rows: Array<{ customer: CustomerRef; overdue: Cents; count: number; maxDaysLate: number }>;
  /** All late customers (the rows are the first `limit`). */
  customersLate: number;
  totalOverdue: Cents;
}

async function topLatePayers(query: StructuredQuery, context: AnswerContext): Promise<TopLatePayersAnswer> {
  const ranked = latePayers(await receivablesFor(query, context), context.today);
  const limit = query.limit ?? DEFAULT_TOP;
  return {
    intent: 'top_late_payers',
    query: { ...query, limit },
    today: context.today,
    rows: ranked.slice(0, limit).map((r) => ({ ...r, customer: customerRef(context, r.customerCode) })),
    customersLate: ranked.length,
    totalOverdue: sumCents(ranked, (r) => r.overdue),
  };
}

function topLatePayersView(answer: TopLatePayersAnswer, { filters }: ViewContext): AnswerView {
  return {
    headline: t.headlines.topLatePayers(answer.rows.length, eur(sumCents(answer.rows, (r) => r.overdue))),
    subtitle: filters,
    facts: [
      { title: t.facts.customersLate, value: String(answer.customersLate) },
      { title: t.facts.overdueReceivables, value: eur(answer.totalOverdue) },
    ],
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.rank, 2, 'Right'),
          col(t.columns.customer, 5),
          col(t.columns.overdue, 3, 'Right'),
          col(t.columns.count, 2, 'Right'),
          col(t.columns.maxLate, 2, 'Right'),
        ],
        rows: answer.rows.map((r, i) => [
          String(i + 1),
          r.customer.name,
          eur(r.overdue),
          String(r.count),
          t.days(r.maxDaysLate),
        ]),
      },
    ],
    notes: [t.definitions.topLatePayers],
  };
}

export const topLatePayersAnswer: IntentAnswer<TopLatePayersAnswer> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.top_late_payers },
  readsOpenInvoices: always,
  execute: topLatePayers,
  view: topLatePayersView,
};
