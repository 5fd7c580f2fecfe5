/**
 * One export file, read as text in chunks: its header mapped to the fields of its kind, then each
 * data line validated as soon as it is complete, and handed on — valid with its record, or
 * rejected with its problems and its cells. Nothing of the file is kept but the header.
 *
 * What concerns the file as a whole (a missing column, an unreadable line above the header, a
 * record too long to be one) is a file error: the data lines are then counted, not validated.
 */
import { fileErrors, lineErrors } from '../i18n/import';
import { CsvReader, MAX_RECORD_LENGTH, type CsvItem, type CsvLineError, type Delimiter } from './csv';
import { mapHeaders, type ImportKind } from './headers';
import {
  rowValidatorFor,
  WHOLE_LINE,
  type ContextByKind,
  type RecordByKind,
  type RowOutcome,
  type RowProblem,
} from './rows';
import { detached, rowProblem } from './row-reader';
import type { CsvRecord } from './csv';

/** A rejected line: its problems, and its cells as read (an unreadable line's text whole). */
export interface RejectedRow {
  line: number;
  problems: RowProblem[];
  cells: string[];
}

/** A valid line: its record, and what the user should know about it. */
export interface ValidRow<R> {
  kind: 'valid';
  line: number;
  record: R;
  warnings: string[];
}

/** A rejected line, and whether its only problems are references the ledger does not know. */
export type FileRow<R> = ValidRow<R> | ({ kind: 'rejected'; onlyUnknownReferences: boolean } & RejectedRow);

export class ImportFileParser<K extends ImportKind> {
  /** Problems that prevent importing the file at all (French). */
  readonly fileErrors: string[] = [];
  /** About the header (unknown columns, ignored) and the file (no data line), in French. */
  readonly warnings: string[] = [];
  /** The header as written, once read. */
  header: string[] | null = null;
  /** Data lines read (header and blank lines excluded), validated or only counted. */
  dataLines = 0;
  private readonly csv = new CsvReader();
  private validate: ((record: CsvRecord) => RowOutcome<RecordByKind[K]>) | null = null;

  constructor(
    private readonly kind: K,
    private readonly context: ContextByKind[K],
  ) {}

  get delimiter(): Delimiter | null {
    return this.csv.delimiter;
  }

  /**
   * Nothing more is worth reading — a record too long to be one, or a file error (the header, or an
   * unreadable line above it): stop feeding, and call `end`.
   */
  get stopped(): boolean {
    return this.csv.tooLongAt !== null || this.fileErrors.length > 0;
  }

  push(text: string): FileRow<RecordByKind[K]>[] {
    return this.rows(this.csv.push(text));
  }

  end(): FileRow<RecordByKind[K]>[] {
    const rows = this.rows(this.csv.end());
    const tooLong = this.csv.tooLongAt;
    if (tooLong !== null) this.fileErrors.push(fileErrors.recordTooLong(tooLong, MAX_RECORD_LENGTH));
    if (!this.header) {
      if (this.fileErrors.length === 0) this.fileErrors.push(fileErrors.empty);
    } else if (this.dataLines === 0 && this.fileErrors.length === 0) {
      this.warnings.push(fileErrors.noData);
    }
    return rows;
  }

  private rows(items: readonly CsvItem[]): FileRow<RecordByKind[K]>[] {
    const rows: FileRow<RecordByKind[K]>[] = [];
    for (const item of items) {
      if (!this.header) {
        // Below an unreadable first line, no line is taken for the header: the file is refused.
        if (this.fileErrors.length > 0) break;
        if (item.kind === 'error')
          this.fileErrors.push(fileErrors.atLine(item.error.line, item.error.reason));
        else this.readHeader(item.record.fields);
        continue;
      }
      this.dataLines++;
      if (!this.validate) continue;
      if (item.kind === 'error') {
        rows.push(unreadable(item.error));
        continue;
      }
      const outcome = this.validate(item.record);
      rows.push(
        outcome.ok
          ? { kind: 'valid', line: outcome.line, record: outcome.record, warnings: outcome.warnings }
          : {
              kind: 'rejected',
              line: outcome.line,
              problems: outcome.problems,
              cells: item.record.fields,
              onlyUnknownReferences: outcome.onlyUnknownReferences,
            },
      );
    }
    return rows;
  }

  private readHeader(fields: string[]): void {
    this.header = fields;
    const mapping = mapHeaders(this.kind, fields);
    this.warnings.push(...mapping.warnings);
    this.fileErrors.push(...mapping.errors);
    if (this.fileErrors.length > 0) return;
    const shape = { columns: mapping.columns, headerLength: fields.length, delimiter: this.delimiter ?? ';' };
    this.validate = rowValidatorFor(this.kind, shape, this.context);
  }
}

function unreadable(error: CsvLineError): FileRow<never> {
  const raw = detached(error.raw);
  const reason =
    error.lastLine > error.line
      ? lineErrors.spanning(error.reason, error.line, error.lastLine)
      : error.reason;
  return {
    kind: 'rejected',
    line: error.line,
    problems: [rowProblem(error.line, WHOLE_LINE, raw, reason)],
    cells: [raw],
    onlyUnknownReferences: false,
  };
}

/** The rows of a file given as text in chunks; reading stops where the parser stops. */
export async function* readImportFile<K extends ImportKind>(
  parser: ImportFileParser<K>,
  text: AsyncIterable<string>,
): AsyncGenerator<FileRow<RecordByKind[K]>> {
  for await (const chunk of text) {
    yield* parser.push(chunk);
    if (parser.stopped) break;
  }
  yield* parser.end();
}
