/**
 * Issue 19's storage layout: the per-invoice copies of payments and journal entries share a
 * partition per ~100 consecutive invoice numbers (so a statement writes them in transactions), the
 * rows written before it under one partition per invoice are still read, and the open copies of
 * closed invoices are deleted in transactions that survive a row already gone.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { calendarDate } from '../../src/domain/calendar-date';
import { applyPayment, type Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { deleteInBatches } from '../../src/store/table-storage';
import { anInvoice } from '../support/fixtures';
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

const aPayment = (id: string, invoiceNumber: string, amount = 5000): Payment => ({
  id,
  invoiceNumber,
  customerCode: 'C001',
  date: calendarDate(2026, 11, 5),
  amount: cents(amount),
  method: 'virement',
  reference: `VIR ${id}`,
});

/** A payment as the layout before issue 19 wrote it: partition `inv-<number>`, row its id. */
async function writeOldPayment(payment: Payment): Promise<void> {
  await stores.storage.table('Payments').createEntity({
    partitionKey: `inv-${payment.invoiceNumber}`,
    rowKey: payment.id,
    ...payment,
  });
}

describe('payments by invoice', () => {
  it('keeps each invoice’s payments apart from its neighbours in the shared partition', async () => {
    await stores.payments.recordMany([
      aPayment('p1', 'F2026-0042'),
      aPayment('p2', 'F2026-0043'),
      aPayment('p3', 'F2026-0042', 700),
      aPayment('p4', 'F2026-0142'),
    ]);
    expect((await stores.payments.listByInvoice('F2026-0042')).map((p) => p.id)).toEqual(['p1', 'p3']);
    expect((await stores.payments.listByInvoice('F2026-0043')).map((p) => p.id)).toEqual(['p2']);
    expect((await stores.payments.listByInvoice('F2026-004')).map((p) => p.id)).toEqual([]);
    // Four payments of three invoices, two of which share their partition.
    const rows = stores.storage.table('Payments').listEntities({
      queryOptions: { filter: "PartitionKey ge 'inv2-' and PartitionKey lt 'inv2.'" },
    });
    const partitions = new Set<string>();
    for await (const row of rows) partitions.add(row.partitionKey!);
    expect([...partitions].sort()).toEqual(['inv2-F2026-00', 'inv2-F2026-01']);
  });

  it('records again payments already there among new ones: each once', async () => {
    await stores.payments.recordMany([aPayment('p1', 'F2026-0042'), aPayment('p9', 'F2026-0099')]);
    // A transaction of the shared partition with one row there already, one alone, and new ones.
    await stores.payments.recordMany([
      aPayment('p1', 'F2026-0042'),
      aPayment('p2', 'F2026-0043'),
      aPayment('p9', 'F2026-0099'),
      aPayment('p5', 'F2026-0510'),
    ]);
    // And a row alone in its partitions, there already.
    await stores.payments.recordMany([aPayment('p5', 'F2026-0510')]);
    expect((await stores.payments.listByInvoice('F2026-0042')).map((p) => p.id)).toEqual(['p1']);
    expect((await stores.payments.listByInvoice('F2026-0043')).map((p) => p.id)).toEqual(['p2']);
    expect((await stores.payments.listByInvoice('F2026-0099')).map((p) => p.id)).toEqual(['p9']);
    expect((await stores.payments.listByInvoice('F2026-0510')).map((p) => p.id)).toEqual(['p5']);
    const month = await stores.payments.listByMonth(
      '2026-11' as Parameters<typeof stores.payments.listByMonth>[0],
    );
    expect(month.map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p5', 'p9']);
    expect(month.find((p) => p.id === 'p1')).toEqual(aPayment('p1', 'F2026-0042'));
  });

  it('still reads the payments recorded before the new layout, each once', async () => {
    const old = aPayment('old', 'F2026-0042', 1200);
    await writeOldPayment(old);
    await stores.payments.recordMany([aPayment('new', 'F2026-0042')]);
    expect(await stores.payments.listByInvoice('F2026-0042')).toEqual([aPayment('new', 'F2026-0042'), old]);
    // Recorded again after the change: still one payment, and not counted as new.
    expect(await stores.payments.record(old)).toBe(false);
    await stores.payments.recordMany([old]);
    expect((await stores.payments.listByInvoice('F2026-0042')).map((p) => p.id)).toEqual(['new', 'old']);
    expect(await stores.payments.record(aPayment('other', 'F2026-0042'))).toBe(true);
  });
});

describe('payments recorded together: group rows', () => {
  const payments = Array.from({ length: 260 }, (_, i) =>
    // Long references: the group rows of one partition must split (30 000 characters each at most).
    ({
      ...aPayment(`g${String(i).padStart(3, '0')}`, `F2026-${String(i % 130).padStart(4, '0')}`, 100 + i),
      reference: `VIR ${'x'.repeat(150)} ${i}`,
    }),
  );
  const rowsOf = async () => {
    const rows: Array<{ partitionKey?: string; rowKey?: string }> = [];
    for await (const row of stores.storage.table('Payments').listEntities()) rows.push(row);
    return rows;
  };

  it('writes a few rows for many payments, and reads each payment back once by invoice and by month', async () => {
    await stores.payments.recordMany(payments);
    const rows = await rowsOf();
    // 260 payments, two copies each: a few group rows, not 520 rows.
    expect(rows.length).toBeLessThan(20);
    expect(rows.every((r) => r.rowKey!.startsWith('!g-'))).toBe(true);
    // The month's payments over 30 000 characters: more than one group row in its partition.
    expect(rows.filter((r) => r.partitionKey === 'month-2026-11').length).toBeGreaterThan(1);
    expect(await stores.payments.listByInvoice('F2026-0042')).toEqual([payments[42], payments[172]]);
    expect(await stores.payments.listByInvoice('F2026-0129')).toEqual([payments[129], payments[259]]);
    expect(await stores.payments.listByInvoice('F2026-0130')).toEqual([]);
    const month = await stores.payments.listByMonth(
      '2026-11' as Parameters<typeof stores.payments.listByMonth>[0],
    );
    expect(month).toEqual(payments);
  });

  it('recording the same payments again, alone or among others, keeps each once', async () => {
    await stores.payments.recordMany(payments);
    const before = (await rowsOf()).length;
    await stores.payments.recordMany([...payments].reverse());
    // The same payments make the same group rows, whatever their order.
    expect((await rowsOf()).length).toBe(before);
    // Again among new ones (other group rows), and one alone (a row of its own).
    await stores.payments.recordMany([
      ...payments.slice(0, 10),
      aPayment('new1', 'F2026-0003'),
      aPayment('new2', 'F2026-0003'),
    ]);
    await stores.payments.recordMany([payments[3]!]);
    expect((await rowsOf()).length).toBeGreaterThan(before);
    expect((await stores.payments.listByInvoice('F2026-0003')).map((p) => p.id)).toEqual([
      'g003',
      'g133',
      'new1',
      'new2',
    ]);
    const month = await stores.payments.listByMonth(
      '2026-11' as Parameters<typeof stores.payments.listByMonth>[0],
    );
    expect(month.map((p) => p.id)).toEqual([...payments.map((p) => p.id), 'new1', 'new2']);
  });

  it('reads group rows with rows of one payment and with the layout before issue 19', async () => {
    const old = aPayment('a-old', 'F2026-0042', 1200);
    await writeOldPayment(old);
    await stores.payments.recordMany([aPayment('b-alone', 'F2026-0042')]);
    await stores.payments.recordMany(payments);
    expect((await stores.payments.listByInvoice('F2026-0042')).map((p) => p.id)).toEqual([
      'a-old',
      'b-alone',
      'g042',
      'g172',
    ]);
  });
});

describe('journal by invoice', () => {
  it('reads the entries written before the new layout with the new ones, in order, checked', async () => {
    const first = await stores.journal.append({
      actor: { id: 'x', name: 'X' },
      action: 'email.sent',
      target: { invoiceNumbers: ['F2026-0041'] },
      outcome: 'ok',
    });
    // An entry written before the change, under `inv-F2026-0042`, older than the new ones.
    const oldEntry = { ...first, id: '000000000000001-000001-00000000', action: 'letter.generated' };
    const serialized = JSON.stringify(oldEntry);
    const sha256 = createHash('sha256').update(serialized).digest('hex');
    const journal = stores.storage.table('Journal');
    await journal.createEntity({
      partitionKey: 'inv-F2026-0042',
      rowKey: oldEntry.id,
      entry: serialized,
      sha256,
    });
    await stores.journal.appendMany([
      {
        actor: { id: 'x', name: 'X' },
        action: 'bank.matched',
        target: { invoiceNumbers: ['F2026-0042', 'F2026-0043'] },
        outcome: 'ok',
      },
    ]);
    expect((await stores.journal.listForInvoice('F2026-0042')).map((e) => e.action)).toEqual([
      'letter.generated',
      'bank.matched',
    ]);
    expect((await stores.journal.listForInvoice('F2026-0043')).map((e) => e.action)).toEqual([
      'bank.matched',
    ]);
    expect((await stores.journal.listForInvoice('F2026-0041')).map((e) => e.action)).toEqual(['email.sent']);

    // An old entry altered behind the journal's back is caught like a new one.
    await journal.updateEntity(
      { partitionKey: 'inv-F2026-0042', rowKey: oldEntry.id, entry: serialized.replace('letter', 'lettre') },
      'Merge',
    );
    await expect(stores.journal.listForInvoice('F2026-0042')).rejects.toThrow(/altered/);
  });
});

describe('journal entries appended together: group rows', () => {
  const entries = Array.from({ length: 150 }, (_, i) => ({
    actor: { id: 'x', name: 'X' },
    action: 'bank.matched',
    // Long remittances that deflate little: the group rows of one partition must split (30 000
    // characters each at most, deflated).
    target: {
      invoiceNumbers: [`F2026-${String(i % 120).padStart(4, '0')}`, ...(i === 7 ? ['F2026-0008'] : [])],
      customerCodes: [`C000${i % 3}`],
    },
    details: {
      line: `L${i}`,
      remittance: Array.from({ length: 12 }, (_, k) =>
        createHash('sha256').update(`${i}-${k}`).digest('hex'),
      ).join(''),
    },
    outcome: 'ok' as const,
  }));
  const copies = async () => {
    const rows: Array<{ partitionKey?: string; rowKey?: string }> = [];
    for await (const row of stores.storage.table('Journal').listEntities()) rows.push(row);
    return rows.filter((r) => !r.partitionKey!.startsWith('day-'));
  };

  it('copies many entries in a few rows, and each invoice and customer reads its own entries in order', async () => {
    const written = await stores.journal.appendMany(entries);
    const rows = await copies();
    // 150 entries (one on two invoices), each on its invoice and its customer: a few rows, not 301.
    expect(rows.length).toBeLessThan(20);
    expect(rows.every((r) => r.rowKey!.startsWith('!g-'))).toBe(true);
    expect(rows.filter((r) => r.partitionKey === 'cust2-C00').length).toBeGreaterThan(1);
    const lines = (list: Array<{ details?: Record<string, unknown> }>) =>
      list.map((e) => e.details?.['line']);
    expect(lines(await stores.journal.listForInvoice('F2026-0007'))).toEqual(['L7', 'L127']);
    expect(lines(await stores.journal.listForInvoice('F2026-0008'))).toEqual(['L7', 'L8', 'L128']);
    expect(lines(await stores.journal.listForInvoice('F2026-0120'))).toEqual([]);
    const customer = await stores.journal.listForCustomer('C0001');
    expect(customer).toEqual(written.filter((e) => e.target.customerCodes?.includes('C0001')));
    expect(customer).toHaveLength(50);
    // The day's entries too: a few group rows, read back whole and in order.
    const days: Array<{ partitionKey?: string; rowKey?: string }> = [];
    for await (const row of stores.storage.table('Journal').listEntities({
      queryOptions: { filter: "PartitionKey eq 'day-2026-11-23'" },
    }))
      days.push(row);
    expect(days.length).toBeGreaterThan(1);
    expect(days.length).toBeLessThan(10);
    expect(days.every((r) => r.rowKey!.startsWith('!g-'))).toBe(true);
    await stores.journal.append({ ...entries[0]!, action: 'alone' });
    expect(
      (await stores.journal.listForDays(calendarDate(2026, 11, 23), calendarDate(2026, 11, 23))).map(
        (e) => e.id,
      ),
    ).toEqual([...written.map((e) => e.id), expect.any(String)]);
    expect(await stores.journal.listForDays(calendarDate(2026, 11, 23), calendarDate(2026, 11, 23))).toEqual(
      expect.arrayContaining(written),
    );
  });

  it('reads group rows with rows of one entry, and catches a group row altered', async () => {
    await stores.journal.appendMany([entries[0]!]);
    await stores.journal.appendMany(entries);
    expect((await stores.journal.listForInvoice('F2026-0000')).map((e) => e.details?.['line'])).toEqual([
      'L0',
      'L0',
      'L120',
    ]);
    // The group row that holds F2026-0001's entry L1, altered behind the journal's back (its
    // entries deflated again, its checksum left).
    const journal = stores.storage.table('Journal');
    const groups = journal.listEntities<{ deflated: string }>({
      queryOptions: { filter: "PartitionKey eq 'inv2-F2026-00' and RowKey ge '!g-' and RowKey lt '!g.'" },
    });
    let altered = 0;
    for await (const row of groups) {
      const text = inflateRawSync(Buffer.from(row.deflated, 'base64')).toString('utf8');
      if (!text.includes('"line":"L1",')) continue;
      await journal.updateEntity(
        {
          partitionKey: row.partitionKey!,
          rowKey: row.rowKey!,
          deflated: deflateRawSync(Buffer.from(text.replace('"line":"L1",', '"line":"L9",'))).toString(
            'base64',
          ),
        },
        'Merge',
      );
      altered++;
    }
    expect(altered).toBe(1);
    await expect(stores.journal.listForInvoice('F2026-0001')).rejects.toThrow(/altered/);
  });

  it('stores group rows deflated, and still reads (and checks) group rows written before as plain JSON', async () => {
    const written = await stores.journal.appendMany(entries.slice(0, 10));
    const journal = stores.storage.table('Journal');
    const rows: Array<{ rowKey?: string; deflated?: string; entries?: string }> = [];
    for await (const row of journal.listEntities<{ deflated?: string; entries?: string }>())
      if (row.rowKey!.startsWith('!g-')) rows.push(row);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.deflated && r.entries === undefined)).toBe(true);
    // A group row of before: the entries as JSON in `entries`, the SHA-256 of that text.
    const before = [
      { ...written[0]!, id: '000000000000001-000001-00000001', details: { line: 'OLD1' } },
      { ...written[0]!, id: '000000000000001-000002-00000001', details: { line: 'OLD2' } },
    ];
    const text = `[${before.map((e) => JSON.stringify(e)).join(',')}]`;
    await journal.createEntity({
      partitionKey: 'inv2-F2026-00',
      rowKey: '!g-old',
      entries: text,
      sha256: createHash('sha256').update(text).digest('hex'),
    });
    expect((await stores.journal.listForInvoice('F2026-0000')).map((e) => e.details?.['line'])).toEqual([
      'OLD1',
      'OLD2',
      'L0',
    ]);
    await journal.updateEntity(
      { partitionKey: 'inv2-F2026-00', rowKey: '!g-old', entries: text.replace('OLD2', 'OLD3') },
      'Merge',
    );
    await expect(stores.journal.listForInvoice('F2026-0000')).rejects.toThrow(/altered/);
  });
});

describe('journal by customer', () => {
  it('keeps customers of close codes apart and still reads the entries of the old layout', async () => {
    const entry = (action: string, customerCodes: string[]) => ({
      actor: { id: 'x', name: 'X' },
      action,
      target: { customerCodes },
      outcome: 'ok' as const,
    });
    const first = await stores.journal.append(entry('email.sent', ['C00012']));
    const oldEntry = { ...first, id: '000000000000001-000001-00000000', action: 'letter.generated' };
    const serialized = JSON.stringify(oldEntry);
    await stores.storage.table('Journal').createEntity({
      partitionKey: 'cust-C00012',
      rowKey: oldEntry.id,
      entry: serialized,
      sha256: createHash('sha256').update(serialized).digest('hex'),
    });
    await stores.journal.appendMany([entry('bank.matched', ['C00012', 'C00013']), entry('a', ['C0001'])]);
    expect((await stores.journal.listForCustomer('C00012')).map((e) => e.action)).toEqual([
      'letter.generated',
      'email.sent',
      'bank.matched',
    ]);
    expect((await stores.journal.listForCustomer('C00013')).map((e) => e.action)).toEqual(['bank.matched']);
    expect((await stores.journal.listForCustomer('C0001')).map((e) => e.action)).toEqual(['a']);
  });
});

describe('open copies of closed invoices', () => {
  it('are deleted in transactions, even when one of them is already gone', async () => {
    const invoices = Array.from({ length: 130 }, (_, i) =>
      anInvoice({ number: `F2026-${String(i + 1).padStart(4, '0')}`, customerCode: `C${i % 3}` }),
    );
    await stores.invoices.upsertMany(invoices);
    expect(await stores.invoices.listOpen()).toHaveLength(130);
    // Another writer (or an earlier run that stopped) already removed one open copy.
    await stores.storage.table('OpenInvoices').deleteEntity('open', 'F2026-0007');
    const saves = await Promise.all(
      invoices.slice(0, 120).map(async (invoice) => {
        const previous = (await stores.invoices.getVersioned(invoice.customerCode, invoice.number))!;
        const payment = aPayment(`pay-${invoice.number}`, invoice.number, invoice.amountInclTax);
        return { next: applyPayment(previous.value, payment)!, previous };
      }),
    );
    expect(await stores.invoices.saveMany(saves)).toEqual([]);
    const open = await stores.invoices.listOpen();
    expect(open.map((i) => i.number).sort()).toEqual(invoices.slice(120).map((i) => i.number));
  });

  it('views updated in place, and written again where one lagged (missing)', async () => {
    const invoices = Array.from({ length: 6 }, (_, i) =>
      anInvoice({ number: `F2026-07${i}`, customerCode: 'C001', amountInclTax: cents(10000) }),
    );
    await stores.invoices.upsertMany(invoices);
    // A crash between the truth and its views of an earlier write: two invoices lost their copies.
    const [lagging, alsoLagging] = invoices;
    const views = stores.storage.table('InvoiceViews');
    const dueRow = async (number: string) => {
      for await (const row of views.listEntities<{ amountPaid: number }>({
        queryOptions: { filter: `RowKey eq '${number}'` },
      }))
        if (row.partitionKey?.startsWith('due-')) return row;
      return null;
    };
    const due = (await dueRow(lagging!.number))!;
    await views.deleteEntity(due.partitionKey!, due.rowKey!);
    await stores.storage.table('OpenInvoices').deleteEntity('open', alsoLagging!.number);
    const saves = await Promise.all(
      invoices.map(async (invoice, i) => {
        const previous = (await stores.invoices.getVersioned(invoice.customerCode, invoice.number))!;
        // A partial payment: each stays open, its open copy updated.
        const payment = aPayment(`part-${i}`, invoice.number, 2500);
        return { next: applyPayment(previous.value, payment)!, previous };
      }),
    );
    expect(await stores.invoices.saveMany(saves)).toEqual([]);
    for (const invoice of invoices) expect((await dueRow(invoice.number))?.amountPaid).toBe(2500);
    const open = await stores.invoices.listOpen();
    expect(open.map((i) => [i.number, i.amountPaid]).sort()).toEqual(
      invoices.map((i) => [i.number, 2500]).sort(),
    );
  });

  it('deleteInBatches deletes more than a transaction holds, absent rows included', async () => {
    const table = stores.storage.table('InvoiceViews');
    const keys = Array.from({ length: 250 }, (_, i) => ({ partitionKey: `p${i % 2}`, rowKey: `r${i}` }));
    for (const key of keys.filter((_, i) => i !== 3 && i !== 200)) await table.createEntity(key);
    await table.createEntity({ partitionKey: 'p0', rowKey: 'kept' });
    await deleteInBatches(table, keys);
    const left: string[] = [];
    for await (const row of table.listEntities()) left.push(`${row.partitionKey}/${row.rowKey}`);
    expect(left).toEqual(['p0/kept']);
  });
});

describe('invoices of many customers', () => {
  it('reads the wanted customers’ invoices by ranges, and only theirs', async () => {
    const codes = ['C1', 'C15', 'C2', 'C3', 'C4', 'C5'];
    await stores.invoices.upsertMany(
      codes.flatMap((code) => [
        anInvoice({ number: `${code}-A`, customerCode: code }),
        anInvoice({ number: `${code}-B`, customerCode: code }),
      ]),
    );
    // C15 has invoices but is not a known customer: inside the range C1–C2, yet left out.
    const read = await stores.invoices.listByCustomersVersioned(
      ['C1', 'C2', 'C4'],
      ['C5', 'C4', 'C3', 'C2', 'C1'],
    );
    expect(read.map((v) => v.value.number).sort()).toEqual(['C1-A', 'C1-B', 'C2-A', 'C2-B', 'C4-A', 'C4-B']);
    // Versioned: a save conditioned on what was read goes through.
    const [first] = read;
    const next = { ...first!.value, orderRef: 'BC-1' };
    expect(await stores.invoices.saveMany([{ next, previous: first! }])).toEqual([]);
    expect((await stores.invoices.get(next.customerCode, next.number))?.orderRef).toBe('BC-1');
  });
});
