/**
 * A cut-off date (« au 30 septembre ») applied to a query, by what it means for the intent
 * (`CutOffRule`): kept as a filter, turned into a year-to-date period, or — for a figure of today's
 * ledger — dropped when it is today or later, and refused when it is past.
 */
import { calendarDate, yearOf, type CalendarDate } from '../domain/calendar-date';
import type { CutOffRule } from './intent-answer';
import type { StructuredQuery } from './query';

/** The query to answer, or null for a snapshot asked at a past date (there is no such figure). */
export function applyCutOff(
  query: StructuredQuery,
  rule: CutOffRule,
  today: CalendarDate,
): StructuredQuery | null {
  const { asOf, ...rest } = query;
  if (!asOf) return query;
  switch (rule.kind) {
    case 'snapshot':
      return asOf < today ? null : rest;
    case 'year_to_date':
      return { ...rest, period: rest.period ?? { from: calendarDate(yearOf(asOf), 1, 1), to: asOf } };
    case 'due_by':
    case 'ignored':
      return query;
  }
}
