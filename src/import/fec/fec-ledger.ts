/**
 * A FEC's lines → the receivables ledger: customers, invoices, payments. Pure.
 *
 * - **Customers**: the lines on a customer account (`411…`); the customer is the auxiliary account
 *   (`CompAuxNum` / `CompAuxLib`) when there is one, else the `411…` account itself.
 * - **Invoices**: a customer debit in an entry that credits sales (`7…`) — whatever the journal's
 *   code (VT, VE, VTE, 70…); and a customer debit of an opening entry (à-nouveaux, the invoices
 *   still open from the year before). Number: `PieceRef` (else the entry number); issue date:
 *   `PieceDate` (else `EcritureDate`); amount incl. tax: the customer debit; excl. tax: the sales
 *   credits. The FEC has no due date: it is the issue date plus the customer's payment terms.
 * - **Payments**: a customer credit — a settlement (against a bank `51…` or cash `53…` account), a
 *   credit note (against sales, `7…` debited), or another entry — applied to invoices:
 *   - lettered: to the invoices of the same letter on the same account, oldest first; a total
 *     lettering (upper case) whose settlement is not in the file (an earlier year) pays the
 *     invoice's rest on `DateLet`; a partial lettering (lower case, the Sage / EBP convention)
 *     pays only what the file shows;
 *   - not lettered: to the customer's invoice its reference or label names, else to its oldest
 *     unlettered open invoice (article 1342-10 du Code civil: failing an indication, payment goes
 *     to the debt due the longest).
 * - Every entry must balance (total debit = total credit): an entry that does not is an error on
 *   its lines, and the file is refused.
 *
 * Memory: one small record per entry and per customer line — a FEC of 100,000 lines holds a few
 * tens of megabytes at most.
 */
import { createHash } from 'node:crypto';
import { addDays, formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import type { Customer, Payment } from '../../domain/ledger';
import { cents, formatEuros } from '../../domain/money';
import { fecErrors, fecMethods, fecNotices } from '../../i18n/fec';
import type { ParsedInvoice } from '../invoice-rows';
import { WHOLE_LINE, type RowProblem } from '../row-reader';
import type { FecLine } from './fec-lines';

interface CustomerLine {
  line: number;
  /** Index among the entry's customer lines: with the entry, what identifies a payment. */
  index: number;
  code: string;
  debit: number;
  credit: number;
  pieceRef: string;
  pieceDate: CalendarDate | null;
  entryDate: CalendarDate;
  /** Kept for an unlettered credit only (empty otherwise). */
  label: string;
  letter: string;
  letterDate: CalendarDate | null;
}

interface Entry {
  journal: string;
  entryNum: string;
  lines: number[];
  lineCount: number;
  debit: number;
  credit: number;
  salesCredit: number;
  salesDebit: number;
  bank: boolean;
  cash: boolean;
  opening: boolean;
  customerLines: CustomerLine[];
}

export interface FecLedger {
  /** Entries that do not balance: the file must be refused. */
  problems: RowProblem[];
  /** The problem of each unbalanced entry, by `entryKey`. */
  unbalanced: Map<string, RowProblem>;
  entries: number;
  customers: Customer[];
  invoices: ParsedInvoice[];
  payments: Payment[];
  notices: string[];
}

/** What the builder needs to know of the ledger: each customer's payment terms (days). */
export interface FecContext {
  termsOf(customerCode: string): number;
}

/** Lines kept to name an entry's lines in an error. */
const NAMED_LINES = 6;

/** An entry: its journal and number (numbers may repeat from one journal to another). */
export const entryKey = (line: Pick<FecLine, 'journal' | 'entryNum'>): string =>
  `${line.journal}\u0000${line.entryNum}`;

export const isCustomerAccount = (account: string): boolean => account.startsWith('411');
const isSales = (account: string) => account.startsWith('7');
const isBank = (account: string) => account.startsWith('51');
const isCash = (account: string) => account.startsWith('53');
/** Opening entries: the « à-nouveaux » journal, or the balance-brought-forward account 890. */
const isOpeningJournal = (journal: string) => /^(A-?N|RAN|ANO?|OUV|REPORT)/i.test(journal);
const isOpeningAccount = (account: string) => account.startsWith('890');

/** A lettering in lower case is partial (Sage, EBP); upper case or digits, total. */
const isPartialLetter = (letter: string) => letter !== letter.toUpperCase();

export class FecLedgerBuilder {
  private readonly entries = new Map<string, Entry>();
  private readonly names = new Map<string, string>();

  add(line: FecLine): void {
    const key = entryKey(line);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        journal: line.journal,
        entryNum: line.entryNum,
        lines: [],
        lineCount: 0,
        debit: 0,
        credit: 0,
        salesCredit: 0,
        salesDebit: 0,
        bank: false,
        cash: false,
        opening: isOpeningJournal(line.journal),
        customerLines: [],
      };
      this.entries.set(key, entry);
    }
    if (entry.lines.length < NAMED_LINES) entry.lines.push(line.line);
    entry.lineCount++;
    entry.debit += line.debit;
    entry.credit += line.credit;
    if (isSales(line.account)) {
      entry.salesCredit += line.credit;
      entry.salesDebit += line.debit;
    }
    if (isBank(line.account)) entry.bank = true;
    if (isCash(line.account)) entry.cash = true;
    if (isOpeningAccount(line.account)) entry.opening = true;
    if (isCustomerAccount(line.account)) {
      const code = line.auxNum || line.account;
      if (!this.names.has(code)) this.names.set(code, line.auxLabel || line.accountLabel || code);
      entry.customerLines.push({
        line: line.line,
        index: entry.customerLines.length,
        code,
        debit: line.debit,
        credit: line.credit,
        pieceRef: line.pieceRef,
        pieceDate: line.pieceDate,
        entryDate: line.entryDate,
        // Only an unlettered credit's label is read (the invoice it names): the others are not kept.
        label: line.credit > 0 && line.letter === '' ? line.label : '',
        letter: line.letter,
        letterDate: line.letterDate,
      });
    }
  }

  /** The ledger of the lines added. Once only: the entries are released. */
  finish(context: FecContext): FecLedger {
    const problems: RowProblem[] = [];
    const unbalanced = new Map<string, RowProblem>();
    for (const [key, entry] of this.entries) {
      if (entry.debit !== entry.credit) {
        const problem: RowProblem = {
          line: entry.lines[0]!,
          column: WHOLE_LINE,
          value: entry.entryNum,
          reason: fecErrors.unbalanced(
            entry.journal,
            entry.entryNum,
            formatEuros(cents(entry.debit)),
            formatEuros(cents(entry.credit)),
            fecErrors.entryLines(entry.lines, entry.lineCount),
          ),
        };
        problems.push(problem);
        unbalanced.set(key, problem);
      }
    }
    const notices: string[] = [];
    const customers = [...this.names].map(([code, name]) => fecCustomer(code, name, context.termsOf(code)));
    if (problems.length > 0) {
      return {
        problems,
        unbalanced,
        entries: this.entries.size,
        customers: [],
        invoices: [],
        payments: [],
        notices,
      };
    }

    // Invoices and credits, per customer.
    const invoices = new Map<string, OpenInvoice>();
    const credits = new Map<string, Credit[]>();
    let otherDebits = 0;
    for (const entry of this.entries.values()) {
      const customerDebit = entry.customerLines.reduce((sum, l) => sum + l.debit, 0);
      const salesExclTax = entry.salesCredit - entry.salesDebit;
      for (const l of entry.customerLines) {
        if (l.debit > 0) {
          if (salesExclTax > 0 || entry.opening) {
            const exclTax =
              entry.opening && salesExclTax <= 0
                ? l.debit
                : Math.min(l.debit, Math.round((salesExclTax * l.debit) / customerDebit));
            addInvoice(invoices, entry, l, exclTax, context);
          } else otherDebits++;
        }
        if (l.credit > 0) {
          const method =
            entry.salesDebit > 0
              ? fecMethods.creditNote
              : entry.bank
                ? fecMethods.bank
                : entry.cash
                  ? fecMethods.cash
                  : fecMethods.other;
          const list = credits.get(l.code) ?? [];
          list.push({ entry, line: l, amount: l.credit, method });
          credits.set(l.code, list);
        }
      }
    }
    if (otherDebits > 0) notices.push(fecNotices.otherDebit(otherDebits));

    const payments: Payment[] = [];
    const byCustomer = new Map<string, OpenInvoice[]>();
    for (const invoice of invoices.values()) {
      const list = byCustomer.get(invoice.row.customerCode) ?? [];
      list.push(invoice);
      byCustomer.set(invoice.row.customerCode, list);
    }
    const codes = new Set([...byCustomer.keys(), ...credits.keys()]);
    for (const code of codes) {
      allocate(byCustomer.get(code) ?? [], credits.get(code) ?? [], payments, notices);
    }
    const entries = this.entries.size;
    // The entries are not needed once the ledger is built: released before the writing starts.
    this.entries.clear();
    this.names.clear();
    return {
      problems,
      unbalanced,
      entries,
      customers,
      invoices: [...invoices.values()].map((i) => i.row),
      payments,
      notices,
    };
  }
}

interface OpenInvoice {
  row: ParsedInvoice;
  letter: string;
  letterDate: CalendarDate | null;
  /** What the file's credits leave to pay. */
  rest: number;
}

interface Credit {
  entry: Entry;
  line: CustomerLine;
  amount: number;
  method: string;
}

function addInvoice(
  invoices: Map<string, OpenInvoice>,
  entry: Entry,
  l: CustomerLine,
  exclTax: number,
  context: FecContext,
): void {
  const base = l.pieceRef || entry.entryNum;
  const taken = invoices.get(base);
  // The same piece on one customer's account twice (an invoice in two lines) is one invoice.
  if (taken && taken.row.customerCode === l.code) {
    const amountInclTax = cents(taken.row.amountInclTax + l.debit);
    const amountExclTax = cents(taken.row.amountExclTax + exclTax);
    taken.row = {
      ...taken.row,
      amountInclTax,
      amountExclTax,
      vatAmount: cents(amountInclTax - amountExclTax),
    };
    taken.rest += l.debit;
    return;
  }
  const number = taken ? `${base}-${l.code}` : base;
  const issueDate = l.pieceDate ?? l.entryDate;
  invoices.set(number, {
    row: {
      number,
      customerCode: l.code,
      issueDate,
      dueDate: addDays(issueDate, context.termsOf(l.code)),
      amountExclTax: cents(exclTax),
      vatAmount: cents(l.debit - exclTax),
      amountInclTax: cents(l.debit),
      amountPaid: cents(0),
      currency: 'EUR',
      orderRef: null,
      deliveryRef: null,
      lastStep: null,
      lastStepDate: null,
    },
    letter: l.letter,
    letterDate: l.letterDate,
    rest: l.debit,
  });
}

const byAge = (a: OpenInvoice, b: OpenInvoice) =>
  a.row.issueDate < b.row.issueDate
    ? -1
    : a.row.issueDate > b.row.issueDate
      ? 1
      : a.row.number.localeCompare(b.row.number);
const creditDate = (c: Credit) => c.line.entryDate;

/** One customer's credits onto its invoices (see the module's comment). */
function allocate(invoices: OpenInvoice[], credits: Credit[], payments: Payment[], notices: string[]): void {
  invoices.sort(byAge);
  const sortedCredits = [...credits].sort((a, b) =>
    creditDate(a) < creditDate(b) ? -1 : creditDate(a) > creditDate(b) ? 1 : a.line.line - b.line.line,
  );
  const lettered = new Map<string, OpenInvoice[]>();
  const unlettered: OpenInvoice[] = [];
  for (const invoice of invoices) {
    if (invoice.letter === '') unlettered.push(invoice);
    else lettered.set(invoice.letter, [...(lettered.get(invoice.letter) ?? []), invoice]);
  }
  for (const credit of sortedCredits) {
    let left = credit.amount;
    const pay = (invoice: OpenInvoice) => {
      const amount = Math.min(left, invoice.rest);
      if (amount <= 0) return;
      payments.push(creditPayment(credit, invoice.row, amount));
      invoice.rest -= amount;
      left -= amount;
    };
    if (credit.line.letter !== '') {
      for (const invoice of lettered.get(credit.line.letter) ?? []) pay(invoice);
    } else {
      const text = `${credit.line.pieceRef} ${credit.line.label}`;
      const named = unlettered.find((i) => i.rest > 0 && namesInvoice(text, i.row.number));
      if (named) pay(named);
      for (const invoice of unlettered) {
        if (left <= 0) break;
        if (invoice.rest <= 0) continue;
        notices.push(
          fecNotices.unletteredApplied(credit.line.pieceRef || credit.entry.entryNum, invoice.row.number),
        );
        pay(invoice);
      }
    }
    if (left > 0) {
      notices.push(
        fecNotices.unapplied(credit.line.pieceRef || credit.entry.entryNum, formatEuros(cents(left))),
      );
    }
  }
  // A total lettering whose settlement the file does not hold (an earlier year): paid on DateLet.
  for (const invoice of invoices) {
    if (invoice.letter === '' || isPartialLetter(invoice.letter) || invoice.rest <= 0 || !invoice.letterDate)
      continue;
    payments.push({
      id: hash(`fec-lettrage|${invoice.row.customerCode}|${invoice.letter}|${invoice.row.number}`),
      invoiceNumber: invoice.row.number,
      customerCode: invoice.row.customerCode,
      date: invoice.letterDate,
      amount: cents(invoice.rest),
      method: fecMethods.lettering,
      reference: invoice.letter,
    });
    notices.push(fecNotices.letteredAtDate(invoice.row.number, formatDateShortFr(invoice.letterDate)));
    invoice.rest = 0;
  }
}

function creditPayment(credit: Credit, invoice: ParsedInvoice, amount: number): Payment {
  return {
    // The entry and the line's place in it: the same line exported again is the same payment.
    id: hash(`fec|${credit.entry.journal}|${credit.entry.entryNum}|${credit.line.index}|${invoice.number}`),
    invoiceNumber: invoice.number,
    customerCode: invoice.customerCode,
    date: credit.line.entryDate,
    amount: cents(amount),
    method: credit.method,
    reference: credit.line.pieceRef || credit.entry.entryNum,
  };
}

/** The invoice number as a whole token of the text (« Règlement F2026-1042 », not « F2026-10421 »). */
function namesInvoice(text: string, number: string): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, 'i').test(text);
}

function hash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * A customer as the FEC knows it: its code and name. No address, no e-mail (the customers file
 * completes them); the default risk, type and the payment terms given.
 */
export function fecCustomer(code: string, name: string, paymentTermsDays: number): Customer {
  return {
    code,
    legalName: name,
    siren: null,
    address: { lines: [], postalCode: '', city: '', country: 'FR' },
    billingEmails: [],
    phone: null,
    salesRepEmail: null,
    risk: 'moderate',
    type: 'B2B',
    paymentTermsDays,
    contractualPenaltyRateBp: null,
  };
}

/** Whether a customer lacks what letters and e-mails need (a customer created from a FEC). */
export function missingContactDetails(customer: Customer): { address: boolean; email: boolean } {
  return {
    address: customer.address.lines.length === 0 || customer.address.city === '',
    email: customer.billingEmails.length === 0,
  };
}
