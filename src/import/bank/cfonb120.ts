/**
 * CFONB 120 (« relevé de compte sur support informatique », 120-character records): 01 old
 * balance, 04 movement, 05 complement of the movement before it (qualifier in columns 46–48:
 * `LIB` label, `NPY` payer's name, `RCN` the payer's reference, `REF`…), 07 new balance. Amounts
 * carry their sign in their last character; the number of decimals is in column 20; dates are
 * JJMMAA. Read line by line: the file is never held whole.
 */
import { statementErrors } from '../../i18n/bank';
import { cfonbAmount, ddmmyy } from './amounts';
import { ErrorList, type ParsedStatement, type StatementLine } from './statement';

/** Complement qualifiers whose text is remittance information (labels). */
const LABELS = new Set(['LIB', 'LCC', 'LC2', 'LCS', 'LCZ']);
/** Complement qualifiers whose text is a reference the payer gave. */
const REFERENCES = new Set(['RCN', 'REF']);

/** ISO 4217 codes of the currencies with no or three decimals do not matter: the column says. */
export class Cfonb120Parser {
  private lineNumber = 0;
  private entries = 0;
  private account: string | null = null;
  private current: StatementLine | null = null;
  private readonly lines: StatementLine[] = [];
  private readonly errors = new ErrorList();
  private rest = '';

  write(chunk: string): void {
    const text = this.rest + chunk;
    const parts = text.split(/\r\n|\n|\r/);
    this.rest = parts.pop() ?? '';
    for (const part of parts) this.record(part);
    // A file with no line breaks (records glued together) is read 120 characters at a time.
    while (this.rest.length >= 240 && !/[\r\n]/.test(this.rest)) {
      this.record(this.rest.slice(0, 120));
      this.rest = this.rest.slice(120);
    }
  }

  result(): ParsedStatement {
    if (this.rest !== '') this.record(this.rest);
    this.rest = '';
    this.flush();
    if (this.entries === 0 && this.errors.items.length === 0) this.errors.add(statementErrors.empty);
    return {
      format: 'cfonb120',
      lines: this.lines,
      errors: this.errors.items,
      errorsLeftOut: this.errors.leftOut,
    };
  }

  private record(raw: string): void {
    this.lineNumber++;
    const line = this.lineNumber;
    const record = raw.replace(/\s+$/, '');
    if (record === '') return;
    if (record.length > 120) {
      this.errors.add(statementErrors.cfonbLength(line, record.length));
      return;
    }
    const r = record.padEnd(120, ' ');
    const code = r.slice(0, 2);
    const account = `${r.slice(2, 7)} ${r.slice(11, 16)} ${r.slice(21, 32).trim()}`;
    switch (code) {
      case '01':
        this.flush();
        this.account = account;
        return;
      case '07':
        this.flush();
        this.account = null;
        return;
      case '04':
        this.flush();
        this.movement(r, line, account);
        return;
      case '05':
        this.complement(r, line);
        return;
      default:
        this.errors.add(statementErrors.cfonbCode(line, code));
    }
  }

  private movement(r: string, line: number, account: string): void {
    this.entries++;
    if (this.account === null) {
      this.errors.add(statementErrors.cfonbOutsideStatement(line));
      return;
    }
    const decimalsRaw = r.slice(19, 20);
    if (!/^[0-9]$/.test(decimalsRaw)) {
      this.errors.add(statementErrors.cfonbDecimals(line, decimalsRaw));
      return;
    }
    const amountRaw = r.slice(90, 104).trim();
    const amount = cfonbAmount(amountRaw, Number(decimalsRaw));
    if (amount === null) {
      this.errors.add(statementErrors.badAmount(line, amountRaw));
      return;
    }
    const bookingRaw = r.slice(34, 40);
    const bookingDate = ddmmyy(bookingRaw);
    if (!bookingDate) {
      this.errors.add(statementErrors.badDate(line, bookingRaw));
      return;
    }
    const number = r.slice(81, 88).trim();
    const reference = r.slice(104, 120).trim();
    const label = r.slice(48, 79).trim();
    this.current = {
      where: { line, entry: this.entries },
      account,
      // The entry's number when the bank fills it, else its reference, else its place.
      entryRef: `${bookingRaw}:${number || reference || `L${this.entries}`}`,
      txIndex: 0,
      direction: amount < 0 ? 'debit' : 'credit',
      amount: Math.abs(amount) as typeof amount,
      currency: r.slice(16, 19).trim() || 'EUR',
      bookingDate,
      valueDate: ddmmyy(r.slice(42, 48)),
      endToEndId: null,
      remittance: label ? [label] : [],
      references: reference ? [reference] : [],
      payerName: null,
      payerIban: null,
    };
  }

  private complement(r: string, line: number): void {
    const current = this.current;
    if (!current) {
      this.errors.add(statementErrors.cfonbOrphanComplement(line));
      return;
    }
    const qualifier = r.slice(45, 48).trim().toUpperCase();
    const text = r.slice(48, 118).trim();
    if (!text) return;
    if (LABELS.has(qualifier)) current.remittance.push(text);
    else if (REFERENCES.has(qualifier)) current.references.push(text);
    else if (qualifier === 'NPY') current.payerName = text;
  }

  private flush(): void {
    if (this.current) this.lines.push(this.current);
    this.current = null;
  }
}
