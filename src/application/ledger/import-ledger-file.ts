/**
 * Imports of accounting exports into the ledger: the use case behind `npm run import`, the demo
 * seed, and anything else (the bot) that receives a file — as bytes, or as a way to read it.
 *
 * All or nothing by default: one bad row and nothing is written, the report names the bad lines.
 * With `skipInvalid` the valid rows are written and the rejected ones returned as CSV.
 * Re-importing the same file changes nothing. A stale export never reopens an invoice that
 * Relances knows to be paid, written off or at the law firm, and never lowers what was paid.
 *
 * Memory stays bounded whatever the file: it is read in chunks, never whole — its start to sniff
 * its encoding, then once to validate every line (nothing written; the report keeps the problems
 * of the first lines in error and counts the others; a file that is clearly not an export stops
 * the reading and is refused), then again to write the valid rows in batches (the rejects file is
 * written as its lines come).
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Actor } from '../../domain/journal';
import { importableSteps, type LadderConfig } from '../../domain/ladder';
import { fileErrors as fileErrorTexts } from '../../i18n/import';
import { importFailures, refusedReason } from '../../i18n/import-report';
import {
  CappedList,
  confirmUtf8,
  decodeChunks,
  FileCheck,
  formatProblems,
  ImportFileParser,
  NotUtf8Error,
  readImportFile,
  RejectsCsv,
  sniffEncoding,
  type ContextByKind,
  type EarlyStop,
  type FileRow,
  type ImportKind,
  type RecordByKind,
  type RowProblem,
  type TextEncoding,
  type ValidRow,
} from '../../import';
import type { Stores } from '../ports';
import type { ReadValidRows, WriteOutcome } from './import-writing';
import { RejectsOutput, type RejectsSink } from './rejects-output';
import { writeCustomers } from './write-customers';
import { writeInvoices } from './write-invoices';
import { writePayments } from './write-payments';

export { mergeImportedInvoice } from './merge-imported-invoice';
export type { RejectsSink } from './rejects-output';

interface ImportOptions {
  kind: ImportKind;
  fileName: string;
  actor: Actor;
  today: CalendarDate;
  /** The configured ladder: which steps an export may say were already sent. */
  ladder: LadderConfig;
  skipInvalid?: boolean;
  /**
   * With `skipInvalid`, where the rejects file goes, in chunks as its lines are met (`npm run
   * import` writes it to disk, never holding it whole); called only if a line is rejected.
   * Without it the file is returned in `rejectedCsv`.
   */
  writeRejects?: RejectsSink;
  /**
   * Without `skipInvalid`: a refused file's rejected lines are returned in `rejectedCsv` too (a
   * file sent in the chat gets them as a link). Held in memory: for files of a bounded size.
   */
  rejectsWhenRefused?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The file: its bytes, or a way to read it from its start in chunks — called once per reading,
 * each call giving the same bytes: its start, to sniff the encoding; all of it to validate it
 * (twice if what looked like UTF-8 is not); again to write it (once per window of invoices). A
 * reading may stop early: the iterator is then closed.
 */
export type ImportFile = { bytes: Uint8Array } | { open: () => AsyncIterable<Uint8Array> };

export type ImportRequest = ImportOptions & ImportFile;

/** What an import reads and writes: the ledger, and the journal. */
export type ImportStores = Pick<Stores, 'customers' | 'invoices' | 'payments' | 'journal'> &
  Partial<Pick<Stores, 'lateFees'>>;

export interface ImportCounts {
  /** Data lines read in the file (up to where the reading stopped, if it did). */
  read: number;
  valid: number;
  rejected: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  kind: ImportKind;
  fileName: string;
  /** `refused`: the file had errors and nothing was written (all-or-nothing). */
  status: 'imported' | 'refused';
  counts: ImportCounts;
  /** The problems of the first lines in error (the report counts the others). */
  problems: RowProblem[];
  fileErrors: string[];
  /** The first warnings (the report counts the others). */
  warnings: string[];
  /** Facts the user must know that are not errors (stale export, overpayment…), in French: the first ones. */
  notices: string[];
  /** Notes beyond those in `notices`. */
  noticesLeftOut: number;
  /** Where the reading stopped on a file that is clearly not an export; null when read to its end. */
  stoppedAtLine: number | null;
  /**
   * The rejects file (`*.rejets.csv`) when lines were skipped and no `writeRejects` was given:
   * the rejected lines with their reasons, as bytes ready to write (UTF-8 with BOM, for Excel).
   */
  rejectedCsv: Uint8Array | null;
  /** The French report of the problems (one line each). */
  report: string;
}

/** Bytes handed to the decoder at a time when the file is given whole. */
const CHUNK_BYTES = 64 * 1024;
/** Notes kept for the user; the others are counted. */
const MAX_NOTICES = 200;

export async function importLedgerFile(stores: ImportStores, request: ImportRequest): Promise<ImportResult> {
  switch (request.kind) {
    case 'customers':
      return importKind(stores, request, 'customers', {}, (rows, outcome) =>
        writeCustomers(stores, rows, outcome),
      );
    case 'invoices': {
      const codes = new Set((await stores.customers.list()).map((c) => c.code));
      const context = { knownCustomerCodes: codes, steps: importableSteps(request.ladder) };
      // The customers of the file: the writer loads what the ledger holds for them only.
      let fileCustomers = new Set<string>();
      return importKind(
        stores,
        request,
        'invoices',
        context,
        async (rows, outcome) => {
          await writeInvoices(stores, rows, fileCustomers, outcome, {
            today: request.today,
            actor: request.actor,
            fileName: request.fileName,
          });
        },
        () => {
          fileCustomers = new Set<string>();
          return (invoice) => fileCustomers.add(invoice.customerCode);
        },
      );
    }
    case 'payments': {
      // A payment of a penalty invoice (`PEN-2026-0001`) is known too: it goes to its bill.
      const [invoices, penalties] = await Promise.all([
        stores.invoices.listNumberIndex(),
        stores.lateFees?.listNumberIndex() ?? new Map<string, { customerCode: string; billId: string }>(),
      ]);
      const knownInvoices = new Map(invoices);
      for (const [number, bill] of penalties)
        if (!knownInvoices.has(number)) knownInvoices.set(number, { customerCode: bill.customerCode });
      return importKind(stores, request, 'payments', { knownInvoices }, (rows, outcome) =>
        writePayments(stores, rows, outcome, penalties),
      );
    }
  }
}

type Write<R> = (rows: ReadValidRows<R>, outcome: WriteOutcome) => Promise<void>;
/** Makes what sees each valid row of the first reading: made again if that reading starts over. */
type Observer<R> = () => (record: R) => void;

async function importKind<K extends ImportKind>(
  stores: ImportStores,
  request: ImportRequest,
  kind: K,
  context: ContextByKind[K],
  write: Write<RecordByKind[K]>,
  observer: Observer<RecordByKind[K]> = () => () => {},
): Promise<ImportResult> {
  const open = opener(request);
  const reading = (encoding: TextEncoding, bytes = open()) => {
    const parser = new ImportFileParser(kind, context);
    return { parser, rows: readImportFile(parser, decodeChunks(bytes, encoding)) };
  };

  // First reading: every line validated, nothing written. A file whose start is UTF-8 is read as
  // UTF-8 and checked to be so throughout; if it is not, it is Windows-1252, read again as such.
  const checkFile = async (encoding: TextEncoding) => {
    const first = reading(encoding, encoding === 'utf-8' ? confirmUtf8(open()) : open());
    const check = new FileCheck();
    const observe = observer();
    const refusedRejects =
      request.rejectsWhenRefused && !request.skipInvalid ? new RejectsOutput(undefined) : null;
    let csv: RejectsCsv | null = null;
    for await (const row of first.rows) {
      if (row.kind === 'valid') observe(row.record);
      else if (refusedRejects) {
        if (!csv) {
          csv = new RejectsCsv(first.parser.header ?? [], first.parser.delimiter ?? ';');
          await refusedRejects.write(csv.head());
        }
        await refusedRejects.write(csv.line(row));
      }
      if (!check.add(row)) break;
    }
    await refusedRejects?.flush();
    return { encoding, parser: first.parser, check, refusedRejects };
  };
  const sniffed = await sniffEncoding(open());
  const { encoding, parser, check, refusedRejects } = await checkFile(sniffed).catch((error: unknown) => {
    if (error instanceof NotUtf8Error) return checkFile('windows-1252');
    throw error;
  });
  const result = resultOf(request, parser, check);
  if (result.fileErrors.length > 0 || (check.inError > 0 && !request.skipInvalid)) {
    result.status = 'refused';
    result.rejectedCsv = refusedRejects?.bytes() ?? null;
    await journal(stores, request, result, check.problemCount);
    return result;
  }

  // Then the writing, reading the file again (as often as the writer needs).
  const rejects = new RejectsOutput(request.writeRejects);
  const outcome: WriteOutcome = {
    counts: result.counts,
    notices: new CappedList<string>(MAX_NOTICES),
    progress: (done) => request.onProgress?.(done, check.valid),
  };
  let readings = 0;
  const validRows = (): AsyncIterable<ValidRow<RecordByKind[K]>> =>
    validRowsOf(reading(encoding), request.skipInvalid === true, readings++ === 0 ? rejects : null);
  await write(validRows, outcome);
  result.notices = outcome.notices.items;
  result.noticesLeftOut = outcome.notices.leftOut;
  result.rejectedCsv = rejects.bytes();
  await journal(stores, request, result, check.problemCount);
  return result;
}

/**
 * The valid rows of one reading; its rejected rows go to the rejects file (first reading only).
 * The first reading found these bytes valid: a rejected row without `skipInvalid`, or a file
 * error, means the file changed in between, and the import stops there.
 */
async function* validRowsOf<K extends ImportKind>(
  reading: { parser: ImportFileParser<K>; rows: AsyncIterable<FileRow<RecordByKind[K]>> },
  skipInvalid: boolean,
  rejects: RejectsOutput | null,
): AsyncGenerator<ValidRow<RecordByKind[K]>> {
  const { parser, rows } = reading;
  let csv: RejectsCsv | null = null;
  for await (const row of rows) {
    if (row.kind === 'valid') {
      yield row;
      continue;
    }
    if (!skipInvalid) throw new Error(importFailures.fileChanged);
    if (!rejects) continue;
    if (!csv) {
      csv = new RejectsCsv(parser.header ?? [], parser.delimiter ?? ';');
      await rejects.write(csv.head());
    }
    await rejects.write(csv.line(row));
  }
  if (parser.fileErrors.length > 0) throw new Error(importFailures.fileChanged);
  await rejects?.flush();
}

function resultOf<K extends ImportKind>(
  request: ImportRequest,
  parser: ImportFileParser<K>,
  check: FileCheck,
): ImportResult {
  const fileErrors = [...(check.stop ? [stopMessage(request.kind, check.stop)] : []), ...parser.fileErrors];
  // The header's warnings (one per unknown column) first, then the lines': as many listed in all.
  const warnings = new CappedList<string>(check.warnings.capacity);
  for (const warning of [...parser.warnings, ...check.warnings.items]) warnings.add(warning);
  // The parser reads a chunk ahead of the lines checked: where the reading stopped, the check counts.
  const read = check.stop ? check.read : parser.dataLines;
  return {
    kind: request.kind,
    fileName: request.fileName,
    status: 'imported',
    counts: {
      read,
      valid: check.valid,
      rejected: read - check.valid,
      created: 0,
      updated: 0,
      unchanged: 0,
    },
    problems: check.problems,
    fileErrors,
    warnings: warnings.items,
    notices: [],
    noticesLeftOut: 0,
    stoppedAtLine: check.stop?.line ?? null,
    rejectedCsv: null,
    report: formatProblems({
      fileErrors,
      problems: check.problems,
      linesLeftOut: check.linesLeftOut,
      warnings: warnings.items,
      warningsLeftOut: warnings.leftOut + check.warnings.leftOut,
    }),
  };
}

function stopMessage(kind: ImportKind, stop: EarlyStop): string {
  return stop.reason === 'not-an-export'
    ? fileErrorTexts.notAnExport(kind, stop.inError, stop.sample)
    : fileErrorTexts.tooManyErrors(stop.max, stop.line);
}

function opener(file: ImportFile): () => AsyncIterable<Uint8Array> {
  if ('open' in file) return file.open;
  const { bytes } = file;
  return async function* () {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
  };
}

async function journal(
  stores: ImportStores,
  request: ImportRequest,
  result: ImportResult,
  problemCount: number,
): Promise<void> {
  await stores.journal.append({
    actor: request.actor,
    action: `import.${request.kind}`,
    target: { ref: request.fileName },
    details: {
      counts: result.counts,
      notices: result.notices.length + result.noticesLeftOut,
      skipInvalid: request.skipInvalid ?? false,
    },
    outcome: result.status === 'imported' ? 'ok' : 'refused',
    reason: result.status === 'refused' ? refusedReason(problemCount + result.fileErrors.length) : undefined,
  });
}
