/** The dunning procedure: its calendar and rates, the daily job, and when reps are told. */
import { Cron } from 'croner';
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { optionalString, withDefault } from './fields';

/** A cron expression croner accepts, or « off ». */
export function isValidSchedule(expression: string): boolean {
  if (expression.trim().toLowerCase() === 'off') return true;
  try {
    new Cron(expression, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

export const dunningFields = {
  LADDER_FILE: optionalString,
  PENALTY_RATES_FILE: optionalString,
  JOB_KEY: withDefault(z.string().min(16, m.atLeast(16)).optional()),
  JOB_SCHEDULE: withDefault(z.string().default('0 8 * * 1-5').refine(isValidSchedule, m.cron)),
  /**
   * Seconds the daily job's lease lasts without renewal (renewed every third of it): how long an
   * instance killed while running the job blocks the others at most. Tests shorten it.
   */
  JOB_LEASE_SECONDS: withDefault(z.coerce.number().int().min(2).max(600).default(60)),

  /** The director's weekly review (cron, Europe/Paris; « off » disables it). */
  WEEKLY_REVIEW_SCHEDULE: withDefault(z.string().default('0 8 * * 1').refine(isValidSchedule, m.cron)),
  SALES_NOTICE_BUSINESS_DAYS: withDefault(z.coerce.number().int().min(0).max(20).default(3)),
  /** Days the mise en demeure gives after its AR (or its presentation, « avisé non réclamé »). */
  FORMAL_NOTICE_DAYS: withDefault(z.coerce.number().int().min(1).max(90).default(8)),
  /** Days after the posting when no AR nor presentation was recorded (the 8 days + La Poste). */
  FORMAL_NOTICE_NO_AR_DAYS: withDefault(z.coerce.number().int().min(1).max(90).default(15)),
  /** Minutes during which the last decision on a customer's card can be undone (0: never). */
  UNDO_MINUTES: withDefault(z.coerce.number().int().min(0).max(1440).default(15)),
};
