/**
 * The weekly reviews sent (issue #18): one per review date, so that the review goes once a week
 * across instances and a director who installs later gets the last one.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { WeeklyReview } from '../review/weekly-review';

export interface StoredReview {
  readonly date: CalendarDate;
  readonly review: WeeklyReview;
  /** When it was sent to the directors (null: computed, not sent yet). */
  readonly sentAt: string | null;
  /** The directors it reached (e-mail addresses). */
  readonly sentTo: readonly string[];
}

export interface ReviewStore {
  save(review: StoredReview): Promise<void>;
  get(date: CalendarDate): Promise<StoredReview | undefined>;
  /** The most recent review sent, if any. */
  latestSent(): Promise<StoredReview | undefined>;
}
