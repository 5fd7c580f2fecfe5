/**
 * The Notifier port: how the day's digest reaches the controllers. The Teams implementation posts
 * (or refreshes) an Adaptive Card in each controller's personal chat; the log notifier only logs.
 */
import type { Logger } from '../config/logger';
import type { DunningAction } from '../domain/actions';
import type { CalendarDate } from '../domain/calendar-date';
import type { WatchItem } from '../domain/daily-plan';

export interface DailyDigest {
  date: CalendarDate;
  actions: DunningAction[];
  promisesDue: WatchItem[];
  openDisputes: WatchItem[];
  /** What the controller must fix (a missing penalty rate…), in French. */
  warnings: string[];
}

export interface DigestDelivery {
  /** How many people got (or had refreshed) the digest. */
  delivered: number;
  /** Who should have got it but cannot be reached (not installed…). */
  unreachable: string[];
}

export interface Notifier {
  /** Posts the day's digest, or refreshes the one already posted for that date. */
  publishDigest(digest: DailyDigest): Promise<DigestDelivery>;
}

export class LogNotifier implements Notifier {
  constructor(private readonly logger: Logger) {}

  async publishDigest(digest: DailyDigest): Promise<DigestDelivery> {
    this.logger.info(
      { date: digest.date, actions: digest.actions.length, warnings: digest.warnings },
      'daily digest (no Teams notifier configured)',
    );
    return { delivered: 0, unreachable: [] };
  }
}
