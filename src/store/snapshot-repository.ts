/**
 * The daily snapshots (issue #18): table `Snapshots`, PartitionKey the month (`2026-11`), RowKey the
 * date (`2026-11-23`), the figures as JSON split over columns `f0`, `f1`… of 30 000 characters
 * (a string property holds 64 KiB; the overdue per customer grows with the portfolio). A year is
 * twelve partition reads; saving a day again replaces it (an upsert: the job may run twice, the demo
 * may be seeded again).
 */
import type { DailySnapshot, SnapshotStore } from '../application/ports/snapshots';
import { monthKey, monthsBetween, type CalendarDate } from '../domain/calendar-date';
import { getEntityOrNull, listPartition, submitInBatches, type TableStorage } from './table-storage';

type SnapshotRow = Record<string, unknown>;

const CHUNK = 30_000;

function entityOf(snapshot: DailySnapshot) {
  const json = JSON.stringify(snapshot);
  const entity: Record<string, string> = { partitionKey: monthKey(snapshot.date), rowKey: snapshot.date };
  for (let i = 0, k = 0; i < json.length; i += CHUNK, k++) entity[`f${k}`] = json.slice(i, i + CHUNK);
  return entity as { partitionKey: string; rowKey: string } & Record<string, string>;
}

function snapshotOf(row: SnapshotRow): DailySnapshot {
  let json = '';
  for (let k = 0; typeof row[`f${k}`] === 'string'; k++) json += row[`f${k}`] as string;
  return JSON.parse(json) as DailySnapshot;
}

export class TableSnapshotStore implements SnapshotStore {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Snapshots');
  }

  async save(snapshot: DailySnapshot): Promise<void> {
    await this.table.upsertEntity(entityOf(snapshot), 'Replace');
  }

  /**
   * Many days at once (the demo's year): one transaction per month, one month at a time, each day
   * replaced; a month whose transaction times out (a loaded storage) is tried again, twice at most.
   */
  async saveMany(snapshots: readonly DailySnapshot[]): Promise<void> {
    const byMonth = new Map<string, DailySnapshot[]>();
    for (const s of snapshots) byMonth.set(monthKey(s.date), [...(byMonth.get(monthKey(s.date)) ?? []), s]);
    for (const month of byMonth.values()) {
      for (let attempt = 1; ; attempt++) {
        try {
          await submitInBatches(
            this.table,
            month.map((s) => ['upsert', entityOf(s), 'Replace'] as const),
            1,
          );
          break;
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
    }
  }

  async get(date: CalendarDate): Promise<DailySnapshot | undefined> {
    const row = await getEntityOrNull<SnapshotRow>(this.table, monthKey(date), date);
    return row ? snapshotOf(row) : undefined;
  }

  async range(from: CalendarDate, to: CalendarDate): Promise<DailySnapshot[]> {
    if (to < from) return [];
    const months = await Promise.all(
      monthsBetween(from, to).map((m) => listPartition<SnapshotRow>(this.table, m)),
    );
    return months
      .flat()
      .filter((r) => (r.rowKey ?? '') >= from && (r.rowKey ?? '') <= to)
      .map(snapshotOf)
      .sort((a, b) => a.date.localeCompare(b.date));
  }
}
