import { calendarDate } from '../../src/domain/calendar-date';
import { applyPayment, type Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { aCustomer, anInvoice } from '../support/fixtures';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

let stores: TableStores;

beforeEach(async () => {
  stores = await openStores(
    testConnectionString(),
    uniqueTablePrefix(),
    fixedClock(calendarDate(2026, 11, 23)),
  );
});

afterEach(async () => {
  await stores.storage.dropTables();
});

describe('customers', () => {
  it('round-trips every field, including accents and special characters in the code', async () => {
    const customer = aCustomer({
      code: 'C/01#?',
      legalName: 'Société Générale d’Hygiène',
      contractualPenaltyRateBp: 1200,
    });
    await stores.customers.upsertMany([customer, aCustomer({ code: 'C002', siren: null, type: 'B2C' })]);
    expect(await stores.customers.get('C/01#?')).toEqual(customer);
    expect((await stores.customers.list()).map((c) => c.code).sort()).toEqual(['C/01#?', 'C002']);
    expect(await stores.customers.get('nope')).toBeNull();
  });

  it('keeps the contact letters are addressed to, and no contact when none was named', async () => {
    const durand = aCustomer({ code: 'C010', contact: { civility: 'Mme', name: 'Durand' } });
    const bernard = aCustomer({
      code: 'C009',
      type: 'B2C',
      siren: null,
      contact: { civility: 'M.', name: null },
    });
    await stores.customers.upsertMany([durand, bernard, aCustomer({ code: 'C011' })]);
    expect(await stores.customers.get('C010')).toEqual(durand);
    expect(await stores.customers.get('C009')).toEqual(bernard);
    expect(await stores.customers.get('C011')).not.toHaveProperty('contact');
  });
});

describe('invoices', () => {
  const a = anInvoice({ number: 'FA/2026/001', customerCode: 'C001', dueDate: calendarDate(2026, 11, 3) });
  const b = anInvoice({ number: 'F2026-0002', customerCode: 'C001', dueDate: calendarDate(2026, 10, 20) });
  const c = anInvoice({
    number: 'F2026-0003',
    customerCode: 'C002',
    dueDate: calendarDate(2026, 11, 10),
    status: 'paid',
    amountPaid: cents(120000),
  });

  beforeEach(async () => {
    await stores.invoices.saveMany([a, b, c].map((next) => ({ next, previous: null })));
  });

  it('answers per customer, per number, per due month, and open ones only', async () => {
    expect((await stores.invoices.listByCustomer('C001')).map((i) => i.number).sort()).toEqual([
      'F2026-0002',
      'FA/2026/001',
    ]);
    expect(await stores.invoices.findByNumber('FA/2026/001')).toEqual(a);
    expect((await stores.invoices.listDueIn(['2026-11'])).map((i) => i.number).sort()).toEqual([
      'F2026-0003',
      'FA/2026/001',
    ]);
    expect((await stores.invoices.listOpen()).map((i) => i.number).sort()).toEqual([
      'F2026-0002',
      'FA/2026/001',
    ]);
  });

  it('keeps the views in step when an invoice is paid or its due date moves', async () => {
    await stores.invoices.modify('C001', 'FA/2026/001', (inv) => ({
      ...inv,
      status: 'paid',
      dueDate: calendarDate(2026, 12, 1),
    }));
    expect((await stores.invoices.listOpen()).map((i) => i.number)).toEqual(['F2026-0002']);
    expect((await stores.invoices.listDueIn(['2026-11'])).map((i) => i.number)).toEqual(['F2026-0003']);
    expect((await stores.invoices.listDueIn(['2026-12'])).map((i) => i.number)).toEqual(['FA/2026/001']);
  });

  it('never loses an update when many writers change one invoice at once (ETag)', async () => {
    const writers = 12;
    const payments = Array.from({ length: writers }, (_, i) => ({
      id: `p${i}`,
      amount: cents(1000 + i),
      date: calendarDate(2026, 11, 20),
    }));
    await Promise.all(
      payments.map((p) =>
        stores.invoices.modify('C001', 'F2026-0002', (current: Invoice) => applyPayment(current, p)),
      ),
    );
    const final = await stores.invoices.get('C001', 'F2026-0002');
    expect(final?.amountPaid).toBe(payments.reduce((s, p) => s + p.amount, 0));
    expect(final?.appliedPaymentIds.sort()).toEqual(payments.map((p) => p.id).sort());
    expect(final?.status).toBe('partially_paid');
  });

  it('refuses a save computed from a stale version and reports it for a retry', async () => {
    const stale = await stores.invoices.getVersioned('C001', 'F2026-0002');
    await stores.invoices.modify('C001', 'F2026-0002', (inv) => ({ ...inv, orderRef: 'BC-1' }));
    const lost = await stores.invoices.saveMany([
      { next: { ...stale!.value, orderRef: 'BC-2' }, previous: stale },
    ]);
    expect(lost).toHaveLength(1);
    expect((await stores.invoices.get('C001', 'F2026-0002'))?.orderRef).toBe('BC-1');
  });

  it('rebuilds the views from the source of truth', async () => {
    await stores.storage.table('OpenInvoices').deleteEntity('open', 'F2026-0002');
    expect(await stores.invoices.rebuildViews()).toBe(3);
    expect((await stores.invoices.listOpen()).map((i) => i.number).sort()).toEqual([
      'F2026-0002',
      'FA/2026/001',
    ]);
  });
});

describe('journal', () => {
  it('is append-only and answers per invoice, customer and day, oldest first', async () => {
    const first = await stores.journal.append({
      actor: { id: 'aad-1', name: 'Camille Roux' },
      action: 'email.sent',
      target: { invoiceNumbers: ['F2026-0042'], customerCodes: ['C001'] },
      details: { messageId: '<x@y>' },
      outcome: 'ok',
    });
    await stores.journal.append({
      actor: { id: 'cli', name: 'import' },
      action: 'import.invoices',
      target: { ref: 'factures.csv' },
      outcome: 'ok',
    });
    expect(first.date).toBe('2026-11-23');
    expect((await stores.journal.listForInvoice('F2026-0042')).map((e) => e.action)).toEqual(['email.sent']);
    expect((await stores.journal.listForCustomer('C001'))[0]).toEqual(first);
    expect(
      (await stores.journal.listForDays(calendarDate(2026, 11, 22), calendarDate(2026, 11, 23))).map(
        (e) => e.action,
      ),
    ).toEqual(['email.sent', 'import.invoices']);
    expect('update' in stores.journal || 'delete' in stores.journal).toBe(false);
  });

  it('detects an entry altered behind its back', async () => {
    const entry = await stores.journal.append({
      actor: { id: 'x', name: 'X' },
      action: 'a',
      target: { invoiceNumbers: ['F2026-0042'] },
      outcome: 'ok',
    });
    // The invoice's copy: partition of the invoices F2026-00xx, row `<number>|<entry id>`.
    const table = stores.storage.table('Journal');
    const key = { partitionKey: 'inv2-F2026-00', rowKey: `F2026-0042|${entry.id}` };
    const row = await table.getEntity<{ entry: string }>(key.partitionKey, key.rowKey);
    await table.updateEntity({ ...key, entry: row.entry.replace('"a"', '"b"') }, 'Merge');
    await expect(stores.journal.listForInvoice('F2026-0042')).rejects.toThrow(/altered/);
  });
});

describe('payments', () => {
  it('records a payment once, under its invoice and its month', async () => {
    const payment = {
      id: 'abc',
      invoiceNumber: 'F2026-0001',
      customerCode: 'C001',
      date: calendarDate(2026, 11, 5),
      amount: cents(5000),
      method: 'virement',
      reference: 'VIR 123',
    };
    expect(await stores.payments.record(payment)).toBe(true);
    expect(await stores.payments.record(payment)).toBe(false);
    expect(await stores.payments.listByInvoice('F2026-0001')).toEqual([payment]);
    expect(await stores.payments.listByMonth('2026-11')).toEqual([payment]);
  });
});
