import { GREENOVA_LADDER, importableSteps } from '../../src/domain/ladder';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { addDays, calendarDate, formatDateShortFr, type CalendarDate } from '../../src/domain/calendar-date';
import { cents } from '../../src/domain/money';
import { parseImportFile, type ParsedInvoice } from '../../src/import';
import { decodeBytes } from '../../src/import/decode';
import { byteChunks, readFileInChunks } from '../support/csv-reading';

/**
 * Files of valid invoices written in every layout the import accepts: whatever the delimiter, date
 * format, decimal mark, thousands separator, encoding, header spelling, column order or line
 * ending, every row comes back exactly once with its values, at its line — and so whatever the
 * chunks the file is read in.
 */

const KNOWN_CUSTOMERS = ['C001', 'C002', 'C003'];
const COLUMNS = [
  'numero_facture',
  'code_client',
  'date_facture',
  'date_echeance',
  'montant_ht',
  'montant_tva',
  'montant_ttc',
  'montant_regle',
  'devise',
  'reference_commande',
  'derniere_relance',
  'date_derniere_relance',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADER_STYLES: Record<'french' | 'english' | 'written', Record<Column, string>> = {
  french: Object.fromEntries(COLUMNS.map((c) => [c, c])) as Record<Column, string>,
  english: {
    numero_facture: 'invoice_number',
    code_client: 'customer_id',
    date_facture: 'issue_date',
    date_echeance: 'due_date',
    montant_ht: 'amount_excl_tax',
    montant_tva: 'vat_amount',
    montant_ttc: 'amount_incl_tax',
    montant_regle: 'amount_paid',
    devise: 'currency',
    reference_commande: 'order_ref',
    derniere_relance: 'last_step',
    date_derniere_relance: 'last_step_date',
  },
  written: {
    numero_facture: 'N° facture',
    code_client: 'Code client',
    date_facture: 'Date facture',
    date_echeance: "Date d'échéance",
    montant_ht: 'Montant HT',
    montant_tva: 'Montant TVA',
    montant_ttc: 'Montant TTC',
    montant_regle: 'Montant réglé',
    devise: 'Devise',
    reference_commande: 'Référence commande',
    derniere_relance: 'Dernière relance',
    date_derniere_relance: 'Date dernière relance',
  },
};

interface Layout {
  delimiter: ';' | ',' | '\t';
  dates: 'fr' | 'iso';
  decimal: ',' | '.';
  thousands: 'none' | 'space' | 'mark';
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  headers: keyof typeof HEADER_STYLES;
  order: Column[];
  lineEnd: '\n' | '\r\n';
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  dates: fc.constantFrom('fr' as const, 'iso' as const),
  decimal: fc.constantFrom(',' as const, '.' as const),
  thousands: fc.constantFrom('none' as const, 'space' as const, 'mark' as const),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'windows-1252' as const),
  headers: fc.constantFrom('french' as const, 'english' as const, 'written' as const),
  order: fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
  lineEnd: fc.constantFrom('\n' as const, '\r\n' as const),
});

/**
 * Characters of free text. Windows-1252 bytes are told from UTF-8 by being invalid UTF-8; the
 * accented letters here are all UTF-8 lead bytes in Windows-1252, so no sequence of them can be
 * mistaken for UTF-8 (« or œ, continuation bytes, could, and are covered by the unit tests).
 */
const TEXT_CHARS = [...'abcXYZ019 -/;,"\'éèàçôÉÀ\n'];

interface InvoiceSpec {
  customerCode: string;
  issueOffset: number;
  dueAfter: number;
  ht: number;
  vat: number;
  paidPercent: number | null;
  currency: string;
  orderRef: string;
  step: { n: 3 | 10 | 20; style: number; after: number } | null;
}

const invoiceArb: fc.Arbitrary<InvoiceSpec> = fc.record({
  customerCode: fc.constantFrom(...KNOWN_CUSTOMERS),
  issueOffset: fc.integer({ min: 0, max: 3650 }),
  dueAfter: fc.integer({ min: 0, max: 120 }),
  ht: fc.integer({ min: 0, max: 500_000_000 }),
  vat: fc.integer({ min: 0, max: 100_000_000 }),
  paidPercent: fc.option(fc.integer({ min: 0, max: 100 })),
  currency: fc.constantFrom('EUR', '', 'eur', '€'),
  orderRef: fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 24 }).map((chars) => chars.join('')),
  step: fc.option(
    fc.record({
      n: fc.constantFrom(3 as const, 10 as const, 20 as const),
      style: fc.integer({ min: 0, max: 3 }),
      after: fc.integer({ min: 0, max: 60 }),
    }),
  ),
});

type Invalidity = 'date' | 'total' | 'customer' | 'negative' | 'currency' | 'due-before-issue' | 'step';
const invalidityArb = fc.constantFrom<Invalidity>(
  'date',
  'total',
  'customer',
  'negative',
  'currency',
  'due-before-issue',
  'step',
);

const ORIGIN = calendarDate(2020, 1, 1);

function expectedInvoice(spec: InvoiceSpec, number: string): ParsedInvoice {
  const issueDate = addDays(ORIGIN, spec.issueOffset);
  const dueDate = addDays(issueDate, spec.dueAfter);
  const ttc = spec.ht + spec.vat;
  // Free text is shown as one line: line breaks and runs of blanks become one space. An apostrophe
  // before a formula sign is the mark the rejects file puts there: it is read as no character.
  const ref = spec.orderRef
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'(?=\s*[=+\-@])/, '')
    .trim();
  return {
    number,
    customerCode: spec.customerCode,
    issueDate,
    dueDate,
    amountExclTax: cents(spec.ht),
    vatAmount: cents(spec.vat),
    amountInclTax: cents(ttc),
    amountPaid: cents(spec.paidPercent === null ? 0 : Math.floor((ttc * spec.paidPercent) / 100)),
    currency: 'EUR',
    orderRef: ref === '' ? null : ref,
    deliveryRef: null,
    lastStep: spec.step ? `J+${spec.step.n}` : null,
    lastStepDate: spec.step ? addDays(dueDate, spec.step.after) : null,
  };
}

function formatDate(date: CalendarDate, layout: Layout): string {
  return layout.dates === 'fr' ? formatDateShortFr(date) : date;
}

function formatAmount(amount: number, layout: Layout): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const separator =
    layout.thousands === 'none'
      ? ''
      : layout.thousands === 'space'
        ? ' '
        : layout.decimal === ','
          ? '.'
          : ',';
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${sign}${whole}${layout.decimal}${String(abs % 100).padStart(2, '0')}`;
}

function formatStep(step: NonNullable<InvoiceSpec['step']>): string {
  return [`J+${step.n}`, `j${step.n}`, `J${step.n}`, `J+0${step.n}`][step.style] ?? `J+${step.n}`;
}

function cellsOf(invoice: ParsedInvoice, spec: InvoiceSpec, layout: Layout): Record<Column, string> {
  return {
    numero_facture: invoice.number,
    code_client: invoice.customerCode,
    date_facture: formatDate(invoice.issueDate, layout),
    date_echeance: formatDate(invoice.dueDate, layout),
    montant_ht: formatAmount(invoice.amountExclTax, layout),
    montant_tva: formatAmount(invoice.vatAmount, layout),
    montant_ttc: formatAmount(invoice.amountInclTax, layout),
    montant_regle: spec.paidPercent === null ? '' : formatAmount(invoice.amountPaid, layout),
    devise: spec.currency,
    reference_commande: spec.orderRef,
    derniere_relance: spec.step ? formatStep(spec.step) : '',
    date_derniere_relance: invoice.lastStepDate ? formatDate(invoice.lastStepDate, layout) : '',
  };
}

function invalidate(
  cells: Record<Column, string>,
  invoice: ParsedInvoice,
  how: Invalidity,
  layout: Layout,
): void {
  switch (how) {
    case 'date':
      cells.date_echeance = layout.dates === 'fr' ? '31/02/2026' : '2026-02-31';
      break;
    case 'total':
      cells.montant_ttc = formatAmount(invoice.amountInclTax + 5, layout);
      break;
    case 'customer':
      cells.code_client = 'C999';
      break;
    case 'negative':
      cells.montant_ht = formatAmount(-1 - invoice.amountExclTax, layout);
      break;
    case 'currency':
      cells.devise = 'USD';
      break;
    case 'due-before-issue':
      cells.date_echeance = formatDate(addDays(invoice.issueDate, -1), layout);
      break;
    case 'step':
      cells.derniere_relance = 'J+7';
      cells.date_derniere_relance = formatDate(invoice.dueDate, layout);
      break;
  }
}

function field(value: string, layout: Layout): string {
  const needsQuotes = value.includes(layout.delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

function line(values: readonly string[], layout: Layout): string {
  return values.map((v) => field(v, layout)).join(layout.delimiter);
}

function encode(text: string, layout: Layout): Buffer {
  if (layout.encoding === 'windows-1252') return iconv.encode(text, 'windows-1252');
  const body = Buffer.from(text, 'utf8');
  return layout.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

interface Written {
  bytes: Buffer;
  /** Line where each written row starts, in order. */
  lines: number[];
}

function writeFile(rows: Record<Column, string>[], layout: Layout): Written {
  const header = line(
    layout.order.map((c) => HEADER_STYLES[layout.headers][c]),
    layout,
  );
  const texts = rows.map((cells) =>
    line(
      layout.order.map((c) => cells[c]),
      layout,
    ),
  );
  const lines: number[] = [];
  let next = 2;
  for (const text of texts) {
    lines.push(next);
    next += 1 + (text.match(/\r\n|\n|\r/g)?.length ?? 0);
  }
  return { bytes: encode([header, ...texts].join(layout.lineEnd) + layout.lineEnd, layout), lines };
}

function parse(written: Written) {
  return parseImportFile('invoices', written.bytes, {
    knownCustomerCodes: new Set(KNOWN_CUSTOMERS),
    steps: importableSteps(GREENOVA_LADDER),
  });
}

const numberOf = (index: number) => `F2026-${String(index + 1).padStart(4, '0')}`;

describe('invoice import (property)', () => {
  it('returns every valid row exactly once, with its values and its line', () => {
    fc.assert(
      fc.property(layoutArb, fc.array(invoiceArb, { maxLength: 25 }), (layout, specs) => {
        const invoices = specs.map((spec, i) => expectedInvoice(spec, numberOf(i)));
        const written = writeFile(
          invoices.map((invoice, i) => cellsOf(invoice, specs[i] as InvoiceSpec, layout)),
          layout,
        );
        const report = parse(written);
        expect(report.fileErrors).toEqual([]);
        expect(report.problems).toEqual([]);
        expect(report.delimiter).toBe(layout.delimiter);
        expect(report.totalLines).toBe(invoices.length);
        expect(report.rows).toEqual(invoices.map((record, i) => ({ line: written.lines[i], record })));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same rows whatever the chunks the bytes come in (a character, a CRLF, a quoted line break, a BOM cut in two)', async () => {
    await fc.assert(
      fc.asyncProperty(
        layoutArb,
        fc.array(invoiceArb, { maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        async (layout, specs, sizes) => {
          const invoices = specs.map((spec, i) => expectedInvoice(spec, numberOf(i)));
          const written = writeFile(
            invoices.map((invoice, i) => cellsOf(invoice, specs[i] as InvoiceSpec, layout)),
            layout,
          );
          const { encoding, parser, rows } = await readFileInChunks(
            'invoices',
            byteChunks(written.bytes, sizes),
            { knownCustomerCodes: new Set(KNOWN_CUSTOMERS), steps: importableSteps(GREENOVA_LADDER) },
          );
          // The file read whole finds the same encoding (ASCII-only Windows-1252 is UTF-8 too).
          expect(encoding).toBe(decodeBytes(written.bytes).encoding);
          expect(parser.fileErrors).toEqual([]);
          expect(parser.delimiter).toBe(layout.delimiter);
          expect(rows).toEqual(
            invoices.map((record, i) => ({ kind: 'valid', line: written.lines[i], record, warnings: [] })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports an invalid row at its line only, and still returns all the valid rows', () => {
    fc.assert(
      fc.property(
        layoutArb,
        fc.array(invoiceArb, { maxLength: 20 }),
        invoiceArb,
        invalidityArb,
        fc.nat(),
        (layout, specs, badSpec, how, position) => {
          const invoices = specs.map((spec, i) => expectedInvoice(spec, numberOf(i)));
          const rows = invoices.map((invoice, i) => cellsOf(invoice, specs[i] as InvoiceSpec, layout));
          const bad = expectedInvoice(badSpec, 'F2026-9999');
          const badCells = cellsOf(bad, badSpec, layout);
          invalidate(badCells, bad, how, layout);
          const at = position % (rows.length + 1);
          rows.splice(at, 0, badCells);

          const written = writeFile(rows, layout);
          const report = parse(written);
          const badLine = written.lines[at];
          const validLines = written.lines.filter((_, i) => i !== at);

          expect(report.fileErrors).toEqual([]);
          expect(report.problems.length).toBeGreaterThan(0);
          expect(new Set(report.problems.map((p) => p.line))).toEqual(new Set([badLine]));
          expect(report.totalLines).toBe(rows.length);
          expect(report.rows).toEqual(invoices.map((record, i) => ({ line: validLines[i], record })));
        },
      ),
      { numRuns: 300 },
    );
  });
});
