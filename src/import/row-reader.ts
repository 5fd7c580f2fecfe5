/**
 * Reading one CSV record through the column map, collecting every problem of the row instead of
 * stopping at the first: the user fixes a file once, not once per error. Records are validated
 * one at a time as the file is read; a validator keeps across records only what its kind needs
 * (the first line of each invoice number, to refuse a duplicate).
 */
import type { CsvRecord, Delimiter } from './csv';
import type { CellResult } from './cells';
import { cellErrors, lineErrors, lineWarnings } from '../i18n/import';
import type { ColumnMap } from './headers';
import { restoreNeutralised } from './spreadsheet-cells';

export interface RowProblem {
  line: number;
  /** The header as written in the file, or the canonical name when the file has no such column. */
  column: string;
  value: string;
  reason: string;
}

/** Column of a problem that concerns the record as a whole (unreadable line, too many values). */
export const WHOLE_LINE = lineErrors.wholeLine;

/**
 * What a problem keeps of a value or a reason: enough to recognise it, never a whole cell of
 * 100 000 characters (reports keep hundreds of problems).
 */
const MAX_PROBLEM_TEXT = 1_000;

function shortened(text: string): string {
  return text.length <= MAX_PROBLEM_TEXT ? text : `${detached(text.slice(0, MAX_PROBLEM_TEXT - 1))}…`;
}

/**
 * A copy of a text cut from a chunk of the file: a slice would keep the whole chunk in memory for
 * as long as the problem that quotes it.
 */
export function detached(text: string): string {
  return Array.from(text).join('');
}

export function rowProblem(line: number, column: string, value: string, reason: string): RowProblem {
  return { line, column, value: shortened(value), reason: shortened(reason) };
}

export interface ParsedRow<T> {
  line: number;
  record: T;
}

/** How the records of a file are laid out, once its header is read. */
export interface RowShape<C extends string> {
  columns: ColumnMap<C>;
  headerLength: number;
  delimiter: Delimiter;
}

/**
 * One record, valid (with what the user should know) or refused (with every problem found, and
 * whether they are all references the ledger does not know: a line of an export still).
 */
export type RowOutcome<T> =
  | { ok: true; line: number; record: T; warnings: string[] }
  | { ok: false; line: number; problems: RowProblem[]; onlyUnknownReferences: boolean };

export type RowValidator<T> = (record: CsvRecord) => RowOutcome<T>;

export class RowReader<C extends string> {
  readonly problems: RowProblem[] = [];
  readonly warnings: string[] = [];
  /** Problems that are references unknown to the ledger (a customer, an invoice). */
  unknownReferences = 0;

  constructor(
    private readonly record: CsvRecord,
    private readonly columns: ColumnMap<C>,
  ) {}

  get line(): number {
    return this.record.line;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /**
   * The trimmed cell; empty when the column is absent or the record is short. A cell the rejects
   * file protected from spreadsheets (`'=…`, `'-120,50`) is read as it was before.
   */
  cell(column: C): string {
    const index = this.columns.indexOf(column);
    const value = restoreNeutralised(
      (index === undefined ? '' : (this.record.fields[index] ?? '')).trim(),
    ).trim();
    // `="01000"` is how exports keep Excel from turning a code into a number.
    const excelText = /^="(.*)"$/s.exec(value);
    return excelText ? (excelText[1] ?? '').trim() : value;
  }

  report(column: C, reason: string, value: string = this.cell(column)): void {
    this.problems.push(rowProblem(this.line, this.columns.labelOf(column), value, reason));
  }

  warn(message: string): void {
    this.warnings.push(lineWarnings.atLine(this.line, message));
  }

  /** The parsed value, or undefined (and a problem recorded) when the cell is empty or refused. */
  required<T>(
    column: C,
    parse: (raw: string) => CellResult<T>,
    missingReason: string = cellErrors.missing,
  ): T | undefined {
    const raw = this.cell(column);
    if (raw === '') {
      this.report(column, missingReason, raw);
      return undefined;
    }
    return this.parse(column, raw, parse);
  }

  /** `fallback` for an empty cell; undefined (and a problem recorded) when the cell is refused. */
  optional<T, F>(column: C, parse: (raw: string) => CellResult<T>, fallback: F): T | F | undefined {
    const raw = this.cell(column);
    return raw === '' ? fallback : this.parse(column, raw, parse);
  }

  private parse<T>(column: C, raw: string, parse: (raw: string) => CellResult<T>): T | undefined {
    const result = parse(raw);
    if (result.ok) return result.value;
    this.report(column, result.reason, raw);
    if (result.unknownReference) this.unknownReferences++;
    return undefined;
  }
}

/**
 * A validator of records with `validateRow`, which returns the record or undefined when the row
 * has problems. A record with more non-empty values than the header has columns is refused
 * before reading: its values are shifted, so any other message about it would mislead.
 */
export function rowValidator<C extends string, T>(
  shape: RowShape<C>,
  validateRow: (row: RowReader<C>) => T | undefined,
): RowValidator<T> {
  return (record) => {
    const valueCount = countUpToLastValue(record.fields);
    if (valueCount > shape.headerLength) {
      const problem = rowProblem(
        record.line,
        WHOLE_LINE,
        record.fields.slice(shape.headerLength, valueCount).join(' | '),
        lineErrors.tooManyValues(valueCount, shape.headerLength, delimiterName(shape.delimiter)),
      );
      return { ok: false, line: record.line, problems: [problem], onlyUnknownReferences: false };
    }
    const row = new RowReader(record, shape.columns);
    const parsed = validateRow(row);
    return parsed !== undefined && row.ok
      ? { ok: true, line: record.line, record: parsed, warnings: row.warnings }
      : {
          ok: false,
          line: record.line,
          problems: row.problems,
          onlyUnknownReferences: row.unknownReferences === row.problems.length,
        };
  };
}

/** Trailing empty fields are what Excel writes after a table's last column: they do not count. */
function countUpToLastValue(fields: readonly string[]): number {
  let count = fields.length;
  while (count > 0 && (fields[count - 1] ?? '').trim() === '') count--;
  return count;
}

function delimiterName(delimiter: Delimiter): string {
  return delimiter === '\t' ? lineErrors.tabulation : delimiter;
}

/**
 * The fields with `undefined` removed from their types, or undefined if any is undefined (a
 * problem was then recorded). `null` stays: it is a legitimate « no value ».
 */
export function complete<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]: Exclude<T[K], undefined> } | undefined {
  return Object.values(fields).some((v) => v === undefined)
    ? undefined
    : (fields as { [K in keyof T]: Exclude<T[K], undefined> });
}
