/**
 * An independent oracle for the late-payment interest: every expected figure below was computed
 * by hand (the arithmetic is in the comments) and is written as a literal — never obtained from
 * the code's helpers. Each period: cents × rate (bp) × days / 3 650 000 (10 000 bp × 365 days);
 * the periods' exact sum is rounded half up to the cent ONCE per invoice.
 *
 * Rates used (DEFAULT_RATE_TABLE): ECB 1 Jan 2023 2,50 % · 1 Jul 2023 4,00 % · 1 Jan 2024 4,50 % ·
 * 1 Jul 2024 4,25 % · 1 Jan 2025 3,15 % · 1 Jul 2025 2,15 % · 1 Jan 2026 2,15 % · 1 Jul 2026 2,40 %;
 * legal rate « tous les autres cas »: H1 2023 2,06 % · H2 2023 4,22 % · H1 2024 5,07 % · H2 2024
 * 4,92 % · H1 2025 3,71 % · H2 2025 2,76 % · H1 2026 2,62 % · H2 2026 unknown.
 */
import type { CalendarDate } from '../../src/domain/calendar-date';
import {
  computeLatePenalty,
  computePaidLatePenalty,
  type LatePenaltyInput,
  type PaidLatePenaltyInput,
} from '../../src/domain/late-penalties';
import { cents } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE, type RateTable } from '../../src/domain/rate-table';

const d = (iso: string) => iso as CalendarDate;
const paid = (date: string, amount: number) => ({ date: d(date), amount: cents(amount) });

const ZERO_ECB_2028: RateTable = {
  ecbMainRefinancingRate: [{ from: d('2028-01-01'), rateBp: 0 }],
  legalInterestRateProfessional: [],
  legalInterestRateIndividual: [],
};

function late(input: Partial<LatePenaltyInput> & Pick<LatePenaltyInput, 'amountDue' | 'dueDate' | 'asOf'>) {
  return computeLatePenalty({
    customerType: 'B2B',
    contractualRateBp: null,
    rates: DEFAULT_RATE_TABLE,
    ...input,
  });
}

function paidLate(
  input: Partial<PaidLatePenaltyInput> & Pick<PaidLatePenaltyInput, 'amountInclTax' | 'payments' | 'dueDate'>,
) {
  return computePaidLatePenalty({
    customerType: 'B2B',
    contractualRateBp: null,
    rates: DEFAULT_RATE_TABLE,
    ...input,
  });
}

/** The periods as [from, to, base in cents, rate in bp, days]. */
const spans = (result: ReturnType<typeof late>) =>
  result.periods.map((p) => [p.from, p.to, p.base, p.rateBp, p.days]);

describe('penalty oracle — figures computed by hand', () => {
  it('two half-years: 1 200 € due 31 May 2025, as of 31 August 2025', () => {
    // 1 Jun 2025 → 30 Jun 2025: 30 days × 120 000 cents × 1315 bp (ECB 1 Jan 2025 3,15 % + 10)
    //   = 4 734 000 000
    // 1 Jul 2025 → 31 Aug 2025: 62 days × 120 000 cents × 1215 bp (ECB 1 Jul 2025 2,15 % + 10)
    //   = 9 039 600 000
    // sum 13 773 600 000 / 3 650 000 = 3773.5890 cents → 3 774 cents = 37,74 €
    // + indemnity 40,00 € = 77,74 €
    const result = late({ amountDue: cents(120_000), dueDate: d('2025-05-31'), asOf: d('2025-08-31') });
    expect(spans(result)).toEqual([
      ['2025-06-01', '2025-06-30', 120000, 1315, 30],
      ['2025-07-01', '2025-08-31', 120000, 1215, 62],
    ]);
    expect(result.interest).toBe(3774);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(7774);
    expect(result.complete).toBe(true);
  });

  it('year end 2025 → 2026: 3 000 € due 15 December 2025, as of 20 January 2026', () => {
    // 16 Dec 2025 → 31 Dec 2025: 16 days × 300 000 cents × 1215 bp (ECB 1 Jul 2025 2,15 % + 10)
    //   = 5 832 000 000
    // 1 Jan 2026 → 20 Jan 2026: 20 days × 300 000 cents × 1215 bp (ECB 1 Jan 2026 2,15 % + 10)
    //   = 7 290 000 000
    // sum 13 122 000 000 / 3 650 000 = 3595.0685 cents → 3 595 cents = 35,95 €
    // + indemnity 40,00 € = 75,95 €
    const result = late({ amountDue: cents(300_000), dueDate: d('2025-12-15'), asOf: d('2026-01-20') });
    expect(spans(result)).toEqual([
      ['2025-12-16', '2025-12-31', 300000, 1215, 16],
      ['2026-01-01', '2026-01-20', 300000, 1215, 20],
    ]);
    expect(result.interest).toBe(3595);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(7595);
    expect(result.complete).toBe(true);
  });

  it('year end 2024 → 2025: 2 500 € due 20 December 2024, as of 10 January 2025', () => {
    // 21 Dec 2024 → 31 Dec 2024: 11 days × 250 000 cents × 1425 bp (ECB 1 Jul 2024 4,25 % + 10)
    //   = 3 918 750 000
    // 1 Jan 2025 → 10 Jan 2025: 10 days × 250 000 cents × 1315 bp (ECB 1 Jan 2025 3,15 % + 10)
    //   = 3 287 500 000
    // sum 7 206 250 000 / 3 650 000 = 1974.3151 cents → 1 974 cents = 19,74 €
    // + indemnity 40,00 € = 59,74 €
    const result = late({ amountDue: cents(250_000), dueDate: d('2024-12-20'), asOf: d('2025-01-10') });
    expect(spans(result)).toEqual([
      ['2024-12-21', '2024-12-31', 250000, 1425, 11],
      ['2025-01-01', '2025-01-10', 250000, 1315, 10],
    ]);
    expect(result.interest).toBe(1974);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5974);
    expect(result.complete).toBe(true);
  });

  it('leap year: 10 000 € due 15 February 2024, as of 15 March 2024 (29 February counted)', () => {
    // 16 Feb 2024 → 15 Mar 2024: 29 days × 1 000 000 cents × 1450 bp (ECB 1 Jan 2024 4,50 % + 10)
    //   = 42 050 000 000
    // sum 42 050 000 000 / 3 650 000 = 11520.5479 cents → 11 521 cents = 115,21 €
    // + indemnity 40,00 € = 155,21 €
    const result = late({ amountDue: cents(1_000_000), dueDate: d('2024-02-15'), asOf: d('2024-03-15') });
    expect(spans(result)).toEqual([['2024-02-16', '2024-03-15', 1000000, 1450, 29]]);
    expect(result.interest).toBe(11521);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(15521);
    expect(result.complete).toBe(true);
  });

  it('leap year 2024 whole: 1 000 € due 31 December 2023, as of 31 December 2024 (366 days, each 1/365)', () => {
    // 1 Jan 2024 → 30 Jun 2024: 182 days × 100 000 cents × 1450 bp (ECB 1 Jan 2024 4,50 % + 10)
    //   = 26 390 000 000
    // 1 Jul 2024 → 31 Dec 2024: 184 days × 100 000 cents × 1425 bp (ECB 1 Jul 2024 4,25 % + 10)
    //   = 26 220 000 000
    // sum 52 610 000 000 / 3 650 000 = 14413.6986 cents → 14 414 cents = 144,14 €
    // + indemnity 40,00 € = 184,14 €
    const result = late({ amountDue: cents(100_000), dueDate: d('2023-12-31'), asOf: d('2024-12-31') });
    expect(spans(result)).toEqual([
      ['2024-01-01', '2024-06-30', 100000, 1450, 182],
      ['2024-07-01', '2024-12-31', 100000, 1425, 184],
    ]);
    expect(result.interest).toBe(14414);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(18414);
    expect(result.complete).toBe(true);
  });

  it("the issue's partial payments: 5 000 € due 31 January 2026, 2 000 € paid 2 March, 1 000 € paid 15 April, as of 30 June 2026", () => {
    // 1 Feb 2026 → 2 Mar 2026: 30 days × 500 000 cents × 1215 bp (12,15 %, the payment day still on 5 000 €)
    //   = 18 225 000 000
    // 3 Mar 2026 → 15 Apr 2026: 44 days × 300 000 cents × 1215 bp (12,15 %)
    //   = 16 038 000 000
    // 16 Apr 2026 → 30 Jun 2026: 76 days × 200 000 cents × 1215 bp (12,15 %)
    //   = 18 468 000 000
    // sum 52 731 000 000 / 3 650 000 = 14446.8493 cents → 14 447 cents = 144,47 €
    // + indemnity 40,00 € = 184,47 €
    // The old code (today's balance for the whole period): 200 000 × 1 215 × 150 = 36 450 000 000 → 9 986,30 → 99,86 €.
    const result = late({
      amountDue: cents(200_000),
      amountInclTax: cents(500_000),
      payments: [paid('2026-03-02', 200_000), paid('2026-04-15', 100_000)],
      dueDate: d('2026-01-31'),
      asOf: d('2026-06-30'),
    });
    expect(spans(result)).toEqual([
      ['2026-02-01', '2026-03-02', 500000, 1215, 30],
      ['2026-03-03', '2026-04-15', 300000, 1215, 44],
      ['2026-04-16', '2026-06-30', 200000, 1215, 76],
    ]);
    expect(result.interest).toBe(14447);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(18447);
    expect(result.complete).toBe(true);
  });

  it('partial payment then a semester change: 4 000 € due 31 May 2026, 1 500 € paid 20 June, as of 31 July 2026', () => {
    // 1 Jun 2026 → 20 Jun 2026: 20 days × 400 000 cents × 1215 bp (12,15 %)
    //   = 9 720 000 000
    // 21 Jun 2026 → 30 Jun 2026: 10 days × 250 000 cents × 1215 bp (12,15 %)
    //   = 3 037 500 000
    // 1 Jul 2026 → 31 Jul 2026: 31 days × 250 000 cents × 1240 bp (ECB 1 Jul 2026 2,40 % + 10)
    //   = 9 610 000 000
    // sum 22 367 500 000 / 3 650 000 = 6128.0822 cents → 6 128 cents = 61,28 €
    // + indemnity 40,00 € = 101,28 €
    const result = late({
      amountDue: cents(250_000),
      amountInclTax: cents(400_000),
      payments: [paid('2026-06-20', 150_000)],
      dueDate: d('2026-05-31'),
      asOf: d('2026-07-31'),
    });
    expect(spans(result)).toEqual([
      ['2026-06-01', '2026-06-20', 400000, 1215, 20],
      ['2026-06-21', '2026-06-30', 250000, 1215, 10],
      ['2026-07-01', '2026-07-31', 250000, 1240, 31],
    ]);
    expect(result.interest).toBe(6128);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(10128);
    expect(result.complete).toBe(true);
  });

  it('payment before the due date: 2 000 € due 31 March 2026, 500 € paid 10 March, as of 30 April 2026', () => {
    // 1 Apr 2026 → 30 Apr 2026: 30 days × 150 000 cents × 1215 bp (12,15 %, only the 1 500 € left)
    //   = 5 467 500 000
    // sum 5 467 500 000 / 3 650 000 = 1497.9452 cents → 1 498 cents = 14,98 €
    // + indemnity 40,00 € = 54,98 €
    const result = late({
      amountDue: cents(150_000),
      amountInclTax: cents(200_000),
      payments: [paid('2026-03-10', 50_000)],
      dueDate: d('2026-03-31'),
      asOf: d('2026-04-30'),
    });
    expect(spans(result)).toEqual([['2026-04-01', '2026-04-30', 150000, 1215, 30]]);
    expect(result.interest).toBe(1498);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5498);
    expect(result.complete).toBe(true);
  });

  it('payment on the due date: 2 000 € due 31 March 2026, 800 € paid 31 March, as of 30 April 2026', () => {
    // 1 Apr 2026 → 30 Apr 2026: 30 days × 120 000 cents × 1215 bp (12,15 %: paid on the due date, it never bears interest)
    //   = 4 374 000 000
    // sum 4 374 000 000 / 3 650 000 = 1198.3562 cents → 1 198 cents = 11,98 €
    // + indemnity 40,00 € = 51,98 €
    const result = late({
      amountDue: cents(120_000),
      amountInclTax: cents(200_000),
      payments: [paid('2026-03-31', 80_000)],
      dueDate: d('2026-03-31'),
      asOf: d('2026-04-30'),
    });
    expect(spans(result)).toEqual([['2026-04-01', '2026-04-30', 120000, 1215, 30]]);
    expect(result.interest).toBe(1198);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5198);
    expect(result.complete).toBe(true);
  });

  it('payment the day after the due date: 2 000 € due 31 March 2026, 800 € paid 1 April, as of 30 April 2026', () => {
    // 1 Apr 2026 → 1 Apr 2026: 1 days × 200 000 cents × 1215 bp (12,15 %: the payment day still bears interest on 2 000 €)
    //   = 243 000 000
    // 2 Apr 2026 → 30 Apr 2026: 29 days × 120 000 cents × 1215 bp (12,15 %)
    //   = 4 228 200 000
    // sum 4 471 200 000 / 3 650 000 = 1224.9863 cents → 1 225 cents = 12,25 €
    // + indemnity 40,00 € = 52,25 €
    const result = late({
      amountDue: cents(120_000),
      amountInclTax: cents(200_000),
      payments: [paid('2026-04-01', 80_000)],
      dueDate: d('2026-03-31'),
      asOf: d('2026-04-30'),
    });
    expect(spans(result)).toEqual([
      ['2026-04-01', '2026-04-01', 200000, 1215, 1],
      ['2026-04-02', '2026-04-30', 120000, 1215, 29],
    ]);
    expect(result.interest).toBe(1225);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5225);
    expect(result.complete).toBe(true);
  });

  it('overpayment: 1 000 € due 31 January 2026, 600 € paid 10 and 20 February, as of 31 March 2026', () => {
    // 1 Feb 2026 → 10 Feb 2026: 10 days × 100 000 cents × 1215 bp (12,15 %)
    //   = 1 215 000 000
    // 11 Feb 2026 → 20 Feb 2026: 10 days × 40 000 cents × 1215 bp (12,15 %)
    //   = 486 000 000
    // sum 1 701 000 000 / 3 650 000 = 466.0274 cents → 466 cents = 4,66 €
    // + indemnity 40,00 € = 44,66 €
    // From 21 February the base is 0 (never negative): the 200 € overpaid earn nothing and cost nothing.
    const result = late({
      amountDue: cents(0),
      amountInclTax: cents(100_000),
      payments: [paid('2026-02-10', 60_000), paid('2026-02-20', 60_000)],
      dueDate: d('2026-01-31'),
      asOf: d('2026-03-31'),
    });
    expect(spans(result)).toEqual([
      ['2026-02-01', '2026-02-10', 100000, 1215, 10],
      ['2026-02-11', '2026-02-20', 40000, 1215, 10],
    ]);
    expect(result.interest).toBe(466);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4466);
    expect(result.complete).toBe(true);
  });

  it('a payment dated after asOf is ignored: 1 000 € due 31 January 2026, paid 15 April, as of 31 March 2026', () => {
    // 1 Feb 2026 → 31 Mar 2026: 59 days × 100 000 cents × 1215 bp (12,15 %, 28 + 31 days)
    //   = 7 168 500 000
    // sum 7 168 500 000 / 3 650 000 = 1963.9726 cents → 1 964 cents = 19,64 €
    // + indemnity 40,00 € = 59,64 €
    const result = late({
      amountDue: cents(0),
      amountInclTax: cents(100_000),
      payments: [paid('2026-04-15', 100_000)],
      dueDate: d('2026-01-31'),
      asOf: d('2026-03-31'),
    });
    expect(spans(result)).toEqual([['2026-02-01', '2026-03-31', 100000, 1215, 59]]);
    expect(result.interest).toBe(1964);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5964);
    expect(result.complete).toBe(true);
  });

  it('paid without a date: 3 000 € due 31 January 2026, 1 000 € paid (import, no date) and 500 € paid 28 February, as of 31 March 2026', () => {
    // 1 Feb 2026 → 28 Feb 2026: 28 days × 200 000 cents × 1215 bp (12,15 %: the undated 1 000 € count as paid on the due date)
    //   = 6 804 000 000
    // 1 Mar 2026 → 31 Mar 2026: 31 days × 150 000 cents × 1215 bp (12,15 %)
    //   = 5 649 750 000
    // sum 12 453 750 000 / 3 650 000 = 3411.9863 cents → 3 412 cents = 34,12 €
    // + indemnity 40,00 € = 74,12 €
    const result = late({
      amountDue: cents(150_000),
      amountInclTax: cents(300_000),
      amountPaid: cents(150_000),
      payments: [paid('2026-02-28', 50_000)],
      dueDate: d('2026-01-31'),
      asOf: d('2026-03-31'),
    });
    expect(spans(result)).toEqual([
      ['2026-02-01', '2026-02-28', 200000, 1215, 28],
      ['2026-03-01', '2026-03-31', 150000, 1215, 31],
    ]);
    expect(result.interest).toBe(3412);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(7412);
    expect(result.complete).toBe(true);
    expect(result.undatedPaid).toBe(100_000);
  });

  it('paid late in one payment: 1 500 € due 28 February 2026, paid 10 April 2026', () => {
    // 1 Mar 2026 → 10 Apr 2026: 41 days × 150 000 cents × 1215 bp (12,15 %, the payment day included)
    //   = 7 472 250 000
    // sum 7 472 250 000 / 3 650 000 = 2047.1918 cents → 2 047 cents = 20,47 €
    // + indemnity 40,00 € = 60,47 €
    const result = paidLate({
      amountInclTax: cents(150_000),
      payments: [paid('2026-04-10', 150_000)],
      dueDate: d('2026-02-28'),
    });
    expect(spans(result)).toEqual([['2026-03-01', '2026-04-10', 150000, 1215, 41]]);
    expect(result.interest).toBe(2047);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(6047);
    expect(result.complete).toBe(true);
    expect(result.settledOn).toBe('2026-04-10');
  });

  it('paid late in two payments across a semester: 2 400 € due 10 June 2025, 1 000 € paid 30 June, 1 400 € paid 20 July', () => {
    // 11 Jun 2025 → 30 Jun 2025: 20 days × 240 000 cents × 1315 bp (13,15 %)
    //   = 6 312 000 000
    // 1 Jul 2025 → 20 Jul 2025: 20 days × 140 000 cents × 1215 bp (12,15 %)
    //   = 3 402 000 000
    // sum 9 714 000 000 / 3 650 000 = 2661.3699 cents → 2 661 cents = 26,61 €
    // + indemnity 40,00 € = 66,61 €
    const result = paidLate({
      amountInclTax: cents(240_000),
      payments: [paid('2025-06-30', 100_000), paid('2025-07-20', 140_000)],
      dueDate: d('2025-06-10'),
    });
    expect(spans(result)).toEqual([
      ['2025-06-11', '2025-06-30', 240000, 1315, 20],
      ['2025-07-01', '2025-07-20', 140000, 1215, 20],
    ]);
    expect(result.interest).toBe(2661);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(6661);
    expect(result.complete).toBe(true);
    expect(result.settledOn).toBe('2025-07-20');
  });

  it('paid late after a payment before the due date: 1 000 € due 31 March 2026, 400 € paid 15 March, 600 € paid 5 April', () => {
    // 1 Apr 2026 → 5 Apr 2026: 5 days × 60 000 cents × 1215 bp (12,15 %)
    //   = 364 500 000
    // sum 364 500 000 / 3 650 000 = 99.8630 cents → 100 cents = 1,00 €
    // + indemnity 40,00 € = 41,00 €
    const result = paidLate({
      amountInclTax: cents(100_000),
      payments: [paid('2026-03-15', 40_000), paid('2026-04-05', 60_000)],
      dueDate: d('2026-03-31'),
    });
    expect(spans(result)).toEqual([['2026-04-01', '2026-04-05', 60000, 1215, 5]]);
    expect(result.interest).toBe(100);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4100);
    expect(result.complete).toBe(true);
  });

  it('paid late by a public buyer: 1 500 € due 28 February 2026, paid 10 April 2026', () => {
    // 1 Mar 2026 → 10 Apr 2026: 41 days × 150 000 cents × 1015 bp (ECB 1 Jan 2026 2,15 % + 8)
    //   = 6 242 250 000
    // sum 6 242 250 000 / 3 650 000 = 1710.2055 cents → 1 710 cents = 17,10 €
    // + indemnity 40,00 € = 57,10 €
    const result = paidLate({
      customerType: 'PUBLIC',
      amountInclTax: cents(150_000),
      payments: [paid('2026-04-10', 150_000)],
      dueDate: d('2026-02-28'),
    });
    expect(spans(result)).toEqual([['2026-03-01', '2026-04-10', 150000, 1015, 41]]);
    expect(result.interest).toBe(1710);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5710);
    expect(result.complete).toBe(true);
  });

  it('paid on time owes nothing, not even the 40 €: 1 000 € due 31 March 2026, paid 31 March', () => {
    // no period bears interest → 0
    // + indemnity 0,00 € = 0,00 €
    const result = paidLate({
      amountInclTax: cents(100_000),
      payments: [paid('2026-03-31', 100_000)],
      dueDate: d('2026-03-31'),
    });
    expect(spans(result)).toEqual([]);
    expect(result.interest).toBe(0);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(0);
    expect(result.complete).toBe(true);
    expect(result.settledOn).toBe('2026-03-31');
  });

  it('paid late by a consumer without a mise en demeure: nothing (no L441-10, no 40 €)', () => {
    // no period bears interest → 0
    // + indemnity 0,00 € = 0,00 €
    const result = paidLate({
      customerType: 'B2C',
      amountInclTax: cents(150_000),
      payments: [paid('2026-04-10', 150_000)],
      dueDate: d('2026-02-28'),
    });
    expect(spans(result)).toEqual([]);
    expect(result.interest).toBe(0);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(0);
    expect(result.complete).toBe(true);
  });

  it('contractual rate below the floor: 5 % in H1 2026, raised to 3 × 2,62 % = 7,86 %; 1 000 € due 31 January 2026, as of 31 March 2026', () => {
    // 1 Feb 2026 → 31 Mar 2026: 59 days × 100 000 cents × 786 bp (3 × 2,62 % (legal rate H1 2026))
    //   = 4 637 400 000
    // sum 4 637 400 000 / 3 650 000 = 1270.5205 cents → 1 271 cents = 12,71 €
    // + indemnity 40,00 € = 52,71 €
    const result = late({
      amountDue: cents(100_000),
      contractualRateBp: 500,
      dueDate: d('2026-01-31'),
      asOf: d('2026-03-31'),
    });
    expect(spans(result)).toEqual([['2026-02-01', '2026-03-31', 100000, 786, 59]]);
    expect(result.interest).toBe(1271);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5271);
    expect(result.complete).toBe(true);
    expect(result.periods[0]?.basis).toBe('legal-floor');
    expect(result.periods[0]?.floorBp).toBe(786);
  });

  it('contractual rate above the floor: 15 % in H1 2025 (floor 3 × 3,71 % = 11,13 %); 1 000 € due 31 January 2025, as of 30 April 2025', () => {
    // 1 Feb 2025 → 30 Apr 2025: 89 days × 100 000 cents × 1500 bp (15 % as agreed)
    //   = 13 350 000 000
    // sum 13 350 000 000 / 3 650 000 = 3657.5342 cents → 3 658 cents = 36,58 €
    // + indemnity 40,00 € = 76,58 €
    const result = late({
      amountDue: cents(100_000),
      contractualRateBp: 1500,
      dueDate: d('2025-01-31'),
      asOf: d('2025-04-30'),
    });
    expect(spans(result)).toEqual([['2025-02-01', '2025-04-30', 100000, 1500, 89]]);
    expect(result.interest).toBe(3658);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(7658);
    expect(result.complete).toBe(true);
    expect(result.periods[0]?.basis).toBe('contractual');
  });

  it('contractual rate 9 % under two different floors: 2 000 € due 15 June 2024, as of 15 July 2024', () => {
    // 16 Jun 2024 → 30 Jun 2024: 15 days × 200 000 cents × 1521 bp (3 × 5,07 %)
    //   = 4 563 000 000
    // 1 Jul 2024 → 15 Jul 2024: 15 days × 200 000 cents × 1476 bp (3 × 4,92 %)
    //   = 4 428 000 000
    // sum 8 991 000 000 / 3 650 000 = 2463.2877 cents → 2 463 cents = 24,63 €
    // + indemnity 40,00 € = 64,63 €
    const result = late({
      amountDue: cents(200_000),
      contractualRateBp: 900,
      dueDate: d('2024-06-15'),
      asOf: d('2024-07-15'),
    });
    expect(spans(result)).toEqual([
      ['2024-06-16', '2024-06-30', 200000, 1521, 15],
      ['2024-07-01', '2024-07-15', 200000, 1476, 15],
    ]);
    expect(result.interest).toBe(2463);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(6463);
    expect(result.complete).toBe(true);
  });

  it('contractual rate 12 % above the floor, then below it: 1 000 € due 20 June 2023, as of 10 July 2023', () => {
    // 21 Jun 2023 → 30 Jun 2023: 10 days × 100 000 cents × 1200 bp (12 % ≥ 3 × 2,06 % = 6,18 %)
    //   = 1 200 000 000
    // 1 Jul 2023 → 10 Jul 2023: 10 days × 100 000 cents × 1266 bp (12 % < 3 × 4,22 % = 12,66 %)
    //   = 1 266 000 000
    // sum 2 466 000 000 / 3 650 000 = 675.6164 cents → 676 cents = 6,76 €
    // + indemnity 40,00 € = 46,76 €
    const result = late({
      amountDue: cents(100_000),
      contractualRateBp: 1200,
      dueDate: d('2023-06-20'),
      asOf: d('2023-07-10'),
    });
    expect(spans(result)).toEqual([
      ['2023-06-21', '2023-06-30', 100000, 1200, 10],
      ['2023-07-01', '2023-07-10', 100000, 1266, 10],
    ]);
    expect(result.interest).toBe(676);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4676);
    expect(result.complete).toBe(true);
  });

  it('consumer, no mise en demeure received: nothing runs (Code civil 1231-6)', () => {
    // no period bears interest → 0
    // + indemnity 0,00 € = 0,00 €
    const result = late({
      customerType: 'B2C',
      amountDue: cents(22_368),
      dueDate: d('2026-09-30'),
      asOf: d('2026-11-23'),
    });
    expect(spans(result)).toEqual([]);
    expect(result.interest).toBe(0);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(0);
    expect(result.complete).toBe(true);
    expect(result.awaitingNotice).toBe(true);
  });

  it('consumer after the AR signed on 20 March 2026: 1 500 € due 15 February 2026, as of 31 May 2026', () => {
    // 21 Mar 2026 → 31 May 2026: 72 days × 150 000 cents × 262 bp (legal rate H1 2026, « tous les autres cas »)
    //   = 2 829 600 000
    // sum 2 829 600 000 / 3 650 000 = 775.2329 cents → 775 cents = 7,75 €
    // + indemnity 0,00 € = 7,75 €
    const result = late({
      customerType: 'B2C',
      amountDue: cents(150_000),
      noticeReceivedOn: d('2026-03-20'),
      dueDate: d('2026-02-15'),
      asOf: d('2026-05-31'),
    });
    expect(spans(result)).toEqual([['2026-03-21', '2026-05-31', 150000, 262, 72]]);
    expect(result.interest).toBe(775);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(775);
    expect(result.complete).toBe(true);
  });

  it('consumer, letter « avisé non réclamé » presented 20 June 2025: 800 € due 31 May 2025, as of 31 July 2025', () => {
    // 21 Jun 2025 → 30 Jun 2025: 10 days × 80 000 cents × 371 bp (legal rate H1 2025)
    //   = 296 800 000
    // 1 Jul 2025 → 31 Jul 2025: 31 days × 80 000 cents × 276 bp (legal rate H2 2025)
    //   = 684 480 000
    // sum 981 280 000 / 3 650 000 = 268.8438 cents → 269 cents = 2,69 €
    // + indemnity 0,00 € = 2,69 €
    const result = late({
      customerType: 'B2C',
      amountDue: cents(80_000),
      noticeReceivedOn: d('2025-06-20'),
      dueDate: d('2025-05-31'),
      asOf: d('2025-07-31'),
    });
    expect(spans(result)).toEqual([
      ['2025-06-21', '2025-06-30', 80000, 371, 10],
      ['2025-07-01', '2025-07-31', 80000, 276, 31],
    ]);
    expect(result.interest).toBe(269);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(269);
    expect(result.complete).toBe(true);
  });

  it('consumer, legal rate of H2 2026 unknown: 1 000 € due 31 May 2026, AR 25 June 2026, as of 31 July 2026', () => {
    // 26 Jun 2026 → 30 Jun 2026: 5 days × 100 000 cents × 262 bp (legal rate H1 2026)
    //   = 131 000 000
    // sum 131 000 000 / 3 650 000 = 35.8904 cents → 36 cents = 0,36 €
    // 2026-07-01 → 2026-07-31: rate not published yet → not counted, listed as missing (31 days on 100 000 cents)
    // + indemnity 0,00 € = 0,36 €
    const result = late({
      customerType: 'B2C',
      amountDue: cents(100_000),
      noticeReceivedOn: d('2026-06-25'),
      dueDate: d('2026-05-31'),
      asOf: d('2026-07-31'),
    });
    expect(spans(result)).toEqual([['2026-06-26', '2026-06-30', 100000, 262, 5]]);
    expect(result.interest).toBe(36);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(36);
    expect(result.complete).toBe(false);
    expect(result.missingRatePeriods.map((p) => [p.from, p.to, p.days])).toEqual([
      ['2026-07-01', '2026-07-31', 31],
    ]);
  });

  it('public buyer: 10 000 € due 20 May 2026, as of 31 August 2026 — rate of H1 2026 for the whole period', () => {
    // 21 May 2026 → 31 Aug 2026: 103 days × 1 000 000 cents × 1015 bp (ECB 1 Jan 2026 2,15 % + 8, kept after 1 July)
    //   = 104 545 000 000
    // sum 104 545 000 000 / 3 650 000 = 28642.4658 cents → 28 642 cents = 286,42 €
    // + indemnity 40,00 € = 326,42 €
    const result = late({
      customerType: 'PUBLIC',
      amountDue: cents(1_000_000),
      dueDate: d('2026-05-20'),
      asOf: d('2026-08-31'),
    });
    expect(spans(result)).toEqual([['2026-05-21', '2026-08-31', 1000000, 1015, 103]]);
    expect(result.interest).toBe(28642);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(32642);
    expect(result.complete).toBe(true);
  });

  it('public buyer, interest starting 30 June 2025: rate of H1 2025 (3,15 % + 8) kept into H2', () => {
    // 30 Jun 2025 → 31 Jul 2025: 32 days × 50 000 cents × 1115 bp (ECB 1 Jan 2025 3,15 % + 8)
    //   = 1 784 000 000
    // sum 1 784 000 000 / 3 650 000 = 488.7671 cents → 489 cents = 4,89 €
    // + indemnity 40,00 € = 44,89 €
    const result = late({
      customerType: 'PUBLIC',
      amountDue: cents(50_000),
      dueDate: d('2025-06-29'),
      asOf: d('2025-07-31'),
    });
    expect(spans(result)).toEqual([['2025-06-30', '2025-07-31', 50000, 1115, 32]]);
    expect(result.interest).toBe(489);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4489);
    expect(result.complete).toBe(true);
  });

  it('public buyer, interest starting 1 July 2025: rate of H2 2025 (2,15 % + 8)', () => {
    // 1 Jul 2025 → 31 Jul 2025: 31 days × 50 000 cents × 1015 bp (ECB 1 Jul 2025 2,15 % + 8)
    //   = 1 573 250 000
    // sum 1 573 250 000 / 3 650 000 = 431.0274 cents → 431 cents = 4,31 €
    // + indemnity 40,00 € = 44,31 €
    const result = late({
      customerType: 'PUBLIC',
      amountDue: cents(50_000),
      dueDate: d('2025-06-30'),
      asOf: d('2025-07-31'),
    });
    expect(spans(result)).toEqual([['2025-07-01', '2025-07-31', 50000, 1015, 31]]);
    expect(result.interest).toBe(431);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4431);
    expect(result.complete).toBe(true);
  });

  it('public buyer with a partial payment across 1 July 2026: 6 000 € due 15 June 2026, 2 000 € paid 15 July, as of 14 August 2026', () => {
    // 16 Jun 2026 → 15 Jul 2026: 30 days × 600 000 cents × 1015 bp (10,15 %, not 10,40 % after 1 July)
    //   = 18 270 000 000
    // 16 Jul 2026 → 14 Aug 2026: 30 days × 400 000 cents × 1015 bp (10,15 %)
    //   = 12 180 000 000
    // sum 30 450 000 000 / 3 650 000 = 8342.4658 cents → 8 342 cents = 83,42 €
    // + indemnity 40,00 € = 123,42 €
    const result = late({
      customerType: 'PUBLIC',
      amountDue: cents(400_000),
      amountInclTax: cents(600_000),
      payments: [paid('2026-07-15', 200_000)],
      dueDate: d('2026-06-15'),
      asOf: d('2026-08-14'),
    });
    expect(spans(result)).toEqual([
      ['2026-06-16', '2026-07-15', 600000, 1015, 30],
      ['2026-07-16', '2026-08-14', 400000, 1015, 30],
    ]);
    expect(result.interest).toBe(8342);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(12342);
    expect(result.complete).toBe(true);
  });

  it('public buyer, contractual rate ignored (R2192-31 fixes it): 1 000 € due 31 January 2026, as of 31 March 2026', () => {
    // 1 Feb 2026 → 31 Mar 2026: 59 days × 100 000 cents × 1015 bp (ECB 1 Jan 2026 2,15 % + 8)
    //   = 5 988 500 000
    // sum 5 988 500 000 / 3 650 000 = 1640.6849 cents → 1 641 cents = 16,41 €
    // + indemnity 40,00 € = 56,41 €
    const result = late({
      customerType: 'PUBLIC',
      amountDue: cents(100_000),
      contractualRateBp: 1500,
      dueDate: d('2026-01-31'),
      asOf: d('2026-03-31'),
    });
    expect(spans(result)).toEqual([['2026-02-01', '2026-03-31', 100000, 1015, 59]]);
    expect(result.interest).toBe(1641);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5641);
    expect(result.complete).toBe(true);
  });

  it('rate unknown for H1 2027: 2 000 € due 15 December 2026, as of 31 January 2027 — the known period only', () => {
    // 16 Dec 2026 → 31 Dec 2026: 16 days × 200 000 cents × 1240 bp (ECB 1 Jul 2026 2,40 % + 10)
    //   = 3 968 000 000
    // sum 3 968 000 000 / 3 650 000 = 1087.1233 cents → 1 087 cents = 10,87 €
    // 2027-01-01 → 2027-01-31: rate not published yet → not counted, listed as missing (31 days on 200 000 cents)
    // + indemnity 40,00 € = 50,87 €
    const result = late({ amountDue: cents(200_000), dueDate: d('2026-12-15'), asOf: d('2027-01-31') });
    expect(spans(result)).toEqual([['2026-12-16', '2026-12-31', 200000, 1240, 16]]);
    expect(result.interest).toBe(1087);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5087);
    expect(result.complete).toBe(false);
    expect(result.missingRatePeriods.map((p) => [p.from, p.to, p.days])).toEqual([
      ['2027-01-01', '2027-01-31', 31],
    ]);
  });

  it("public buyer whose start semester's rate is unknown: nothing guessed, the 40 € stay", () => {
    // no period bears interest → 0
    // 2027-01-01 → 2027-02-28: rate not published yet → not counted, listed as missing (59 days on 100 000 cents)
    // + indemnity 40,00 € = 40,00 €
    const result = late({
      customerType: 'PUBLIC',
      amountDue: cents(100_000),
      dueDate: d('2026-12-31'),
      asOf: d('2027-02-28'),
    });
    expect(spans(result)).toEqual([]);
    expect(result.interest).toBe(0);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4000);
    expect(result.complete).toBe(false);
    expect(result.missingRatePeriods.map((p) => [p.from, p.to, p.days])).toEqual([
      ['2027-01-01', '2027-02-28', 59],
    ]);
  });

  it('not late on the due date: nothing, not even the 40 €', () => {
    // no period bears interest → 0
    // + indemnity 0,00 € = 0,00 €
    const result = late({ amountDue: cents(100_000), dueDate: d('2026-03-31'), asOf: d('2026-03-31') });
    expect(spans(result)).toEqual([]);
    expect(result.interest).toBe(0);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(0);
    expect(result.complete).toBe(true);
  });

  it('one day late in H2 2026: 1 000 € due 30 September 2026, as of 1 October 2026', () => {
    // 1 Oct 2026 → 1 Oct 2026: 1 days × 100 000 cents × 1240 bp (12,40 %)
    //   = 124 000 000
    // sum 124 000 000 / 3 650 000 = 33.9726 cents → 34 cents = 0,34 €
    // + indemnity 40,00 € = 40,34 €
    const result = late({ amountDue: cents(100_000), dueDate: d('2026-09-30'), asOf: d('2026-10-01') });
    expect(spans(result)).toEqual([['2026-10-01', '2026-10-01', 100000, 1240, 1]]);
    expect(result.interest).toBe(34);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4034);
    expect(result.complete).toBe(true);
  });

  it('exactly half a cent rounds up: 18,25 € one day at 10 % (a made-up 0 % ECB rate)', () => {
    // 2 Mar 2028 → 2 Mar 2028: 1 days × 1 825 cents × 1000 bp (0 % + 10)
    //   = 1 825 000
    // sum 1 825 000 / 3 650 000 = 0.5000 cents → 1 cents = 0,01 €
    // + indemnity 40,00 € = 40,01 €
    const result = late({
      amountDue: cents(1_825),
      rates: ZERO_ECB_2028,
      dueDate: d('2028-03-01'),
      asOf: d('2028-03-02'),
    });
    expect(spans(result)).toEqual([['2028-03-02', '2028-03-02', 1825, 1000, 1]]);
    expect(result.interest).toBe(1);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4001);
    expect(result.complete).toBe(true);
  });
});
