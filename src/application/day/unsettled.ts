/**
 * Actions of earlier days not settled yet — waiting in « Tout envoyer »'s queue, being carried out,
 * or « à vérifier » because the message may have reached the customer. While one is there, its
 * customer gets no new proposal (nothing is sent twice nor on top of it), and the day's card shows
 * it so that the controller settles it.
 */
import { UNSETTLED_STATUSES, type DunningAction } from '../../domain/actions';
import { addDays, type CalendarDate } from '../../domain/calendar-date';
import type { Stores } from '../ports';

/** How far back unsettled actions are looked for (the sweeper settles most within minutes). */
export const UNSETTLED_LOOKBACK_DAYS = 10;

export async function unsettledBefore(
  stores: Pick<Stores, 'actions'>,
  date: CalendarDate,
): Promise<DunningAction[]> {
  const found: DunningAction[] = [];
  for (let back = UNSETTLED_LOOKBACK_DAYS; back >= 1; back--) {
    for (const action of await stores.actions.listForDate(addDays(date, -back)))
      if (UNSETTLED_STATUSES.includes(action.status)) found.push(action);
  }
  return found;
}
