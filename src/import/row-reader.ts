/**
 * Reading one CSV record through the column map, collecting every problem of the row instead of
 * stopping at the first: the user fixes a file once, not once per error.
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

export interface ParsedRow<T> {
  line: number;
  record: T;
}

export interface RowsInput<C extends string> {
  records: readonly CsvRecord[];
  columns: ColumnMap<C>;
  headerLength: number;
  delimiter: Delimiter;
}

export interface RowsResult<T> {
  rows: ParsedRow<T>[];
  problems: RowProblem[];
  warnings: string[];
}

export class RowReader<C extends string> {
  readonly problems: RowProblem[] = [];
  readonly warnings: string[] = [];

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
    this.problems.push({ line: this.line, column: this.columns.labelOf(column), value, reason });
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
    return undefined;
  }
}

/**
 * Validates every record with `validateRow`, which returns the record or undefined when the row
 * has problems. A record with more non-empty values than the header has columns is refused
 * before reading: its values are shifted, so any other message about it would mislead.
 */
export function validateEach<C extends string, T>(
  input: RowsInput<C>,
  validateRow: (row: RowReader<C>) => T | undefined,
): RowsResult<T> {
  const result: RowsResult<T> = { rows: [], problems: [], warnings: [] };
  for (const record of input.records) {
    const valueCount = countUpToLastValue(record.fields);
    if (valueCount > input.headerLength) {
      result.problems.push({
        line: record.line,
        column: WHOLE_LINE,
        value: record.fields.slice(input.headerLength, valueCount).join(' | '),
        reason: lineErrors.tooManyValues(valueCount, input.headerLength, delimiterName(input.delimiter)),
      });
      continue;
    }
    const row = new RowReader(record, input.columns);
    const parsed = validateRow(row);
    result.problems.push(...row.problems);
    if (parsed !== undefined && row.ok) {
      result.rows.push({ line: record.line, record: parsed });
      result.warnings.push(...row.warnings);
    }
  }
  return result;
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
