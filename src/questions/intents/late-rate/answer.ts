/**
 * « Taux de retard »: among the invoices due in a period (the last twelve months by default), the
 * share paid late, written off or still unpaid — in total and per customer or risk segment.
 */
import { addDays, minDate, monthsBetween } from '../../../domain/calendar-date';
import type { Invoice } from '../../../domain/ledger';
import { fr } from '../../../i18n/fr';
import { customerRef, type AnswerContext } from '../../answer-context';
import { lastTwelveMonths } from '../../definitions';
import { never, withDefaultPeriod, type IntentAnswer, type QueryWithPeriod } from '../../intent-answer';
import { matchesFilters } from '../../invoice-filters';
import { lateRate, type LateRate } from '../../kpis';
import type { Period, StructuredQuery } from '../../query';
import type { AnswerBase, CustomerRef } from '../../results';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { percent, periodText, riskLabel } from '../../view/formats';

const t = fr.questions;

export interface LateRateAnswer extends AnswerBase<'late_rate'>, LateRate {
  period: Period;
  groups: Array<{ key: string; customer: CustomerRef | null; rate: LateRate }> | null;
}

async function answerLateRate(query: QueryWithPeriod, context: AnswerContext): Promise<LateRateAnswer> {
  const period = query.period;
  const end = minDate(period.to, addDays(context.today, -1));
  const few = context.reads.fewCustomers(query.customerCodes);
  const source =
    end < period.from
      ? []
      : few
        ? await context.reads.ofCustomers(few)
        : await context.reads.dueIn(monthsBetween(period.from, end));
  // One filter object for the whole read (not one per invoice: tens of thousands at 100k).
  const filters: StructuredQuery = { ...query, dateBasis: 'due' };
  const due = source.filter(
    (i) => i.dueDate >= period.from && i.dueDate <= end && matchesFilters(i, filters, context),
  );
  let groups: LateRateAnswer['groups'] = null;
  if (query.groupBy === 'customer' || query.groupBy === 'risk') {
    const by = query.groupBy;
    const split = new Map<string, Invoice[]>();
    for (const i of due) {
      const key = by === 'customer' ? i.customerCode : customerRef(context, i.customerCode).risk;
      split.set(key, [...(split.get(key) ?? []), i]);
    }
    groups = [...split]
      .map(([key, list]) => ({
        key,
        customer: by === 'customer' ? customerRef(context, key) : null,
        rate: lateRate(list, context.today),
      }))
      .filter((g) => g.rate.considered > 0)
      .sort(
        (a, b) =>
          (b.rate.rate ?? 0) - (a.rate.rate ?? 0) ||
          b.rate.considered - a.rate.considered ||
          a.key.localeCompare(b.key),
      );
  }
  return {
    intent: 'late_rate',
    query,
    today: context.today,
    period,
    ...lateRate(due, context.today),
    groups,
  };
}

function lateRateView(answer: LateRateAnswer, { filters }: ViewContext): AnswerView {
  const period = periodText(answer.period);
  return {
    headline:
      answer.rate === null
        ? t.headlines.lateRateNone(period)
        : t.headlines.lateRate(percent(answer.rate), answer.late, answer.considered, period),
    subtitle: filters,
    facts: [
      { title: t.facts.lateInvoices, value: String(answer.late) },
      { title: t.facts.onTime, value: String(answer.onTime) },
      ...(answer.unknown > 0 ? [{ title: t.facts.unknownDate, value: String(answer.unknown) }] : []),
    ],
    tables: answer.groups
      ? [
          {
            title: t.notes.groupsTitle,
            columns: [
              col(answer.query.groupBy === 'risk' ? t.columns.segment : t.columns.customer, 5),
              col(t.columns.rate, 2, 'Right'),
              col(t.columns.lateCount, 2, 'Right'),
              col(t.columns.considered, 2, 'Right'),
            ],
            rows: answer.groups.map((g) => [
              g.customer ? g.customer.name : riskLabel(g.key),
              g.rate.rate === null ? '—' : percent(g.rate.rate),
              String(g.rate.late),
              String(g.rate.considered),
            ]),
          },
        ]
      : [],
    notes: [t.definitions.lateRate],
  };
}

export const lateRateAnswer: IntentAnswer<LateRateAnswer> = {
  cutOff: { kind: 'year_to_date' },
  readsOpenInvoices: never,
  execute: withDefaultPeriod(lastTwelveMonths, answerLateRate),
  view: lateRateView,
};
