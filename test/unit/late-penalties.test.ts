import fc from 'fast-check';
import { addDays, calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { isSmallClaim, prescriptionDate } from '../../src/domain/claim-facts';
import {
  computeLatePenalty,
  PENALTY_DENOMINATOR,
  roundHalfUpToCents,
  type LatePenaltyInput,
} from '../../src/domain/late-penalties';
import { cents } from '../../src/domain/money';
import {
  DEFAULT_RATE_TABLE,
  ecbRateForSemester,
  InvalidRateTableError,
  legalRateForSemester,
  type RateTable,
} from '../../src/domain/rate-table';

const d = (iso: string) => iso as CalendarDate;

function penalty(overrides: Partial<LatePenaltyInput> & Pick<LatePenaltyInput, 'dueDate' | 'asOf'>) {
  return computeLatePenalty({
    amountDue: cents(100_000),
    customerType: 'B2B',
    contractualRateBp: null,
    rates: DEFAULT_RATE_TABLE,
    ...overrides,
  });
}

// All worked examples: interest = cents × rate(bp) × days / (10 000 × 365), summed over the
// periods, then rounded half up to the cent once.

describe('computeLatePenalty — statutory rate (ECB + 10 points)', () => {
  it('splits at the semester boundary and rounds once at the end', () => {
    // 1 000,00 € due Sunday 15 June 2025, still unpaid on 15 July 2025.
    //   16 June → 30 June 2025: 15 days at 3,15 % + 10 = 13,15 % (ECB rate on 1 January 2025)
    //     100 000 × 1 315 × 15 = 1 972 500 000  → / 3 650 000 = 540,4110 cents
    //   1 July → 15 July 2025:  15 days at 2,15 % + 10 = 12,15 % (ECB rate on 1 July 2025)
    //     100 000 × 1 215 × 15 = 1 822 500 000  → / 3 650 000 = 499,3151 cents
    //   sum = 3 795 000 000 / 3 650 000 = 1 039,7260 cents → 1 040 cents = 10,40 €
    // Rounding each period first would give 540 + 499 = 1 039 cents: one cent short.
    const result = penalty({ dueDate: d('2025-06-15'), asOf: d('2025-07-15') });
    expect(result.periods).toEqual([
      {
        from: '2025-06-16',
        to: '2025-06-30',
        days: 15,
        base: 100_000,
        rateBp: 1315,
        basis: 'ecb-plus-10',
        referenceRateBp: 315,
        referenceDate: '2025-01-01',
        floorBp: null,
        floorUnverifiable: false,
        interestExact: { numerator: 1_972_500_000n, denominator: 3_650_000n },
      },
      {
        from: '2025-07-01',
        to: '2025-07-15',
        days: 15,
        base: 100_000,
        rateBp: 1215,
        basis: 'ecb-plus-10',
        referenceRateBp: 215,
        referenceDate: '2025-07-01',
        floorBp: null,
        floorUnverifiable: false,
        interestExact: { numerator: 1_822_500_000n, denominator: 3_650_000n },
      },
    ]);
    expect(result.days).toBe(30);
    expect(result.interest).toBe(1040);
    const perPeriod = result.periods.reduce((sum, p) => sum + roundHalfUpToCents(p.interestExact), 0);
    expect(perPeriod).toBe(1039);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(5040);
    expect(result.complete).toBe(true);
    expect(result.missingRatePeriods).toEqual([]);
  });

  it('computes an invoice entirely in the first half of 2026', () => {
    // 2 500,00 € due 31 January 2026, as of 2 March 2026.
    //   1 February → 2 March 2026: 28 + 2 = 30 days at 2,15 % + 10 = 12,15 %
    //   250 000 × 1 215 × 30 = 9 112 500 000 / 3 650 000 = 2 496,5753 cents → 2 497 cents = 24,97 €
    //   + 40,00 € indemnity = 64,97 €
    const result = penalty({ amountDue: cents(250_000), dueDate: d('2026-01-31'), asOf: d('2026-03-02') });
    expect(result.periods).toHaveLength(1);
    expect(result.periods[0]).toMatchObject({ from: '2026-02-01', to: '2026-03-02', days: 30, rateBp: 1215 });
    expect(result.interest).toBe(2497);
    expect(result.total).toBe(6497);
  });

  it('gives a consumer (B2C) neither L441-10 interest nor the indemnity before a mise en demeure', () => {
    // Code civil 1231-6: a consumer owes the legal rate only from the notice's receipt; without one
    // nothing runs, and D441-5's 40 € never apply (the penalty oracle covers the legal rate after it).
    const result = penalty({ customerType: 'B2C', dueDate: d('2025-06-15'), asOf: d('2025-07-15') });
    expect(result.interest).toBe(0);
    expect(result.periods).toEqual([]);
    expect(result.awaitingNotice).toBe(true);
    expect(result.indemnity).toBe(0);
    expect(result.total).toBe(0);
  });

  it('owes nothing, not even the indemnity, when not late', () => {
    for (const asOf of ['2025-06-15', '2025-06-01']) {
      const result = penalty({ dueDate: d('2025-06-15'), asOf: d(asOf) });
      expect(result).toEqual({
        interest: 0,
        indemnity: 0,
        total: 0,
        days: 0,
        interestStart: null,
        periods: [],
        missingRatePeriods: [],
        complete: true,
        floorUnverifiable: false,
        awaitingNotice: false,
        undatedPaid: 0,
      });
    }
  });

  it('owes nothing when no balance remains', () => {
    const result = penalty({ amountDue: cents(0), dueDate: d('2025-06-15'), asOf: d('2025-07-15') });
    expect(result.total).toBe(0);
    expect(result.indemnity).toBe(0);
  });

  it('counts one day of interest the day after the due date', () => {
    // 100 000 × 1 315 × 1 = 131 500 000 / 3 650 000 = 36,03 cents → 36 cents.
    const result = penalty({ dueDate: d('2025-03-31'), asOf: d('2025-04-01') });
    expect(result.days).toBe(1);
    expect(result.interest).toBe(36);
    expect(result.indemnity).toBe(4000);
  });
});

describe('computeLatePenalty — contractual rate', () => {
  it('uses a 12 % contractual rate as is when above the floor', () => {
    // Floor in H1 2025: 3 × 3,71 % = 11,13 % ≤ 12 %.
    // 1 000,00 € due 31 March 2025, as of 30 April 2025: 30 days at 12 %.
    //   100 000 × 1 200 × 30 = 3 600 000 000 / 3 650 000 = 986,3014 cents → 986 cents = 9,86 €
    const result = penalty({ contractualRateBp: 1200, dueDate: d('2025-03-31'), asOf: d('2025-04-30') });
    expect(result.periods[0]).toMatchObject({ rateBp: 1200, basis: 'contractual', floorBp: 1113 });
    expect(result.interest).toBe(986);
    expect(result.floorUnverifiable).toBe(false);
  });

  it('raises a 5 % contractual rate to 3 × the legal rate', () => {
    // H1 2025: legal rate (professionals) 3,71 % → floor 3 × 3,71 = 11,13 %.
    // 1 000,00 € due 31 January 2025, as of 2 March 2025: 28 + 2 = 30 days at 11,13 %.
    //   100 000 × 1 113 × 30 = 3 339 000 000 / 3 650 000 = 914,7945 cents → 915 cents = 9,15 €
    const result = penalty({ contractualRateBp: 500, dueDate: d('2025-01-31'), asOf: d('2025-03-02') });
    expect(result.periods[0]).toMatchObject({ rateBp: 1113, basis: 'legal-floor', floorBp: 1113 });
    expect(result.interest).toBe(915);
  });

  it('uses the 2026 legal rate for the 2026 floor', () => {
    // H1 2026: 3 × 2,62 % = 7,86 %.
    const result = penalty({ contractualRateBp: 500, dueDate: d('2026-01-31'), asOf: d('2026-03-02') });
    expect(result.periods[0]).toMatchObject({ rateBp: 786, basis: 'legal-floor', floorBp: 786 });
  });

  it('keeps the contractual rate but flags the floor when the legal rate is unknown', () => {
    // H2 2026: no legal rate in the table. 1 000,00 € due 15 July 2026, as of 15 August 2026:
    //   16 July → 15 August: 16 + 15 = 31 days at 12 %
    //   100 000 × 1 200 × 31 = 3 720 000 000 / 3 650 000 = 1 019,1781 cents → 1 019 cents
    // The ECB rate of that semester is missing too, but a contractual rate does not need it.
    const result = penalty({ contractualRateBp: 1200, dueDate: d('2026-07-15'), asOf: d('2026-08-15') });
    expect(result.periods[0]).toMatchObject({
      rateBp: 1200,
      basis: 'contractual',
      floorBp: null,
      floorUnverifiable: true,
    });
    expect(result.interest).toBe(1019);
    expect(result.complete).toBe(true);
    expect(result.floorUnverifiable).toBe(true);
  });

  it('rounds exactly half a cent up', () => {
    // Contractual 10 % in H2 2025 (floor 3 × 2,76 = 8,28 %), 73 days (2 July → 12 September 2025):
    //   amount × 1 000 × 73 / 3 650 000 = amount / 50
    //   25 cents → 0,5 cent → 1 cent; 125 cents → 2,5 cents → 3 cents (half up, not half even).
    const due = { contractualRateBp: 1000, dueDate: d('2025-07-01'), asOf: d('2025-09-12') };
    expect(penalty({ ...due, amountDue: cents(25) }).interest).toBe(1);
    expect(penalty({ ...due, amountDue: cents(125) }).interest).toBe(3);
    expect(penalty({ ...due, amountDue: cents(124) }).interest).toBe(2); // 2,48 cents
  });

  it('rejects a contractual rate that is not a whole number of basis points ≥ 0', () => {
    expect(() => penalty({ contractualRateBp: -1, dueDate: d('2025-06-15'), asOf: d('2025-07-15') })).toThrow(
      RangeError,
    );
    expect(() =>
      penalty({ contractualRateBp: 12.5, dueDate: d('2025-06-15'), asOf: d('2025-07-15') }),
    ).toThrow(RangeError);
  });
});

describe('computeLatePenalty — missing rates', () => {
  it('counts the known semester and lists the missing one', () => {
    // 1 000,00 € due 15 June 2026, as of 15 July 2026, with a table that stops at June 2026.
    //   16 → 30 June 2026: 15 days at 12,15 % → 1 822 500 000 / 3 650 000 = 499,3151 → 499 cents
    //   1 → 15 July 2026: ECB rate on 1 July 2026 not in the table → missing, not guessed.
    const rates: RateTable = {
      ...DEFAULT_RATE_TABLE,
      ecbMainRefinancingRate: DEFAULT_RATE_TABLE.ecbMainRefinancingRate.filter((e) => e.from < '2026-07-01'),
    };
    const result = penalty({ rates, dueDate: d('2026-06-15'), asOf: d('2026-07-15') });
    expect(result.complete).toBe(false);
    expect(result.interest).toBe(499);
    expect(result.missingRatePeriods).toEqual([
      {
        from: '2026-07-01',
        to: '2026-07-15',
        days: 15,
        base: 100_000,
        basis: 'ecb-plus-10',
        referenceDate: '2026-07-01',
      },
    ]);
    expect(result.indemnity).toBe(4000);
    expect(result.total).toBe(4499);
    expect(result.days).toBe(30);
  });

  it('reports an invoice entirely in an unknown semester (2027 H1) as incomplete', () => {
    const result = penalty({ dueDate: d('2027-02-01'), asOf: d('2027-03-03') });
    expect(result.complete).toBe(false);
    expect(result.periods).toEqual([]);
    expect(result.missingRatePeriods).toEqual([
      {
        from: '2027-02-02',
        to: '2027-03-03',
        days: 30,
        base: 100_000,
        basis: 'ecb-plus-10',
        referenceDate: '2027-01-01',
      },
    ]);
    expect(result.interest).toBe(0);
    // The indemnity does not depend on any rate.
    expect(result.indemnity).toBe(4000);
  });

  it("does not carry a semester's rate forward into the next one", () => {
    expect(ecbRateForSemester(DEFAULT_RATE_TABLE, d('2026-12-31'))).toBe(240);
    expect(ecbRateForSemester(DEFAULT_RATE_TABLE, d('2027-01-01'))).toBeNull();
    expect(legalRateForSemester(DEFAULT_RATE_TABLE, d('2026-03-01'))).toBe(262);
    expect(legalRateForSemester(DEFAULT_RATE_TABLE, d('2026-07-01'))).toBeNull();
  });
});

describe('computeLatePenalty — day count', () => {
  it('divides by 365 even in a leap year', () => {
    // A made-up table with a 0 % ECB rate for 2028, so the rate is exactly 10 %.
    // 365,00 € due 31 December 2027, as of 31 December 2028: 182 + 184 = 366 days at 10 %.
    //   36 500 × 1 000 × 366 = 13 359 000 000 / 3 650 000 = 3 660 cents = 36,60 € (not 36,50 €)
    const rates: RateTable = {
      ecbMainRefinancingRate: [
        { from: d('2028-01-01'), rateBp: 0 },
        { from: d('2028-07-01'), rateBp: 0 },
      ],
      legalInterestRateProfessional: [],
      legalInterestRateIndividual: [],
    };
    const result = penalty({
      amountDue: cents(36_500),
      dueDate: d('2027-12-31'),
      asOf: d('2028-12-31'),
      rates,
    });
    expect(result.periods.map((p) => p.days)).toEqual([182, 184]);
    expect(result.interest).toBe(3660);
  });
});

describe('rate table', () => {
  it('rejects an entry that is not on a semester start', () => {
    const rates: RateTable = {
      ecbMainRefinancingRate: [{ from: d('2025-06-11'), rateBp: 215 }],
      legalInterestRateProfessional: [],
      legalInterestRateIndividual: [],
    };
    expect(() => penalty({ rates, dueDate: d('2025-06-15'), asOf: d('2025-07-15') })).toThrow(
      InvalidRateTableError,
    );
  });

  it('rejects a semester listed twice', () => {
    const rates: RateTable = {
      ecbMainRefinancingRate: [],
      legalInterestRateProfessional: [
        { semesterStart: d('2025-01-01'), rateBp: 371 },
        { semesterStart: d('2025-01-01'), rateBp: 372 },
      ],
      legalInterestRateIndividual: [],
    };
    expect(() => penalty({ rates, dueDate: d('2025-06-15'), asOf: d('2025-07-15') })).toThrow(
      InvalidRateTableError,
    );
  });
});

describe('roundHalfUpToCents', () => {
  it('rounds a fraction of a cent half up', () => {
    const of = (numerator: bigint) => roundHalfUpToCents({ numerator, denominator: PENALTY_DENOMINATOR });
    expect(of(1_825_000n)).toBe(1); // 0,5
    expect(of(1_824_999n)).toBe(0);
    expect(of(-1_825_000n)).toBe(-1);
  });
});

describe('properties', () => {
  const start = calendarDate(2025, 1, 1);
  // Due dates and horizons within 2025–2027: crosses known and missing semesters.
  const dueDate = fc.integer({ min: 0, max: 700 }).map((n) => addDays(start, n));
  const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map(cents);
  const contractual = fc.option(fc.integer({ min: 0, max: 2500 }), { nil: null });

  it('interest never decreases when asOf moves later', () => {
    fc.assert(
      fc.property(
        dueDate,
        fc.integer({ min: -30, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        amount,
        contractual,
        (due, offset, extra, amountDue, contractualRateBp) => {
          const earlier = addDays(due, offset);
          const later = addDays(earlier, extra);
          const a = penalty({ amountDue, contractualRateBp, dueDate: due, asOf: earlier });
          const b = penalty({ amountDue, contractualRateBp, dueDate: due, asOf: later });
          expect(b.interest).toBeGreaterThanOrEqual(a.interest);
        },
      ),
    );
  });

  it('interest never decreases when the amount grows', () => {
    fc.assert(
      fc.property(
        dueDate,
        fc.integer({ min: 1, max: 400 }),
        amount,
        fc.integer({ min: 0, max: 1_000_000 }),
        contractual,
        (due, late, amountDue, more, contractualRateBp) => {
          const asOf = addDays(due, late);
          const a = penalty({ amountDue, contractualRateBp, dueDate: due, asOf });
          const b = penalty({ amountDue: cents(amountDue + more), contractualRateBp, dueDate: due, asOf });
          expect(b.interest).toBeGreaterThanOrEqual(a.interest);
        },
      ),
    );
  });

  it('periods and missing periods tile the days late exactly', () => {
    fc.assert(
      fc.property(dueDate, fc.integer({ min: 1, max: 900 }), contractual, (due, late, contractualRateBp) => {
        const result = penalty({ contractualRateBp, dueDate: due, asOf: addDays(due, late) });
        const spans = [...result.periods, ...result.missingRatePeriods].sort((x, y) =>
          x.from < y.from ? -1 : 1,
        );
        expect(spans.reduce((sum, s) => sum + s.days, 0)).toBe(late);
        expect(spans[0]?.from).toBe(addDays(due, 1));
        spans.slice(1).forEach((span, i) => expect(span.from).toBe(addDays(spans[i]?.to ?? due, 1)));
        expect(result.complete).toBe(result.missingRatePeriods.length === 0);
      }),
    );
  });
});

describe('claim facts', () => {
  it('is prescribed five years after the due date', () => {
    expect(prescriptionDate(d('2025-06-15'))).toBe('2030-06-15');
    // No 29 February in 2033: the earlier day, never a later limit.
    expect(prescriptionDate(d('2028-02-29'))).toBe('2033-02-28');
  });

  it('is a small claim up to 5 000,00 € inclusive', () => {
    expect(isSmallClaim(cents(500_000))).toBe(true);
    expect(isSmallClaim(cents(499_999))).toBe(true);
    expect(isSmallClaim(cents(500_001))).toBe(false);
  });
});
