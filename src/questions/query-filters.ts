/**
 * The filters a question may carry (period, cut-off, amounts, days late, step, risk, grouping,
 * ranking size), as types and as zod schemas. Shared by the structured query (./query.ts) and the
 * planners' parameters (./parameters.ts), which differ only in how amounts and customers are given.
 *
 * zod 4 (`zod/v4`): its schemas turn into the JSON Schema a language model is given, so the rules
 * are written once. Every schema here is representable in JSON Schema: a date is a string with a
 * pattern (checked for a real day by a refinement the model does not need to see).
 */
import { z } from 'zod/v4';
import { isCalendarDate, type CalendarDate } from '../domain/calendar-date';
import { RISK_SEGMENTS } from '../domain/ledger';
import { cents, type Cents } from '../domain/money';

export const GROUP_BYS = ['customer', 'risk', 'step'] as const;

/**
 * What a trend or a comparison follows (« ça va mieux que le mois dernier ? », « évolution du
 * DSO »): overdue amount (impayés échus), outstanding (encours), DSO, late rate, collected.
 */
export const TREND_MEASURES = ['overdue', 'outstanding', 'dso', 'late_rate', 'collected'] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];
export type GroupBy = (typeof GROUP_BYS)[number];

/** Both ends included. */
export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}

/** On the balance still owed, TTC. `gt`/`lt` are « plus de » / « moins de » (strict). */
export interface AmountFilter {
  gt?: Cents;
  gte?: Cents;
  lt?: Cents;
  lte?: Cents;
}

/** Whole days past the due date, both bounds included (« plus de 30 jours » is min 31). */
export interface DaysLateFilter {
  min?: number;
  max?: number;
}

const DATE_MESSAGE = 'date aaaa-mm-jj attendue';

export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE)
  .refine(isCalendarDate, DATE_MESSAGE)
  .transform((value) => value as CalendarDate)
  .describe('calendar date YYYY-MM-DD');

export const periodSchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .strict()
  .refine((p) => p.from <= p.to, 'période inversée');

export const centsSchema = z
  .number()
  .int()
  .min(0)
  .max(1e13)
  .transform((v): Cents => cents(v));

const days = z.number().int().min(0).max(36_500);

export const daysLateSchema = z.object({ min: days.optional(), max: days.optional() }).strict();
export const customerCodesSchema = z.array(z.string().min(1).max(64)).min(1).max(50);
export const stepSchema = z.string().min(1).max(32);
export const riskSchema = z.enum(RISK_SEGMENTS);
export const groupBySchema = z.enum(GROUP_BYS);
export const measureSchema = z.enum(TREND_MEASURES);
export const dateBasisSchema = z.enum(['due', 'issue']);
export const limitSchema = z.number().int().min(1).max(100);
