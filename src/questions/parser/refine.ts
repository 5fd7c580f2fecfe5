/**
 * The intent once the question's other parts are known, where they change what is asked: « quels
 * mails de relance demain ? » reads like the journal (« relance ») but a day to come has nothing
 * journaled yet — it asks for the day's proposals; so does « quelles relances aujourd’hui ? », which
 * says nothing of what was done.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';

export function refineIntent(
  intent: QueryIntent | null,
  phrase: string | null,
  period: Period | undefined,
  today: CalendarDate,
): QueryIntent | null {
  if (intent !== 'journal_activity' || !period || period.from !== period.to) return intent;
  if (period.from > today) return 'planned_actions';
  // « quelles relances par mail aujourd’hui ? »: no word of what was done, the day's proposals.
  if (period.from === today && (phrase === 'relances' || phrase === 'relance')) return 'planned_actions';
  return intent;
}
