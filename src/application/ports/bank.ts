/**
 * What the bank statements keep (#19): each statement line once seen (re-importing a statement
 * changes nothing), the credits waiting for the controller (« Paiements à rapprocher »), and the
 * payers' IBANs learned from confident matches.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Cents } from '../../domain/money';

/**
 * `applying`: the line's payments are being written (its application is kept with the mark, so a
 * re-import after a crash finishes it with the same payments instead of matching it again).
 */
export type StatementLineStatus = 'applying' | 'applied' | 'pending' | 'ignored';

/** What a matched line does, kept while it is `applying`. */
export interface LineApplication {
  entryRef: string;
  bookingDate: CalendarDate;
  amount: Cents;
  payerName: string | null;
  payerIban: string | null;
  remittance: string;
  evidence: string[];
  allocations: ProposedAllocation[];
}

export interface SeenStatementLine {
  key: string;
  /** The month of its booking date (« 2026-03 »): lines are kept by account and month. */
  account: string;
  month: string;
  status: StatementLineStatus;
  /** Only while `applying`. */
  application?: LineApplication;
  /**
   * The import that marked it `applying`: once that import has written everything it marks its run
   * done (`completeRun`), one row per account and month, and its lines read as `applied`.
   */
  run?: string;
}

export interface ProposedAllocation {
  invoiceNumber: string;
  customerCode: string;
  amount: Cents;
}

/** A credit the controller decides on: its line, the likely invoices best first, and what was decided. */
export interface PendingCredit {
  key: string;
  account: string;
  entryRef: string;
  txIndex: number;
  bookingDate: CalendarDate;
  amount: Cents;
  payerName: string | null;
  payerIban: string | null;
  /** What the payer wrote, as read (remittance, references). */
  remittance: string;
  customerCode: string | null;
  candidates: Array<{ customerCode: string; allocations: ProposedAllocation[] }>;
  fileName: string;
  importedOn: CalendarDate;
  /** `assigning`: claimed with its target (`assignedTo`), its payments being written. */
  status: 'pending' | 'assigning' | 'assigned' | 'dismissed';
  resolvedBy?: { id: string; name: string };
  resolvedOn?: CalendarDate;
  assignedTo?: ProposedAllocation[];
}

export interface BankRepository {
  /** The keys among these already seen on an earlier statement of the account and months given. */
  seen(account: string, months: readonly string[]): Promise<Set<string>>;
  /** The lines of these months already seen, with their status (and application while `applying`). */
  seenLines(account: string, months: readonly string[]): Promise<Map<string, SeenStatementLine>>;
  markSeen(lines: readonly SeenStatementLine[]): Promise<void>;
  /**
   * The lines this import marked `applying` under `run` are done: one row per account and month
   * they belong to, instead of rewriting every line (issue 19: a rewrite costs the storage
   * emulator far more than a new row). Lines of the run read as `applied` from then on.
   */
  completeRun(run: string, lines: ReadonlyArray<Pick<SeenStatementLine, 'account' | 'month'>>): Promise<void>;
  addPending(credits: readonly PendingCredit[]): Promise<void>;
  listPending(): Promise<PendingCredit[]>;
  getPending(key: string): Promise<PendingCredit | null>;
  /**
   * Changes a pending credit under its version: true when this call made the change, false when
   * the credit was no longer pending (decided by someone else, or a double click). `from`: the
   * status the credit must have (`assigning` to finish an assignment).
   */
  resolve(
    key: string,
    change: (current: PendingCredit) => PendingCredit | null,
    from?: PendingCredit['status'],
  ): Promise<boolean>;
  /** The credits claimed for an assignment not finished (a process stopped midway). */
  listAssigning(): Promise<PendingCredit[]>;
  /** IBAN → customer code, as learned. */
  learnedIbans(): Promise<Map<string, string>>;
  learnIbans(pairs: ReadonlyArray<{ iban: string; customerCode: string }>): Promise<void>;
}
