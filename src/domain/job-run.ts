/** A run of the daily job: when, why, what it found and did, what it warned about. */
import type { CalendarDate } from './calendar-date';
import type { RateSeries } from './stored-rates';

export type JobTrigger = 'schedule' | 'cli' | 'http' | 'chat' | 'startup';
export type JobStatus = 'running' | 'completed' | 'failed' | 'skipped';

/** What the controller must fix, shown on the day's card. */
export type DigestWarning =
  /** Rates of the current semester still missing (`series` absent on runs before it: the ECB rate). */
  | { kind: 'rate_missing'; semesterStart: CalendarDate; series?: RateSeries[] }
  /** From a fortnight before 1 January / 1 July: rates of the coming semester to enter. */
  | { kind: 'rates_due'; semesterStart: CalendarDate; series: RateSeries[] }
  | { kind: 'unknown_customers'; invoices: number }
  /** Files of the drop folder imported before the job: by name, imported, refused, unreadable. */
  | { kind: 'drop_imports'; imported: string[]; refused: string[]; failed: string[] }
  /** A customer's CGV rate is under the legal floor (L441-10 II): the clause must be corrected. */
  | {
      kind: 'contractual_rate_below_floor';
      customerName: string;
      contractualRateBp: number;
      floorBp: number;
      /** The semester whose legal rate gives the floor. */
      semesterStart: CalendarDate;
    };

/** Why a run did not take place. */
export type JobSkip =
  /** Refused: the job only runs for today or a past date. */
  | { code: 'future_date'; date: CalendarDate }
  | { code: 'not_business_day'; date: CalendarDate }
  | { code: 'already_ran'; date: CalendarDate }
  | { code: 'lease_held' };

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
  warnings: DigestWarning[];
  error: string | null;
}
