/**
 * Runs of the daily job: PartitionKey `run-YYYY-MM-DD` (the job's date), RowKey = start time + id.
 * What was done, how long it took, what it warned about.
 */
import type { CalendarDate } from '../domain/calendar-date';
import { listPartition, type TableStorage } from './table-storage';

export type JobTrigger = 'schedule' | 'cli' | 'http' | 'chat' | 'startup';
export type JobStatus = 'running' | 'completed' | 'failed' | 'skipped';

export interface JobRun {
  id: string;
  date: CalendarDate;
  trigger: JobTrigger;
  instance: string;
  status: JobStatus;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  /** Counts and amounts (cents) of what the run found and did. */
  counts: Record<string, number>;
  warnings: string[];
  error: string | null;
}

interface JobRunRow {
  run: string;
}

const partition = (date: CalendarDate) => `run-${date}`;
const rowKey = (run: JobRun) => `${run.startedAt.replace(/[:.]/g, '-')}-${run.id}`;

export class TableJobRuns {
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
