/**
 * The intent once the question's other parts are known, where they change what is asked: « quels
 * mails de relance demain ? » reads like the journal (« relance ») but a day to come has nothing
 * journaled yet — it asks for the day's proposals.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';

export function refineIntent(
  intent: QueryIntent | null,
  period: Period | undefined,
  today: CalendarDate,
): QueryIntent | null {
  if (intent === 'journal_activity' && period && period.from > today && period.from === period.to)
    return 'planned_actions';
  return intent;
}
