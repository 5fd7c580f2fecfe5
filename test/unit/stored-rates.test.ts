/**
 * The effective rate table (built-in ← file ← set from Teams), what the day's card asks for
 * around 1 January / 1 July, the rates a letter needs, and how a typed percentage is read.
 */
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import {
  DEFAULT_RATE_TABLE,
  ecbRateForSemester,
  legalRateForSemester,
  validateRateTable,
  type RateTable,
} from '../../src/domain/rate-table';
import {
  defaultFormSemester,
  mergeStoredRates,
  missingRatesFor,
  nextSemesterStart,
  parseRatePercent,
  previousSemesterStart,
  rateChanges,
  rateReminders,
  type StoredRate,
} from '../../src/domain/stored-rates';

const d = (s: string) => s as CalendarDate;

const stored = (over: Partial<StoredRate>): StoredRate => ({
  series: 'ecb',
  semesterStart: d('2027-01-01'),
  rateBp: 265,
  source: 'BCE, décision du 10 décembre 2026',
  setBy: { id: 'u1', name: 'Camille Roux' },
  setAt: '2026-12-17T09:00:00.000Z',
  ...over,
});

/** The built-in table with the legal rate « autres cas » of 1 July 2026 entered. */
const COMPLETE_H2_2026 = mergeStoredRates(DEFAULT_RATE_TABLE, [
  stored({ series: 'legal-professional', semesterStart: d('2026-07-01'), rateBp: 262 }),
]);

describe('mergeStoredRates', () => {
  it('returns the base table itself when nothing is stored', () => {
    expect(mergeStoredRates(DEFAULT_RATE_TABLE, [])).toBe(DEFAULT_RATE_TABLE);
  });

  it('adds a semester the table does not have, leaving the others as they were', () => {
    const table = mergeStoredRates(DEFAULT_RATE_TABLE, [stored({})]);
    expect(ecbRateForSemester(table, calendarDate(2027, 3, 15))).toBe(265);
    expect(ecbRateForSemester(table, calendarDate(2026, 9, 1))).toBe(240);
    expect(ecbRateForSemester(DEFAULT_RATE_TABLE, calendarDate(2027, 3, 15))).toBeNull();
    expect(table.ecbMainRefinancingRate).toHaveLength(DEFAULT_RATE_TABLE.ecbMainRefinancingRate.length + 1);
    expect(() => validateRateTable(table)).not.toThrow();
  });

  it('corrects a semester the table has (the stored entry wins), without duplicating it', () => {
    const table = mergeStoredRates(DEFAULT_RATE_TABLE, [
      stored({ semesterStart: d('2026-07-01'), rateBp: 215 }),
    ]);
    expect(ecbRateForSemester(table, calendarDate(2026, 11, 23))).toBe(215);
    expect(table.ecbMainRefinancingRate.filter((e) => e.from === '2026-07-01')).toHaveLength(1);
    expect(() => validateRateTable(table)).not.toThrow();
  });

  it('keeps each series apart, and the latest entry of a series and semester wins', () => {
    const table = mergeStoredRates(DEFAULT_RATE_TABLE, [
      stored({
        series: 'legal-professional',
        semesterStart: d('2026-07-01'),
        rateBp: 250,
        setAt: '2026-12-18T08:00:00Z',
      }),
      stored({
        series: 'legal-professional',
        semesterStart: d('2026-07-01'),
        rateBp: 262,
        setAt: '2026-12-17T08:00:00Z',
      }),
    ]);
    expect(legalRateForSemester(table, calendarDate(2026, 8, 1))).toBe(250);
    expect(ecbRateForSemester(table, calendarDate(2026, 8, 1))).toBe(240);
  });

  it('lets the stored entries win over the file, which wins over the built-in table', () => {
    const fromFile: RateTable = {
      ...DEFAULT_RATE_TABLE,
      ecbMainRefinancingRate: [
        ...DEFAULT_RATE_TABLE.ecbMainRefinancingRate,
        { from: d('2027-01-01'), rateBp: 300 },
      ],
    };
    expect(ecbRateForSemester(mergeStoredRates(fromFile, []), d('2027-02-01'))).toBe(300);
    expect(ecbRateForSemester(mergeStoredRates(fromFile, [stored({})]), d('2027-02-01'))).toBe(265);
  });

  it('ignores an entry not on a semester start', () => {
    const table = mergeStoredRates(DEFAULT_RATE_TABLE, [stored({ semesterStart: d('2027-02-01') })]);
    expect(() => validateRateTable(table)).not.toThrow();
    expect(ecbRateForSemester(table, d('2027-02-01'))).toBeNull();
  });
});

describe('rateChanges', () => {
  it('says what each rate was before: unknown, or the value it corrects', () => {
    expect(
      rateChanges(DEFAULT_RATE_TABLE, d('2026-07-01'), [
        { series: 'ecb', rateBp: 215 },
        { series: 'legal-professional', rateBp: 262 },
      ]),
    ).toEqual([
      { series: 'ecb', before: 240, after: 215 },
      { series: 'legal-professional', before: null, after: 262 },
    ]);
  });
});

describe('semesters', () => {
  it('steps from one 1 January / 1 July to the next and back', () => {
    expect(nextSemesterStart(d('2026-12-31'))).toBe('2027-01-01');
    expect(nextSemesterStart(d('2026-07-01'))).toBe('2027-01-01');
    expect(nextSemesterStart(d('2027-06-30'))).toBe('2027-07-01');
    expect(previousSemesterStart(d('2027-01-01'))).toBe('2026-07-01');
    expect(previousSemesterStart(d('2026-03-10'))).toBe('2025-07-01');
  });
});

describe('rateReminders (a fortnight before 1 January / 1 July)', () => {
  it('says nothing on 16 December when the current semester is complete', () => {
    expect(rateReminders(COMPLETE_H2_2026, d('2026-12-16'))).toEqual([]);
  });

  it('asks for the coming semester’s rates from 17 December (15 days before)', () => {
    expect(rateReminders(COMPLETE_H2_2026, d('2026-12-17'))).toEqual([
      { kind: 'rates_due', semesterStart: '2027-01-01', series: ['ecb', 'legal-professional'] },
    ]);
    expect(rateReminders(COMPLETE_H2_2026, d('2026-12-31'))).toHaveLength(1);
  });

  it('asks only for what is still missing, and stops once everything is entered', () => {
    const ecbOnly = mergeStoredRates(COMPLETE_H2_2026, [stored({})]);
    expect(rateReminders(ecbOnly, d('2026-12-20'))).toEqual([
      { kind: 'rates_due', semesterStart: '2027-01-01', series: ['legal-professional'] },
    ]);
    const both = mergeStoredRates(ecbOnly, [stored({ series: 'legal-professional', rateBp: 250 })]);
    expect(rateReminders(both, d('2026-12-20'))).toEqual([]);
  });

  it('on 1 January, the missing rates of the semester that has started are « rate_missing »', () => {
    expect(rateReminders(COMPLETE_H2_2026, d('2027-01-01'))).toEqual([
      { kind: 'rate_missing', semesterStart: '2027-01-01', series: ['ecb', 'legal-professional'] },
    ]);
  });

  it('works for 1 July as for 1 January', () => {
    const h1 = mergeStoredRates(DEFAULT_RATE_TABLE, [
      stored({}),
      stored({ series: 'legal-professional', rateBp: 250 }),
    ]);
    expect(rateReminders(h1, d('2027-06-15'))).toEqual([]);
    expect(rateReminders(h1, d('2027-06-16'))).toEqual([
      { kind: 'rates_due', semesterStart: '2027-07-01', series: ['ecb', 'legal-professional'] },
    ]);
  });

  it('today (the built-in table) the legal rate « autres cas » of 1 July 2026 is missing', () => {
    expect(rateReminders(DEFAULT_RATE_TABLE, d('2026-11-23'))).toEqual([
      { kind: 'rate_missing', semesterStart: '2026-07-01', series: ['legal-professional'] },
    ]);
  });
});

describe('defaultFormSemester', () => {
  it('proposes the current semester while it misses a rate, the next one otherwise', () => {
    expect(defaultFormSemester(DEFAULT_RATE_TABLE, d('2026-11-23'))).toBe('2026-07-01');
    expect(defaultFormSemester(COMPLETE_H2_2026, d('2026-11-23'))).toBe('2027-01-01');
  });
});

describe('missingRatesFor (the rates a document needs to put a figure on the penalties)', () => {
  const company = { type: 'B2B' as const, contractualPenaltyRateBp: null };
  it('needs the ECB rate of every semester from the day after the due date', () => {
    expect(
      missingRatesFor(DEFAULT_RATE_TABLE, company, 'letter', [d('2026-10-15')], d('2027-01-20')),
    ).toEqual([{ series: 'ecb', semesterStart: '2027-01-01' }]);
    expect(
      missingRatesFor(DEFAULT_RATE_TABLE, company, 'notice', [d('2026-10-15')], d('2026-12-20')),
    ).toEqual([]);
    // Due on 31 December: penalties start on 1 January.
    expect(
      missingRatesFor(DEFAULT_RATE_TABLE, company, 'transfer', [d('2026-12-31')], d('2027-01-05')),
    ).toEqual([{ series: 'ecb', semesterStart: '2027-01-01' }]);
    // Due on 30 December: a day in 2026 (known), then 2027 (missing).
    expect(
      missingRatesFor(
        DEFAULT_RATE_TABLE,
        company,
        'letter',
        [d('2027-01-02'), d('2026-12-30')],
        d('2027-01-05'),
      ),
    ).toEqual([{ series: 'ecb', semesterStart: '2027-01-01' }]);
  });

  it('needs nothing for invoices not yet late', () => {
    expect(
      missingRatesFor(DEFAULT_RATE_TABLE, company, 'letter', [d('2027-02-01')], d('2027-01-20')),
    ).toEqual([]);
  });

  it('a contractual rate is applied without the legal rate (its floor is then reported unverifiable)', () => {
    const contract = { type: 'B2B' as const, contractualPenaltyRateBp: 1500 };
    expect(
      missingRatesFor(DEFAULT_RATE_TABLE, contract, 'notice', [d('2026-10-15')], d('2027-01-20')),
    ).toEqual([]);
  });

  it('a consumer’s letters need none; the file to the firm needs the legal rate « autres cas »', () => {
    const consumer = { type: 'B2C' as const, contractualPenaltyRateBp: null };
    expect(
      missingRatesFor(DEFAULT_RATE_TABLE, consumer, 'notice', [d('2026-05-15')], d('2026-11-23')),
    ).toEqual([]);
    expect(
      missingRatesFor(DEFAULT_RATE_TABLE, consumer, 'transfer', [d('2026-05-15')], d('2026-11-23')),
    ).toEqual([{ series: 'legal-professional', semesterStart: '2026-07-01' }]);
  });
});

describe('parseRatePercent', () => {
  it.each([
    ['2,40', 240],
    ['2.40', 240],
    ['2,4', 240],
    [' 12,65 % ', 1265],
    ['0', 0],
    ['50', 5000],
    ['3,15', 315],
  ])('reads « %s » as %i basis points', (text, bp) => {
    expect(parseRatePercent(text)).toEqual({ ok: true, rateBp: bp });
  });

  it('reads an empty field as not given', () => {
    expect(parseRatePercent('  ')).toEqual({ ok: true, rateBp: null });
  });

  it.each(['50,01', '-1', '2,405', 'deux', '1e2', '2,', ',5'])('refuses « %s »', (text) => {
    expect(parseRatePercent(text)).toEqual({ ok: false });
  });
});
