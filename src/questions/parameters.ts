/**
 * The parameters of the question actions, as a planner passes them (the offline French parser or a
 * language model's tool call): the structured query without its intent (the action's name says it),
 * amounts in euros rather than cents (what a model reads and writes without error), and a customer
 * named as the user wrote it, which only the bot may resolve against the customers the user sees.
 */
import { z } from 'zod';
import { cents } from '../domain/money';
import {
  GROUP_BYS,
  periodSchema,
  structuredQuerySchema,
  type QueryIntent,
  type StructuredQuery,
} from './query';
import { RISK_SEGMENTS } from '../domain/ledger';

const euros = z.number().min(0).max(1e11);

export const queryParametersSchema = z
  .object({
    period: periodSchema.optional(),
    dateBasis: z.enum(['due', 'issue']).optional(),
    asOf: structuredQuerySchema.shape.asOf,
    customer: z.string().trim().min(1).max(120).optional(),
    customerCodes: structuredQuerySchema.shape.customerCodes,
    amount: z
      .object({ gt: euros.optional(), gte: euros.optional(), lt: euros.optional(), lte: euros.optional() })
      .strict()
      .optional(),
    daysLate: structuredQuerySchema.shape.daysLate,
    step: structuredQuerySchema.shape.step,
    risk: z.enum(RISK_SEGMENTS).optional(),
    groupBy: z.enum(GROUP_BYS).optional(),
    limit: structuredQuerySchema.shape.limit,
  })
  .strict();

export type QueryParameters = z.input<typeof queryParametersSchema>;

export interface ParametersRead {
  query: StructuredQuery;
  /** A customer named in words, still to resolve (null when none, or already given by code). */
  customerText: string | null;
}

const toCents = (value: number | undefined) =>
  value === undefined ? undefined : cents(Math.round(value * 100));
const toEuros = (value: number | undefined) => (value === undefined ? undefined : value / 100);

/** Drops the keys whose value is undefined, so that queries compare and serialise canonically. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Parameters of an action call → the query, or null when they are malformed. */
export function readParameters(intent: QueryIntent, parameters: unknown): ParametersRead | null {
  const parsed = queryParametersSchema.safeParse(parameters ?? {});
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
export function toParameters(query: StructuredQuery): QueryParameters {
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
