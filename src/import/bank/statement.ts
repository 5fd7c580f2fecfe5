/**
 * A bank statement as Relances reads it, whatever its format (CAMT.053 or CFONB 120): one line per
 * movement — per transaction of a batched entry — with what says who paid and for what.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Cents } from '../../domain/money';

export type StatementFormat = 'camt053' | 'cfonb120';

export interface StatementLine {
  /** Where it is in the file, as said to the user (« ligne 42 », « écriture 7 »). */
  where: StatementPlace;
  /** The statement's account (IBAN for CAMT.053, bank + branch + account for CFONB 120). */
  account: string;
  /** The bank's reference of the entry (`AcctSvcrRef`, `NtryRef`, the CFONB entry number). */
  entryRef: string;
  /** The transaction's rank inside its entry (0 for a single one; batched entries have several). */
  txIndex: number;
  direction: 'credit' | 'debit';
  amount: Cents;
  currency: string;
  bookingDate: CalendarDate;
  valueDate: CalendarDate | null;
  endToEndId: string | null;
  /** Unstructured remittance information (`RmtInf/Ustrd`, CFONB label and `LIB` complements). */
  remittance: string[];
  /** Structured references (`CdtrRefInf/Ref`, CFONB `RCN`/`REF`). */
  references: string[];
  payerName: string | null;
  payerIban: string | null;
}

export interface StatementPlace {
  /** The line of the file where the entry starts. */
  line: number;
  /** The entry's rank in the file (1-based). */
  entry: number;
}

export interface ParsedStatement {
  format: StatementFormat;
  lines: StatementLine[];
  /** Problems in French, each naming its line; the statement is refused when there is any. */
  errors: string[];
  /** Problems beyond those kept in `errors`. */
  errorsLeftOut: number;
}

/** Problems kept for the report; the others are counted. */
export const MAX_ERRORS = 50;

export class ErrorList {
  readonly items: string[] = [];
  leftOut = 0;

  add(message: string): void {
    if (this.items.length < MAX_ERRORS) this.items.push(message);
    else this.leftOut++;
  }
}
