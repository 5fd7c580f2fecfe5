import fc from 'fast-check';
import { addDays, calendarDate, dayOfWeek, type CalendarDate } from '../../src/domain/calendar-date';
import {
  addBusinessDays,
  businessDaysBetween,
  frenchBusinessCalendar,
  isBusinessDay,
  nextBusinessDayOnOrAfter,
  previousBusinessDayOnOrBefore,
} from '../../src/domain/business-calendar';

const d = (iso: string) => iso as CalendarDate;

describe('French public holidays (metropolitan)', () => {
  it.each([
    ['2026-01-01', 'Jour de l’an'],
    ['2026-04-06', 'Lundi de Pâques'],
    ['2026-05-01', 'Fête du travail'],
    ['2026-05-08', 'Victoire 1945'],
    ['2026-05-14', 'Ascension'],
    ['2026-05-25', 'Lundi de Pentecôte'],
    ['2026-07-14', 'Fête nationale'],
    ['2026-08-15', 'Assomption'],
    ['2026-11-01', 'Toussaint'],
    ['2026-11-11', 'Armistice'],
    ['2026-12-25', 'Noël'],
    ['2027-01-01', 'Jour de l’an'],
    ['2027-03-29', 'Lundi de Pâques'],
    ['2027-05-01', 'Fête du travail'],
    ['2027-05-08', 'Victoire 1945'],
    ['2027-05-06', 'Ascension'],
    ['2027-05-17', 'Lundi de Pentecôte'],
    ['2027-07-14', 'Fête nationale'],
    ['2027-08-15', 'Assomption'],
    ['2027-11-01', 'Toussaint'],
    ['2027-11-11', 'Armistice'],
    ['2027-12-25', 'Noël'],
  ])('%s (%s) is not a business day', (date) => {
    expect(isBusinessDay(d(date))).toBe(false);
  });

  it('closes no weekday other than those holidays', () => {
    const closedWeekdays = (year: number): string[] => {
      const closed: string[] = [];
      for (let day = calendarDate(year, 1, 1); day <= calendarDate(year, 12, 31); day = addDays(day, 1)) {
        const dow = dayOfWeek(day);
        if (dow !== 0 && dow !== 6 && !isBusinessDay(day)) closed.push(day);
      }
      return closed;
    };
    // 2026: 15 August is a Saturday and 1 November a Sunday, so 9 of the 11 holidays close a weekday.
    expect(closedWeekdays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-11-11',
      '2026-12-25',
    ]);
    // 2027: 1 May, 8 May and 25 December are Saturdays, 15 August a Sunday.
    expect(closedWeekdays(2027)).toEqual([
      '2027-01-01',
      '2027-03-29',
      '2027-05-06',
      '2027-05-17',
      '2027-07-14',
      '2027-11-01',
      '2027-11-11',
    ]);
  });

  it('treats Saturdays and Sundays as closed and ordinary weekdays as open', () => {
    expect(isBusinessDay(d('2026-11-14'))).toBe(false); // Saturday
    expect(isBusinessDay(d('2026-11-15'))).toBe(false); // Sunday
    expect(isBusinessDay(d('2026-11-16'))).toBe(true); // Monday
    expect(isBusinessDay(d('2026-12-24'))).toBe(true); // Thursday, Christmas Eve is not a holiday
    expect(isBusinessDay(d('2026-05-24'))).toBe(false); // Pentecost Sunday ('observance' in the lib)
  });

  it('keeps Good Friday and 26 December open outside Alsace-Moselle', () => {
    expect(isBusinessDay(d('2026-04-03'))).toBe(true);
    expect(isBusinessDay(d('2025-12-26'))).toBe(true);
  });
});

describe('nextBusinessDayOnOrAfter / previousBusinessDayOnOrBefore', () => {
  it.each([
    ['2026-05-01', '2026-05-04'], // Friday 1 May → Monday 4 May
    ['2026-11-14', '2026-11-16'], // Saturday → Monday (11 Nov was the Wednesday before)
    ['2026-12-24', '2026-12-24'], // Thursday, already a business day
    ['2026-12-25', '2026-12-28'], // Friday Christmas → Monday 28
    ['2026-05-23', '2026-05-26'], // Whit weekend: Sat, Sun, Whit Monday → Tuesday
    ['2026-12-31', '2026-12-31'], // Thursday
    ['2027-12-31', '2027-12-31'], // Friday, open
    ['2028-01-01', '2028-01-03'], // New Year's Day on a Saturday → Monday 3 January
  ])('next on or after %s is %s', (from, expected) => {
    expect(nextBusinessDayOnOrAfter(d(from))).toBe(expected);
  });

  it('crosses a year boundary forward and backward', () => {
    // Thu 1 Jan 2026 is a holiday: the next business day is Friday 2 January.
    expect(nextBusinessDayOnOrAfter(d('2026-01-01'))).toBe('2026-01-02');
    // Backward from 1 Jan 2026 lands on Wednesday 31 December 2025.
    expect(previousBusinessDayOnOrBefore(d('2026-01-01'))).toBe('2025-12-31');
    // Sat 1 Jan 2028 ← … ← Friday 31 December 2027.
    expect(previousBusinessDayOnOrBefore(d('2028-01-02'))).toBe('2027-12-31');
  });

  it.each([
    ['2026-05-04', '2026-05-04'],
    ['2026-05-03', '2026-04-30'], // Sun 3 May → (Sat 2, Fri 1 May holiday) → Thursday 30 April
    ['2026-12-27', '2026-12-24'], // Sunday → (Sat 26, Fri 25 holiday) → Thursday 24
  ])('previous on or before %s is %s', (from, expected) => {
    expect(previousBusinessDayOnOrBefore(d(from))).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-04-30', 2, '2026-05-05'], // Thu 30 Apr + 2: (Fri 1 May closed) Mon 4, Tue 5
    ['2026-05-01', 2, '2026-05-05'], // from a holiday: Mon 4, Tue 5
    ['2026-05-07', 1, '2026-05-11'], // Thu 7 + 1: Fri 8 May closed, weekend → Monday 11
    ['2026-12-23', 3, '2026-12-29'], // Wed 23: Thu 24, (Fri 25 closed) Mon 28, Tue 29
    ['2026-12-31', 1, '2027-01-04'], // Thu 31: (Fri 1 Jan closed) Monday 4 January 2027
    ['2026-05-02', 0, '2026-05-04'], // n = 0 rolls a Saturday forward
    ['2026-05-04', 0, '2026-05-04'],
    ['2026-01-02', 250, '2026-12-30'],
  ])('%s + %i business days = %s', (from, n, expected) => {
    expect(addBusinessDays(d(from), n)).toBe(expected);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => addBusinessDays(d('2026-05-04'), -1)).toThrow(RangeError);
    expect(() => addBusinessDays(d('2026-05-04'), 1.5)).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['2026-04-30', '2026-05-05', 2],
    ['2026-05-04', '2026-05-04', 0],
    ['2026-05-05', '2026-04-30', -2],
    ['2026-05-01', '2026-05-03', 0], // holiday + weekend
    // 2026 has 261 weekdays, 9 of them holidays: 252 business days in (31 Dec 2025, 31 Dec 2026].
    ['2025-12-31', '2026-12-31', 252],
  ])('(%s, %s] holds %i business days', (from, to, expected) => {
    expect(businessDaysBetween(d(from), d(to))).toBe(expected);
  });
});

describe('Alsace-Moselle', () => {
  const alsace = frenchBusinessCalendar({ region: 'alsace-moselle' });

  it('adds Good Friday and 26 December to the national holidays', () => {
    expect(alsace.isBusinessDay(d('2026-04-03'))).toBe(false); // Vendredi saint 2026
    expect(alsace.isBusinessDay(d('2025-12-26'))).toBe(false); // Friday 26 December 2025
    expect(alsace.isBusinessDay(d('2026-05-25'))).toBe(false); // and keeps the national ones
    expect(alsace.nextBusinessDayOnOrAfter(d('2026-04-03'))).toBe('2026-04-07'); // Easter Monday 6th too
  });

  it('is a separate calendar from the metropolitan one', () => {
    expect(frenchBusinessCalendar().isBusinessDay(d('2026-04-03'))).toBe(true);
    expect(frenchBusinessCalendar({ region: 'alsace-moselle' })).toBe(alsace);
  });
});

describe('properties', () => {
  const base = calendarDate(2024, 1, 1);
  const anyDate = fc.integer({ min: 0, max: 365 * 6 }).map((n) => addDays(base, n));

  it('nextBusinessDayOnOrAfter(d) is ≥ d, a business day, with no business day in between', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const next = nextBusinessDayOnOrAfter(date);
        expect(next >= date).toBe(true);
        expect(isBusinessDay(next)).toBe(true);
        for (let day = date; day < next; day = addDays(day, 1)) expect(isBusinessDay(day)).toBe(false);
      }),
    );
  });

  it('previousBusinessDayOnOrBefore(d) is ≤ d, a business day, with no business day in between', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const previous = previousBusinessDayOnOrBefore(date);
        expect(previous <= date).toBe(true);
        expect(isBusinessDay(previous)).toBe(true);
        for (let day = date; day > previous; day = addDays(day, -1)) expect(isBusinessDay(day)).toBe(false);
      }),
    );
  });

  it('addBusinessDays lands on a business day that businessDaysBetween counts back exactly', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (date, n) => {
        const target = addBusinessDays(date, n);
        expect(isBusinessDay(target)).toBe(true);
        expect(businessDaysBetween(date, target)).toBe(n);
        expect(businessDaysBetween(target, date)).toBe(-n);
      }),
    );
  });

  it('businessDaysBetween agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 800 }), (from, span) => {
        const to = addDays(from, span);
        let expected = 0;
        for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isBusinessDay(day)) expected++;
        expect(businessDaysBetween(from, to)).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });
});
