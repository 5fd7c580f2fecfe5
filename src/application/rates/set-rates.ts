/**
 * « Taux de pénalités »: the controller sets a semester's rates from Teams. Who may is checked
 * here (never trusted from the card); the form's French input is read and validated; each rate is
 * stored, and the whole entry journaled once (`rates.set`): who, the source, each rate before and
 * after — a rate that replaces a different one is a correction, and says so.
 */
import type { Clock } from '../../domain/calendar-date';
import type { Decider } from '../../domain/decisions';
import type { RateTable } from '../../domain/rate-table';
import {
  isSemesterStart,
  parseRatePercent,
  rateChanges,
  type RateChange,
  type RateSeries,
} from '../../domain/stored-rates';
import type { CalendarDate } from '../../domain/calendar-date';
import { fr } from '../../i18n/fr';
import type { Journal, RateRepository } from '../ports';
import { currentRates, type Rates } from './effective-rates';

export const RATES_SET = 'rates.set';

export interface SetRatesDependencies {
  stores: { rates: Pick<RateRepository, 'save'>; journal: Pick<Journal, 'append'> };
  rates: Rates;
  clock: Clock;
}

/** The form as typed: percentages in French or English notation, empty when not given. */
export interface RatesForm {
  semesterStart: string;
  ecb: string;
  legalProfessional: string;
  legalIndividual: string;
  source: string;
}

export const MAX_SOURCE_LENGTH = 300;

export type RatesRefusal =
  | { code: 'not_allowed' }
  | { code: 'semester' }
  | { code: 'rate'; series: RateSeries }
  | { code: 'no_rate' }
  | { code: 'source' }
  | { code: 'source_too_long' };

export type SetRatesOutcome =
  | { kind: 'done'; semesterStart: CalendarDate; changes: RateChange[]; source: string; by: string }
  | { kind: 'refused'; refusal: RatesRefusal };

const FIELDS: ReadonlyArray<[RateSeries, keyof RatesForm]> = [
  ['ecb', 'ecb'],
  ['legal-professional', 'legalProfessional'],
  ['legal-individual', 'legalIndividual'],
];

/** The form read, or why it cannot be recorded. */
export function readRatesForm(form: RatesForm):
  | {
      ok: true;
      semesterStart: CalendarDate;
      rates: Array<{ series: RateSeries; rateBp: number }>;
      source: string;
    }
  | { ok: false; refusal: RatesRefusal } {
  const semesterStart = form.semesterStart.trim();
  if (!isSemesterStart(semesterStart)) return { ok: false, refusal: { code: 'semester' } };
  const rates: Array<{ series: RateSeries; rateBp: number }> = [];
  for (const [series, field] of FIELDS) {
    const parsed = parseRatePercent(form[field]);
    if (!parsed.ok) return { ok: false, refusal: { code: 'rate', series } };
    if (parsed.rateBp !== null) rates.push({ series, rateBp: parsed.rateBp });
  }
  if (rates.length === 0) return { ok: false, refusal: { code: 'no_rate' } };
  const source = form.source.replace(/\s+/g, ' ').trim();
  if (!source) return { ok: false, refusal: { code: 'source' } };
  if (source.length > MAX_SOURCE_LENGTH) return { ok: false, refusal: { code: 'source_too_long' } };
  return { ok: true, semesterStart, rates, source };
}

export async function setRates(
  deps: SetRatesDependencies,
  decider: Decider,
  form: RatesForm,
): Promise<SetRatesOutcome> {
  if (!decider.canAct) {
    await deps.stores.journal.append({
      actor: decider.actor,
      action: RATES_SET,
      target: { ref: `rates|${form.semesterStart}`.slice(0, 64) },
      details: { semesterStart: form.semesterStart.slice(0, 20) },
      outcome: 'refused',
      reason: fr.rates.notAllowedReason,
    });
    return { kind: 'refused', refusal: { code: 'not_allowed' } };
  }
  const read = readRatesForm(form);
  if (!read.ok) return { kind: 'refused', refusal: read.refusal };
  const table: RateTable = await currentRates(deps.rates);
  const changes = rateChanges(table, read.semesterStart, read.rates);
  const setAt = deps.clock.now().toISOString();
  for (const { series, rateBp } of read.rates) {
    await deps.stores.rates.save({
      series,
      semesterStart: read.semesterStart,
      rateBp,
      source: read.source,
      setBy: decider.actor,
      setAt,
    });
  }
  await deps.stores.journal.append({
    actor: decider.actor,
    action: RATES_SET,
    target: { ref: `rates|${read.semesterStart}` },
    details: {
      semesterStart: read.semesterStart,
      source: read.source,
      changes,
      correction: changes.some((c) => c.before !== null && c.before !== c.after),
    },
    outcome: 'ok',
  });
  return {
    kind: 'done',
    semesterStart: read.semesterStart,
    changes,
    source: read.source,
    by: decider.actor.name,
  };
}
