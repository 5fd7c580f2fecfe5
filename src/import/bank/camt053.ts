/**
 * CAMT.053 (ISO 20022 « Bank to Customer Statement », `urn:iso:std:iso:20022:tech:xsd:camt.053.001.0x`:
 * the end-of-day statement French banks deliver through EBICS), read as a stream with saxes: the
 * file is never held whole, each entry (`Ntry`) becomes one line per transaction (`TxDtls`).
 * Versions 001.02 to 001.08+ share what is read here; 001.08 nests the debtor's name under `Pty`.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CalendarDate } from '../../domain/calendar-date';
import { cents, type Cents } from '../../domain/money';
import { statementErrors } from '../../i18n/bank';
import { decimalToCents, isoDate } from './amounts';
import { ErrorList, type ParsedStatement, type StatementLine } from './statement';

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}$/;

interface Tx {
  line: number;
  amount: string | null;
  amountLine: number;
  direction: string | null;
  endToEndId: string | null;
  remittance: string[];
  references: string[];
  payerName: string | null;
  payerIban: string | null;
}

interface Entry {
  line: number;
  amount: string | null;
  amountLine: number;
  currency: string;
  direction: string | null;
  bookingDate: string | null;
  valueDate: string | null;
  servicerRef: string | null;
  entryRef: string | null;
  info: string | null;
  txs: Tx[];
}

const newTx = (line: number): Tx => ({
  line,
  amount: null,
  amountLine: line,
  direction: null,
  endToEndId: null,
  remittance: [],
  references: [],
  payerName: null,
  payerIban: null,
});

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses CAMT.053 text given in chunks; `result()` after the last one. */
export class Camt053Parser {
  private readonly sax = new SaxesParser({ position: true });
  private readonly path: string[] = [];
  private text = '';
  private account = '';
  private entry: Entry | null = null;
  private tx: Tx | null = null;
  private entries = 0;
  private rootChecked = false;
  private failed = false;
  private readonly lines: StatementLine[] = [];
  private readonly errors = new ErrorList();
  /** Set when the file is not a CAMT.053 statement at all. */
  notAStatement: string | null = null;

  constructor() {
    this.sax.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.sax.on('text', (t) => (this.text += t));
    this.sax.on('cdata', (t) => (this.text += t));
    this.sax.on('closetag', () => this.close());
    this.sax.on('error', (error) => {
      if (!this.failed) this.errors.add(statementErrors.badXml(this.sax.line, error.message.split('\n')[0]!));
      this.failed = true;
    });
  }

  write(chunk: string): void {
    if (this.failed || this.notAStatement) return;
    try {
      this.sax.write(chunk);
    } catch {
      this.failed = true;
    }
  }

  result(): ParsedStatement {
    if (!this.failed && !this.notAStatement) {
      try {
        this.sax.close();
      } catch {
        this.failed = true;
      }
    }
    if (!this.rootChecked && !this.notAStatement && this.errors.items.length === 0)
      this.notAStatement = statementErrors.notAStatement;
    if (!this.notAStatement && this.entries === 0 && this.errors.items.length === 0)
      this.errors.add(statementErrors.empty);
    return {
      format: 'camt053',
      lines: this.lines,
      errors: this.notAStatement ? [this.notAStatement] : this.errors.items,
      errorsLeftOut: this.errors.leftOut,
    };
  }

  private open(tag: SaxesTagPlain): void {
    const name = local(tag.name);
    this.path.push(name);
    this.text = '';
    if (!this.rootChecked) {
      this.rootChecked = true;
      const ns = Object.entries(tag.attributes).find(([k]) => k === 'xmlns' || k.startsWith('xmlns:'))?.[1];
      if (name !== 'Document' || typeof ns !== 'string' || !NAMESPACE.test(ns)) {
        this.notAStatement =
          name === 'Document'
            ? statementErrors.notCamt053(String(ns ?? name))
            : statementErrors.notCamt053(name);
      }
      return;
    }
    if (name === 'Ntry' && this.parent(1) === 'Stmt') {
      this.entries++;
      this.entry = {
        line: this.sax.line,
        amount: null,
        amountLine: this.sax.line,
        currency: 'EUR',
        direction: null,
        bookingDate: null,
        valueDate: null,
        servicerRef: null,
        entryRef: null,
        info: null,
        txs: [],
      };
    } else if (name === 'TxDtls' && this.entry) {
      this.tx = newTx(this.sax.line);
    } else if (name === 'Amt' && this.entry && !this.tx && this.parent(1) === 'Ntry') {
      const ccy = tag.attributes.Ccy;
      if (typeof ccy === 'string') this.entry.currency = ccy;
    }
  }

  /** The name `depth` levels above the current element (0 = the element itself). */
  private parent(depth: number): string | undefined {
    return this.path[this.path.length - 1 - depth];
  }

  private endsWith(...names: string[]): boolean {
    if (this.path.length < names.length) return false;
    return names.every((n, i) => this.path[this.path.length - names.length + i] === n);
  }

  private close(): void {
    const value = this.text.trim();
    this.text = '';
    const name = this.path[this.path.length - 1];
    const entry = this.entry;
    const tx = this.tx;
    if (this.endsWith('Stmt', 'Acct', 'Id', 'IBAN')) this.account = value;
    else if (tx) {
      if (name === 'TxDtls') {
        entry?.txs.push(tx);
        this.tx = null;
      } else if (this.endsWith('Refs', 'EndToEndId'))
        tx.endToEndId = value && value !== 'NOTPROVIDED' ? value : null;
      else if (this.endsWith('TxAmt', 'Amt') || this.endsWith('TxDtls', 'Amt')) {
        tx.amount = value;
        tx.amountLine = this.sax.line;
      } else if (this.endsWith('TxDtls', 'CdtDbtInd')) tx.direction = value;
      else if (this.endsWith('RltdPties', 'Dbtr', 'Nm') || this.endsWith('RltdPties', 'Dbtr', 'Pty', 'Nm'))
        tx.payerName = value || null;
      else if (this.endsWith('RltdPties', 'DbtrAcct', 'Id', 'IBAN'))
        tx.payerIban = value.replace(/\s+/g, '').toUpperCase() || null;
      else if (this.endsWith('RmtInf', 'Ustrd')) {
        if (value) tx.remittance.push(value);
      } else if (this.endsWith('CdtrRefInf', 'Ref')) {
        if (value) tx.references.push(value);
      }
    } else if (entry) {
      if (name === 'Ntry' && this.parent(1) === 'Stmt') {
        this.finish(entry);
        this.entry = null;
      } else if (this.endsWith('Ntry', 'Amt')) {
        entry.amount = value;
        entry.amountLine = this.sax.line;
      } else if (this.endsWith('Ntry', 'CdtDbtInd')) entry.direction = value;
      else if (this.endsWith('BookgDt', 'Dt') || this.endsWith('BookgDt', 'DtTm')) entry.bookingDate = value;
      else if (this.endsWith('ValDt', 'Dt') || this.endsWith('ValDt', 'DtTm')) entry.valueDate = value;
      else if (this.endsWith('Ntry', 'AcctSvcrRef')) entry.servicerRef = value || null;
      else if (this.endsWith('Ntry', 'NtryRef')) entry.entryRef = value || null;
      else if (this.endsWith('Ntry', 'AddtlNtryInf')) entry.info = value || null;
    }
    this.path.pop();
  }

  private finish(entry: Entry): void {
    const errorsBefore = this.errors.items.length + this.errors.leftOut;
    const amount = this.amountOf(entry.amount, entry.amountLine);
    const direction = this.directionOf(entry.direction, entry.line);
    let bookingDate: CalendarDate | null = null;
    if (!entry.bookingDate) this.errors.add(statementErrors.noDate(entry.line));
    else {
      bookingDate = isoDate(entry.bookingDate);
      if (!bookingDate) this.errors.add(statementErrors.badDate(entry.line, entry.bookingDate));
    }
    const valueDate = entry.valueDate ? isoDate(entry.valueDate) : null;
    const txs = entry.txs.length > 0 ? entry.txs : [newTx(entry.line)];
    const amounts: Cents[] = [];
    if (txs.length === 1) {
      const own = txs[0]!.amount;
      amounts.push(own ? (this.amountOf(own, txs[0]!.amountLine) ?? cents(0)) : (amount ?? cents(0)));
    } else {
      for (const tx of txs) {
        if (!tx.amount) this.errors.add(statementErrors.txWithoutAmount(tx.line));
        amounts.push(tx.amount ? (this.amountOf(tx.amount, tx.amountLine) ?? cents(0)) : cents(0));
      }
      if (amount !== null && amounts.reduce((s, a) => s + a, 0) !== amount)
        this.errors.add(statementErrors.txSumMismatch(entry.line));
    }
    if (
      this.errors.items.length + this.errors.leftOut > errorsBefore ||
      !amount ||
      !direction ||
      !bookingDate
    )
      return;
    const entryRef = entry.servicerRef ?? entry.entryRef ?? `${bookingDate}#${this.entries}#${amount}`;
    txs.forEach((tx, i) => {
      const remittance = [...tx.remittance];
      if (remittance.length === 0 && entry.info) remittance.push(entry.info);
      this.lines.push({
        where: { line: tx.line, entry: this.entries },
        account: this.account,
        entryRef,
        txIndex: i,
        direction: tx.direction === 'DBIT' ? 'debit' : tx.direction === 'CRDT' ? 'credit' : direction,
        amount: amounts[i]!,
        currency: entry.currency,
        bookingDate,
        valueDate,
        endToEndId: tx.endToEndId,
        remittance,
        references: tx.references,
        payerName: tx.payerName,
        payerIban: tx.payerIban,
      });
    });
  }

  private amountOf(raw: string | null, line: number): Cents | null {
    if (raw === null || raw === '') {
      this.errors.add(statementErrors.noAmount(line));
      return null;
    }
    const value = decimalToCents(raw);
    if (value === null) this.errors.add(statementErrors.badAmount(line, raw));
    return value;
  }

  private directionOf(raw: string | null, line: number): 'credit' | 'debit' | null {
    if (raw === 'CRDT') return 'credit';
    if (raw === 'DBIT') return 'debit';
    this.errors.add(statementErrors.badDirection(line, raw ?? ''));
    return null;
  }
}
