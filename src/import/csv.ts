/**
 * Text → CSV records, each with the 1-based line where it starts in the file, so that an error
 * names the line the user sees in Excel or a text editor.
 *
 * The text is first cut into records by a small quote-aware scanner, then each record is parsed
 * by csv-parse on its own: a malformed record (stray quote, unclosed quote) then costs that record
 * only, whereas csv-parse on the whole text silently drops every record after the first error.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { lineErrors } from '../i18n/import';

export type Delimiter = ';' | ',' | '\t';

/** Order breaks ties: French exports use `;`, and a `,` is also a decimal mark in them. */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

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

export interface CsvTable {
  delimiter: Delimiter;
  header: CsvRecord | null;
  records: CsvRecord[];
  errors: CsvLineError[];
}

interface RawRecord {
  line: number;
  lastLine: number;
  text: string;
}

export function parseCsv(text: string): CsvTable {
  const hint = separatorHint(text);
  const delimiter = hint?.delimiter ?? detectDelimiter(text);
  const table: CsvTable = { delimiter, header: null, records: [], errors: [] };
  const raws = splitRecords(hint ? text.slice(hint.length) : text, delimiter, hint ? 2 : 1);
  for (const raw of raws) {
    const parsed = parseRecord(raw.text, delimiter);
    if (typeof parsed === 'string') {
      table.errors.push({ line: raw.line, lastLine: raw.lastLine, raw: raw.text, reason: parsed });
    } else if (parsed.some((field) => field !== '')) {
      // Rows of bare delimiters (`;;;;`) are what Excel leaves below a table: not data.
      const record = { line: raw.line, fields: parsed };
      if (table.header) table.records.push(record);
      else table.header = record;
    }
  }
  return table;
}

/** The delimiter used most often on the header line, outside quotes. */
export function detectDelimiter(text: string): Delimiter {
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

/** Excel honours a first line `sep=;` and some exports write one: it is a directive, not the header. */
function separatorHint(text: string): { delimiter: Delimiter; length: number } | null {
  const match = /^"?sep=([;,\t])"?[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (!match) return null;
  return { delimiter: match[1] as Delimiter, length: match[0].length };
}

/**
 * Cuts the text at line breaks that are outside quoted values, mirroring csv-parse's reading with
 * `relax_quotes` and `trim`: a quote opens a quoted value only at the start of a field (after
 * optional blanks); elsewhere it is an ordinary character.
 */
function splitRecords(text: string, delimiter: Delimiter, firstLine: number): RawRecord[] {
  const records: RawRecord[] = [];
  let line = firstLine;
  let start = 0;
  let startLine = firstLine;
  let inQuotes = false;
  let atFieldStart = true;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const breakLength = ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        i += 2;
        continue;
      }
      if (ch === '"') inQuotes = false;
      else if (ch === '\n' || ch === '\r') {
        line++;
        i += breakLength;
        continue;
      }
    } else if (ch === '\n' || ch === '\r') {
      records.push({ line: startLine, lastLine: line, text: text.slice(start, i) });
      i += breakLength;
      line++;
      start = i;
      startLine = line;
      atFieldStart = true;
      continue;
    } else if (ch === delimiter) {
      atFieldStart = true;
    } else if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
    } else if (ch !== ' ' && ch !== '\t') {
      atFieldStart = false;
    }
    i++;
  }
  if (start < text.length) {
    // Only an unclosed quote gets here with a final line break: it ends the last line, it opens none.
    const rest = text.slice(start);
    const body = rest.replace(/(\r\n|\n|\r)$/, '');
    records.push({ line: startLine, lastLine: body === rest ? line : line - 1, text: body });
  }
  return records;
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
