/**
 * The lines of a FEC (Fichier des écritures comptables, article A47 A-1 du livre des procédures
 * fiscales), read as text in chunks: the header names the columns (tab or pipe separated), then
 * one accounting line per line. Only the line being read is held.
 *
 * Two variants of the amounts: `Debit` + `Credit`, or `Montant` + `Sens` (D / C). Amounts with a
 * decimal comma (a point is accepted), dates `AAAAMMJJ` (`aaaa-mm-jj` and `jj/mm/aaaa` accepted).
 * Columns are found by name, ignoring case and accents, in any order: software that adds columns
 * (Pennylane, some Sage versions) is read as well.
 */
import { calendarDate, parseCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import { parseAmountToCents, type Cents, cents } from '../../domain/money';
import { fecErrors } from '../../i18n/fec';
import { normaliseHeader } from '../headers';
import type { RowProblem } from '../row-reader';

export type FecDelimiter = '\t' | '|';

export interface FecLine {
  line: number;
  journal: string;
  journalLabel: string;
  entryNum: string;
  entryDate: CalendarDate;
  account: string;
  accountLabel: string;
  auxNum: string;
  auxLabel: string;
  pieceRef: string;
  pieceDate: CalendarDate | null;
  label: string;
  debit: Cents;
  credit: Cents;
  letter: string;
  letterDate: CalendarDate | null;
}

export type FecRow =
  | { kind: 'valid'; line: number; record: FecLine; cells: string[] }
  | { kind: 'rejected'; line: number; problems: RowProblem[]; cells: string[] };

type Field =
  | 'JournalCode'
  | 'JournalLib'
  | 'EcritureNum'
  | 'EcritureDate'
  | 'CompteNum'
  | 'CompteLib'
  | 'CompAuxNum'
  | 'CompAuxLib'
  | 'PieceRef'
  | 'PieceDate'
  | 'EcritureLib'
  | 'Debit'
  | 'Credit'
  | 'Montant'
  | 'Sens'
  | 'EcritureLet'
  | 'DateLet';

const FIELDS: readonly Field[] = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'Montant',
  'Sens',
  'EcritureLet',
  'DateLet',
];

/** What every FEC has; the amounts are checked apart (two variants). */
const REQUIRED: readonly Field[] = ['JournalCode', 'EcritureNum', 'EcritureDate', 'CompteNum', 'PieceRef'];

/** A line longer than this is no FEC line (a binary file, or no line breaks at all). */
const MAX_LINE = 20_000;

/** The delimiter the header line uses: a tab, or else a pipe; null when neither names the columns. */
export function fecDelimiter(headerLine: string): FecDelimiter | null {
  if (headerLine.includes('\t')) return '\t';
  if (headerLine.includes('|')) return '|';
  return null;
}

/** Whether a first line is a FEC's header (used to recognise a FEC among other files). */
export function looksLikeFecHeader(headerLine: string): boolean {
  const delimiter = fecDelimiter(headerLine);
  if (!delimiter) return false;
  const names = new Set(headerLine.split(delimiter).map(normaliseHeader));
  return ['journalcode', 'ecriturenum', 'comptenum'].every((n) => names.has(n));
}

export class FecLineParser {
  private buffer = '';
  private lineNumber = 0;
  private columns: Map<Field, number> | null = null;
  private width = 0;
  delimiter: FecDelimiter | null = null;
  header: string[] | null = null;
  readonly fileErrors: string[] = [];
  /** Data lines read (valid or not). */
  dataLines = 0;
  /** The variant of the amounts. */
  amounts: 'debit-credit' | 'montant-sens' | null = null;

  /** The rows of the complete lines of this chunk; the end of a cut line waits for the next one. */
  *push(text: string): Generator<FecRow> {
    this.buffer += text;
    let start = 0;
    for (;;) {
      const end = this.buffer.indexOf('\n', start);
      if (end < 0) break;
      const row = this.take(this.buffer.slice(start, end));
      start = end + 1;
      if (row) yield row;
      if (this.fileErrors.length > 0) {
        this.buffer = '';
        return;
      }
    }
    this.buffer = this.buffer.slice(start);
    if (this.buffer.length > MAX_LINE) {
      this.fileErrors.push(fecErrors.lineTooLong(this.lineNumber + 1));
      this.buffer = '';
    }
  }

  *end(): Generator<FecRow> {
    if (this.fileErrors.length === 0 && this.buffer !== '') {
      const row = this.take(this.buffer);
      if (row) yield row;
    }
    this.buffer = '';
    if (this.fileErrors.length > 0) return;
    if (!this.header) this.fileErrors.push(fecErrors.empty);
    else if (this.dataLines === 0) this.fileErrors.push(fecErrors.noEntries);
  }

  private take(raw: string): FecRow | null {
    this.lineNumber++;
    const text = (this.lineNumber === 1 ? raw.replace(/^\ufeff/, '') : raw).replace(/\r$/, '');
    if (this.fileErrors.length > 0) return null;
    if (!this.header) {
      if (text.trim() === '') return null;
      this.readHeader(text);
      return null;
    }
    if (text.trim() === '') return null;
    this.dataLines++;
    return this.row(text);
  }

  private readHeader(text: string): void {
    const delimiter = fecDelimiter(text);
    const cells = delimiter ? text.split(delimiter).map((c) => c.trim()) : [text.trim()];
    const byName = new Map(cells.map((c, i) => [normaliseHeader(c), i] as const));
    const columns = new Map<Field, number>();
    for (const field of FIELDS) {
      const at = byName.get(normaliseHeader(field));
      if (at !== undefined) columns.set(field, at);
    }
    const missing = REQUIRED.filter((f) => !columns.has(f));
    const debitCredit = columns.has('Debit') && columns.has('Credit');
    const montantSens = columns.has('Montant') && columns.has('Sens');
    const amountColumns: string[] = debitCredit || montantSens ? [] : ['Debit', 'Credit'];
    if (!delimiter || missing.length > 0 || amountColumns.length > 0) {
      this.fileErrors.push(fecErrors.notAFec([...missing, ...amountColumns].join(', ')));
      return;
    }
    this.delimiter = delimiter;
    this.header = cells;
    this.columns = columns;
    this.width = cells.length;
    this.amounts = debitCredit ? 'debit-credit' : 'montant-sens';
  }

  private row(text: string): FecRow {
    const line = this.lineNumber;
    const cells = text.split(this.delimiter!);
    const problems: RowProblem[] = [];
    const columns = this.columns!;
    const header = this.header!;
    if (cells.length < this.width - 2 || cells.length > this.width) {
      // A trailing empty column or two are tolerated (some exports drop Montantdevise/Idevise).
      return {
        kind: 'rejected',
        line,
        cells,
        problems: [
          {
            line,
            column: '(ligne)',
            value: text.slice(0, 60),
            reason: fecErrors.columnCount(cells.length, this.width),
          },
        ],
      };
    }
    const cell = (field: Field): string => {
      const at = columns.get(field);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const report = (field: Field, reason: string) =>
      problems.push({ line, column: header[columns.get(field) ?? 0] ?? field, value: cell(field), reason });
    const required = (field: Field): string => {
      const value = cell(field);
      if (value === '') report(field, fecErrors.required);
      return value;
    };
    const date = (field: Field, mandatory: boolean): CalendarDate | null => {
      const value = cell(field);
      if (value === '') {
        if (mandatory) report(field, fecErrors.required);
        return null;
      }
      const parsed = parseFecDate(value);
      if (!parsed) report(field, fecErrors.date);
      return parsed;
    };
    const amount = (field: Field): Cents | null => {
      const value = cell(field);
      if (value === '') return cents(0);
      const parsed = parseFecAmount(value);
      if (parsed === null) report(field, fecErrors.amount);
      return parsed;
    };

    const journal = required('JournalCode');
    const entryNum = required('EcritureNum');
    const entryDate = date('EcritureDate', true);
    const account = required('CompteNum');
    let debit: Cents | null;
    let credit: Cents | null;
    if (this.amounts === 'debit-credit') {
      debit = amount('Debit');
      credit = amount('Credit');
      if (debit !== null && credit !== null && debit !== 0 && credit !== 0)
        report('Credit', fecErrors.bothSides);
    } else {
      const value = amount('Montant');
      const sens = cell('Sens').toUpperCase();
      const side =
        sens === 'D' || sens === '+1' || sens === 'DEBIT'
          ? 'D'
          : sens === 'C' || sens === '-1' || sens === 'CREDIT'
            ? 'C'
            : null;
      if (!side) report('Sens', fecErrors.sens);
      debit = value !== null && side === 'D' ? value : cents(0);
      credit = value !== null && side === 'C' ? value : cents(0);
    }
    // A negative amount is the other side (some software writes reversals so).
    if (debit !== null && debit < 0) [debit, credit] = [cents(0), cents((credit ?? 0) - debit)];
    if (credit !== null && credit < 0) [debit, credit] = [cents((debit ?? 0) - credit), cents(0)];
    // Debit and Credit are always in the company's currency (Montantdevise / Idevise only inform).
    const pieceDate = date('PieceDate', false);
    const letterDate = date('DateLet', false);
    if (problems.length > 0 || entryDate === null || debit === null || credit === null) {
      return { kind: 'rejected', line, cells, problems };
    }
    return {
      kind: 'valid',
      line,
      cells,
      record: {
        line,
        journal,
        journalLabel: cell('JournalLib'),
        entryNum,
        entryDate,
        account,
        accountLabel: cell('CompteLib'),
        auxNum: cell('CompAuxNum'),
        auxLabel: cell('CompAuxLib'),
        pieceRef: cell('PieceRef'),
        pieceDate,
        label: cell('EcritureLib'),
        debit,
        credit,
        letter: cell('EcritureLet'),
        letterDate,
      },
    };
  }
}

/** `20261115` (the FEC's format), or `2026-11-15`, `15/11/2026`; null when no date. */
export function parseFecDate(value: string): CalendarDate | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  try {
    if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return parseCalendarDate(value);
  } catch {
    return null;
  }
}

/** `1234,56`, `1 234,56`, `-12,00`, `1234.56`; null when no amount. */
export function parseFecAmount(value: string): Cents | null {
  if (!/\d/.test(value)) return null;
  try {
    return parseAmountToCents(value);
  } catch {
    return null;
  }
}
