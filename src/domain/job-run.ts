/** A run of the daily job: when, why, what it found and did, what it warned about. */
import type { CalendarDate } from './calendar-date';

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
