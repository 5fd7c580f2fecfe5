/**
 * Whole-file views of the import's chunked readers, for tests: the records of a text given in
 * chunks (cut wherever a test wants), and the rejects file of a report held in memory.
 */
import {
  decodeChunks,
  ImportFileParser,
  readImportFile,
  RejectsCsv,
  sniffEncoding,
  type ContextByKind,
  type FileRow,
  type ImportKind,
  type ParseReport,
  type RecordByKind,
  type TextEncoding,
} from '../../src/import';
import { CsvReader, type CsvLineError, type CsvRecord, type Delimiter } from '../../src/import/csv';

export interface CsvTable {
  delimiter: Delimiter;
  header: CsvRecord | null;
  records: CsvRecord[];
  errors: CsvLineError[];
  /** Line of a record too long to be one, where the reading stopped. */
  tooLongAt: number | null;
}

/** The header (first record), the other records and the unreadable lines of `chunks`, in order. */
export function readCsv(chunks: string | readonly string[], maxRecordLength?: number): CsvTable {
  const reader = new CsvReader(maxRecordLength);
  const items = [...(typeof chunks === 'string' ? [chunks] : chunks).flatMap((c) => reader.push(c))];
  items.push(...reader.end());
  const table: CsvTable = {
    delimiter: reader.delimiter ?? ';',
    header: null,
    records: [],
    errors: [],
    tooLongAt: reader.tooLongAt,
  };
  for (const item of items) {
    if (item.kind === 'error') table.errors.push(item.error);
    else if (table.header) table.records.push(item.record);
    else table.header = item.record;
  }
  return table;
}

/** `text` cut every `size` characters. */
export function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
  return chunks;
}

/** The rejects file of a report's rejected lines, as bytes (empty when nothing was rejected). */
export function rejectsFileOf(report: Pick<ParseReport, 'header' | 'delimiter' | 'rejected'>): Uint8Array {
  if (!report.header || report.rejected.length === 0) return new Uint8Array(0);
  const csv = new RejectsCsv(report.header, report.delimiter);
  return new TextEncoder().encode(csv.head() + report.rejected.map((row) => csv.line(row)).join(''));
}

/** `bytes` cut into chunks of the sizes given, taken in turn (the last chunk may be shorter). */
export function byteChunks(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? 1);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** What the import's readings make of a file given as these byte chunks: its encoding, then its rows. */
export async function readFileInChunks<K extends ImportKind>(
  kind: K,
  chunks: readonly Uint8Array[],
  context: ContextByKind[K],
): Promise<{ encoding: TextEncoding; parser: ImportFileParser<K>; rows: FileRow<RecordByKind[K]>[] }> {
  async function* open(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  const encoding = await sniffEncoding(open());
  const parser = new ImportFileParser(kind, context);
  const rows: FileRow<RecordByKind[K]>[] = [];
  for await (const row of readImportFile(parser, decodeChunks(open(), encoding))) rows.push(row);
  return { encoding, parser, rows };
}
