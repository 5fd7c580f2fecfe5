/**
 * Issue 19: a matched statement line is written once, `applying` under its import's run, and the
 * import marks its run done with one row per account and month instead of rewriting every line
 * `applied`. A line of a run not done stays `applying` (finished by the next import); a line of an
 * earlier import that a later one resumed is covered by the later run only; lines written
 * `applied` one by one before are read as they are.
 */
import { importStatement, type StatementImportResult } from '../../src/application/bank/import-statement';
import type { LineApplication, SeenStatementLine } from '../../src/application/ports';
import { calendarDate } from '../../src/domain/calendar-date';
import { cents } from '../../src/domain/money';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { camt053, type GenMovement } from '../support/bank-statements';
import { aCustomer, anInvoice } from '../support/fixtures';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

jest.setTimeout(60_000);

const MONDAY = calendarDate(2026, 11, 23);
const FRIDAY = calendarDate(2026, 11, 20);
const ACCOUNT = 'FR7630004000031234567890143';
let stores: TableStores;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(MONDAY));
});
afterEach(async () => {
  await stores.storage.dropTables();
});

const application = (invoiceNumber: string): LineApplication => ({
  entryRef: `REF-${invoiceNumber}`,
  bookingDate: FRIDAY,
  amount: cents(1000),
  payerName: 'BIOCOOP',
  payerIban: null,
  remittance: invoiceNumber,
  evidence: ['number'],
  allocations: [{ invoiceNumber, customerCode: 'C001', amount: cents(1000) }],
});

const line = (key: string, status: SeenStatementLine['status'], extra: Partial<SeenStatementLine> = {}) => ({
  key,
  account: ACCOUNT,
  month: '2026-11',
  status,
  ...extra,
});

describe('statement lines and their runs', () => {
  it('a line `applying` reads as applied once its run is done, and only then', async () => {
    await stores.bank.markSeen([
      line('L1', 'applying', { run: 'run-a', application: application('F1') }),
      line('L2', 'applying', { run: 'run-b', application: application('F2') }),
      line('L3', 'ignored'),
    ]);
    let seen = await stores.bank.seenLines(ACCOUNT, ['2026-11']);
    expect(seen.get('L1')).toMatchObject({
      status: 'applying',
      run: 'run-a',
      application: application('F1'),
    });

    await stores.bank.completeRun('run-a', [line('L1', 'applying')]);
    seen = await stores.bank.seenLines(ACCOUNT, ['2026-11']);
    expect(seen.get('L1')).toEqual(line('L1', 'applied'));
    // Another run's line is not done with it: the next import finishes it.
    expect(seen.get('L2')).toMatchObject({ status: 'applying', application: application('F2') });
    expect(seen.get('L3')).toMatchObject({ status: 'ignored' });
    // The run's row is no line.
    expect([...seen.keys()].sort()).toEqual(['L1', 'L2', 'L3']);
    expect([...(await stores.bank.seen(ACCOUNT, ['2026-11']))].sort()).toEqual(['L1', 'L2', 'L3']);
  });

  it('lines written before runs existed read as they were: `applied`, or `applying` to finish', async () => {
    await stores.bank.markSeen([
      line('OLD1', 'applied'),
      line('OLD2', 'applying', { application: application('F9') }),
    ]);
    await stores.bank.completeRun('some-run', [line('OLD2', 'applying')]);
    const seen = await stores.bank.seenLines(ACCOUNT, ['2026-11']);
    expect(seen.get('OLD1')).toEqual(line('OLD1', 'applied'));
    // Marked `applying` under no run: no run's completion may close it.
    expect(seen.get('OLD2')).toMatchObject({ status: 'applying', application: application('F9') });
  });
});

describe('lines marked together: group rows', () => {
  it('a few rows for many lines, each line read with its furthest mark', async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `L${String(i).padStart(3, '0')}`);
    await stores.bank.markSeen(
      keys.map((k, i) =>
        i < 150
          ? line(k, 'applying', { run: 'run-a', application: application(`F${i}`) })
          : line(k, i % 2 === 0 ? 'pending' : 'ignored'),
      ),
    );
    const rows: Array<{ rowKey?: string }> = [];
    for await (const row of stores.storage.table('BankLines').listEntities()) rows.push(row);
    // 200 lines: a few group rows (their applications over 30 000 characters: more than one).
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(10);
    expect(rows.every((r) => r.rowKey!.startsWith('!g-'))).toBe(true);
    let seen = await stores.bank.seenLines(ACCOUNT, ['2026-11']);
    expect([...seen.keys()].sort()).toEqual(keys);
    expect(seen.get('L007')).toMatchObject({
      status: 'applying',
      run: 'run-a',
      application: application('F7'),
    });
    expect(seen.get('L150')).toMatchObject({ status: 'pending' });
    expect(seen.get('L151')).toMatchObject({ status: 'ignored' });

    // A later import resumes two of them under its own run, alone and together, and is done.
    await stores.bank.markSeen([line('L001', 'applying', { run: 'run-b', application: application('F1') })]);
    await stores.bank.markSeen(
      ['L002', 'L003'].map((k, i) =>
        line(k, 'applying', { run: 'run-c', application: application(`F${i + 2}`) }),
      ),
    );
    await stores.bank.completeRun('run-b', [line('L001', 'applying')]);
    await stores.bank.completeRun('run-c', [line('L002', 'applying')]);
    seen = await stores.bank.seenLines(ACCOUNT, ['2026-11']);
    expect(seen.get('L001')).toEqual(line('L001', 'applied'));
    expect(seen.get('L002')).toEqual(line('L002', 'applied'));
    expect(seen.get('L003')).toEqual(line('L003', 'applied'));
    // The first run's other lines stay to finish.
    expect(seen.get('L004')).toMatchObject({ status: 'applying', run: 'run-a' });
    // The first run done: all its lines applied, the others unchanged.
    await stores.bank.completeRun('run-a', [line('L000', 'applying')]);
    seen = await stores.bank.seenLines(ACCOUNT, ['2026-11']);
    expect(keys.slice(0, 150).every((k) => seen.get(k)?.status === 'applied')).toBe(true);
    expect(seen.get('L150')).toMatchObject({ status: 'pending' });
    expect((await stores.bank.seen(ACCOUNT, ['2026-11'])).size).toBe(200);
  });
});

describe('an import resumed by an overlapping statement', () => {
  const credit = (entryRef: string, number: string, amount: number): GenMovement => ({
    direction: 'credit',
    amount: cents(amount),
    bookingDate: FRIDAY,
    entryRef,
    txs: [{ amount: cents(amount), payerName: 'BIOCOOP LYON', remittance: [`REGLEMENT ${number}`] }],
  });
  const A = credit('BQ-A', 'F2026-1042', 120000);
  const B = credit('BQ-B', 'F2026-1043', 30000);
  const C = credit('BQ-C', 'F2026-1044', 45000);
  const bytes = (text: string) => new TextEncoder().encode(text);
  const importInto = (target: TableStores, movements: GenMovement[]): Promise<StatementImportResult> =>
    importStatement(target, {
      fileName: 'releve.xml',
      actor: { id: 'cli', name: 'Test' },
      today: MONDAY,
      file: { bytes: bytes(camt053(movements, { version: '001.02' })) },
    });

  it('completes the lines it resumed, and leaves the first import’s other lines to finish', async () => {
    await stores.customers.upsertMany([aCustomer({ code: 'C001', legalName: 'Biocoop Lyon' })]);
    await stores.invoices.upsertMany([
      anInvoice({ number: 'F2026-1042', customerCode: 'C001', amountInclTax: cents(120000) }),
      anInvoice({ number: 'F2026-1043', customerCode: 'C001', amountInclTax: cents(30000) }),
      anInvoice({ number: 'F2026-1044', customerCode: 'C001', amountInclTax: cents(45000) }),
    ]);
    // The first statement stops after its lines were marked `applying`.
    const broken: TableStores = {
      ...stores,
      invoices: Object.assign(Object.create(stores.invoices), {
        saveMany: () => Promise.reject(new Error('injected storage fault')),
      }),
    };
    await expect(importInto(broken, [A, B, C])).rejects.toThrow('injected storage fault');

    // A later statement repeats one of its lines only: that line is finished, the others are not.
    const overlap = await importInto(stores, [B]);
    expect(overlap.counts).toMatchObject({ matched: 1, already: 0 });
    expect((await stores.invoices.get('C001', 'F2026-1043'))?.status).toBe('paid');
    expect((await stores.invoices.get('C001', 'F2026-1042'))?.amountPaid).toBe(0);

    // The first statement again: its two unfinished lines are finished, the third is known.
    const again = await importInto(stores, [A, B, C]);
    expect(again.counts).toMatchObject({ matched: 2, matchedAmount: 165000, already: 1 });
    for (const number of ['F2026-1042', 'F2026-1043', 'F2026-1044']) {
      expect((await stores.invoices.get('C001', number))?.status).toBe('paid');
      expect(await stores.payments.listByInvoice(number)).toHaveLength(1);
      expect(
        (await stores.journal.listForInvoice(number)).filter((e) => e.action === 'bank.matched'),
      ).toHaveLength(1);
    }
    expect((await importInto(stores, [A, B, C])).counts).toMatchObject({ matched: 0, already: 3 });
  });
});
