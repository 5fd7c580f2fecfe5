/**
 * The penalty rates set from Teams. One partition (a few entries a year); RowKey = series and
 * semester start (`ecb|2027-01-01`), so a second save of the same rate replaces the first — the
 * journal keeps every change with who, the source, and the rate before.
 */
import type { RateRepository } from '../application/ports';
import type { CalendarDate } from '../domain/calendar-date';
import { RATE_SERIES, type RateSeries, type StoredRate } from '../domain/stored-rates';
import { listPartition, type TableStorage } from './table-storage';

const PARTITION = 'rates';

interface Row {
  series: string;
  semesterStart: string;
  rateBp: number;
  source: string;
  setById: string;
  setByName: string;
  setAt: string;
}

export class TableRateRepository implements RateRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Rates');
  }

  async list(): Promise<StoredRate[]> {
    const rows = await listPartition<Row>(this.table, PARTITION);
    return rows
      .filter((r) => (RATE_SERIES as readonly string[]).includes(r.series))
      .map((r) => ({
        series: r.series as RateSeries,
        semesterStart: r.semesterStart as CalendarDate,
        rateBp: r.rateBp,
        source: r.source,
        setBy: { id: r.setById, name: r.setByName },
        setAt: r.setAt,
      }))
      .sort((a, b) => `${a.semesterStart}|${a.series}`.localeCompare(`${b.semesterStart}|${b.series}`));
  }

  async save(entry: StoredRate): Promise<void> {
    await this.table.upsertEntity<Row & { partitionKey: string; rowKey: string }>(
      {
        partitionKey: PARTITION,
        rowKey: `${entry.series}|${entry.semesterStart}`,
        series: entry.series,
        semesterStart: entry.semesterStart,
        rateBp: entry.rateBp,
        source: entry.source,
        setById: entry.setBy.id,
        setByName: entry.setBy.name,
        setAt: entry.setAt,
      },
      'Replace',
    );
  }
}
