/**
 * The day's key figures, kept by the daily job (issue #18): trends, the weekly review and the
 * charts read them instead of reconstructing the ledger's history. One snapshot per calendar day
 * (Europe/Paris), whole portfolio; saving the same day again replaces it (the job may run twice).
 *
 * Stocks (outstanding, overdue, aged, by risk, in litigation, DSO, late rate) are as at the end of
 * `date`; flows (collected, fallingDue, writtenOff, penalties) are what happened on `date` itself,
 * so a month's flow is the sum of its days. Every figure is defined exactly as the question that
 * asks for it (src/questions/definitions.ts, kpis.ts): the weekly card's figure equals the answer.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { RiskSegment } from '../../domain/ledger';
import type { Cents } from '../../domain/money';
import type { AgeBucket } from '../../questions/definitions';

export interface DailySnapshot {
  readonly date: CalendarDate;
  /** Receivables, due or not (« encours »). */
  readonly outstanding: Cents;
  /** Receivables past their due date (« impayés échus »), and how many invoices. */
  readonly overdue: Cents;
  readonly overdueCount: number;
  /** The aged balance by bucket (not_due … over_90), summing to `outstanding`. */
  readonly aged: Readonly<Record<AgeBucket, Cents>>;
  /** Overdue by the customers' risk segment, summing to `overdue`. */
  readonly overdueByRisk: Readonly<Record<RiskSegment, Cents>>;
  /** Overdue per customer code (only customers with something overdue): a sales rep's figures. */
  readonly overdueByCustomer: Readonly<Record<string, Cents>>;
  /** DSO (countback), in days; null when nothing was sold. */
  readonly dsoDays: number | null;
  /** Late rate as the late_rate question defines it (percentage); null when nothing fell due. */
  readonly lateRate: number | null;
  /** Balance of the invoices with the law firm (status litigation). */
  readonly inLitigation: Cents;
  /** Flows of the day. */
  readonly collected: Cents;
  readonly fallingDue: Cents;
  readonly writtenOff: Cents;
  readonly penaltiesBilled: Cents;
  readonly penaltiesCollected: Cents;
}

export interface SnapshotStore {
  /** Idempotent per date: the same day saved again replaces the earlier snapshot. */
  save(snapshot: DailySnapshot): Promise<void>;
  get(date: CalendarDate): Promise<DailySnapshot | undefined>;
  /** Snapshots from `from` to `to` inclusive, oldest first; days without one are absent. */
  range(from: CalendarDate, to: CalendarDate): Promise<DailySnapshot[]>;
}
