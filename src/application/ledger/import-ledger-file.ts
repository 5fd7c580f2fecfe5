/**
 * Imports of accounting exports into the ledger: the use case behind `npm run import`, the demo
 * seed, and anything else (the bot) that receives a file.
 *
 * All or nothing by default: one bad row and nothing is written, the report names every bad line.
 * With `skipInvalid` the valid rows are written and the rejected ones returned as CSV.
 * Re-importing the same file changes nothing. A stale export never reopens an invoice that
 * Relances knows to be paid, written off or at the law firm, and never lowers what was paid.
 */
import { isDeepStrictEqual } from 'node:util';
import { formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import {
  EMPTY_DUNNING,
  applyPayment,
  balanceOf,
  isClosed,
  statusAfterAmounts,
  type Customer,
  type Invoice,
} from '../../domain/ledger';
import { cents, formatEuros, type Cents } from '../../domain/money';
import type { Actor } from '../../domain/journal';
import { importableSteps, type LadderConfig } from '../../domain/ladder';
import { importNotices, refusedReason } from '../../i18n/import-report';
import {
  formatProblems,
  parseImportFile,
  rejectedRowsCsv,
  type ImportKind,
  type ParseReport,
  type ParsedInvoice,
  type RowProblem,
} from '../../import';
import type { Stores } from '../ports';
import type { InvoiceSave, Versioned } from '../ports';
import { carriedReminder, journalCarriedReminders, type CarriedReminder } from './carried-reminders';

export interface ImportRequest {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
  actor: Actor;
  today: CalendarDate;
  /** The configured ladder: which steps an export may say were already sent. */
  ladder: LadderConfig;
  skipInvalid?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportCounts {
  /** Data lines read in the file. */
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
  problems: RowProblem[];
  fileErrors: string[];
  warnings: string[];
  /** Facts the user must know that are not errors (stale export, overpayment…), in French. */
  notices: string[];
  /** The rejected lines with their reasons, when some were skipped. */
  rejectedCsv: string | null;
  /** The French report of the problems (one line each). */
  report: string;
}

export async function importLedgerFile(stores: Stores, request: ImportRequest): Promise<ImportResult> {
  const parsed = await parse(stores, request);
  const invalid = parsed.fileErrors.length > 0 || parsed.problems.length > 0;
  const result: ImportResult = {
    kind: request.kind,
    fileName: request.fileName,
    status: 'imported',
    counts: {
      read: parsed.totalLines,
      valid: parsed.rows.length,
      rejected: parsed.totalLines - parsed.rows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
    },
    problems: parsed.problems,
    fileErrors: parsed.fileErrors,
    warnings: parsed.warnings,
    notices: [],
    rejectedCsv: null,
    report: formatProblems(parsed),
  };

  if (parsed.fileErrors.length > 0 || (invalid && !request.skipInvalid)) {
    result.status = 'refused';
    await journal(stores, request, result);
    return result;
  }
  if (invalid) result.rejectedCsv = rejectedRowsCsv(parsed.text, parsed.problems);

  switch (parsed.kind) {
    case 'customers':
      await writeCustomers(
        stores,
        (parsed as ParseReport<'customers'>).rows.map((r) => r.record),
        result,
        request,
      );
      break;
    case 'invoices':
      await writeInvoices(
        stores,
        (parsed as ParseReport<'invoices'>).rows.map((r) => r.record),
        result,
        request,
      );
      break;
    case 'payments':
      await writePayments(stores, parsed as ParseReport<'payments'>, result, request);
      break;
  }
  await journal(stores, request, result);
  return result;
}

async function parse(stores: Stores, request: ImportRequest): Promise<ParseReport> {
  switch (request.kind) {
    case 'customers':
      return parseImportFile('customers', request.bytes, {});
    case 'invoices': {
      const codes = new Set((await stores.customers.list()).map((c) => c.code));
      return parseImportFile('invoices', request.bytes, {
        knownCustomerCodes: codes,
        steps: importableSteps(request.ladder),
      });
    }
    case 'payments':
      return parseImportFile('payments', request.bytes, {
        knownInvoices: await stores.invoices.listNumberIndex(),
      });
  }
}

async function writeCustomers(
  stores: Stores,
  customers: Customer[],
  result: ImportResult,
  request: ImportRequest,
) {
  const existing = new Map((await stores.customers.list()).map((c) => [c.code, c]));
  const changed = customers.filter((c) => {
    const before = existing.get(c.code);
    if (!before) result.counts.created++;
    else if (isDeepStrictEqual(before, c)) result.counts.unchanged++;
    else result.counts.updated++;
    return !before || !isDeepStrictEqual(before, c);
  });
  await stores.customers.upsertMany(changed);
  request.onProgress?.(customers.length, customers.length);
}

/** The invoice as the ledger should hold it after this export, or null when nothing changes. */
export function mergeImportedInvoice(
  current: Invoice | null,
  row: ParsedInvoice,
  today: CalendarDate,
  notices: string[],
): Invoice | null {
  if (!current) {
    const fresh: Invoice = {
      number: row.number,
      customerCode: row.customerCode,
      issueDate: row.issueDate,
      dueDate: row.dueDate,
      amountExclTax: row.amountExclTax,
      vatAmount: row.vatAmount,
      amountInclTax: row.amountInclTax,
      amountPaid: row.amountPaid,
      currency: 'EUR',
      orderRef: row.orderRef,
      status: 'open',
      dunning: { ...EMPTY_DUNNING, lastStep: row.lastStep, lastStepDate: row.lastStepDate },
      closedOn: null,
      appliedPaymentIds: [],
    };
    const status = statusAfterAmounts(fresh);
    return { ...fresh, status };
  }
  if (current.customerCode !== row.customerCode) {
    notices.push(importNotices.otherCustomer(row.number, current.customerCode, row.customerCode));
    return null;
  }
  const frozen = isClosed(current) || current.status === 'litigation';
  const amountPaid: Cents = cents(Math.max(current.amountPaid, row.amountPaid));
  const base: Invoice = frozen
    ? { ...current, amountPaid }
    : {
        ...current,
        issueDate: row.issueDate,
        dueDate: row.dueDate,
        amountExclTax: row.amountExclTax,
        vatAmount: row.vatAmount,
        amountInclTax: row.amountInclTax,
        amountPaid,
        orderRef: row.orderRef,
        dunning:
          current.dunning.lastStep === null && row.lastStep !== null
            ? { ...current.dunning, lastStep: row.lastStep, lastStepDate: row.lastStepDate }
            : current.dunning,
      };
  const exportShowsDue = statusAfterAmounts({ ...row, status: 'open' }) !== 'paid';
  if (current.status === 'paid' && exportShowsDue) {
    notices.push(importNotices.stillPaid(row.number));
  } else if (current.status === 'litigation' && balanceOf({ ...current, amountPaid }) > 0) {
    if (row.amountInclTax !== current.amountInclTax || row.dueDate !== current.dueDate) {
      notices.push(importNotices.inLitigation(row.number));
    }
  }
  if (row.amountPaid < current.amountPaid) {
    notices.push(
      importNotices.lowerPaid(row.number, formatEuros(row.amountPaid), formatEuros(current.amountPaid)),
    );
  }
  // Paid (even within the tolerance, or marked paid by a user) or written off stays so: an export
  // may add to what was paid, never reopen a closed invoice.
  const status = isClosed(current) ? current.status : statusAfterAmounts(base);
  const next: Invoice = {
    ...base,
    status,
    closedOn: isClosed({ status }) && !isClosed(current) ? today : base.closedOn,
  };
  return isDeepStrictEqual(next, current) ? null : next;
}

async function writeInvoices(
  stores: Stores,
  rows: ParsedInvoice[],
  result: ImportResult,
  request: ImportRequest,
) {
  const customerCodes = [...new Set(rows.map((r) => r.customerCode))];
  const existing = new Map<string, Versioned<Invoice>>();
  await forEachConcurrently(customerCodes, 16, async (code) => {
    for (const v of await stores.invoices.listByCustomerVersioned(code)) existing.set(v.value.number, v);
  });
  // The same number under another customer: found through the number index.
  const numbers = await stores.invoices.listNumberIndex();

  const saves: InvoiceSave[] = [];
  for (const row of rows) {
    let previous = existing.get(row.number) ?? null;
    const elsewhere = numbers.get(row.number);
    if (!previous && elsewhere && elsewhere.customerCode !== row.customerCode) {
      previous = await stores.invoices.getVersioned(elsewhere.customerCode, row.number);
    }
    const next = mergeImportedInvoice(previous?.value ?? null, row, request.today, result.notices);
    if (!next) result.counts.unchanged++;
    else {
      if (previous) result.counts.updated++;
      else result.counts.created++;
      saves.push({ next, previous });
    }
  }

  // Reminders the export says were sent before Relances: into the history, once.
  const carried = saves.map((s) => carriedReminder(s.previous?.value ?? null, s.next));
  const lostNumbers = new Set<string>();
  let done = 0;
  for (let i = 0; i < saves.length; i += 2000) {
    const slice = saves.slice(i, i + 2000);
    const lost = await stores.invoices.saveMany(slice);
    for (const change of lost) lostNumbers.add(change.next.number);
    // Someone changed these invoices since they were read: merge again from a fresh read.
    for (const change of lost) {
      const row = rows.find((r) => r.number === change.next.number)!;
      await stores.invoices.modify(change.next.customerCode, change.next.number, (current) =>
        mergeImportedInvoice(current, row, request.today, []),
      );
    }
    done += slice.length;
    request.onProgress?.(done, saves.length);
  }
  await journalCarriedReminders(
    stores,
    carried.filter((c): c is CarriedReminder => c !== null && !lostNumbers.has(c.invoiceNumber)),
    request,
  );
}

async function writePayments(
  stores: Stores,
  parsed: ParseReport<'payments'>,
  result: ImportResult,
  request: ImportRequest,
) {
  let done = 0;
  const total = parsed.rows.length;
  // Payments of one invoice are applied in file order; different invoices in parallel.
  const byInvoice = new Map<string, typeof parsed.rows>();
  for (const row of parsed.rows)
    byInvoice.set(row.record.invoiceNumber, [...(byInvoice.get(row.record.invoiceNumber) ?? []), row]);
  await forEachConcurrently([...byInvoice.values()], 16, async (rows) => {
    for (const { record: payment } of rows) {
      const isNew = await stores.payments.record(payment);
      let applied = false;
      const after = await stores.invoices.modify(payment.customerCode, payment.invoiceNumber, (current) => {
        const next = applyPayment(current, payment);
        applied = next !== null;
        return next;
      });
      if (applied) result.counts.created++;
      else if (isNew) result.counts.updated++;
      else result.counts.unchanged++;
      if (applied && after && after.amountPaid > after.amountInclTax) {
        result.notices.push(
          importNotices.overpaid(
            payment.invoiceNumber,
            formatEuros(cents(after.amountPaid - after.amountInclTax)),
            formatDateShortFr(payment.date),
          ),
        );
      }
      request.onProgress?.(++done, total);
    }
  });
}

async function journal(stores: Stores, request: ImportRequest, result: ImportResult): Promise<void> {
  await stores.journal.append({
    actor: request.actor,
    action: `import.${request.kind}`,
    target: { ref: request.fileName },
    details: {
      counts: result.counts,
      notices: result.notices.length,
      skipInvalid: request.skipInvalid ?? false,
    },
    outcome: result.status === 'imported' ? 'ok' : 'refused',
    reason:
      result.status === 'refused'
        ? refusedReason(result.problems.length + result.fileErrors.length)
        : undefined,
  });
}

async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}
