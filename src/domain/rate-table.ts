/**
 * The dated rates late-payment penalties depend on (Code de commerce L441-10), per half-year
 * (semester: 1 January–30 June, 1 July–31 December). Rates are in basis points: 215 = 2,15 %.
 *
 * Each entry names its source (ECB decision, arrêté fixing the legal rate). A semester absent from
 * the table is absent on purpose: nothing is carried forward from the previous semester, because
 * the rate may have changed in between and a letter must never claim a guessed amount. The penalty
 * computation reports such a semester as missing.
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
  rateBp: number;
}

/**
 * The two legal interest rates (Code monétaire et financier L313-2, D313-1-A) depend on the
 * CREDITOR: « personnes physiques n'agissant pas pour des besoins professionnels » (individual) or
 * « tous les autres cas » (professional). A company claiming from a consumer is in « tous les autres
 * cas »: the individual rate is kept for completeness and for creditors who are individuals.
 */
export interface RateTable {
  ecbMainRefinancingRate: readonly EcbRateEntry[];
  /** « Taux de l'intérêt légal » for « tous les autres cas » (the creditor is not a consumer). */
  legalInterestRateProfessional: readonly LegalRateEntry[];
  /** « Taux de l'intérêt légal » when the creditor is an individual outside any business. */
  legalInterestRateIndividual: readonly LegalRateEntry[];
}

export const DEFAULT_RATE_TABLE: RateTable = Object.freeze({
  ecbMainRefinancingRate: Object.freeze([
    // 0,00 % since 16 March 2016 (ECB press release of 10 March 2016).
    { from: '2021-01-01' as CalendarDate, rateBp: 0 },
    // Unchanged at 0,00 % (ECB monetary policy decisions through June 2021).
    { from: '2021-07-01' as CalendarDate, rateBp: 0 },
    // Unchanged at 0,00 % (ECB decision of 16 December 2021).
    { from: '2022-01-01' as CalendarDate, rateBp: 0 },
    // Still 0,00 % on 1 July 2022: the rise to 0,50 % took effect on 27 July 2022 (decision of 21 July 2022).
    { from: '2022-07-01' as CalendarDate, rateBp: 0 },
    // 2,50 % since 21 December 2022 (ECB decision of 15 December 2022).
    { from: '2023-01-01' as CalendarDate, rateBp: 250 },
    // 4,00 % since 21 June 2023 (ECB decision of 15 June 2023).
    { from: '2023-07-01' as CalendarDate, rateBp: 400 },
    // 4,50 % since 20 September 2023 (ECB decision of 14 September 2023).
    { from: '2024-01-01' as CalendarDate, rateBp: 450 },
    // 4,25 % since 12 June 2024 (ECB decision of 6 June 2024).
    { from: '2024-07-01' as CalendarDate, rateBp: 425 },
    // 3,15 % since 18 December 2024 (ECB decision of 12 December 2024).
    { from: '2025-01-01' as CalendarDate, rateBp: 315 },
    // 2,15 % since 11 June 2025 (ECB decision of 5 June 2025).
    { from: '2025-07-01' as CalendarDate, rateBp: 215 },
    // Unchanged at 2,15 % through the December 2025 decision (ECB decision of 18 December 2025).
    { from: '2026-01-01' as CalendarDate, rateBp: 215 },
    // 2,40 % since 17 June 2026 (ECB decision of 11 June 2026, press release ecb.mp260611), as
    // reported by the review; the release is not in this machine's search corpus. The
    // controller can correct it from Teams (« taux »), journaled with its source.
    { from: '2026-07-01' as CalendarDate, rateBp: 240 },
  ]),
  legalInterestRateProfessional: Object.freeze([
    // Arrêté du 14 décembre 2020 (JORF du 20 décembre 2020). « Pour tous les autres cas ».
    { semesterStart: '2021-01-01' as CalendarDate, rateBp: 79 },
    // Arrêté du 14 juin 2021 (JORF du 20 juin 2021). « Pour tous les autres cas ».
    { semesterStart: '2021-07-01' as CalendarDate, rateBp: 76 },
    // Arrêté du 13 décembre 2021 (JORF du 19 décembre 2021). « Pour tous les autres cas ».
    { semesterStart: '2022-01-01' as CalendarDate, rateBp: 76 },
    // Arrêté du 21 juin 2022 (JORF du 26 juin 2022). « Pour tous les autres cas ».
    { semesterStart: '2022-07-01' as CalendarDate, rateBp: 77 },
    // Arrêté du 20 décembre 2022 (JORF du 25 décembre 2022). « Pour tous les autres cas ».
    { semesterStart: '2023-01-01' as CalendarDate, rateBp: 206 },
    // Arrêté du 20 juin 2023 (JORF du 25 juin 2023). « Pour tous les autres cas ».
    { semesterStart: '2023-07-01' as CalendarDate, rateBp: 422 },
    // Arrêté du 15 décembre 2023 (JORF du 22 décembre 2023). « Pour tous les autres cas ».
    { semesterStart: '2024-01-01' as CalendarDate, rateBp: 507 },
    // Arrêté du 17 juin 2024 (JORF du 23 juin 2024). « Pour tous les autres cas ».
    { semesterStart: '2024-07-01' as CalendarDate, rateBp: 492 },
    // Arrêté du 16 décembre 2024 (JORF du 22 décembre 2024). « Pour tous les autres cas ».
    { semesterStart: '2025-01-01' as CalendarDate, rateBp: 371 },
    // Arrêté du 19 juin 2025 (ECOT2516925A, JORF du 24 juin 2025). « Pour tous les autres cas ».
    { semesterStart: '2025-07-01' as CalendarDate, rateBp: 276 },
    // Arrêté du 15 décembre 2025 (JORF n° 0302 du 26 décembre 2025), art. 1. « Pour tous les autres cas ».
    { semesterStart: '2026-01-01' as CalendarDate, rateBp: 262 },
    // 1 July 2026: the arrêté of June 2026 is not in this machine's sources; set it from Teams.
  ]),
  legalInterestRateIndividual: Object.freeze([
    // Arrêté du 14 décembre 2020 (JORF du 20 décembre 2020). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2021-01-01' as CalendarDate, rateBp: 314 },
    // Arrêté du 14 juin 2021 (JORF du 20 juin 2021). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2021-07-01' as CalendarDate, rateBp: 312 },
    // Arrêté du 13 décembre 2021 (JORF du 19 décembre 2021). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2022-01-01' as CalendarDate, rateBp: 313 },
    // Arrêté du 21 juin 2022 (JORF du 26 juin 2022). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2022-07-01' as CalendarDate, rateBp: 315 },
    // Arrêté du 20 décembre 2022 (JORF du 25 décembre 2022). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2023-01-01' as CalendarDate, rateBp: 447 },
    // Arrêté du 20 juin 2023 (JORF du 25 juin 2023). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2023-07-01' as CalendarDate, rateBp: 682 },
    // Arrêté du 15 décembre 2023 (JORF du 22 décembre 2023). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2024-01-01' as CalendarDate, rateBp: 801 },
    // Arrêté du 17 juin 2024 (JORF du 23 juin 2024). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2024-07-01' as CalendarDate, rateBp: 816 },
    // Arrêté du 16 décembre 2024 (JORF du 22 décembre 2024). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2025-01-01' as CalendarDate, rateBp: 721 },
    // Arrêté du 19 juin 2025 (ECOT2516925A, JORF du 24 juin 2025). « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2025-07-01' as CalendarDate, rateBp: 665 },
    // Arrêté du 15 décembre 2025 (JORF n° 0302 du 26 décembre 2025), art. 1. « Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ».
    { semesterStart: '2026-01-01' as CalendarDate, rateBp: 667 },
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
  individual: ReadonlyMap<string, number>;
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
      individual: indexEntries(
        'legalInterestRateIndividual',
        table.legalInterestRateIndividual.map((e) => ({ date: e.semesterStart, rateBp: e.rateBp })),
      ),
    };
    if ([...index.legal.values()].some((rate) => rate < 0)) {
      throw new InvalidRateTableError('legalInterestRateProfessional: a rate is negative');
    }
    if ([...index.individual.values()].some((rate) => rate < 0)) {
      throw new InvalidRateTableError('legalInterestRateIndividual: a rate is negative');
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

/** The individuals' legal interest rate (creditor an individual) for `date`'s semester, or null. */
export function individualLegalRateForSemester(table: RateTable, date: CalendarDate): number | null {
  return indexOf(table).individual.get(semesterStartOf(date)) ?? null;
}
