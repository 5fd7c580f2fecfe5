/**
 * A question, understood: what to compute (the intent) and on which invoices (the filters). It is
 * the one contract between the French parser, a language model's tool calls, the cards' buttons and
 * the query service — plain JSON, validated on the way in, so that a forged button or a model's
 * invention can never reach the store as anything but a well-formed query.
 */
import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '../domain/calendar-date';
import { RISK_SEGMENTS, type RiskSegment } from '../domain/ledger';
import { cents, type Cents } from '../domain/money';

export const QUERY_INTENTS = [
  'unpaid_invoices',
  'customer_balance',
  'aged_balance',
  'overdue_ratio',
  'dso',
  'top_late_payers',
  'late_rate',
  'litigation',
  'promises',
  'disputes',
  'payment_plans',
  'planned_actions',
  'journal_activity',
  'collected',
  'written_off',
  'help',
] as const;
export type QueryIntent = (typeof QUERY_INTENTS)[number];

export const GROUP_BYS = ['customer', 'risk', 'step'] as const;
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

export interface StructuredQuery {
  intent: QueryIntent;
  period?: Period;
  /** Which date `period` filters for invoices: the due date unless the question says « émises ». */
  dateBasis?: 'due' | 'issue';
  /** « au 30 septembre »: a cut-off date (see the query service for what each intent makes of it). */
  asOf?: CalendarDate;
  customerCodes?: string[];
  amount?: AmountFilter;
  daysLate?: DaysLateFilter;
  /** A step of the ladder (its id, « J+20 »): invoices whose last step done is this one. */
  step?: string;
  risk?: RiskSegment;
  groupBy?: GroupBy;
  /** « top 10 »: how many rows the answer ranks. */
  limit?: number;
}

const calendarDateSchema = z.custom<CalendarDate>((v) => isCalendarDate(v), 'date aaaa-mm-jj attendue');
const centsSchema = z
  .number()
  .int()
  .min(0)
  .max(1e13)
  .transform((v): Cents => cents(v));
const daysSchema = z.number().int().min(0).max(36_500);

export const periodSchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .strict()
  .refine((p) => p.from <= p.to, 'période inversée');

export const structuredQuerySchema = z
  .object({
    intent: z.enum(QUERY_INTENTS),
    period: periodSchema.optional(),
    dateBasis: z.enum(['due', 'issue']).optional(),
    asOf: calendarDateSchema.optional(),
    customerCodes: z.array(z.string().min(1).max(64)).min(1).max(50).optional(),
    amount: z
      .object({
        gt: centsSchema.optional(),
        gte: centsSchema.optional(),
        lt: centsSchema.optional(),
        lte: centsSchema.optional(),
      })
      .strict()
      .optional(),
    daysLate: z.object({ min: daysSchema.optional(), max: daysSchema.optional() }).strict().optional(),
    step: z.string().min(1).max(32).optional(),
    risk: z.enum(RISK_SEGMENTS).optional(),
    groupBy: z.enum(GROUP_BYS).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();

/** A query from outside (a card's button, a model): well-formed, or null. */
export function parseStructuredQuery(value: unknown): StructuredQuery | null {
  const result = structuredQuerySchema.safeParse(value);
  return result.success ? result.data : null;
}
