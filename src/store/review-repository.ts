/**
 * The weekly reviews (issue #18): table `Reviews`, one partition (`review`: 52 rows a year), RowKey
 * the review's date; the review as JSON split over columns `f0`, `f1`… (a string property holds
 * 64 KiB). Saving the same date again replaces it.
 */
import type { ReviewStore, StoredReview } from '../application/ports/reviews';
import type { CalendarDate } from '../domain/calendar-date';
import { getEntityOrNull, listPartition, type TableStorage } from './table-storage';

const PARTITION = 'review';
const CHUNK = 30_000;
type Row = Record<string, unknown>;

function reviewOf(row: Row): StoredReview {
  let json = '';
  for (let k = 0; typeof row[`f${k}`] === 'string'; k++) json += row[`f${k}`] as string;
  return JSON.parse(json) as StoredReview;
}

export class TableReviewStore implements ReviewStore {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Reviews');
  }

  async save(review: StoredReview): Promise<void> {
    const json = JSON.stringify(review);
    const entity: Record<string, string> = { partitionKey: PARTITION, rowKey: review.date };
    for (let i = 0, k = 0; i < json.length; i += CHUNK, k++) entity[`f${k}`] = json.slice(i, i + CHUNK);
    await this.table.upsertEntity(entity as { partitionKey: string; rowKey: string }, 'Replace');
  }

  async get(date: CalendarDate): Promise<StoredReview | undefined> {
    const row = await getEntityOrNull<Row>(this.table, PARTITION, date);
    return row ? reviewOf(row) : undefined;
  }

  async latestSent(): Promise<StoredReview | undefined> {
    return (await listPartition<Row>(this.table, PARTITION))
      .map(reviewOf)
      .filter((r) => r.sentAt !== null)
      .sort((a, b) => b.date.localeCompare(a.date))[0];
  }
}
