/**
 * A FEC (Fichier des écritures comptables) into the ledger: the use case behind
 * `npm run import -- fec`, the drop folder and a file sent in the chat.
 *
 * Same rules as the other imports: all or nothing (one line in error, or one entry that does not
 * balance, and nothing is written; the report names the lines, the rejects file holds them),
 * idempotent (customers, invoices and payments keep the identities the FEC gives them: importing
 * it again, or a later FEC of the same year, changes nothing already known), journaled, progress
 * shown. The file is read in chunks: once to check it and gather the ledger (a small record per
 * entry), again only to write the lines of unbalanced entries to the rejects file.
 *
 * Customers the ledger already knows are left as they are (the customers file is the reference
 * for their details); new ones are created without address nor e-mail — the report and the
 * customer's card say so, and the customers file completes them. Invoices the ledger already
 * knows keep their due date (the FEC has none: new ones get the customer's payment terms).
 *
 * Writing is batched: customers in transactions; each invoice — new or known — saved once with
 * the file's settlements already applied, in one transaction per customer partition, its payments
 * recorded in batches just before (so an applied payment is always a recorded one). A payment
 * already applied is skipped: importing the same FEC again reads the ledger and writes nothing.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Actor } from '../../domain/journal';
import { formatDateShortFr } from '../../domain/calendar-date';
import { applyPayment, type Customer, type Invoice, type Payment } from '../../domain/ledger';
import { cents, formatEuros } from '../../domain/money';
import { fecErrors, fecNotices, fecReport, type FecSummaryCounts } from '../../i18n/fec';
import { importNotices, refusedReason } from '../../i18n/import-report';
import {
  CappedList,
  DEFAULT_PAYMENT_TERMS_DAYS,
  formatProblems,
  NotUtf8Error,
  RejectsCsv,
  confirmUtf8,
  sniffEncoding,
  type ParsedInvoice,
  type RowProblem,
  type ValidRow,
} from '../../import';
import {
  FecLedgerBuilder,
  FecLineParser,
  decodeFecChunks,
  missingContactDetails,
  type FecEncoding,
  type FecLedger,
  type FecRow,
  entryKey,
} from '../../import/fec';
import type { WriteOutcome } from './import-writing';
import type { ImportFile, ImportStores } from './import-ledger-file';
import { RejectsOutput, type RejectsSink } from './rejects-output';
import { writeInvoices } from './write-invoices';

export interface FecImportRequest {
  fileName: string;
  actor: Actor;
  today: CalendarDate;
  /** Where the rejects file goes, in chunks; without it, it is returned in `rejectedCsv`. */
  writeRejects?: RejectsSink;
  onProgress?: (done: number, total: number) => void;
}

export interface FecImportResult {
  kind: 'fec';
  fileName: string;
  status: 'imported' | 'refused';
  encoding: FecEncoding | null;
  /** Data lines read, entries (distinct journal + entry number). */
  lines: number;
  entries: number;
  counts: FecSummaryCounts;
  problems: RowProblem[];
  fileErrors: string[];
  notices: string[];
  noticesLeftOut: number;
  /** Customers created without address or e-mail (the customers file completes them). */
  customersMissingDetails: number;
  /** Invoices created with a computed due date (the FEC has none). */
  dueDatesComputed: number;
  rejectedCsv: Uint8Array | null;
  /** The French report of the problems (one line each). */
  report: string;
}

/** Lines in error kept in the report; the rejects file has them all. */
const MAX_PROBLEM_LINES = 200;
/** Past this many lines in error, the file is no FEC worth reading on. */
const MAX_ERROR_LINES = 10_000;
const MAX_NOTICES = 200;
const CHUNK_BYTES = 64 * 1024;
const CUSTOMER_BATCH = 1_000;
/**
 * Invoices saved, and payments recorded, per call to the store: what is allocated for one call
 * lives until its slowest request returns (seconds on a busy machine), so smaller calls keep the
 * peak memory down; one customer's invoices still go in one transaction (sorted by customer).
 */
const SAVE_BATCH = 500;
const PAYMENT_BATCH = 500;

export async function importFecFile(
  stores: ImportStores,
  request: FecImportRequest & ImportFile,
): Promise<FecImportResult> {
  const open = opener(request);
  const known = new Map((await stores.customers.list()).map((c) => [c.code, c] as const));
  const termsOf = (code: string) => known.get(code)?.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;

  const sniffed = await sniffEncoding(open());
  const firstEncoding: FecEncoding = sniffed === 'utf-8' || sniffed === 'utf-8-bom' ? 'utf-8' : 'iso-8859-15';
  const rejects = new RejectsOutput(request.writeRejects);
  const check = async (encoding: FecEncoding) => {
    const bytes = encoding === 'utf-8' ? confirmUtf8(open()) : open();
    return { encoding, ...(await readFec(decodeFecChunks(bytes, encoding))) };
  };
  const first = await check(firstEncoding).catch((error: unknown) => {
    if (error instanceof NotUtf8Error) return check('iso-8859-15');
    throw error;
  });
  const { encoding, parser, builder, rejected } = first;
  const ledger: FecLedger = builder.finish({ termsOf });
  const problems = [...rejected.problems.items, ...ledger.problems];
  const result: FecImportResult = {
    kind: 'fec',
    fileName: request.fileName,
    status: 'imported',
    encoding,
    lines: parser.dataLines,
    entries: ledger.entries,
    counts: {
      lines: parser.dataLines,
      entries: ledger.entries,
      customers: { created: 0, unchanged: 0 },
      invoices: { created: 0, updated: 0, unchanged: 0 },
      payments: { created: 0, unchanged: 0 },
    },
    problems,
    fileErrors: [...parser.fileErrors, ...(first.tooManyErrors ? [first.tooManyErrors] : [])],
    notices: [],
    noticesLeftOut: 0,
    customersMissingDetails: 0,
    dueDatesComputed: 0,
    rejectedCsv: null,
    report: '',
  };
  const inError = rejected.count + ledger.problems.length;
  result.report = formatProblems({
    fileErrors: result.fileErrors,
    problems,
    linesLeftOut: Math.max(0, rejected.count - rejected.problems.items.length),
    warnings: [],
  });
  if (result.fileErrors.length > 0 || inError > 0) {
    result.status = 'refused';
    if (result.fileErrors.length === 0) {
      await writeRejectedLines(open, encoding, ledger, rejects);
      result.rejectedCsv = rejects.bytes();
    }
    await journal(stores, request, result, inError + result.fileErrors.length);
    return result;
  }

  // Writing: customers, then invoices, then payments.
  const notices = new CappedList<string>(MAX_NOTICES);
  const total = ledger.customers.length + ledger.invoices.length;
  let done = 0;
  const progress = (count: number) => request.onProgress?.(done + count, total);
  const newCustomers: Customer[] = [];
  for (const customer of ledger.customers) {
    if (known.has(customer.code)) result.counts.customers.unchanged++;
    else newCustomers.push(customer);
  }
  for (let at = 0; at < newCustomers.length; at += CUSTOMER_BATCH) {
    await stores.customers.upsertMany(newCustomers.slice(at, at + CUSTOMER_BATCH));
  }
  result.counts.customers.created = newCustomers.length;
  result.customersMissingDetails = newCustomers.filter((c) => {
    const missing = missingContactDetails(c);
    return missing.address || missing.email;
  }).length;
  done += ledger.customers.length;
  progress(0);

  const invoiceOutcome: WriteOutcome = { counts: result.counts.invoices, notices, progress };
  const knownNumbers = await stores.invoices.listNumberIndex();
  result.dueDatesComputed = ledger.invoices.filter((i) => !knownNumbers.has(i.number)).length;
  // Each invoice is saved with its settlements of the file already applied — new or already known:
  // one write per invoice, in one transaction per customer (the invoices sorted by customer), and
  // its payments recorded in batches just before. A payment already applied (a FEC imported
  // again) is neither recorded nor applied again.
  const paymentsOf = paymentsByInvoice(ledger.payments);
  let paymentsApplied = 0;
  await writeInvoices(
    stores,
    () => rowsOf(byCustomer(ledger.invoices)),
    new Set(ledger.invoices.map((i) => i.customerCode)),
    invoiceOutcome,
    {
      today: request.today,
      actor: request.actor,
      fileName: request.fileName,
      keepStoredDueDate: true,
      saveBatch: SAVE_BATCH,
      settle: (invoice) => settle(invoice, paymentsOf.get(invoice.number) ?? []),
      beforeSave: async (saves) => {
        const fresh = saves.flatMap((s) => newlyApplied(s.previous?.value ?? null, s.next, paymentsOf));
        for (let at = 0; at < fresh.length; at += PAYMENT_BATCH)
          await stores.payments.recordMany(fresh.slice(at, at + PAYMENT_BATCH));
      },
      saved: (previous, next) => {
        const fresh = newlyApplied(previous, next, paymentsOf);
        paymentsApplied += fresh.length;
        if (fresh.length > 0 && next.amountPaid > next.amountInclTax) {
          notices.add(
            importNotices.overpaid(
              next.number,
              formatEuros(cents(next.amountPaid - next.amountInclTax)),
              formatDateShortFr(fresh[fresh.length - 1]!.date),
            ),
          );
        }
      },
    },
    knownNumbers,
  );
  done += ledger.invoices.length;
  result.counts.payments = {
    created: paymentsApplied,
    unchanged: ledger.payments.length - paymentsApplied,
  };
  progress(0);

  const head: string[] = [];
  if (result.dueDatesComputed > 0) head.push(fecNotices.dueDatesComputed(DEFAULT_PAYMENT_TERMS_DAYS));
  if (result.customersMissingDetails > 0)
    head.push(fecNotices.missingDetails(result.customersMissingDetails));
  const all = [...head, ...ledger.notices, ...notices.items];
  result.notices = all.slice(0, MAX_NOTICES);
  result.noticesLeftOut = all.length - result.notices.length + notices.leftOut;
  await journal(stores, request, result, 0);
  return result;
}

async function readFec(text: AsyncIterable<string>) {
  const parser = new FecLineParser();
  const builder = new FecLedgerBuilder();
  const rejected = { count: 0, problems: new CappedList<RowProblem>(MAX_PROBLEM_LINES) };
  let tooManyErrors: string | null = null;
  const take = (row: FecRow) => {
    if (row.kind === 'valid') builder.add(row.record);
    else {
      rejected.count++;
      // The problems of the first lines in error; the others are counted.
      if (rejected.count <= MAX_PROBLEM_LINES) for (const p of row.problems) rejected.problems.add(p);
    }
  };
  outer: for await (const chunk of text) {
    for (const row of parser.push(chunk)) {
      take(row);
      if (rejected.count > MAX_ERROR_LINES) {
        tooManyErrors = fecErrors.tooManyErrors(MAX_ERROR_LINES);
        break outer;
      }
    }
    if (parser.fileErrors.length > 0) break;
  }
  if (!tooManyErrors) for (const row of parser.end()) take(row);
  return { parser, builder, rejected, tooManyErrors };
}

/** The rejects file: every line in error and every line of an unbalanced entry, with its motive. */
async function writeRejectedLines(
  open: () => AsyncIterable<Uint8Array>,
  encoding: FecEncoding,
  ledger: FecLedger,
  rejects: RejectsOutput,
): Promise<void> {
  const parser = new FecLineParser();
  let csv: RejectsCsv | null = null;
  const write = async (row: FecRow) => {
    const problem = row.kind === 'valid' ? ledger.unbalanced.get(entryKey(row.record)) : undefined;
    if (row.kind === 'valid' && !problem) return;
    const problems = row.kind === 'rejected' ? row.problems : [{ ...problem!, line: row.line }];
    if (!csv) {
      csv = new RejectsCsv(parser.header ?? [], ';');
      await rejects.write(csv.head());
    }
    await rejects.write(csv.line({ line: row.line, problems, cells: row.cells }));
  };
  for await (const chunk of decodeFecChunks(open(), encoding))
    for (const row of parser.push(chunk)) await write(row);
  for (const row of parser.end()) await write(row);
  await rejects.flush();
}

function paymentsByInvoice(payments: readonly Payment[]): Map<string, Payment[]> {
  const byInvoice = new Map<string, Payment[]>();
  for (const payment of payments) {
    const list = byInvoice.get(payment.invoiceNumber);
    if (list) list.push(payment);
    else byInvoice.set(payment.invoiceNumber, [payment]);
  }
  return byInvoice;
}

/** The invoice with the file's payments applied in file order (those already applied are skipped). */
function settle(invoice: Invoice, payments: readonly Payment[]): Invoice {
  let next = invoice;
  for (const payment of payments) next = applyPayment(next, payment) ?? next;
  return next;
}

/** The file's payments of this invoice that this save applies (to be recorded, and counted). */
function newlyApplied(
  previous: Invoice | null,
  next: Invoice,
  paymentsOf: ReadonlyMap<string, readonly Payment[]>,
): Payment[] {
  const payments = paymentsOf.get(next.number) ?? [];
  return payments.filter(
    (p) => next.appliedPaymentIds.includes(p.id) && !previous?.appliedPaymentIds.includes(p.id),
  );
}

/** The invoices in customer order: the saves of one customer go in one transaction. */
function byCustomer(invoices: readonly ParsedInvoice[]): ParsedInvoice[] {
  return [...invoices].sort((a, b) =>
    a.customerCode < b.customerCode ? -1 : a.customerCode > b.customerCode ? 1 : 0,
  );
}

async function* rowsOf<R>(records: readonly R[]): AsyncGenerator<ValidRow<R>> {
  let line = 0;
  for (const record of records) yield { kind: 'valid', line: ++line, record, warnings: [] };
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
  request: FecImportRequest,
  result: FecImportResult,
  errors: number,
): Promise<void> {
  await stores.journal.append({
    actor: request.actor,
    action: 'import.fec',
    target: { ref: request.fileName },
    details: { counts: result.counts, notices: result.notices.length + result.noticesLeftOut },
    outcome: result.status === 'imported' ? 'ok' : 'refused',
    reason: result.status === 'refused' ? refusedReason(errors) : undefined,
  });
}

export const fecSummary = (result: FecImportResult): string =>
  result.status === 'refused'
    ? fecReport.refused(result.problems.length + result.fileErrors.length)
    : `${fecReport.read(result.lines, result.entries)} ${fecReport.summary(result.counts)}.`;
