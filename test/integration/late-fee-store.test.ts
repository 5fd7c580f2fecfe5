import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { lateFeeId, type PenaltyBill, type PenaltyWaiver } from '../../src/domain/late-fees';
import { cents } from '../../src/domain/money';
import type { PaidLateLine } from '../../src/domain/paid-late';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
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

const d = (iso: string) => iso as CalendarDate;
const line = (number: string): PaidLateLine => ({
  number,
  dueDate: d('2026-03-31'),
  paidOn: d('2026-04-30'),
  amount: cents(100_000),
  daysLate: 30,
  ratesBp: [1215],
  interest: cents(999),
  indemnity: cents(4000),
  total: cents(4999),
});
const actor = { id: 'aad-1', name: 'Julie Moreau' };

function aBill(customerCode: string, numbers: string[]): PenaltyBill {
  return {
    id: lateFeeId(customerCode, numbers),
    customerCode,
    number: null,
    issuedOn: d('2026-11-23'),
    lines: numbers.map(line),
    interest: cents(999 * numbers.length),
    indemnity: cents(4000 * numbers.length),
    total: cents(4999 * numbers.length),
    status: 'claimed',
    decidedBy: actor,
    decidedAt: '2026-11-23T09:00:00.000Z',
    messageId: null,
    attempt: null,
    sentAt: null,
    sentTo: [],
    failure: null,
    collected: cents(0),
    collectedOn: null,
  };
}

function aWaiver(customerCode: string, numbers: string[]): PenaltyWaiver {
  return {
    id: lateFeeId(customerCode, numbers),
    customerCode,
    lines: numbers.map(line),
    total: cents(4999 * numbers.length),
    reason: 'Geste commercial',
    waivedOn: d('2026-11-23'),
    decidedBy: actor,
    decidedAt: '2026-11-23T09:00:00.000Z',
  };
}

describe('late fees: an invoice billed or waived at most once', () => {
  it('refuses a second bill or a waiver covering an invoice already billed, writing nothing', async () => {
    expect(await stores.lateFees.claim({ kind: 'bill', bill: aBill('C002', ['F1', 'FA/2026/2']) })).toBe(
      true,
    );
    expect(await stores.lateFees.claim({ kind: 'bill', bill: aBill('C002', ['F1', 'FA/2026/2']) })).toBe(
      false,
    );
    expect(await stores.lateFees.claim({ kind: 'waiver', waiver: aWaiver('C002', ['F3', 'F1']) })).toBe(
      false,
    );
    // F3 was not written by the refused waiver: it can still be billed.
    expect([...(await stores.lateFees.settledInvoices('C002'))].sort()).toEqual(['F1', 'FA/2026/2']);
    expect(await stores.lateFees.claim({ kind: 'waiver', waiver: aWaiver('C002', ['F3']) })).toBe(true);
    expect([...(await stores.lateFees.settledInvoices('C002'))].sort()).toEqual(['F1', 'F3', 'FA/2026/2']);
    expect((await stores.lateFees.listWaivers()).map((w) => w.lines.map((l) => l.number))).toEqual([['F3']]);
    // Another customer's invoices are its own.
    expect(await stores.lateFees.settledInvoices('C004')).toEqual(new Set());
  });

  it('lets only one of several simultaneous clicks bill the same invoices', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        stores.lateFees.claim({ kind: 'bill', bill: aBill('C002', ['F1', 'F2']) }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe('late fees: the penalty numbering', () => {
  it('numbers in sequence per year, once per bill, never twice the same number under concurrency', async () => {
    const bills = Array.from({ length: 8 }, (_, i) => aBill('C002', [`F${i}`]));
    for (const bill of bills) await stores.lateFees.claim({ kind: 'bill', bill });
    const numbers = await Promise.all(
      bills.map((b) => stores.lateFees.takeNumber('PEN', 2026, 'C002', b.id)),
    );
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `PEN-2026-${String(i + 1).padStart(4, '0')}`),
    );
    // Asked again (a retry after a crash), a bill gets its own number back, not a new one.
    expect(await stores.lateFees.takeNumber('PEN', 2026, 'C002', bills[3]!.id)).toBe(numbers[3]);
    // Another year starts again at 1.
    expect(await stores.lateFees.takeNumber('PEN', 2027, 'C002', 'other')).toBe('PEN-2027-0001');
  });

  it('finds a bill by its number and updates it under its ETag', async () => {
    const bill = aBill('C002', ['F1']);
    await stores.lateFees.claim({ kind: 'bill', bill });
    const number = await stores.lateFees.takeNumber('PEN', 2026, 'C002', bill.id);
    await stores.lateFees.modifyBill('C002', bill.id, (b) => ({ ...b, number, status: 'sent' }));
    expect(await stores.lateFees.findBillByNumber(number)).toMatchObject({
      id: bill.id,
      number,
      status: 'sent',
    });
    expect(await stores.lateFees.findBillByNumber('PEN-2026-0099')).toBeNull();
    expect((await stores.lateFees.listBills()).map((b) => b.number)).toEqual([number]);
  });
});

describe('late fees: the customer-wide waiver', () => {
  it('is set, read, listed and lifted', async () => {
    const waiver = {
      customerCode: 'C002',
      since: d('2026-11-23'),
      reason: 'Client stratégique',
      decidedBy: actor,
      decidedAt: '2026-11-23T09:00:00.000Z',
    };
    await stores.lateFees.setCustomerWaiver('C002', waiver);
    expect(await stores.lateFees.getCustomerWaiver('C002')).toEqual(waiver);
    expect(await stores.lateFees.listCustomerWaivers()).toEqual([waiver]);
    // The customer-wide waiver is not an invoice billed or waived.
    expect(await stores.lateFees.settledInvoices('C002')).toEqual(new Set());
    await stores.lateFees.setCustomerWaiver('C002', null);
    await stores.lateFees.setCustomerWaiver('C002', null);
    expect(await stores.lateFees.getCustomerWaiver('C002')).toBeNull();
  });
});
