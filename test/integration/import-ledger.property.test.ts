import { GREENOVA_LADDER } from '../../src/domain/ladder';
import fc from 'fast-check';
import { addDays, calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { openStores } from '../../src/store';
import type { Stores } from '../../src/application/ports';
import { fixedClock } from '../../src/store/system-clock';
import { aCustomer } from '../support/fixtures';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

/**
 * Whatever valid invoices a file holds, and however it is written (delimiter, date format, decimal
 * mark, thousands, line ending, BOM), importing it into an empty ledger stores exactly those
 * invoices — none lost, none duplicated, every value as written — and importing it again changes
 * nothing.
 */

const TODAY = calendarDate(2026, 3, 31);
const CUSTOMERS = ['C001', 'C002', 'C/03'];
const ORIGIN = calendarDate(2024, 1, 1);
/** The domain's documented tolerance: a balance under 1 € is settled. */
const TOLERANCE = 100;

interface Layout {
  delimiter: ';' | ',';
  dates: 'fr' | 'iso';
  decimal: ',' | '.';
  thousands: boolean;
  lineEnd: '\n' | '\r\n';
  bom: boolean;
}

interface Row {
  prefix: string;
  n: number;
  customer: string;
  issueOffset: number;
  dueAfter: number;
  ht: number;
  vat: number;
  paidPercent: number | null;
  ref: string;
  step: { n: 3 | 10 | 20; after: number } | null;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const),
  dates: fc.constantFrom('fr' as const, 'iso' as const),
  decimal: fc.constantFrom(',' as const, '.' as const),
  thousands: fc.boolean(),
  lineEnd: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
});

const numberOf = (row: Pick<Row, 'prefix' | 'n'>) => `${row.prefix}${row.n}`;

const rowArb: fc.Arbitrary<Row> = fc.record({
  prefix: fc.constantFrom('F2026-', 'FA/2026/', 'Fact n° '),
  n: fc.integer({ min: 1, max: 99_999 }),
  customer: fc.constantFrom(...CUSTOMERS),
  issueOffset: fc.integer({ min: 0, max: 800 }),
  dueAfter: fc.integer({ min: 0, max: 120 }),
  ht: fc.integer({ min: 0, max: 2_000_000_000 }),
  vat: fc.integer({ min: 0, max: 400_000_000 }),
  paidPercent: fc.option(fc.integer({ min: 0, max: 100 })),
  ref: fc.array(fc.constantFrom(...'abXY09 -/;,"éà°«»'), { maxLength: 16 }).map((c) => c.join('')),
  step: fc.option(
    fc.record({
      n: fc.constantFrom(3 as const, 10 as const, 20 as const),
      after: fc.integer({ min: 0, max: 60 }),
    }),
  ),
});

const rowsArb = fc.uniqueArray(rowArb, { minLength: 1, maxLength: 40, selector: numberOf });

interface Expected {
  number: string;
  customerCode: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountExclTax: number;
  vatAmount: number;
  amountInclTax: number;
  amountPaid: number;
  orderRef: string | null;
  lastStep: string | null;
  lastStepDate: CalendarDate | null;
  status: 'open' | 'partially_paid' | 'paid';
}

function expectedOf(row: Row): Expected {
  const issueDate = addDays(ORIGIN, row.issueOffset);
  const dueDate = addDays(issueDate, row.dueAfter);
  const ttc = row.ht + row.vat;
  const paid = row.paidPercent === null ? 0 : Math.floor((ttc * row.paidPercent) / 100);
  // Free text is stored as one would display it: runs of blanks as one space.
  const ref = row.ref.replace(/\s+/g, ' ').trim();
  return {
    number: numberOf(row),
    customerCode: row.customer,
    issueDate,
    dueDate,
    amountExclTax: row.ht,
    vatAmount: row.vat,
    amountInclTax: ttc,
    amountPaid: paid,
    orderRef: ref === '' ? null : ref,
    lastStep: row.step ? `J+${row.step.n}` : null,
    lastStepDate: row.step ? addDays(dueDate, row.step.after) : null,
    status: ttc <= 0 || ttc - paid < TOLERANCE ? 'paid' : paid > 0 ? 'partially_paid' : 'open',
  };
}

function writeDate(date: CalendarDate, layout: Layout): string {
  return layout.dates === 'iso' ? date : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function writeAmount(amount: number, layout: Layout): string {
  let whole = Math.floor(amount / 100).toString();
  if (layout.thousands) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${whole}${layout.decimal}${String(amount % 100).padStart(2, '0')}`;
}

function writeField(value: string, layout: Layout): string {
  return value.includes(layout.delimiter) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value;
}

function invoicesFile(rows: readonly Row[], layout: Layout): Buffer {
  const header = [
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
  ];
  const lines = rows.map((row) => {
    const e = expectedOf(row);
    return [
      e.number,
      e.customerCode,
      writeDate(e.issueDate, layout),
      writeDate(e.dueDate, layout),
      writeAmount(e.amountExclTax, layout),
      writeAmount(e.vatAmount, layout),
      writeAmount(e.amountInclTax, layout),
      row.paidPercent === null ? '' : writeAmount(e.amountPaid, layout),
      'EUR',
      row.ref,
      e.lastStep ?? '',
      e.lastStepDate ? writeDate(e.lastStepDate, layout) : '',
    ]
      .map((field) => writeField(field, layout))
      .join(layout.delimiter);
  });
  const text = [header.join(layout.delimiter), ...lines].join(layout.lineEnd) + layout.lineEnd;
  return Buffer.concat([Buffer.from(layout.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
}

async function storedInvoices(stores: Stores): Promise<Invoice[]> {
  const all: Invoice[] = [];
  for await (const invoice of stores.invoices.scanAll()) all.push(invoice);
  return all.sort((a, b) => a.number.localeCompare(b.number));
}

function importInvoices(stores: Stores, bytes: Buffer) {
  return importLedgerFile(stores, {
    ladder: GREENOVA_LADDER,
    kind: 'invoices',
    bytes,
    fileName: 'factures.csv',
    actor: { id: 'test', name: 'Test' },
    today: TODAY,
  });
}

it('stores exactly the invoices of any valid file, once, and a second import changes nothing', async () => {
  await fc.assert(
    fc.asyncProperty(rowsArb, layoutArb, async (rows, layout) => {
      const stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
      try {
        await stores.customers.upsertMany(CUSTOMERS.map((code) => aCustomer({ code })));
        const bytes = invoicesFile(rows, layout);
        const expected = rows.map(expectedOf).sort((a, b) => a.number.localeCompare(b.number));

        const first = await importInvoices(stores, bytes);
        expect(first.report).toBe('');
        expect(first.status).toBe('imported');
        expect(first.counts).toEqual({
          read: rows.length,
          valid: rows.length,
          rejected: 0,
          created: rows.length,
          updated: 0,
          unchanged: 0,
        });

        const stored = await storedInvoices(stores);
        expect(stored.map((i) => i.number)).toEqual(expected.map((e) => e.number));
        stored.forEach((invoice, k) => {
          const e = expected[k]!;
          expect({
            number: invoice.number,
            customerCode: invoice.customerCode,
            issueDate: invoice.issueDate,
            dueDate: invoice.dueDate,
            amountExclTax: invoice.amountExclTax,
            vatAmount: invoice.vatAmount,
            amountInclTax: invoice.amountInclTax,
            amountPaid: invoice.amountPaid,
            orderRef: invoice.orderRef,
            lastStep: invoice.dunning.lastStep,
            lastStepDate: invoice.dunning.lastStepDate,
            status: invoice.status,
          }).toEqual(e);
        });
        const open = (await stores.invoices.listOpen()).map((i) => i.number).sort();
        expect(open).toEqual(
          expected
            .filter((e) => e.status !== 'paid')
            .map((e) => e.number)
            .sort(),
        );
        const index = await stores.invoices.listNumberIndex();
        expect([...index.keys()].sort()).toEqual(expected.map((e) => e.number).sort());

        const second = await importInvoices(stores, bytes);
        expect(second.counts).toEqual({
          read: rows.length,
          valid: rows.length,
          rejected: 0,
          created: 0,
          updated: 0,
          unchanged: rows.length,
        });
        expect(second.notices).toEqual([]);
        expect(await storedInvoices(stores)).toEqual(stored);
      } finally {
        await stores.storage.dropTables();
      }
    }),
    { numRuns: 15 },
  );
});
