import { calendarDate } from '../../src/domain/calendar-date';
import { applyPayment, type Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { importFecFile, type FecImportResult } from '../../src/application/ledger/import-fec-file';
import type { InvoiceSave } from '../../src/application/ports';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';
import { fecBytes, fecText, sale, settlement, type FecEntrySpec } from '../support/fec-files';

/**
 * A FEC whose settlements pay invoices the ledger already holds (last month's FEC imported, this
 * month's now): each invoice read with its customer's partition, saved once with its payments
 * applied, the payments recorded in batches just before — never one read-modify-write per payment.
 * Importing it again writes nothing.
 */

const TODAY = calendarDate(2026, 6, 30);
const ACTOR = { id: 'aad-ctrl', name: 'Camille Roux' };
const BIOCOOP = { code: 'C001', name: 'Biocoop Lyon Croix-Rousse' };
const EPICERIE = { code: 'C008', name: "L'Épicerie Verte" };

let stores: TableStores;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
});

afterEach(async () => {
  await stores.storage.dropTables();
});

/** The stores, with each call to the invoices' and payments' writers counted. */
function counted(inner: TableStores, beforeSaveMany?: (saves: readonly InvoiceSave[]) => Promise<void>) {
  const calls: Record<string, number> = {};
  const saved: string[][] = [];
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
  const invoices: TableStores['invoices'] = Object.create(inner.invoices);
  invoices.saveMany = async (saves) => {
    count('invoices.saveMany');
    saved.push(saves.map((s) => s.next.number));
    await beforeSaveMany?.(saves);
    return inner.invoices.saveMany(saves);
  };
  invoices.modify = async (...args) => {
    count('invoices.modify');
    return inner.invoices.modify(...args);
  };
  const payments: TableStores['payments'] = Object.create(inner.payments);
  payments.record = async (payment) => {
    count('payments.record');
    return inner.payments.record(payment);
  };
  payments.recordMany = async (list) => {
    count('payments.recordMany');
    return inner.payments.recordMany(list);
  };
  return { stores: { ...inner, invoices, payments }, calls, saved };
}

function importFec(
  entries: FecEntrySpec[],
  on: Pick<TableStores, 'customers' | 'invoices' | 'payments' | 'journal'> = stores,
): Promise<FecImportResult> {
  return importFecFile(on, {
    bytes: fecBytes(fecText(entries)),
    fileName: 'FEC.txt',
    actor: ACTOR,
    today: TODAY,
  });
}

/** January's sales, unpaid at the end of January. */
const sales = (letters: Record<string, string> = {}): FecEntrySpec[] => [
  sale({
    num: 'VT1',
    date: '20260105',
    piece: 'F2026-0001',
    customer: BIOCOOP,
    ht: 100_000,
    letter: letters.a,
  }),
  sale({
    num: 'VT2',
    date: '20260112',
    piece: 'F2026-0002',
    customer: BIOCOOP,
    ht: 50_000,
    letter: letters.b,
  }),
  sale({ num: 'VT3', date: '20260120', piece: 'F2026-0003', customer: BIOCOOP, ht: 10_000 }),
  sale({
    num: 'VT4',
    date: '20260115',
    piece: 'F2026-0004',
    customer: EPICERIE,
    ht: 20_000,
    letter: letters.c,
  }),
];

/** The same sales at the end of February: two paid in full, one in part (lower-case lettering). */
const february = (): FecEntrySpec[] => [
  ...sales({ a: 'AA', b: 'AB', c: 'c' }),
  settlement({
    num: 'BQ1',
    date: '20260205',
    piece: 'VIR-1',
    customer: BIOCOOP,
    amount: 120_000,
    letter: 'AA',
    letterDate: '20260205',
  }),
  settlement({
    num: 'BQ2',
    date: '20260210',
    piece: 'VIR-2',
    customer: BIOCOOP,
    amount: 20_000,
    letter: 'AB',
  }),
  settlement({
    num: 'BQ3',
    date: '20260220',
    piece: 'VIR-3',
    customer: BIOCOOP,
    amount: 40_000,
    letter: 'AB',
    letterDate: '20260220',
  }),
  settlement({
    num: 'BQ4',
    date: '20260215',
    piece: 'VIR-4',
    customer: EPICERIE,
    amount: 10_000,
    letter: 'c',
  }),
];

describe('settlements of invoices the ledger already holds', () => {
  it('are applied in one save per invoice and recorded in one batch; a second import writes nothing', async () => {
    const january = await importFec(sales());
    expect(january.counts.invoices.created).toBe(4);
    expect(january.counts.payments).toEqual({ created: 0, unchanged: 0 });

    const spy = counted(stores);
    const result = await importFec(february(), spy.stores);
    expect(result.report).toBe('');
    expect(result.status).toBe('imported');
    // The rows say nothing new of the invoices; their payments are what changes.
    expect(result.counts.invoices).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(result.counts.payments).toEqual({ created: 4, unchanged: 0 });
    expect(spy.calls).toEqual({ 'payments.recordMany': 1, 'invoices.saveMany': 1 });
    // The three invoices paid, saved together (BIOCOOP's two in one transaction of its partition).
    expect([...spy.saved[0]!].sort()).toEqual(['F2026-0001', 'F2026-0002', 'F2026-0004']);

    expect(await stores.invoices.get('C001', 'F2026-0001')).toMatchObject({
      amountPaid: 120_000,
      status: 'paid',
      closedOn: '2026-02-05',
    });
    const second = await stores.invoices.get('C001', 'F2026-0002');
    expect(second).toMatchObject({ amountPaid: 60_000, status: 'paid', closedOn: '2026-02-20' });
    expect(await stores.invoices.get('C001', 'F2026-0003')).toMatchObject({ amountPaid: 0, status: 'open' });
    const partial = await stores.invoices.get('C008', 'F2026-0004');
    expect(partial).toMatchObject({ amountPaid: 10_000, status: 'partially_paid', closedOn: null });
    // Each payment recorded once, under its invoice and its month, and applied once.
    const recorded = await stores.payments.listByInvoice('F2026-0002');
    expect(recorded.map((p) => p.amount).sort()).toEqual([20_000, 40_000]);
    expect([...second!.appliedPaymentIds].sort()).toEqual(recorded.map((p) => p.id).sort());
    expect(await stores.payments.listByMonth('2026-02')).toHaveLength(4);
    const open = (await stores.invoices.listOpen()).map((i) => i.number).sort();
    expect(open).toEqual(['F2026-0003', 'F2026-0004']);

    const before = [
      ...(await stores.invoices.listByCustomer('C001')),
      ...(await stores.invoices.listByCustomer('C008')),
    ];
    const again = counted(stores);
    const second2 = await importFec(february(), again.stores);
    expect(second2.status).toBe('imported');
    expect(second2.counts.invoices).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(second2.counts.payments).toEqual({ created: 0, unchanged: 4 });
    expect(again.calls).toEqual({});
    expect([
      ...(await stores.invoices.listByCustomer('C001')),
      ...(await stores.invoices.listByCustomer('C008')),
    ]).toEqual(before);
    expect(await stores.payments.listByMonth('2026-02')).toHaveLength(4);
  });

  it('a payment the bank statement already applied is kept, and the excess reported', async () => {
    await importFec(sales());
    const bank: Payment = {
      id: 'bank-entry-1',
      invoiceNumber: 'F2026-0001',
      customerCode: 'C001',
      date: calendarDate(2026, 2, 3),
      amount: cents(30_000),
      method: 'virement',
      reference: 'RELEVE-1',
    };
    await stores.payments.record(bank);
    await stores.invoices.modify('C001', 'F2026-0001', (current) => applyPayment(current, bank));

    const result = await importFec(february());
    expect(result.counts.payments).toEqual({ created: 4, unchanged: 0 });
    expect(result.notices).toContain(
      'F2026-0001\u00a0: trop-perçu de 300,00\u00a0€ (paiement du 05/02/2026) — à rembourser ou à imputer.',
    );
    const paid = await stores.invoices.get('C001', 'F2026-0001');
    expect(paid!.amountPaid).toBe(150_000);
    expect(paid!.appliedPaymentIds).toHaveLength(2);
    expect(paid!.appliedPaymentIds[0]).toBe('bank-entry-1');
  });

  it('an invoice another writer changes meanwhile gets its payments on a fresh read, none lost', async () => {
    await importFec(sales());
    const bank: Payment = {
      id: 'bank-entry-2',
      invoiceNumber: 'F2026-0001',
      customerCode: 'C001',
      date: calendarDate(2026, 2, 4),
      amount: cents(30_000),
      method: 'virement',
      reference: 'RELEVE-2',
    };
    // A statement pays part of F2026-0001 between the FEC's read of BIOCOOP's invoices and its save.
    let raced = false;
    const spy = counted(stores, async () => {
      if (raced) return;
      raced = true;
      await stores.payments.record(bank);
      await stores.invoices.modify('C001', 'F2026-0001', (current) => applyPayment(current, bank));
    });
    const result = await importFec(february(), spy.stores);
    expect(result.status).toBe('imported');
    expect(result.counts.payments).toEqual({ created: 4, unchanged: 0 });
    expect(result.notices.some((n) => n.startsWith('F2026-0001\u00a0: trop-perçu de 300,00'))).toBe(true);
    // BIOCOOP's transaction was refused whole: both its invoices saved again from a fresh read.
    expect(spy.calls['invoices.modify']).toBe(2);
    const first = await stores.invoices.get('C001', 'F2026-0001');
    expect(first).toMatchObject({ amountPaid: 150_000, status: 'paid', closedOn: '2026-02-05' });
    expect(first!.appliedPaymentIds[0]).toBe('bank-entry-2');
    expect(first!.appliedPaymentIds).toHaveLength(2);
    expect(await stores.invoices.get('C001', 'F2026-0002')).toMatchObject({
      amountPaid: 60_000,
      status: 'paid',
    });
    expect(await stores.payments.listByInvoice('F2026-0001')).toHaveLength(2);
    expect(await stores.payments.listByInvoice('F2026-0002')).toHaveLength(2);
    const open = (await stores.invoices.listOpen()).map((i) => i.number).sort();
    expect(open).toEqual(['F2026-0003', 'F2026-0004']);

    const again = await importFec(february());
    expect(again.counts.payments).toEqual({ created: 0, unchanged: 4 });
  });
});
