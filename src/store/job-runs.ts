/**
 * Runs of the daily job: PartitionKey `run-YYYY-MM-DD` (the job's date), RowKey = start time + id.
 * What was done, how long it took, what it warned about.
 */
import type { JobRunRepository } from '../application/ports';
import type { CalendarDate } from '../domain/calendar-date';
import type { JobRun } from '../domain/job-run';
import { listPartition, type TableStorage } from './table-storage';

interface JobRunRow {
  run: string;
}

const partition = (date: CalendarDate) => `run-${date}`;
const rowKey = (run: JobRun) => `${run.startedAt.replace(/[:.]/g, '-')}-${run.id}`;

export class TableJobRuns implements JobRunRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('JobRuns');
  }

  async save(run: JobRun): Promise<void> {
    await this.table.upsertEntity(
      { partitionKey: partition(run.date), rowKey: rowKey(run), run: JSON.stringify(run) },
      'Replace',
    );
  }

  async listForDate(date: CalendarDate): Promise<JobRun[]> {
    return (await listPartition<JobRunRow>(this.table, partition(date)))
      .map((r) => JSON.parse(r.run) as JobRun)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }
}
