import type { CalendarDate } from '../../src/domain/calendar-date';
import type { Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { billableLateFees, paidLatePenalty } from '../../src/domain/paid-late';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { aCustomer, anInvoice } from '../support/fixtures';

const d = (iso: string) => iso as CalendarDate;
const pay = (
  invoiceNumber: string,
  date: string,
  amount: number,
  id = `${invoiceNumber}-${date}`,
): Payment => ({
  id,
  invoiceNumber,
  customerCode: 'C001',
  date: d(date),
  amount: cents(amount),
  method: null,
  reference: null,
});
const paidInvoice = (number: string, amount: number, dueDate: string, closedOn: string) =>
  anInvoice({
    number,
    amountInclTax: cents(amount),
    amountPaid: cents(amount),
    dueDate: d(dueDate),
    status: 'paid',
    closedOn: d(closedOn),
  });
const b2b = aCustomer();
const rates = DEFAULT_RATE_TABLE;

// Worked by hand: interest = cents × rate (bp) × days / (10 000 × 365), each payment's part from the
// day after the due date to the payment's date, summed exactly, rounded half up once per invoice.
// H1 2026: ECB 2,15 % + 10 = 12,15 % (1 215 bp); H2 2026: ECB 2,40 % + 10 = 12,40 % (1 240 bp).

describe('paidLatePenalty — interest on each part up to its payment', () => {
  it('follows the declining base: 5 000 € due 31 January 2026, 2 000 € on 2 March, 3 000 € on 15 April', () => {
    // 2 000 €: 1 Feb → 2 March = 28 + 2 = 30 days: 200 000 × 1 215 × 30 = 7 290 000 000
    // 3 000 €: 1 Feb → 15 April = 28 + 31 + 15 = 74 days: 300 000 × 1 215 × 74 = 26 973 000 000
    // Σ = 34 263 000 000 / 3 650 000 = 9 387,12… → 9 387 cents = 93,87 €; + 40 € = 133,87 €.
    const invoice = paidInvoice('F1', 500_000, '2026-01-31', '2026-04-15');
    const result = paidLatePenalty({
      customer: b2b,
      invoice,
      payments: [pay('F1', '2026-03-02', 200_000), pay('F1', '2026-04-15', 300_000)],
      rates,
    });
    expect(result).toEqual({
      kind: 'late',
      line: {
        number: 'F1',
        dueDate: d('2026-01-31'),
        paidOn: d('2026-04-15'),
        amount: cents(500_000),
        daysLate: 74,
        ratesBp: [1215],
        interest: cents(9387),
        indemnity: cents(4000),
        total: cents(13_387),
      },
    });
  });

  it('rounds once per invoice, not per payment', () => {
    // 1 500 € due 10 February 2026: 1 000,57 € on 20 February (10 days), 499,43 € on 2 March (20 days).
    //   100 057 × 1 215 × 10 = 1 215 692 550 → 333,066 cents
    //    49 943 × 1 215 × 20 = 1 213 614 900 → 332,497 cents
    //   Σ = 2 429 307 450 / 3 650 000 = 665,56 → 666 cents (rounded apart: 333 + 332 = 665).
    const invoice = paidInvoice('F2', 150_000, '2026-02-10', '2026-03-02');
    const result = paidLatePenalty({
      customer: b2b,
      invoice,
      payments: [pay('F2', '2026-02-20', 100_057), pay('F2', '2026-03-02', 49_943)],
      rates,
    });
    expect(result.kind === 'late' && result.line.interest).toBe(666);
  });

  it('crosses 1 July 2026 at the new rate: 1 000 € due 15 June, paid 20 July', () => {
    // 16 → 30 June: 15 days at 1 215: 100 000 × 1 215 × 15 = 1 822 500 000
    // 1 → 20 July: 20 days at 1 240: 100 000 × 1 240 × 20 = 2 480 000 000
    // Σ = 4 302 500 000 / 3 650 000 = 1 178,77 → 1 179 cents = 11,79 €; 35 days late.
    const invoice = paidInvoice('F3', 100_000, '2026-06-15', '2026-07-20');
    const result = paidLatePenalty({
      customer: b2b,
      invoice,
      payments: [pay('F3', '2026-07-20', 100_000)],
      rates,
    });
    expect(result.kind === 'late' && result.line).toMatchObject({
      interest: 1179,
      ratesBp: [1215, 1240],
      daysLate: 35,
      total: 5179,
    });
  });

  it('counts nothing on the part paid by the due date', () => {
    // 1 000 € due 31 March 2026: 600 € on 31 March (on time), 400 € on 10 April (10 days):
    //   40 000 × 1 215 × 10 = 486 000 000 / 3 650 000 = 133,15 → 133 cents.
    const invoice = paidInvoice('F4', 100_000, '2026-03-31', '2026-04-10');
    const result = paidLatePenalty({
      customer: b2b,
      invoice,
      payments: [pay('F4', '2026-03-31', 60_000), pay('F4', '2026-04-10', 40_000)],
      rates,
    });
    expect(result.kind === 'late' && [result.line.interest, result.line.daysLate]).toEqual([133, 10]);
  });

  it('settles on the closing day what no payment explains, and caps an overpayment', () => {
    // Marked paid by hand on 30 April 2026, no payment row: 1 000 € × 1 215 × 30 days (1 → 30 April)
    //   = 100 000 × 1 215 × 30 = 3 645 000 000 / 3 650 000 = 998,63 → 999 cents.
    const byHand = paidInvoice('F5', 100_000, '2026-03-31', '2026-04-30');
    const a = paidLatePenalty({ customer: b2b, invoice: byHand, payments: [], rates });
    expect(a.kind === 'late' && a.line.interest).toBe(999);
    // Overpaid: 1 500 € received on 30 April for 1 000 €: only the 1 000 € bears interest.
    const b = paidLatePenalty({
      customer: b2b,
      invoice: byHand,
      payments: [pay('F5', '2026-04-30', 150_000)],
      rates,
    });
    expect(b.kind === 'late' && b.line.interest).toBe(999);
  });

  it('applies a contractual rate above the floor: 15 % over 30 days on 1 000 €', () => {
    // 100 000 × 1 500 × 30 = 4 500 000 000 / 3 650 000 = 1 232,88 → 1 233 cents.
    const invoice = paidInvoice('F6', 100_000, '2026-03-31', '2026-04-30');
    const result = paidLatePenalty({
      customer: aCustomer({ contractualPenaltyRateBp: 1500 }),
      invoice,
      payments: [pay('F6', '2026-04-30', 100_000)],
      rates,
    });
    expect(result.kind === 'late' && [result.line.interest, result.line.ratesBp]).toEqual([1233, [1500]]);
  });

  it('owes nothing when paid on time, for an individual, or not fully paid', () => {
    const onTime = paidInvoice('F7', 100_000, '2026-03-31', '2026-03-31');
    expect(
      paidLatePenalty({
        customer: b2b,
        invoice: onTime,
        payments: [pay('F7', '2026-03-31', 100_000)],
        rates,
      }),
    ).toEqual({ kind: 'not_late' });
    const late = paidInvoice('F8', 100_000, '2026-03-31', '2026-04-30');
    expect(
      paidLatePenalty({
        customer: aCustomer({ type: 'B2C', siren: null }),
        invoice: late,
        payments: [],
        rates,
      }),
    ).toEqual({ kind: 'not_late' });
    const partly = { ...late, status: 'partially_paid' as const, amountPaid: cents(50_000), closedOn: null };
    expect(
      paidLatePenalty({ customer: b2b, invoice: partly, payments: [pay('F8', '2026-04-30', 50_000)], rates }),
    ).toEqual({ kind: 'not_late' });
  });

  it('owes the 40 € indemnity from a public buyer too', () => {
    const invoice = paidInvoice('F9', 100_000, '2026-03-31', '2026-04-30');
    const result = paidLatePenalty({ customer: aCustomer({ type: 'PUBLIC' }), invoice, payments: [], rates });
    expect(result.kind === 'late' && result.line.indemnity).toBe(4000);
  });

  it('leaves out an invoice whose semester rate is unknown', () => {
    // Due 15 December 2020: the table starts in 2021, the rate of H2 2020 is not known.
    const invoice = paidInvoice('F10', 100_000, '2020-12-15', '2021-01-10');
    expect(paidLatePenalty({ customer: b2b, invoice, payments: [], rates })).toEqual({
      kind: 'rate_unknown',
    });
  });
});

describe('billableLateFees — what the card may propose for a customer', () => {
  const today = d('2026-11-23');
  const invoices = [
    paidInvoice('F-OLD', 100_000, '2025-09-30', '2025-11-23'), // paid 12 months ago to the day: too old
    paidInvoice('F-A', 100_000, '2026-03-31', '2026-04-30'), // 30 days at 12,15 %: 999 cents
    paidInvoice('F-B', 100_000, '2026-06-15', '2026-07-20'), // 1 179 cents (above)
    paidInvoice('F-BILLED', 100_000, '2026-03-31', '2026-04-30'),
    paidInvoice('F-ONTIME', 100_000, '2026-03-31', '2026-03-30'),
  ];

  it('sums the invoices paid late within 12 months and not billed or waived yet', () => {
    const billable = billableLateFees({
      customer: b2b,
      invoices,
      payments: [],
      settled: new Set(['F-BILLED']),
      today,
      rates,
    });
    expect(billable.lines.map((l) => l.number)).toEqual(['F-A', 'F-B']);
    // 999 + 1 179 = 2 178 cents of interest; 2 × 40 € = 8 000; total 10 178 cents = 101,78 €.
    expect([billable.interest, billable.indemnity, billable.total]).toEqual([2178, 8000, 10_178]);
  });

  it('never bills a prior invoice of a customer under collective proceedings (L622-21, L622-7)', () => {
    const prior = {
      ...paidInvoice('F-PRIOR', 100_000, '2026-03-31', '2026-04-30'),
      issueDate: d('2026-03-01'),
    };
    const later = {
      ...paidInvoice('F-LATER', 100_000, '2026-10-31', '2026-11-20'),
      issueDate: d('2026-10-01'),
    };
    const billable = billableLateFees({
      customer: {
        ...b2b,
        insolvency: {
          kind: 'receivership',
          judgmentDate: d('2026-09-15'),
          court: 'Tribunal de commerce de Lyon',
          bodaccPublication: null,
          representative: { name: 'SELARL MJ', address: b2b.address, email: null },
          declarationSentOn: null,
        },
      },
      invoices: [prior, later],
      payments: [],
      settled: new Set(),
      today,
      rates,
    });
    // The prior invoice's penalties go to the claim declaration; the later one is billed.
    expect(billable.lines.map((l) => l.number)).toEqual(['F-LATER']);
  });

  it('still proposes an invoice paid 12 months ago less one day', () => {
    const recent = paidInvoice('F-EDGE', 100_000, '2025-09-30', '2025-11-24');
    const billable = billableLateFees({
      customer: b2b,
      invoices: [recent],
      payments: [],
      settled: new Set(),
      today,
      rates,
    });
    expect(billable.lines.map((l) => l.number)).toEqual(['F-EDGE']);
  });
});
