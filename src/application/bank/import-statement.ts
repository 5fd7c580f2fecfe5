/**
 * `npm run import -- releve <fichier>` and any other way a statement arrives: the statement is
 * read whole first (all or nothing: one malformed entry and nothing is written, the report names
 * its line), then each credit is matched to open invoices (./matching.ts). Confident matches are
 * applied as payments in batches (./apply-payments.ts): one payment per invoice paid, its id from
 * the bank's entry reference + account + transaction index + invoice, so that importing the
 * statement again changes nothing; each is journaled with its statement line (journal entries
 * written in batches too). The other credits go to « Paiements à rapprocher » on the day card.
 * Debits and credits nothing links to a customer are counted and left alone. Every line is
 * remembered once seen.
 *
 * Through faults: the matched lines are first marked `applying` with their allocations, under the
 * import's run id; then the payments, the journal, the pending credits, the other lines' marks, and
 * the run marked done (its lines then read `applied`). An import that stops
 * midway is finished by the next import of the same statement: an `applying` line gets the same
 * payments again (no-ops where written) and its journal entry only if it has none.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { CalendarDate } from '../../domain/calendar-date';
import type { Actor } from '../../domain/journal';
import { balanceOf, isClosed, type Payment } from '../../domain/ledger';
import { cents, formatEuros, type Cents } from '../../domain/money';
import { statementErrors, statementReport } from '../../i18n/bank';
import { CappedList } from '../../import';
import { readStatement, type StatementFormat, type StatementLine } from '../../import/bank';
import type { LineApplication, PendingCredit, SeenStatementLine, Stores } from '../ports';
import { forEachConcurrently, settledTogether } from '../ledger/concurrently';
import type { WriteOutcome } from '../ledger/import-writing';
import { applyPaymentsInBatches } from './apply-payments';
import { CreditMatcher, type Allocation } from './matching';

export type StatementStores = Pick<Stores, 'customers' | 'invoices' | 'payments' | 'journal' | 'bank'> &
  Partial<Pick<Stores, 'lateFees'>>;

export interface StatementImportRequest {
  fileName: string;
  actor: Actor;
  today: CalendarDate;
  /** The statement's bytes, or a way to read it in chunks from its start. */
  file: { bytes: Uint8Array } | { open: () => AsyncIterable<Uint8Array> };
  onProgress?: (done: number, total: number) => void;
}

export interface StatementCounts {
  lines: number;
  matched: number;
  matchedAmount: Cents;
  proposed: number;
  proposedAmount: Cents;
  already: number;
  debits: number;
  debitAmount: Cents;
  others: number;
  otherAmount: Cents;
}

export interface StatementImportResult {
  kind: 'statement';
  fileName: string;
  format: StatementFormat | null;
  status: 'imported' | 'refused';
  errors: string[];
  errorsLeftOut: number;
  counts: StatementCounts;
  /** Facts worth knowing (overpayments), in French. */
  notices: string[];
  /** The report in French, one line each. */
  report: string;
}

/** A statement line's identity: the bank's entry reference, the account, the transaction's rank. */
export function statementLineKey(line: Pick<StatementLine, 'account' | 'entryRef' | 'txIndex'>): string {
  return `${line.account}|${line.entryRef}|${line.txIndex}`;
}

/** The payment a line makes to one invoice: the same every time the statement is imported. */
export function statementPaymentId(lineKey: string, invoiceNumber: string): string {
  return createHash('sha256').update(`bank|${lineKey}|${invoiceNumber}`, 'utf8').digest('hex');
}

const CHUNK = 64 * 1024;
const REMITTANCE_KEPT = 140;

export async function importStatement(
  stores: StatementStores,
  request: StatementImportRequest,
): Promise<StatementImportResult> {
  // What matching needs is read while the statement is parsed (the storage works meanwhile); a
  // refused statement only wasted these reads, nothing is written before the parse succeeded.
  const reading = Promise.all([
    stores.invoices.listOpen(),
    stores.customers.list(),
    stores.bank.learnedIbans(),
  ]);
  reading.catch(() => undefined);
  const parsed = await readStatement(chunksOf(request.file));
  const counts: StatementCounts = {
    lines: parsed.lines.length,
    matched: 0,
    matchedAmount: cents(0),
    proposed: 0,
    proposedAmount: cents(0),
    already: 0,
    debits: 0,
    debitAmount: cents(0),
    others: 0,
    otherAmount: cents(0),
  };
  const result: StatementImportResult = {
    kind: 'statement',
    fileName: request.fileName,
    format: parsed.errors.length > 0 && parsed.lines.length === 0 ? null : parsed.format,
    status: 'imported',
    errors: parsed.errors,
    errorsLeftOut: parsed.errorsLeftOut,
    counts,
    notices: [],
    report: '',
  };
  if (parsed.errors.length > 0) {
    result.status = 'refused';
    result.report = refusedReport(result);
    await journalImport(stores, request, result);
    return result;
  }

  const [open, customers, ibans] = await reading;
  const matcher = new CreditMatcher(
    open
      .filter((i) => !isClosed(i))
      .map((i) => ({
        number: i.number,
        customerCode: i.customerCode,
        balance: balanceOf(i),
        dueDate: i.dueDate,
      })),
    customers,
    ibans,
  );
  const seen = new Map<string, SeenStatementLine>();
  const byAccount = new Map<string, Set<string>>();
  for (const line of parsed.lines) {
    const months = byAccount.get(line.account) ?? new Set<string>();
    months.add(line.bookingDate.slice(0, 7));
    byAccount.set(line.account, months);
  }
  for (const [account, months] of byAccount)
    for (const [key, mark] of await stores.bank.seenLines(account, [...months])) seen.set(key, mark);

  const payments: Payment[] = [];
  const applied: AppliedLine[] = [];
  /** Lines an earlier import left `applying` (it stopped midway): finished with the same payments. */
  const resumed: AppliedLine[] = [];
  const pending: PendingCredit[] = [];
  const marks: SeenStatementLine[] = [];
  const learned = new Map<string, string>();
  const inFile = new Set<string>();
  for (const line of parsed.lines) {
    const key = statementLineKey(line);
    if (inFile.has(key)) {
      counts.already++;
      continue;
    }
    inFile.add(key);
    const month = line.bookingDate.slice(0, 7);
    const earlier = seen.get(key);
    if (earlier?.status === 'applying' && earlier.application) {
      const application = earlier.application;
      counts.matched++;
      counts.matchedAmount = cents(counts.matchedAmount + line.amount);
      matcher.consume(application.allocations);
      for (const a of application.allocations) payments.push(paymentOf(line, key, a));
      resumed.push({ key, account: line.account, month, application });
      continue;
    }
    if (earlier) {
      counts.already++;
      continue;
    }
    const mark = (status: SeenStatementLine['status']) =>
      marks.push({ key, account: line.account, month, status });
    const outcome = matcher.match(line);
    switch (outcome.kind) {
      case 'debit':
        counts.debits++;
        counts.debitAmount = cents(counts.debitAmount + line.amount);
        mark('ignored');
        break;
      case 'other':
        counts.others++;
        counts.otherAmount = cents(counts.otherAmount + line.amount);
        mark('ignored');
        break;
      case 'matched': {
        counts.matched++;
        counts.matchedAmount = cents(counts.matchedAmount + line.amount);
        matcher.consume(outcome.allocations);
        for (const a of outcome.allocations) payments.push(paymentOf(line, key, a));
        applied.push({
          key,
          account: line.account,
          month,
          application: {
            entryRef: line.entryRef,
            bookingDate: line.bookingDate,
            amount: line.amount,
            payerName: line.payerName,
            payerIban: line.payerIban,
            remittance: remittanceOf(line),
            evidence: outcome.evidence,
            allocations: outcome.allocations,
          },
        });
        // The payer's account is learned from a match that did not rest on it.
        if (line.payerIban && !outcome.evidence.includes('iban') && !ibans.has(line.payerIban)) {
          learned.set(line.payerIban, outcome.customerCode);
          ibans.set(line.payerIban, outcome.customerCode);
        }
        // Marked `applying` first, then done with its run (below): no mark of its own here.
        break;
      }
      case 'proposed':
        counts.proposed++;
        counts.proposedAmount = cents(counts.proposedAmount + line.amount);
        pending.push({
          key,
          account: line.account,
          entryRef: line.entryRef,
          txIndex: line.txIndex,
          bookingDate: line.bookingDate,
          amount: line.amount,
          payerName: line.payerName,
          payerIban: line.payerIban,
          remittance: remittanceOf(line),
          customerCode: outcome.customerCode,
          candidates: outcome.candidates.map((c) => ({
            customerCode: c.customerCode,
            allocations: c.allocations,
          })),
          fileName: request.fileName,
          importedOn: request.today,
          status: 'pending',
        });
        mark('pending');
        break;
    }
  }

  // 1. The matched lines marked `applying` with what they do, under this import's run: a crash from
  //    here on is finished by the next import of the statement (the same payments, not a new
  //    match). The lines resumed from an earlier import are marked again under this run, so that
  //    this run's completion covers them and no line of the earlier run it did not resume.
  //    The invoices to pay are read meanwhile (issue 19: the storage works during the mark); nothing
  //    is written before the mark is stored, nor at all if it fails.
  const run = randomUUID();
  const marked = stores.bank.markSeen(
    [...applied, ...resumed].map((a): SeenStatementLine => ({ ...lineOf(a), status: 'applying', run })),
  );
  marked.catch(() => undefined);
  // 2. The payments (idempotent by their ids) and the journal entries, one per line applied — a
  //    resumed line keeps the one it may already have. Independent writes, done side by side so
  //    that the storage always has work (issue 19): a crash in either leaves the lines
  //    `applying`, and the next import writes again the payments (no-ops where written) and only
  //    the entries still missing.
  const notices = new CappedList<string>(50);
  const outcome: WriteOutcome = {
    counts: { created: 0, updated: 0, unchanged: 0 },
    notices,
    progress: (done) => request.onProgress?.(done, payments.length),
  };
  await settledTogether([
    applyPaymentsInBatches(stores, payments, outcome, {
      knownCustomers: customers.map((c) => c.code),
      writable: marked,
    }),
    (async () => {
      // 3. One journal entry per line applied; a resumed line keeps the one it may already have.
      await marked;
      const toJournal = [...applied, ...(await notJournaledYet(stores, resumed))];
      await stores.journal.appendMany(
        toJournal.map(({ key, application: a }) => matchedEntry(request, key, a)),
      );
    })(),
  ]);
  // 4. The credits for the controller and the IBANs learned (side by side), then every other line
  //    marked as seen — a line proposed is marked once its credit is stored, never before — and
  //    this run done: its `applying` lines read as applied from then on (one row per account and
  //    month, not a rewrite of every line).
  await settledTogether([
    stores.bank.addPending(pending),
    learned.size > 0
      ? stores.bank.learnIbans([...learned].map(([iban, customerCode]) => ({ iban, customerCode })))
      : Promise.resolve(),
  ]);
  await stores.bank.markSeen(marks);
  await stores.bank.completeRun(run, [...applied, ...resumed]);
  result.notices = notices.items;
  result.report = importedReport(result);
  await journalImport(stores, request, result);
  return result;
}

function matchedEntry(request: StatementImportRequest, key: string, a: LineApplication) {
  return {
    actor: request.actor,
    action: 'bank.matched',
    target: {
      invoiceNumbers: a.allocations.map((x) => x.invoiceNumber),
      customerCodes: [...new Set(a.allocations.map((x) => x.customerCode))],
      ref: request.fileName,
    },
    details: {
      line: key,
      bookingDate: a.bookingDate,
      amount: a.amount,
      payer: a.payerName,
      remittance: a.remittance,
      evidence: a.evidence,
      allocations: a.allocations.map((x) => ({ invoice: x.invoiceNumber, amount: x.amount })),
    },
    outcome: 'ok' as const,
  };
}

interface AppliedLine {
  key: string;
  account: string;
  month: string;
  application: LineApplication;
}

const lineOf = (a: AppliedLine) => ({
  key: a.key,
  account: a.account,
  month: a.month,
  application: a.application,
});

/** The resumed lines whose « bank.matched » entry the interrupted import did not write. */
async function notJournaledYet(
  stores: Pick<Stores, 'journal'>,
  lines: readonly AppliedLine[],
): Promise<AppliedLine[]> {
  const out: AppliedLine[] = [];
  await forEachConcurrently(lines, 8, async (line) => {
    const first = line.application.allocations[0];
    if (!first) return;
    const entries = await stores.journal.listForInvoice(first.invoiceNumber);
    if (!entries.some((e) => e.action === 'bank.matched' && e.details?.['line'] === line.key)) out.push(line);
  });
  return out;
}

function paymentOf(
  line: Pick<StatementLine, 'bookingDate' | 'entryRef'>,
  key: string,
  allocation: Pick<Allocation, 'invoiceNumber' | 'customerCode' | 'amount'>,
): Payment {
  return {
    id: statementPaymentId(key, allocation.invoiceNumber),
    invoiceNumber: allocation.invoiceNumber,
    customerCode: allocation.customerCode,
    date: line.bookingDate,
    amount: allocation.amount,
    method: 'virement',
    reference: line.entryRef.slice(0, 100),
  };
}

/** What the payer wrote, on one line, shortened for the card. */
export function remittanceOf(line: Pick<StatementLine, 'remittance' | 'references' | 'endToEndId'>): string {
  const parts = [...new Set([...line.remittance, ...line.references])];
  const text = parts.join(' · ').replace(/\s+/g, ' ').trim();
  return text.length > REMITTANCE_KEPT ? `${text.slice(0, REMITTANCE_KEPT - 1)}…` : text;
}

function chunksOf(file: StatementImportRequest['file']): AsyncIterable<Uint8Array> {
  if ('open' in file) return file.open();
  const { bytes } = file;
  return (async function* () {
    for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
  })();
}

function refusedReport(result: StatementImportResult): string {
  return [
    statementReport.refused(result.errors.length + result.errorsLeftOut),
    ...result.errors.map((e) => `- ${e}`),
    ...(result.errorsLeftOut > 0 ? [`- ${statementErrors.more(result.errorsLeftOut)}`] : []),
  ].join('\n');
}

function importedReport(result: StatementImportResult): string {
  const c = result.counts;
  const lines = [
    statementReport.title(result.fileName),
    `- ${statementReport.matched(c.matched, formatEuros(c.matchedAmount))}`,
    `- ${statementReport.proposed(c.proposed, formatEuros(c.proposedAmount))}`,
    `- ${statementReport.debits(c.debits, formatEuros(c.debitAmount))}`,
    `- ${statementReport.others(c.others, formatEuros(c.otherAmount))}`,
  ];
  if (c.already > 0) lines.push(`- ${statementReport.already(c.already)}`);
  for (const notice of result.notices) lines.push(`- ${notice}`);
  return lines.join('\n');
}

async function journalImport(
  stores: StatementStores,
  request: StatementImportRequest,
  result: StatementImportResult,
): Promise<void> {
  await stores.journal.append({
    actor: request.actor,
    action: 'import.statement',
    target: { ref: request.fileName },
    details: { format: result.format, counts: result.counts },
    outcome: result.status === 'imported' ? 'ok' : 'refused',
    reason:
      result.status === 'refused'
        ? statementReport.refused(result.errors.length + result.errorsLeftOut)
        : undefined,
  });
}
