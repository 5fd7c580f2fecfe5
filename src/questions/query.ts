/**
 * A question, understood: what to compute (the intent) and on which invoices (the filters). It is
 * the one contract between the French parser, a language model's tool calls, the cards' buttons and
 * the query service — plain JSON, validated on the way in, so that a forged button or a model's
 * invention can never reach the store as anything but a well-formed query.
 *
 * Planners pass the same filters as action parameters (./parameters.ts: amounts in euros, a
 * customer in words); `readParameters` and `toParameters` convert between the two.
 */
import { z } from 'zod/v4';
import type { CalendarDate } from '../domain/calendar-date';
import type { RiskSegment } from '../domain/ledger';
import { cents } from '../domain/money';
import { intentQuestion, QUERY_INTENTS, type QueryIntent } from './catalogue';
import type { QuestionParameters } from './parameters';
import {
  calendarDateSchema,
  centsSchema,
  customerCodesSchema,
  dateBasisSchema,
  daysLateSchema,
  groupBySchema,
  limitSchema,
  measureSchema,
  periodSchema,
  riskSchema,
  stepSchema,
  type AmountFilter,
  type DaysLateFilter,
  type GroupBy,
  type Period,
  type TrendMeasure,
} from './query-filters';

export { QUERY_INTENTS, type QueryIntent };
export type { AmountFilter, DaysLateFilter, GroupBy, Period, TrendMeasure };

export interface StructuredQuery {
  intent: QueryIntent;
  period?: Period;
  /** Which date `period` filters for invoices: the due date unless the question says « émises ». */
  dateBasis?: 'due' | 'issue';
  /** « au 30 septembre »: a cut-off date (each intent's `cutOff` says what it makes of it). */
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
  /** The figure a trend follows (intent `trend`); absent: the overdue amount. */
  measure?: TrendMeasure;
}

export const structuredQuerySchema = z
  .object({
    intent: z.enum(QUERY_INTENTS),
    period: periodSchema.optional(),
    dateBasis: dateBasisSchema.optional(),
    asOf: calendarDateSchema.optional(),
    customerCodes: customerCodesSchema.optional(),
    amount: z
      .object({
        gt: centsSchema.optional(),
        gte: centsSchema.optional(),
        lt: centsSchema.optional(),
        lte: centsSchema.optional(),
      })
      .strict()
      .optional(),
    daysLate: daysLateSchema.optional(),
    step: stepSchema.optional(),
    risk: riskSchema.optional(),
    groupBy: groupBySchema.optional(),
    limit: limitSchema.optional(),
    measure: measureSchema.optional(),
  })
  .strict();

/** A query from outside (a card's button, a model): well-formed, or null. */
export function parseStructuredQuery(value: unknown): StructuredQuery | null {
  const result = structuredQuerySchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Drops the keys whose value is undefined, so that queries compare and serialise canonically. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface ParametersRead {
  query: StructuredQuery;
  /** A customer named in words, still to resolve (null when none, or already given by code). */
  customerText: string | null;
}

const toCents = (value: number | undefined) =>
  value === undefined ? undefined : cents(Math.round(value * 100));
const toEuros = (value: number | undefined) => (value === undefined ? undefined : value / 100);

/** Parameters of an action call → the query, or null when they are malformed for that intent. */
export function readParameters(intent: QueryIntent, parameters: unknown): ParametersRead | null {
  const parsed = intentQuestion(intent).parameters.safeParse(parameters ?? {});
  if (!parsed.success) return null;
  const { customer, amount, ...rest } = parsed.data;
  const query = structuredQuerySchema.safeParse(
    compact({
      intent,
      ...rest,
      amount: amount
        ? compact({
            gt: toCents(amount.gt),
            gte: toCents(amount.gte),
            lt: toCents(amount.lt),
            lte: toCents(amount.lte),
          })
        : undefined,
    }),
  );
  if (!query.success) return null;
  return { query: query.data, customerText: rest.customerCodes ? null : (customer ?? null) };
}

/** The query as action parameters (the offline planner's DO commands). */
export function toParameters(query: StructuredQuery): QuestionParameters {
  const { intent: _intent, amount, ...rest } = query;
  return compact({
    ...rest,
    amount: amount
      ? compact({
          gt: toEuros(amount.gt),
          gte: toEuros(amount.gte),
          lt: toEuros(amount.lt),
          lte: toEuros(amount.lte),
        })
      : undefined,
  });
}
