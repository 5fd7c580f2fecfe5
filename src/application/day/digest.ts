/** The day's digest: the actions of the day as decided so far, what to watch, what to fix. */
import type { DunningAction } from '../../domain/actions';
import type { CalendarDate } from '../../domain/calendar-date';
import type { NoticeWatch, WatchItem } from '../../domain/daily-plan';
import type { InsolvencyWatch } from '../../domain/insolvency';
import type { DigestWarning } from '../../domain/job-run';
import type { ReconcileItem } from '../bank/reconcile';
import type { LateFeeProposal } from '../late-fees/proposals';

export interface DailyDigest {
  date: CalendarDate;
  actions: DunningAction[];
  promisesDue: WatchItem[];
  openDisputes: WatchItem[];
  /** Customers under a mise en demeure: its LRAR events, invoices waiting, when the transfer comes. */
  notices?: NoticeWatch[];
  /** Customers under collective proceedings: the claim declaration and its deadline. */
  insolvencies?: InsolvencyWatch[];
  /** What the controller must fix (a missing penalty rate…). */
  warnings: DigestWarning[];
  /** Customers whose penalties on invoices paid late reach the threshold (« à facturer »). */
  lateFees?: LateFeeProposal[];
  /** Bank credits the matching left to the controller (« Paiements à rapprocher »). */
  reconcile?: ReconcileItem[];
}

export interface DigestDelivery {
  /** How many people got (or had refreshed) the digest. */
  delivered: number;
  /** Who should have got it but cannot be reached (not installed…). */
  unreachable: string[];
}
