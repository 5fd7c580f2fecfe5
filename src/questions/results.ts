/**
 * What the query service answers: plain objects with every figure already computed from the ledger.
 * Each intent defines its own result (intents/<intent>/answer.ts) on the base here; the views only
 * format them, they never compute.
 */
import type { CalendarDate } from '../domain/calendar-date';
import type { InvoiceStatus, RiskSegment } from '../domain/ledger';
import type { Cents } from '../domain/money';
import type { QueryIntent, StructuredQuery } from './query';
import type { QueryAnswer } from './registry';

export type { QueryAnswer };
export type { WatchAnswer, WatchLine } from './answers/watch-list';

export interface CustomerRef {
  code: string;
  name: string;
  risk: RiskSegment;
}

export interface InvoiceLine {
  number: string;
  customer: CustomerRef;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTax: Cents;
  balance: Cents;
  daysLate: number;
  status: InvoiceStatus;
  lastStep: string | null;
}

export interface GroupLine {
  key: string;
  count: number;
  amount: Cents;
}

/** What every result carries. */
export interface AnswerBase<I extends QueryIntent = QueryIntent> {
  intent: I;
  /** The query as executed, defaults applied (the period a figure is about is always stated). */
  query: StructuredQuery;
  today: CalendarDate;
}

export type QueryOutcome =
  | { kind: 'answer'; answer: QueryAnswer }
  /** A balance-sheet figure at a past date: the ledger keeps no dated balances, so none is given. */
  | { kind: 'past_cut_off'; query: StructuredQuery }
  /** Customers unknown or outside what the asker may see: nothing is said about them. */
  | { kind: 'not_visible'; query: StructuredQuery };
