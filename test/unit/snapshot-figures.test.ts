/**
 * The day's snapshot on a small ledger whose every figure is computed by hand below (issue #18):
 * stocks as the ledger stood that evening, flows of the day, the DSO by countback and the late
 * rate over the last twelve months.
 */
import type { CalendarDate } from '../../src/domain/calendar-date';
import type { PenaltyBill } from '../../src/domain/late-fees';
import { EMPTY_DUNNING, type Invoice, type Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { snapshotOf, snapshotsOver, type SnapshotLedger } from '../../src/questions/snapshot-figures';
import { anInvoice } from '../support/fixtures';

const d = (text: string) => text as CalendarDate;
const eur = (n: number) => cents(Math.round(n * 100));

function inv(number: string, o: Partial<Invoice>): Invoice {
  return anInvoice({ number, ...o });
}
function pay(invoiceNumber: string, customerCode: string, date: string, amount: number): Payment {
  return {
    id: `${invoiceNumber}-${date}`,
    invoiceNumber,
    customerCode,
    date: d(date),
    amount: eur(amount),
    method: null,
    reference: null,
  };
}

// Customer A is low risk, B high risk. The snapshot is taken on Sunday 15 March 2026.
const invoices: Invoice[] = [
  // F1: 1 200 € due 9 Feb, 200 € paid on 1 March: 1 000 € owed, 34 days late (31–60).
  inv('F1', {
    customerCode: 'A',
    issueDate: d('2026-01-10'),
    dueDate: d('2026-02-09'),
    amountInclTax: eur(1200),
    amountPaid: eur(200),
    status: 'partially_paid',
  }),
  // F2: 600 € due 31 March: not due.
  inv('F2', {
    customerCode: 'B',
    issueDate: d('2026-03-01'),
    dueDate: d('2026-03-31'),
    amountInclTax: eur(600),
  }),
  // F3: 3 000 € due 31 Dec, at the law firm since 10 March: 74 days late (61–90), in litigation.
  inv('F3', {
    customerCode: 'B',
    issueDate: d('2025-12-01'),
    dueDate: d('2025-12-31'),
    amountInclTax: eur(3000),
    status: 'litigation',
    dunning: { ...EMPTY_DUNNING, lastStep: 'J+30', lastStepDate: d('2026-03-10') },
  }),
  // F4: 500 € due 3 March, paid on the 15th: settled that evening, collected that day, late.
  inv('F4', {
    customerCode: 'A',
    issueDate: d('2026-02-01'),
    dueDate: d('2026-03-03'),
    amountInclTax: eur(500),
    amountPaid: eur(500),
    status: 'paid',
    closedOn: d('2026-03-15'),
  }),
  // F5: 400 € due 7 March, paid on the 20th (after the date): owed on the 15th, 8 days late.
  inv('F5', {
    customerCode: 'A',
    issueDate: d('2026-02-05'),
    dueDate: d('2026-03-07'),
    amountInclTax: eur(400),
    amountPaid: eur(400),
    status: 'paid',
    closedOn: d('2026-03-20'),
  }),
  // F6: 250 € (50 € paid) written off on the 15th: 200 € lost that day.
  inv('F6', {
    customerCode: 'B',
    issueDate: d('2025-10-01'),
    dueDate: d('2025-10-31'),
    amountInclTax: eur(250),
    amountPaid: eur(50),
    status: 'written_off',
    closedOn: d('2026-03-15'),
  }),
  // F7: 100 € falling due on the 15th itself: not late yet.
  inv('F7', {
    customerCode: 'A',
    issueDate: d('2026-02-13'),
    dueDate: d('2026-03-15'),
    amountInclTax: eur(100),
  }),
  // F8: 300 € due 31 Jan, paid on 20 Jan: on time.
  inv('F8', {
    customerCode: 'A',
    issueDate: d('2026-01-01'),
    dueDate: d('2026-01-31'),
    amountInclTax: eur(300),
    amountPaid: eur(300),
    status: 'paid',
    closedOn: d('2026-01-20'),
  }),
];

const bill = (number: string, issuedOn: string, total: number): PenaltyBill => ({
  id: number,
  customerCode: 'A',
  number,
  issuedOn: d(issuedOn),
  lines: [],
  interest: eur(total - 40),
  indemnity: eur(40),
  total: eur(total),
  status: 'sent',
  decidedBy: { id: 'test', name: 'Test' },
  decidedAt: `${issuedOn}T08:00:00.000Z`,
  messageId: null,
  attempt: null,
  sentAt: null,
  sentTo: [],
  failure: null,
  collected: eur(0),
  collectedOn: null,
});

const ledger: SnapshotLedger = {
  invoices,
  payments: [
    pay('F1', 'A', '2026-03-01', 200),
    pay('F4', 'A', '2026-03-15', 500),
    pay('F5', 'A', '2026-03-20', 400),
    pay('PEN-2026-0002', 'A', '2026-03-15', 25),
  ],
  customers: new Map([
    ['A', { risk: 'low' as const }],
    ['B', { risk: 'high' as const }],
  ]),
  penaltyBills: [bill('PEN-2026-0003', '2026-03-15', 52.5), bill('PEN-2026-0002', '2026-03-14', 45)],
  penaltyNumbers: new Set(['PEN-2026-0002', 'PEN-2026-0003']),
};

describe('the snapshot of a day', () => {
  const s = snapshotOf(d('2026-03-15'), ledger);

  it('keeps the stocks as the ledger stood that evening', () => {
    // Owed: F1 1 000 + F2 600 + F3 3 000 + F5 400 + F7 100 = 5 100 €; past due: F1, F3, F5.
    expect(s.outstanding).toBe(eur(5100));
    expect(s.overdue).toBe(eur(4400));
    expect(s.overdueCount).toBe(3);
    expect(s.aged).toEqual({
      not_due: eur(700),
      d1_30: eur(400),
      d31_60: eur(1000),
      d61_90: eur(3000),
      over_90: eur(0),
    });
    expect(s.overdueByRisk).toEqual({ low: eur(1400), moderate: eur(0), high: eur(3000) });
    expect(s.overdueByCustomer).toEqual({ A: eur(1400), B: eur(3000) });
    expect(s.inLitigation).toBe(eur(3000));
  });

  it('computes the DSO by countback and the late rate over twelve months', () => {
    // 5 100 € against sales: March (15 days) 600 → 4 500 left; February (28) 1 000 → 3 500;
    // January (31) 1 500 → 2 000; December 3 000 covers it: 31 × 2 000 / 3 000.
    expect(s.dsoDays).toBeCloseTo(15 + 28 + 31 + (31 * 2000) / 3000, 6);
    // Due 1 April 2025 – 14 March 2026: F1, F3, F5 (unpaid), F4 (paid after), F6 (written off)
    // late; F8 on time: 5 of 6.
    expect(s.lateRate).toBeCloseTo((100 * 5) / 6, 6);
  });

  it('counts the flows of the day only', () => {
    expect(s.collected).toBe(eur(525));
    expect(s.fallingDue).toBe(eur(100));
    expect(s.writtenOff).toBe(eur(200));
    expect(s.penaltiesBilled).toBe(eur(52.5));
    expect(s.penaltiesCollected).toBe(eur(25));
  });

  it('replays an earlier day: later payments taken back, later closings undone', () => {
    const [before, after] = snapshotsOver([d('2026-03-14'), d('2026-03-20')], ledger);
    // On the 14th F4 (500) and F6 (200 left) were still owed and late; F3 was already with the firm.
    expect(before!.outstanding).toBe(eur(5800));
    expect(before!.overdue).toBe(eur(5100));
    expect(before!.writtenOff).toBe(eur(0));
    expect(before!.collected).toBe(eur(0));
    expect(before!.penaltiesBilled).toBe(eur(45));
    // On the 20th F5 is paid (400 collected) and F7 is 5 days late.
    expect(after!.outstanding).toBe(eur(4700));
    expect(after!.overdue).toBe(eur(4100));
    expect(after!.collected).toBe(eur(400));
    // Before its transfer (10 March) F3 was not in litigation.
    expect(snapshotOf(d('2026-03-09'), ledger).inLitigation).toBe(eur(0));
  });
});
