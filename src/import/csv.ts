/**
 * Text → CSV records, each with the 1-based line where it starts in the file, so that an error
 * names the line the user sees in Excel or a text editor. The text comes in chunks and records go
 * out as soon as they are complete: a file is never held whole.
 *
 * The text is first cut into records by a small quote-aware scanner (record-splitter.ts), then
 * each record is parsed by csv-parse on its own: a malformed record (stray quote, unclosed quote)
 * then costs that record only, whereas csv-parse on the whole text silently drops every record
 * after the first error.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { lineErrors } from '../i18n/import';
import { RecordSplitter, type Delimiter, type RawRecord } from './record-splitter';

export type { Delimiter } from './record-splitter';

/** Order breaks ties: French exports use `;`, and a `,` is also a decimal mark in them. */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

/**
 * No record of an accounting export comes near this (Excel's own limit is 32 767 characters a
 * cell); beyond it the reading stops rather than hold the rest of the file as one record.
 */
export const MAX_RECORD_LENGTH = 100_000;

export interface CsvRecord {
  /** Line where the record starts (a quoted value may span several lines). */
  line: number;
  fields: string[];
}

export interface CsvLineError {
  line: number;
  lastLine: number;
  /** The record's text as it is in the file, to hand it back to the user. */
  raw: string;
  reason: string;
}

/** What the reader finds, in the order of the file; rows of bare delimiters are left out. */
export type CsvItem = { kind: 'record'; record: CsvRecord } | { kind: 'error'; error: CsvLineError };

/**
 * Reads CSV text given in chunks. The delimiter is decided on the first line that has content
 * (or on Excel's `sep=` directive), so chunks are held until that line is complete.
 */
export class CsvReader {
  private head = '';
  private splitter: RecordSplitter | null = null;
  private detected: Delimiter | null = null;

  constructor(private readonly maxRecordLength: number = MAX_RECORD_LENGTH) {}

  /** Known once the first line with content has been read (or the text has ended). */
  get delimiter(): Delimiter | null {
    return this.detected;
  }

  /** Line of a record too long to be one: nothing from it on is read. */
  get tooLongAt(): number | null {
    return this.splitter?.tooLongAt ?? null;
  }

  push(chunk: string): CsvItem[] {
    if (this.splitter) return this.items(this.splitter.push(chunk));
    this.head += chunk;
    if (!firstContentLineEnds(this.head) && this.head.length <= this.maxRecordLength) return [];
    return this.items(this.start());
  }

  end(): CsvItem[] {
    const first = this.splitter ? [] : this.start();
    return this.items([...first, ...this.splitter!.end()]);
  }

  /** Decides the delimiter on what was held, and reads it. */
  private start(): RawRecord[] {
    const hint = separatorHint(this.head);
    const delimiter = hint?.delimiter ?? detectDelimiter(this.head);
    this.detected = delimiter;
    this.splitter = new RecordSplitter(delimiter, hint ? 2 : 1, this.maxRecordLength);
    const records = this.splitter.push(hint ? this.head.slice(hint.length) : this.head);
    this.head = '';
    return records;
  }

  private items(records: readonly RawRecord[]): CsvItem[] {
    const delimiter = this.detected ?? ';';
    const items: CsvItem[] = [];
    for (const raw of records) {
      const parsed = parseRecord(raw.text, delimiter);
      if (typeof parsed === 'string') {
        items.push({
          kind: 'error',
          error: { line: raw.line, lastLine: raw.lastLine, raw: raw.text, reason: parsed },
        });
      } else if (parsed.some((field) => field !== '')) {
        // Rows of bare delimiters (`;;;;`) are what Excel leaves below a table: not data.
        items.push({ kind: 'record', record: { line: raw.line, fields: parsed } });
      }
    }
    return items;
  }
}

/** The delimiter used most often on the header line, outside quotes. */
function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(ch as Delimiter)) {
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
    }
    if (ch.trim() !== '') seenContent = true;
  }
  let best: Delimiter = ';';
  for (const d of CANDIDATES) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Whether the text holds a whole first line with content — what `detectDelimiter` and
 * `separatorHint` read. A final `\r` may be the first half of `\r\n`: not yet.
 */
function firstContentLineEnds(text: string): boolean {
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r') && seenContent) {
      return ch === '\n' || i + 1 < text.length;
    }
    if (ch.trim() !== '') seenContent = true;
  }
  return false;
}

/** Excel honours a first line `sep=;` and some exports write one: it is a directive, not the header. */
function separatorHint(text: string): { delimiter: Delimiter; length: number } | null {
  const match = /^"?sep=([;,\t])"?[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (!match) return null;
  return { delimiter: match[1] as Delimiter, length: match[0].length };
}

/** The fields of one record, or the reason (French) why it cannot be read. */
function parseRecord(text: string, delimiter: Delimiter): string[] | string {
  try {
    const rows = parse(text, { delimiter, relax_quotes: true, trim: true, relax_column_count: true });
    if (rows.length > 1) return lineErrors.misplacedQuotes;
    return rows[0] ?? [];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return lineErrors.unclosedQuote;
      case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      case 'CSV_INVALID_CLOSING_QUOTE':
        return lineErrors.textAfterQuote;
      default:
        return lineErrors.unreadable;
    }
  }
}
