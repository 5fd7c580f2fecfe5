/**
 * The question actions as a language model sees them (OpenAI tools): one per intent, all taking
 * the same parameters (see ./parameters.ts), and the instructions that go with them. Written
 * for the model, not for users: it only ever picks an action and its filters — it never writes a
 * figure, which the query service computes and the card shows.
 */
import { RISK_SEGMENTS } from '../domain/ledger';
import { GROUP_BYS, type QueryIntent } from './query';

/** JSON Schema (draft 4 subset) of the action parameters. */
export type JsonSchema = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const date = { type: 'string', description: 'calendar date YYYY-MM-DD' };

export const QUESTION_PARAMETERS_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    period: {
      type: 'object',
      description: 'the dates the question is about (both included)',
      additionalProperties: false,
      properties: { from: date, to: date },
      required: ['from', 'to'],
    },
    dateBasis: {
      type: 'string',
      enum: ['due', 'issue'],
      description:
        'which invoice date the period filters: due date (default) or issue date (« émises », « facturées »)',
    },
    asOf: { ...date, description: 'a cut-off date (« au 30 septembre »)' },
    customer: { type: 'string', description: 'a customer named in the question, exactly as written' },
    amount: {
      type: 'object',
      description: 'bounds on the balance owed, in euros TTC (« plus de 5 000 € » is gt 5000)',
      additionalProperties: false,
      properties: {
        gt: { type: 'number' },
        gte: { type: 'number' },
        lt: { type: 'number' },
        lte: { type: 'number' },
      },
    },
    daysLate: {
      type: 'object',
      description: 'bounds on whole days past the due date, both included (« plus de 30 jours » is min 31)',
      additionalProperties: false,
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
    },
    step: {
      type: 'string',
      description: 'last dunning step done: J+3 (e-mail), J+10 (letter), J+20 (mise en demeure), J+30',
    },
    risk: { type: 'string', enum: [...RISK_SEGMENTS], description: 'customer risk segment' },
    groupBy: { type: 'string', enum: [...GROUP_BYS] },
    limit: { type: 'integer', minimum: 1, maximum: 100, description: 'size of a ranking (« top 10 »)' },
  },
};

export const QUESTION_ACTION_DESCRIPTIONS: Readonly<Record<QueryIntent, string>> = {
  unpaid_invoices:
    'List unpaid invoices (past due, not fully paid), optionally filtered (« quels impayés ce mois ? »).',
  customer_balance:
    'What one customer owes, with its open invoices and history (« combien nous doit Biocoop ? »).',
  aged_balance: 'Aged balance of receivables: not due, 1–30, 31–60, 61–90, over 90 days (« balance âgée »).',
  overdue_ratio: 'Overdue receivables divided by total receivables (« taux de créances échues »).',
  dso: 'Days sales outstanding by the countback method (« DSO », « délai moyen de paiement »).',
  top_late_payers: 'Customers ranked by overdue amount (« top 10 des mauvais payeurs »).',
  late_rate: 'Share of invoices paid late or still unpaid past due, over a period (« taux de retard »).',
  litigation: 'Invoices handed to the law firm Aptos (« contentieux »).',
  promises: 'Promises to pay and whether they are due or broken (« promesses échues »).',
  disputes: 'Open disputes (« litiges »).',
  payment_plans: 'Payment plans in progress (« échéanciers »).',
  planned_actions: 'Dunning actions proposed for a day (« que faire aujourd’hui ? »).',
  journal_activity: 'What was done, from the decision journal (« qu’a-t-on fait hier ? »).',
  collected: 'Payments received over a period (« encaissé ce mois »).',
  written_off: 'Invoices written off in a period, compared with one year earlier (« pertes cette année »).',
  help: 'The questions that can be asked, with examples (« que puis-je demander ? »).',
};

/** The instructions; `{{$temp.questionsToday}}` is today's date (Europe/Paris). */
export const QUESTION_INSTRUCTIONS = [
  'You turn a French question about the accounts receivable of a French company into exactly one tool call.',
  'Today is {{$temp.questionsToday}} (Europe/Paris). Resolve every date relative to today as YYYY-MM-DD:',
  '« ce mois » is the current calendar month, « le mois dernier » the previous one, « cette semaine » Monday to Sunday,',
  '« cette année » the calendar year, « l’an dernier » / « N-1 » the previous year; a month without a year is the latest',
  'one not after today. Amounts are euros TTC. Name a customer exactly as the user wrote it, never invent one.',
  'Never answer with text and never state a figure: only call a tool. If no tool fits, call none.',
].join('\n');
