/**
 * The dated rates late-payment penalties depend on (Code de commerce L441-10), per half-year
 * (semester: 1 January–30 June, 1 July–31 December). Rates are in basis points: 215 = 2,15 %.
 *
 * A semester absent from the table is absent on purpose: nothing is carried forward from the
 * previous semester, because the rate may have changed in between and a letter must never claim a
 * guessed amount. The penalty computation reports such a semester as missing (« à compléter »).
 */
import type { CalendarDate } from './calendar-date';

export interface EcbRateEntry {
  /**
   * The semester's reference date, 1 January or 1 July: the rate is the one the ECB applied to its
   * most recent main refinancing operation on that date (L441-10 II).
   */
  from: CalendarDate;
  rateBp: number;
}

export interface LegalRateEntry {
  /** 1 January or 1 July. */
  semesterStart: CalendarDate;
  /** « Taux de l'intérêt légal » for « tous les autres cas » (the creditor is not a consumer). */
  rateBp: number;
}

export interface RateTable {
  ecbMainRefinancingRate: readonly EcbRateEntry[];
  legalInterestRateProfessional: readonly LegalRateEntry[];
}

export const DEFAULT_RATE_TABLE: RateTable = Object.freeze({
  ecbMainRefinancingRate: Object.freeze([
    // 3,15 % since 18 December 2024 (ECB decision of 12 December 2024).
    { from: '2025-01-01' as CalendarDate, rateBp: 315 },
    // 2,15 % since 11 June 2025 (ECB decision of 5 June 2025).
    { from: '2025-07-01' as CalendarDate, rateBp: 215 },
    // Unchanged at 2,15 % through the December 2025 decision.
    { from: '2026-01-01' as CalendarDate, rateBp: 215 },
    // 1 July 2026: deliberately absent. Press reports say the ECB raised the MRO rate to 2,40 % on
    // 11 June 2026 (ecb.mp260611), but the ECB's publication itself has not been checked yet.
  ]),
  legalInterestRateProfessional: Object.freeze([
    // Value given with the issue; the published semester tables agree.
    { semesterStart: '2025-01-01' as CalendarDate, rateBp: 371 },
    // Arrêté du 19 juin 2025 (JO du 24 juin 2025).
    { semesterStart: '2025-07-01' as CalendarDate, rateBp: 276 },
    // Arrêté du 15 décembre 2025 (JORF n° 0302 du 26 décembre 2025), art. 1, 2°.
    { semesterStart: '2026-01-01' as CalendarDate, rateBp: 262 },
  ]),
});

export class InvalidRateTableError extends Error {}

/** `2026-01-01` for any date from January to June 2026, `2026-07-01` for July to December. */
export function semesterStartOf(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 4)}-${Number(date.slice(5, 7)) <= 6 ? '01' : '07'}-01` as CalendarDate;
}

/** The last day of the semester `date` falls in: 30 June or 31 December. */
export function semesterEndOf(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 4)}-${Number(date.slice(5, 7)) <= 6 ? '06-30' : '12-31'}` as CalendarDate;
}

interface RateIndex {
  ecb: ReadonlyMap<string, number>;
  legal: ReadonlyMap<string, number>;
}

// Indexed once per table object: the engine looks rates up for every invoice of a run.
const indexes = new WeakMap<RateTable, RateIndex>();

function indexEntries(
  name: string,
  entries: ReadonlyArray<{ date: string; rateBp: number }>,
): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const { date, rateBp } of entries) {
    if (!/^\d{4}-(01|07)-01$/.test(date)) {
      throw new InvalidRateTableError(`${name}: ${date} is not a semester start (1 January or 1 July)`);
    }
    if (!Number.isSafeInteger(rateBp)) {
      throw new InvalidRateTableError(`${name} ${date}: rate must be a whole number of basis points`);
    }
    if (map.has(date)) throw new InvalidRateTableError(`${name}: ${date} is listed twice`);
    map.set(date, rateBp);
  }
  return map;
}

function indexOf(table: RateTable): RateIndex {
  let index = indexes.get(table);
  if (!index) {
    index = {
      ecb: indexEntries(
        'ecbMainRefinancingRate',
        table.ecbMainRefinancingRate.map((e) => ({ date: e.from, rateBp: e.rateBp })),
      ),
      legal: indexEntries(
        'legalInterestRateProfessional',
        table.legalInterestRateProfessional.map((e) => ({ date: e.semesterStart, rateBp: e.rateBp })),
      ),
    };
    if ([...index.legal.values()].some((rate) => rate < 0)) {
      throw new InvalidRateTableError('legalInterestRateProfessional: a rate is negative');
    }
    indexes.set(table, index);
  }
  return index;
}

/** Throws InvalidRateTableError when an entry is not on a semester start, duplicated or not whole. */
export function validateRateTable(table: RateTable): void {
  indexOf(table);
}

/** The ECB main refinancing rate for the semester containing `date`, or null when not in the table. */
export function ecbRateForSemester(table: RateTable, date: CalendarDate): number | null {
  return indexOf(table).ecb.get(semesterStartOf(date)) ?? null;
}

/** The professional legal interest rate for the semester containing `date`, or null when unknown. */
export function legalRateForSemester(table: RateTable, date: CalendarDate): number | null {
  return indexOf(table).legal.get(semesterStartOf(date)) ?? null;
}
