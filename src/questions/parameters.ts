/**
 * The parameters of the question actions, as a planner passes them (the offline French parser or a
 * language model's tool call): the structured query without its intent (the action's name says it),
 * amounts in euros rather than cents (what a model reads and writes without error), and a customer
 * named as the user wrote it, which only the bot may resolve against the customers the user sees.
 *
 * The descriptions are for the model (English, like its instructions): the JSON Schema of its tools
 * is generated from this schema, never written by hand.
 */
import { z } from 'zod/v4';
import {
  calendarDateSchema,
  customerCodesSchema,
  dateBasisSchema,
  daysLateSchema,
  groupBySchema,
  limitSchema,
  measureSchema,
  periodSchema,
  riskSchema,
  stepSchema,
} from './query-filters';

const euros = z.number().min(0).max(1e11);

export const QUESTION_PARAMETERS = z
  .object({
    period: periodSchema.describe('the dates the question is about (both included)').optional(),
    dateBasis: dateBasisSchema
      .describe(
        'which invoice date the period filters: due date (default) or issue date (« émises », « facturées »)',
      )
      .optional(),
    asOf: calendarDateSchema.describe('a cut-off date (« au 30 septembre »)').optional(),
    customer: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .describe('a customer named in the question, exactly as written')
      .optional(),
    customerCodes: customerCodesSchema.optional(),
    amount: z
      .object({ gt: euros.optional(), gte: euros.optional(), lt: euros.optional(), lte: euros.optional() })
      .strict()
      .describe('bounds on the balance owed, in euros TTC (« plus de 5 000 € » is gt 5000)')
      .optional(),
    daysLate: daysLateSchema
      .describe('bounds on whole days past the due date, both included (« plus de 30 jours » is min 31)')
      .optional(),
    step: stepSchema
      .describe('last dunning step done, by its id in the company’s calendar (see the instructions)')
      .optional(),
    risk: riskSchema.describe('customer risk segment').optional(),
    groupBy: groupBySchema.optional(),
    limit: limitSchema.describe('size of a ranking (« top 10 »)').optional(),
    measure: measureSchema
      .describe('the figure a trend or a comparison follows (default: overdue amount)')
      .optional(),
  })
  .strict();

export type QuestionParameters = z.input<typeof QUESTION_PARAMETERS>;

/** The parameters an intent takes: all of them, or a part (`QUESTION_PARAMETERS.pick(…)`). */
export type QuestionParametersSchema = z.ZodType<z.output<typeof QUESTION_PARAMETERS>, QuestionParameters>;

/** JSON Schema, as OpenAI tools take it (the subset teams-ai passes through unchanged). */
export type JsonSchema = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The parameters as a language model sees them: what it may write (`io: 'input'`, amounts in
 * euros), inlined (no `$ref`), without `$schema`, and without customer codes — a model names
 * customers in words, never by a code it would have to invent; codes come from the parser and from
 * the cards' buttons.
 */
export function modelParametersSchema(parameters: QuestionParametersSchema): JsonSchema {
  const generated = z.toJSONSchema(parameters, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'throw',
  }) as JsonSchema;
  const { $schema: _draft, properties, ...schema } = generated;
  const { customerCodes: _codes, ...named } = (properties ?? {}) as { [key: string]: JsonValue };
  return { ...schema, properties: named };
}
