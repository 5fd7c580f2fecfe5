/**
 * FEC files as accounting software writes them (article A47 A-1 du LPF): 18 columns, tab or pipe,
 * UTF-8 or ISO-8859-15, decimal comma, dates AAAAMMJJ; `Debit`/`Credit` or `Montant`/`Sens`.
 * Used by the tests and the bench.
 */
import iconv from 'iconv-lite';

export interface FecLineSpec {
  account: string;
  accountLabel?: string;
  aux?: string;
  auxLabel?: string;
  /** Cents. */
  debit?: number;
  credit?: number;
  label?: string;
  letter?: string;
  letterDate?: string;
}

export interface FecEntrySpec {
  journal: string;
  journalLabel?: string;
  num: string;
  /** AAAAMMJJ. */
  date: string;
  piece: string;
  pieceDate?: string;
  lines: FecLineSpec[];
}

export interface Party {
  code: string;
  name: string;
}

const HEADER_DC = [
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
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
];

/** 123456 → « 1234,56 ». */
export function fecAmount(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

export function fecText(
  entries: Iterable<FecEntrySpec>,
  options: { delimiter?: '\t' | '|'; variant?: 'debit-credit' | 'montant-sens' } = {},
): string {
  return [...fecLines(entries, options)].join('');
}

/** The file line by line (with its line break), the header first: the bench streams it. */
export function* fecLines(
  entries: Iterable<FecEntrySpec>,
  options: { delimiter?: '\t' | '|'; variant?: 'debit-credit' | 'montant-sens' } = {},
): Generator<string> {
  const d = options.delimiter ?? '\t';
  const montantSens = options.variant === 'montant-sens';
  const header = montantSens
    ? HEADER_DC.map((h) => (h === 'Debit' ? 'Montant' : h === 'Credit' ? 'Sens' : h))
    : HEADER_DC;
  yield `${header.join(d)}\r\n`;
  for (const e of entries) {
    for (const l of e.lines) {
      const debit = l.debit ?? 0;
      const credit = l.credit ?? 0;
      const amounts = montantSens
        ? [fecAmount(debit || credit), debit > 0 ? 'D' : 'C']
        : [fecAmount(debit), fecAmount(credit)];
      yield `${[
        e.journal,
        e.journalLabel ??
          (e.journal === 'VT' ? 'Journal des ventes' : e.journal === 'BQ' ? 'Banque' : e.journal),
        e.num,
        e.date,
        l.account,
        l.accountLabel ?? (l.account.startsWith('411') ? 'Clients' : l.account),
        l.aux ?? '',
        l.auxLabel ?? '',
        e.piece,
        e.pieceDate ?? e.date,
        l.label ?? e.piece,
        ...amounts,
        l.letter ?? '',
        l.letterDate ?? '',
        e.date,
        '',
        '',
      ].join(d)}\r\n`;
    }
  }
}

export function fecBytes(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'iso-8859-15' = 'utf-8'): Buffer {
  if (encoding === 'iso-8859-15') return iconv.encode(text, 'iso-8859-15');
  return Buffer.from(encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
}

const customerLine = (
  c: Party,
  side: 'debit' | 'credit',
  amount: number,
  more: Partial<FecLineSpec> = {},
) => ({
  account: '411000',
  accountLabel: 'Clients',
  aux: c.code,
  auxLabel: c.name,
  [side]: amount,
  ...more,
});

/** A sales invoice: 411 debit TTC, 706 credit HT, 44571 credit TVA (20 %). */
export function sale(spec: {
  num: string;
  date: string;
  piece: string;
  customer: Party;
  /** Cents, excl. tax. */
  ht: number;
  letter?: string;
  letterDate?: string;
  journal?: string;
}): FecEntrySpec {
  const vat = Math.round(spec.ht * 0.2);
  return {
    journal: spec.journal ?? 'VT',
    num: spec.num,
    date: spec.date,
    piece: spec.piece,
    lines: [
      customerLine(spec.customer, 'debit', spec.ht + vat, {
        label: `Facture ${spec.piece}`,
        letter: spec.letter,
        letterDate: spec.letterDate,
      }),
      {
        account: '706000',
        accountLabel: 'Prestations de services',
        credit: spec.ht,
        label: `Facture ${spec.piece}`,
      },
      { account: '445710', accountLabel: 'TVA collectée', credit: vat, label: `Facture ${spec.piece}` },
    ],
  };
}

/** A settlement: 512 debit, 411 credit. */
export function settlement(spec: {
  num: string;
  date: string;
  piece: string;
  customer: Party;
  amount: number;
  label?: string;
  letter?: string;
  letterDate?: string;
  cash?: boolean;
}): FecEntrySpec {
  const label = spec.label ?? `Règlement ${spec.customer.name}`;
  return {
    journal: spec.cash ? 'CA' : 'BQ',
    num: spec.num,
    date: spec.date,
    piece: spec.piece,
    lines: [
      {
        account: spec.cash ? '530000' : '512000',
        accountLabel: spec.cash ? 'Caisse' : 'Banque',
        debit: spec.amount,
        label,
      },
      customerLine(spec.customer, 'credit', spec.amount, {
        label,
        letter: spec.letter,
        letterDate: spec.letterDate,
      }),
    ],
  };
}

/** A credit note: 706 and 44571 debit, 411 credit. */
export function creditNote(spec: {
  num: string;
  date: string;
  piece: string;
  customer: Party;
  ht: number;
  letter?: string;
  letterDate?: string;
}): FecEntrySpec {
  const vat = Math.round(spec.ht * 0.2);
  return {
    journal: 'VT',
    num: spec.num,
    date: spec.date,
    piece: spec.piece,
    lines: [
      customerLine(spec.customer, 'credit', spec.ht + vat, {
        label: `Avoir ${spec.piece}`,
        letter: spec.letter,
        letterDate: spec.letterDate,
      }),
      { account: '706000', debit: spec.ht, label: `Avoir ${spec.piece}` },
      { account: '445710', debit: vat, label: `Avoir ${spec.piece}` },
    ],
  };
}

/**
 * A year of sales for the bench: `invoices` invoices over `customers` customers (3 lines each),
 * two thirds of them settled and lettered (2 lines each), purchases and payroll noise around.
 */
export function* generatedYear(invoices: number, customers = 2_000): Generator<FecEntrySpec> {
  for (let i = 0; i < invoices; i++) {
    const customer = {
      code: `C${String(i % customers).padStart(5, '0')}`,
      name: `Client n° ${i % customers} SARL`,
    };
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const date = `2026${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const piece = `F2026-${String(i + 1).padStart(6, '0')}`;
    const settled = i % 3 !== 2;
    const letter = settled ? letterCode(i) : undefined;
    yield sale({
      num: `VT${i + 1}`,
      date,
      piece,
      customer,
      ht: 10_000 + (i % 5_000) * 7,
      letter,
      letterDate: letter ? date : undefined,
    });
    if (settled) {
      const ht = 10_000 + (i % 5_000) * 7;
      yield settlement({
        num: `BQ${i + 1}`,
        date,
        piece: `VIR${i + 1}`,
        customer,
        amount: ht + Math.round(ht * 0.2),
        letter,
        letterDate: date,
      });
    }
  }
}

/** AA, AB, … ZZ, AAA…: a letter code per settled invoice. */
function letterCode(n: number): string {
  let code = '';
  let x = n;
  do {
    code = String.fromCharCode(65 + (x % 26)) + code;
    x = Math.floor(x / 26);
  } while (x > 0);
  return code.padStart(2, 'A');
}
