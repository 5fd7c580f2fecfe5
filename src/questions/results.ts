/**
 * What the query service answers: plain objects with every figure already computed from the ledger,
 * ready for a card (src/bot/questions/answer-card.ts) — the card only formats, it never computes.
 */
import type { CalendarDate, MonthKey } from '../domain/calendar-date';
import type { ActionStatus } from '../domain/actions';
import type { InvoiceStatus, RiskSegment } from '../domain/ledger';
import type { Cents } from '../domain/money';
import type { JournalEntry } from '../domain/ports';
import type { AgedBalance, Countback, LateRate, OverdueRatio } from './kpis';
import type { Period, StructuredQuery } from './query';

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

interface Base {
  /** The query as executed, defaults applied (the period a figure is about is always stated). */
  query: StructuredQuery;
  today: CalendarDate;
}

export interface UnpaidAnswer extends Base {
  intent: 'unpaid_invoices';
  /** The invoices shown: all of them, or the `limit` largest. */
  invoices: InvoiceLine[];
  /** Balance of the invoices shown. */
  total: Cents;
  /** Every unpaid invoice matching the question, and their balance. */
  count: number;
  allTotal: Cents;
  groups: GroupLine[] | null;
}

export interface CustomerBalanceAnswer extends Base {
  intent: 'customer_balance';
  customers: CustomerRef[];
  /** Receivables (due or not), oldest due date first. */
  invoices: InvoiceLine[];
  total: Cents;
  overdue: Cents;
  overdueCount: number;
  /** Invoices paid (closed) over the last twelve months, for context. */
  paidLastYear: { count: number; amount: Cents };
  /** The journal of the customer(s), newest first (a few entries). */
  history: JournalEntry[];
  historyCount: number;
}

export interface AgedBalanceAnswer extends Base, AgedBalance {
  intent: 'aged_balance';
  byCustomer: Array<{ customer: CustomerRef; balance: AgedBalance }> | null;
}

export interface OverdueRatioAnswer extends Base, OverdueRatio {
  intent: 'overdue_ratio';
}

export interface DsoAnswer extends Base, Countback {
  intent: 'dso';
  monthsWalked: MonthKey[];
}

export interface TopLatePayersAnswer extends Base {
  intent: 'top_late_payers';
  rows: Array<{ customer: CustomerRef; overdue: Cents; count: number; maxDaysLate: number }>;
  /** All late customers (the rows are the first `limit`). */
  customersLate: number;
  totalOverdue: Cents;
}

export interface LateRateAnswer extends Base, LateRate {
  intent: 'late_rate';
  period: Period;
  groups: Array<{ key: string; customer: CustomerRef | null; rate: LateRate }> | null;
}

export interface WatchLine {
  invoice: InvoiceLine;
  /** Promised date, next installment date, transfer date, or the dispute's start. */
  date: CalendarDate | null;
  /** The dispute's reason; the installment's amount as text is the card's job. */
  detail: string | null;
  amount: Cents | null;
  state: 'due' | 'upcoming' | 'broken' | 'open';
}

export interface WatchAnswer extends Base {
  intent: 'litigation' | 'promises' | 'disputes' | 'payment_plans';
  items: WatchLine[];
  total: Cents;
}

export interface PlannedActionsAnswer extends Base {
  intent: 'planned_actions';
  date: CalendarDate;
  actions: Array<{
    customer: CustomerRef;
    step: string;
    invoiceCount: number;
    total: Cents;
    maxDaysLate: number;
    status: ActionStatus;
  }>;
  total: Cents;
}

export interface JournalAnswer extends Base {
  intent: 'journal_activity';
  period: Period;
  entries: JournalEntry[];
  /** The period was longer than the journal reads at once: only its last days were read. */
  shortened: boolean;
}

export interface CollectedAnswer extends Base {
  intent: 'collected';
  period: Period;
  total: Cents;
  count: number;
  byCustomer: Array<{ customer: CustomerRef; amount: Cents; count: number }>;
  shortened: boolean;
}

export interface WrittenOffAnswer extends Base {
  intent: 'written_off';
  period: Period;
  previousPeriod: Period;
  total: Cents;
  count: number;
  previousTotal: Cents;
  previousCount: number;
  invoices: InvoiceLine[];
}

export interface HelpAnswer extends Base {
  intent: 'help';
}

export type QueryAnswer =
  | UnpaidAnswer
  | CustomerBalanceAnswer
  | AgedBalanceAnswer
  | OverdueRatioAnswer
  | DsoAnswer
  | TopLatePayersAnswer
  | LateRateAnswer
  | WatchAnswer
  | PlannedActionsAnswer
  | JournalAnswer
  | CollectedAnswer
  | WrittenOffAnswer
  | HelpAnswer;

export type QueryOutcome =
  | { kind: 'answer'; answer: QueryAnswer }
  /** A balance-sheet figure at a past date: the ledger keeps no dated balances, so none is given. */
  | { kind: 'past_cut_off'; query: StructuredQuery }
  /** Customers unknown or outside what the asker may see: nothing is said about them. */
  | { kind: 'not_visible'; query: StructuredQuery };
