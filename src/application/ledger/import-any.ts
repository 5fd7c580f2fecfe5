/**
 * The import of a file that does not say what it is — dropped in the watched folder, or sent in
 * the chat: its content tells (the name never does), then the same import as
 * `npm run import -- <kind>` runs, all or nothing, and a report in French comes back.
 *
 * - a FEC: its header names `JournalCode`, `EcritureNum`, `CompteNum` (tab or pipe separated);
 * - a bank statement: CAMT.053 XML, or CFONB 120 records (`01…` lines of 120 characters) — handed
 *   to the statement importer (`statement-hook.ts`);
 * - a customers, invoices or payments export: its header has all the required columns of that kind.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Actor } from '../../domain/journal';
import type { LadderConfig } from '../../domain/ladder';
import { fecReport } from '../../i18n/fec';
import { anyImport, type AnyImportKindName } from '../../i18n/import-any';
import { importNotices } from '../../i18n/import-report';
import { kindOfHeader, type ImportKind } from '../../import';
import { looksLikeFecHeader } from '../../import/fec';
import { importFecFile } from './import-fec-file';
import { importLedgerFile, type ImportFile, type ImportStores } from './import-ledger-file';

export type DetectedKind = AnyImportKindName;

/** What any import answers: enough for a card, a log line or a report file. */
export interface AnyImportReport {
  kind: DetectedKind;
  fileName: string;
  status: 'imported' | 'refused';
  /** « Import de « FEC.txt » — FEC (fichier des écritures comptables) ». */
  title: string;
  /** One sentence: what was written, or why nothing was. */
  summary: string;
  /** The problems (first ones) then the notes, one line each, in French. */
  details: string[];
  /** The rejected lines with their reasons (UTF-8 CSV with BOM), when some were. */
  rejectedCsv: Uint8Array | null;
}

export interface StatementImportRequest {
  open: () => AsyncIterable<Uint8Array>;
  fileName: string;
  actor: Actor;
  today: CalendarDate;
}

/** The bank statements' import, plugged by `statementImporterFor` (see statement-hook.ts). */
export type StatementImporter = (request: StatementImportRequest) => Promise<AnyImportReport>;

export interface AnyImportRequest {
  fileName: string;
  actor: Actor;
  today: CalendarDate;
  ladder: LadderConfig;
  onProgress?: (done: number, total: number) => void;
  /** A refused CSV's rejected lines returned too (held in memory: for files of a bounded size). */
  rejectsWhenRefused?: boolean;
}

/** Lines of details a report keeps (a card stays readable; the rejects file has them all). */
const MAX_DETAILS = 30;
/** Bytes looked at to recognise a file. */
const HEAD_BYTES = 8 * 1024;
const CHUNK_BYTES = 64 * 1024;

/** The kind of a file from its first bytes (a few kilobytes are enough). */
export function detectImportKind(head: Uint8Array): DetectedKind {
  const text = headText(head);
  const trimmed = text.replace(/^\s+/, '');
  if (/^<(\?xml|Document)/.test(trimmed) && /camt\.05[234]/.test(trimmed)) return 'statement';
  const lines = trimmed.split(/\r?\n/);
  const first = lines[0] ?? '';
  if (/^01/.test(first) && first.replace(/\s+$/, '').length <= 120 && first.length >= 100) {
    // CFONB 120: fixed 120-character records, an old balance (01) first.
    if (lines.slice(1, 4).every((l) => l === '' || /^0[1457]/.test(l))) return 'statement';
  }
  if (looksLikeFecHeader(first)) return 'fec';
  const delimiter = [';', ',', '\t'].find((d) => first.includes(d));
  if (delimiter) {
    const kind = kindOfHeader(first.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, '')));
    if (kind) return kind;
  }
  return 'unknown';
}

export async function importAnyFile(
  stores: ImportStores,
  request: AnyImportRequest & ImportFile,
  statements: StatementImporter | null,
): Promise<AnyImportReport> {
  const open = opener(request);
  const kind = detectImportKind(await readHead(open));
  const base = { kind, fileName: request.fileName, title: anyImport.title(request.fileName, kind) };
  switch (kind) {
    case 'unknown':
      return { ...base, status: 'refused', summary: anyImport.unknown, details: [], rejectedCsv: null };
    case 'statement':
      if (!statements) {
        return {
          ...base,
          status: 'refused',
          summary: anyImport.statementUnavailable,
          details: [],
          rejectedCsv: null,
        };
      }
      return {
        ...(await statements({
          open,
          fileName: request.fileName,
          actor: request.actor,
          today: request.today,
        })),
        ...base,
      };
    case 'fec': {
      const result = await importFecFile(stores, {
        open,
        fileName: request.fileName,
        actor: request.actor,
        today: request.today,
        onProgress: request.onProgress,
      });
      const refused = result.status === 'refused';
      const summary = refused
        ? result.fileErrors.length > 0
          ? anyImport.refusedFile
          : fecReport.refused(result.problems.length)
        : `${fecReport.read(result.lines, result.entries)} ${fecReport.summary(result.counts)}.`;
      return {
        ...base,
        status: result.status,
        summary,
        details: details(result.report, result.notices, result.noticesLeftOut),
        rejectedCsv: result.rejectedCsv,
      };
    }
    default:
      return importCsv(stores, request, open, kind, base);
  }
}

async function importCsv(
  stores: ImportStores,
  request: AnyImportRequest,
  open: () => AsyncIterable<Uint8Array>,
  kind: ImportKind,
  base: Pick<AnyImportReport, 'kind' | 'fileName' | 'title'>,
): Promise<AnyImportReport> {
  const result = await importLedgerFile(stores, {
    kind,
    open,
    fileName: request.fileName,
    actor: request.actor,
    today: request.today,
    ladder: request.ladder,
    onProgress: request.onProgress,
    rejectsWhenRefused: request.rejectsWhenRefused,
  });
  const { counts } = result;
  const summary =
    result.status === 'refused'
      ? result.fileErrors.length > 0
        ? anyImport.refusedFile
        : anyImport.refusedLines(counts.rejected)
      : anyImport.imported(counts.read, counts.created, counts.updated, counts.unchanged);
  return {
    ...base,
    status: result.status,
    summary,
    details: details(result.report, result.notices, result.noticesLeftOut),
    rejectedCsv: result.rejectedCsv,
  };
}

function details(report: string, notices: readonly string[], noticesLeftOut: number): string[] {
  const all = [
    ...(report === '' ? [] : report.split('\n')),
    ...notices.map(importNotices.printed),
    ...(noticesLeftOut > 0 ? [importNotices.printed(importNotices.more(noticesLeftOut))] : []),
  ];
  if (all.length <= MAX_DETAILS) return all;
  return [...all.slice(0, MAX_DETAILS), anyImport.moreLines(all.length - MAX_DETAILS)];
}

async function readHead(open: () => AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterator = open()[Symbol.asyncIterator]();
  try {
    while (size < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) break;
      chunks.push(next.value);
      size += next.value.length;
    }
  } finally {
    await iterator.return?.();
  }
  return Buffer.concat(chunks).subarray(0, HEAD_BYTES);
}

/** Enough of the text to read a header: UTF-16 (Excel « Texte Unicode ») or any ASCII-compatible encoding. */
function headText(head: Uint8Array): string {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
}

function opener(file: ImportFile): () => AsyncIterable<Uint8Array> {
  if ('open' in file) return file.open;
  const { bytes } = file;
  return async function* () {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
  };
}
