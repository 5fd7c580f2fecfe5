/**
 * What a first reading of a file finds, before anything is written: how many lines are valid or
 * in error, the problems the user will read — those of the first lines in error, the others only
 * counted — and whether the file is worth reading to its end.
 *
 * A file that is clearly not an export (the wrong file chosen, a dump, junk under a valid header)
 * would otherwise cost a reading of millions of lines to produce millions of problems nobody
 * reads. So the reading stops, and the file is refused whatever the options:
 * - when the first `sampleLines` data lines are nearly all in error (`sampleErrorShare`) — not
 *   counting lines whose only problem is a customer or an invoice the ledger does not know: those
 *   are an export's lines, imported in the wrong order (invoices before their customers);
 * - when more than `maxLinesInError` lines are in error, wherever they are.
 */
import { CappedList } from './capped-list';
import type { FileRow } from './file-parser';
import type { RowProblem } from './rows';

export interface CheckLimits {
  /** Lines in error whose problems are listed; further lines in error are counted. */
  reportedLines: number;
  /** Warnings listed; further ones are counted. */
  reportedWarnings: number;
  sampleLines: number;
  sampleErrorShare: number;
  maxLinesInError: number;
}

const CHECK_LIMITS: CheckLimits = {
  reportedLines: 200,
  reportedWarnings: 50,
  sampleLines: 1_000,
  sampleErrorShare: 0.9,
  maxLinesInError: 10_000,
};

/** Why the reading stopped before the end of the file. */
export type EarlyStop =
  | { reason: 'not-an-export'; inError: number; sample: number; line: number }
  | { reason: 'too-many-errors'; max: number; line: number };

export class FileCheck {
  /** The problems of the first lines in error, in file order. */
  readonly problems: RowProblem[] = [];
  /** Lines in error beyond those whose problems are listed. */
  linesLeftOut = 0;
  /** Every problem found, listed or not (a line may have several). */
  problemCount = 0;
  readonly warnings: CappedList<string>;
  valid = 0;
  inError = 0;
  /** Lines in error for more than unknown references: unlike an export's. */
  private unlikeExport = 0;
  stop: EarlyStop | null = null;

  constructor(private readonly limits: CheckLimits = CHECK_LIMITS) {
    this.warnings = new CappedList(limits.reportedWarnings);
  }

  get read(): number {
    return this.valid + this.inError;
  }

  /** Counts one data line; false when the reading should stop there. */
  add(row: FileRow<unknown>): boolean {
    if (row.kind === 'valid') {
      this.valid++;
      for (const warning of row.warnings) this.warnings.add(warning);
    } else {
      this.inError++;
      if (!row.onlyUnknownReferences) this.unlikeExport++;
      this.problemCount += row.problems.length;
      if (this.inError <= this.limits.reportedLines) this.problems.push(...row.problems);
      else this.linesLeftOut++;
    }
    const { sampleLines, sampleErrorShare, maxLinesInError } = this.limits;
    if (this.inError > maxLinesInError) {
      this.stop = { reason: 'too-many-errors', max: maxLinesInError, line: row.line };
    } else if (this.read === sampleLines && this.unlikeExport >= sampleLines * sampleErrorShare) {
      this.stop = { reason: 'not-an-export', inError: this.inError, sample: sampleLines, line: row.line };
    }
    return this.stop === null;
  }
}
