/**
 * The aged balance over twelve months (issue #18), for « graphique de la balance âgée »: the
 * month-end snapshot of each of the eleven months before the current one, and today's balance (the
 * answer's own figures) for the current month. A month without its month-end snapshot is left out
 * (null, said in the text summary), never guessed. Snapshots are whole-portfolio: the months are
 * only read for a question about the whole portfolio (no customer, segment or filter) asked by
 * someone who sees every customer; otherwise, none (the answer keeps today's bars).
 */
import { addDays, addMonths, endOfMonth, startOfMonth, type CalendarDate } from '../../domain/calendar-date';
import type { Cents } from '../../domain/money';
import type { AnswerContext } from '../answer-context';
import type { AgeBucket } from '../definitions';
import type { StructuredQuery } from '../query';

export interface AgedMonth {
  /** The month-end (today for the current month). */
  end: CalendarDate;
  /** The balance by bucket at `end`; null when no snapshot was kept for that day. */
  aged: Readonly<Record<AgeBucket, Cents>> | null;
}

/** The questions a whole-portfolio snapshot answers: no filter, and an asker who sees everyone. */
export function asksWholePortfolio(query: StructuredQuery, context: Pick<AnswerContext, 'scope'>): boolean {
  return (
    context.scope.kind === 'all' &&
    !query.customerCodes &&
    !query.risk &&
    !query.amount &&
    !query.daysLate &&
    !query.step &&
    !query.period &&
    !query.asOf
  );
}

/** The eleven month-ends before today's month, oldest first. */
export function previousMonthEnds(today: CalendarDate): CalendarDate[] {
  const ends: CalendarDate[] = [];
  for (let k = 11; k >= 1; k--) ends.push(endOfMonth(addMonths(startOfMonth(today), -k)));
  return ends;
}

/**
 * The eleven past month-ends' aged balance from the snapshots, and today's; undefined when the
 * question is not the whole portfolio's or no snapshot store is there.
 */
export async function agedMonths(
  query: StructuredQuery,
  context: AnswerContext,
  todays: Readonly<Record<AgeBucket, Cents>>,
): Promise<AgedMonth[] | undefined> {
  const store = context.sources.snapshots;
  if (!store || !asksWholePortfolio(query, context)) return undefined;
  const ends = previousMonthEnds(context.today);
  const kept = await store.range(ends[0]!, addDays(startOfMonth(context.today), -1));
  const byDate = new Map(kept.map((s) => [s.date, s]));
  return [
    ...ends.map((end) => ({ end, aged: byDate.get(end)?.aged ?? null })),
    { end: context.today, aged: todays },
  ];
}
