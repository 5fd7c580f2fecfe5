/** « Que faire aujourd’hui ? »: the dunning actions proposed for a day (today by default). */
import { addDays, formatDateLongFr, minDate, type CalendarDate } from '../../../domain/calendar-date';
import type { ActionStatus } from '../../../domain/actions';
import { cents, sumCents, type Cents } from '../../../domain/money';
import { fr } from '../../../i18n/fr';
import { customerRef, type AnswerContext } from '../../answer-context';
import { todayOnly } from '../../definitions';
import { never, withDefaultPeriod, type IntentAnswer, type QueryWithPeriod } from '../../intent-answer';
import type { AnswerBase, CustomerRef } from '../../results';
import { inScope } from '../../scope';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { filtersLine } from '../../view/filters-text';
import { eur } from '../../view/formats';

const t = fr.questions;

export interface PlannedActionsAnswer extends AnswerBase<'planned_actions'> {
  date: CalendarDate;
  actions: Array<{
    customer: CustomerRef;
    step: string;
    invoiceCount: number;
    total: Cents;
    maxDaysLate: number;
    status: ActionStatus;
  }>;
  total: Cents;
  /** A day to come: its proposals are made that morning, none exists yet. */
  upcoming?: boolean;
}

/** Days of proposals read at most (a week). */
const ACTION_DAYS = 7;

async function answerPlannedActions(
  query: QueryWithPeriod,
  context: AnswerContext,
): Promise<PlannedActionsAnswer> {
  if (query.period.from > context.today) {
    const base = { intent: 'planned_actions' as const, query, today: context.today };
    return { ...base, date: query.period.from, actions: [], total: cents(0), upcoming: true };
  }
  const to = minDate(query.period.to, context.today);
  const days: CalendarDate[] = [];
  for (let d = to; d >= query.period.from && days.length < ACTION_DAYS; d = addDays(d, -1)) days.push(d);
  const actions = (await Promise.all(days.map((d) => context.sources.actions.listForDate(d))))
    .flat()
    .filter(
      (a) =>
        inScope(context.scope, a.customerCode) &&
        (!query.customerCodes || query.customerCodes.includes(a.customerCode)) &&
        (!query.step || a.step === query.step) &&
        (!query.risk || a.risk === query.risk),
    )
    .map((a) => ({
      customer: customerRef(context, a.customerCode),
      step: a.step,
      invoiceCount: a.invoices.length,
      total: a.total,
      maxDaysLate: a.maxDaysLate,
      status: a.status,
    }))
    .sort(
      (a, b) =>
        b.maxDaysLate - a.maxDaysLate || b.total - a.total || a.customer.code.localeCompare(b.customer.code),
    );
  return {
    intent: 'planned_actions',
    query,
    today: context.today,
    date: to,
    actions,
    total: sumCents(actions, (a) => a.total),
  };
}

/** The headline says the step asked (« 2 relances à l’étape J+20 proposées le … »), or that the day is to come. */
function headline(answer: PlannedActionsAnswer): string {
  const date = formatDateLongFr(answer.date);
  const step = answer.query.step;
  if (answer.upcoming) return t.headlines.plannedActionsUpcoming(date, step);
  if (step) return t.headlines.plannedActionsOfStep(answer.actions.length, step, date, eur(answer.total));
  return t.headlines.plannedActions(answer.actions.length, date, eur(answer.total));
}

function plannedActionsView(answer: PlannedActionsAnswer, { filters, names }: ViewContext): AnswerView {
  return {
    headline: headline(answer),
    // The step is the headline's; the filters line would call it the last reminder sent.
    subtitle: answer.query.step ? filtersLine({ ...answer.query, step: undefined }, names) : filters,
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.customer, 5),
          col(t.columns.step, 2),
          col(t.columns.count, 2, 'Right'),
          col(t.columns.amount, 3, 'Right'),
          col(t.columns.status, 3),
        ],
        rows: answer.actions.map((a) => [
          a.customer.name,
          a.step,
          String(a.invoiceCount),
          eur(a.total),
          t.actionStatus[a.status],
        ]),
      },
    ],
    notes: answer.upcoming ? [t.notes.proposedEachMorning] : [t.notes.toAct],
  };
}

export const plannedActionsAnswer: IntentAnswer<PlannedActionsAnswer> = {
  // The proposals are today's: those of a past day were replaced since.
  cutOff: { kind: 'snapshot', what: t.whatOf.planned_actions },
  readsOpenInvoices: never,
  execute: withDefaultPeriod(todayOnly, answerPlannedActions),
  view: plannedActionsView,
};
