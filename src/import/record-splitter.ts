/**
 * Text in chunks → the text of each CSV record, with the lines where it starts and ends.
 *
 * Cuts at line breaks that are outside quoted values, mirroring csv-parse's reading with
 * `relax_quotes` and `trim`: a quote opens a quoted value only at the start of a field (after
 * optional blanks); elsewhere it is an ordinary character. A chunk may end anywhere — inside a
 * value, between `\r` and `\n`, between the two quotes of `""` — so what cannot be decided yet
 * waits for the next chunk; only the record being read is held.
 *
 * A record longer than `maxLength` characters stops the reading (`tooLongAt`): it is an unclosed
 * quote that swallows the rest of the file, or no text file at all, and holding it would hold the
 * whole file.
 */
export type Delimiter = ';' | ',' | '\t';

export interface RawRecord {
  /** Line where the record starts (a quoted value may span several lines). */
  line: number;
  lastLine: number;
  text: string;
}

export class RecordSplitter {
  /** The record being read, and what follows it in the last chunk. */
  private text = '';
  /** Next character of `text` to look at. */
  private next = 0;
  private line: number;
  private startLine: number;
  private inQuotes = false;
  private atFieldStart = true;
  private tooLong: number | null = null;

  constructor(
    private readonly delimiter: Delimiter,
    firstLine: number,
    private readonly maxLength: number,
  ) {
    this.line = firstLine;
    this.startLine = firstLine;
  }

  /** The line where a record too long to be one starts; nothing after it is read. */
  get tooLongAt(): number | null {
    return this.tooLong;
  }

  push(chunk: string): RawRecord[] {
    if (this.tooLong !== null) return [];
    this.text += chunk;
    return this.scan(false);
  }

  end(): RawRecord[] {
    if (this.tooLong !== null) return [];
    const records = this.scan(true);
    if (this.tooLong !== null || this.text === '') return records;
    // Only an unclosed quote gets here with a final line break: it ends the last line, it opens none.
    const rest = this.text;
    const body = rest.replace(/(\r\n|\n|\r)$/, '');
    records.push({ line: this.startLine, lastLine: body === rest ? this.line : this.line - 1, text: body });
    this.text = '';
    this.next = 0;
    return records;
  }

  private scan(final: boolean): RawRecord[] {
    const records: RawRecord[] = [];
    const text = this.text;
    let start = 0;
    let i = this.next;
    while (i < text.length) {
      const ch = text[i];
      const following = text[i + 1];
      // `\r` may be the first half of `\r\n`, `"` in a quoted value the first of `""`: wait and see.
      if (!final && following === undefined && (ch === '\r' || (ch === '"' && this.inQuotes))) break;
      const breakLength = ch === '\r' && following === '\n' ? 2 : 1;
      if (this.inQuotes) {
        if (ch === '"' && following === '"') {
          i += 2;
          continue;
        }
        if (ch === '"') this.inQuotes = false;
        else if (ch === '\n' || ch === '\r') {
          this.line++;
          i += breakLength;
          continue;
        }
      } else if (ch === '\n' || ch === '\r') {
        if (i - start > this.maxLength) return this.stop(records);
        records.push({ line: this.startLine, lastLine: this.line, text: text.slice(start, i) });
        i += breakLength;
        this.line++;
        start = i;
        this.startLine = this.line;
        this.atFieldStart = true;
        continue;
      } else if (ch === this.delimiter) {
        this.atFieldStart = true;
      } else if (ch === '"' && this.atFieldStart) {
        this.inQuotes = true;
        this.atFieldStart = false;
      } else if (ch !== ' ' && ch !== '\t') {
        this.atFieldStart = false;
      }
      i++;
    }
    this.text = text.slice(start);
    this.next = i - start;
    if (this.text.length > this.maxLength) return this.stop(records);
    return records;
  }

  private stop(records: RawRecord[]): RawRecord[] {
    this.tooLong = this.startLine;
    this.text = '';
    this.next = 0;
    return records;
  }
}
