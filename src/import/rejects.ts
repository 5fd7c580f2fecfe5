/**
 * The rejects file (`*.rejets.csv`): the rejected lines of an import, with the file's header and
 * delimiter and a last column `motif_rejet`, for the user to correct in Excel and import again.
 * Written line by line as the rejected lines are met: a big file's rejects are never held whole.
 *
 * For Excel: UTF-8 with a BOM (without it Excel reads the accents as Windows-1252), lines ending
 * with CRLF, and no cell a spreadsheet would evaluate (see spreadsheet-cells.ts) — the values
 * come from someone else's export, the motives quote them.
 */
import { rejectMotives } from '../i18n/import-report';
import type { Delimiter } from './csv';
import { revealHidden } from './display-text';
import type { RejectedRow } from './file-parser';
import { normaliseHeader, REJECTION_COLUMN } from './headers';
import { WHOLE_LINE } from './row-reader';
import { isFormulaLike, neutraliseFormula } from './spreadsheet-cells';

const UTF8_BOM = '\ufeff';

export class RejectsCsv {
  private readonly width: number;
  /** A rejects file imported again and rejected again gets its motive replaced, not a second one. */
  private readonly previousMotive: number;

  constructor(
    private readonly header: readonly string[],
    private readonly delimiter: Delimiter,
  ) {
    this.width = header.length;
    this.previousMotive = header.findIndex((h) => normaliseHeader(h) === REJECTION_COLUMN);
  }

  /** The start of the file: its BOM and header line. */
  head(): string {
    return UTF8_BOM + this.csvLine([...this.keep(this.header), REJECTION_COLUMN]);
  }

  /**
   * One rejected line: its cells padded to the header's width (an unreadable line's text whole in
   * the first), then every motive.
   */
  line(row: RejectedRow): string {
    const padded = [...row.cells, ...Array<string>(Math.max(0, this.width - row.cells.length)).fill('')];
    const motives = row.problems.map((p) =>
      p.column === WHOLE_LINE ? p.reason : rejectMotives.cell(p.column, p.reason),
    );
    return this.csvLine([...this.keep(padded), revealHidden(motives.join(rejectMotives.separator))]);
  }

  private keep(fields: readonly string[]): string[] {
    return fields.filter((_, i) => i !== this.previousMotive);
  }

  private csvLine(fields: readonly string[]): string {
    return `${fields.map((field) => quoteField(field, this.delimiter)).join(this.delimiter)}\r\n`;
  }
}

function quoteField(field: string, delimiter: Delimiter): string {
  const needsQuotes =
    isFormulaLike(field) || field.includes(delimiter) || /["\r\n]/.test(field) || field !== field.trim();
  return needsQuotes ? `"${neutraliseFormula(field).replace(/"/g, '""')}"` : field;
}
