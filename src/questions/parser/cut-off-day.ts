/**
 * « bal agée 31/10 », « balance âgée 30 septembre » (issue 16, eighth round): the aged balance is
 * read at a cut-off; a single past day said without « au » is that cut-off (as « au 31/10 »), never a
 * period of one day's due dates.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';

export function cutOffDay(
  intent: QueryIntent | null,
  dates: { period?: Period; asOf?: CalendarDate },
  today: CalendarDate,
): { period?: Period; asOf?: CalendarDate } {
  const { period, asOf } = dates;
  if (intent !== 'aged_balance' || asOf !== undefined || !period) return dates;
  if (period.from !== period.to || period.from >= today) return dates;
  return { period: undefined, asOf: period.from };
}
