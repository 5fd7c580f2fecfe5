/**
 * The dunning calendar (ladder) and the penalty rate table, from configuration files when given
 * (LADDER_FILE, PENALTY_RATES_FILE — JSON), else Greenova's ladder and the built-in rates.
 * A bad file stops start-up with a French message; nothing falls back silently.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '../domain/calendar-date';
import { CHANNELS, GREENOVA_LADDER, validateLadder, type LadderConfig } from '../domain/ladder';
import { cents } from '../domain/money';
import { DEFAULT_RATE_TABLE, validateRateTable, type RateTable } from '../domain/rate-table';
import { PROJECT_ROOT } from './paths';
import type { DunningSettings, LawFirmSettings } from './settings';

const date = z
  .string()
  .refine(isCalendarDate, 'date aaaa-mm-jj attendue')
  .transform((d) => d as CalendarDate);
const days = z.number().int();

const ladderSchema = z.object({
  steps: z.array(
    z.object({
      id: z.string().min(1),
      offsetDays: days,
      channel: z.enum(CHANNELS),
      template: z.string().min(1),
      label: z.string().min(1),
    }),
  ),
  preDue: z
    .object({
      id: z.string().min(1),
      daysBeforeBySegment: z.object({
        low: days.nullable(),
        moderate: days.nullable(),
        high: days.nullable(),
      }),
      channel: z.enum(CHANNELS),
      template: z.string().min(1),
      label: z.string().min(1),
    })
    .nullable(),
  minimumGapDays: days.default(5),
  promiseGraceBusinessDays: days.default(2),
  installmentGraceBusinessDays: days.default(2),
  balanceToleranceCents: days.default(100),
});

const ratesSchema = z.object({
  ecbMainRefinancingRate: z
    .array(z.object({ from: date, rateBp: z.number().int().min(-1000).max(5000) }))
    .default([]),
  legalInterestRateProfessional: z
    .array(z.object({ semesterStart: date, rateBp: z.number().int().min(0).max(5000) }))
    .default([]),
  legalInterestRateIndividual: z
    .array(z.object({ semesterStart: date, rateBp: z.number().int().min(0).max(5000) }))
    .default([]),
});

export class DunningConfigError extends Error {}

function readJson(path: string, variable: string): unknown {
  const full = resolve(PROJECT_ROOT, path);
  try {
    return JSON.parse(readFileSync(full, 'utf8')) as unknown;
  } catch (error) {
    throw new DunningConfigError(
      `Configuration invalide : ${variable} — ${full} illisible (${(error as Error).message})`,
    );
  }
}

export function loadLadder(settings: Pick<DunningSettings, 'LADDER_FILE'>): LadderConfig {
  if (!settings.LADDER_FILE) return GREENOVA_LADDER;
  const parsed = ladderSchema.safeParse(readJson(settings.LADDER_FILE, 'LADDER_FILE'));
  if (!parsed.success) {
    throw new DunningConfigError(
      `Configuration invalide : LADDER_FILE — ${parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}`,
    );
  }
  const { balanceToleranceCents, ...rest } = parsed.data;
  try {
    return validateLadder({ ...rest, balanceTolerance: cents(balanceToleranceCents) });
  } catch (error) {
    throw new DunningConfigError(`Configuration invalide : LADDER_FILE — ${(error as Error).message}`);
  }
}

/** The built-in rates, completed or corrected by the file's entries (same date: the file wins). */
export function loadRates(settings: Pick<DunningSettings, 'PENALTY_RATES_FILE'>): RateTable {
  if (!settings.PENALTY_RATES_FILE) return DEFAULT_RATE_TABLE;
  const parsed = ratesSchema.safeParse(readJson(settings.PENALTY_RATES_FILE, 'PENALTY_RATES_FILE'));
  if (!parsed.success) {
    throw new DunningConfigError(
      `Configuration invalide : PENALTY_RATES_FILE — ${parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}`,
    );
  }
  const merge = <T, K extends keyof T>(base: readonly T[], extra: readonly T[], key: K) =>
    [...base.filter((b) => !extra.some((e) => e[key] === b[key])), ...extra].sort((a, b) =>
      String(a[key]).localeCompare(String(b[key])),
    );
  const table: RateTable = {
    ecbMainRefinancingRate: merge(
      DEFAULT_RATE_TABLE.ecbMainRefinancingRate,
      parsed.data.ecbMainRefinancingRate,
      'from',
    ),
    legalInterestRateProfessional: merge(
      DEFAULT_RATE_TABLE.legalInterestRateProfessional,
      parsed.data.legalInterestRateProfessional,
      'semesterStart',
    ),
    legalInterestRateIndividual: merge(
      DEFAULT_RATE_TABLE.legalInterestRateIndividual,
      parsed.data.legalInterestRateIndividual,
      'semesterStart',
    ),
  };
  try {
    validateRateTable(table);
  } catch (error) {
    throw new DunningConfigError(`Configuration invalide : PENALTY_RATES_FILE — ${(error as Error).message}`);
  }
  return table;
}

/**
 * The ladder the engine runs: the calendar, with the mise en demeure's deadline (settings) and the
 * firm's mandate start, which gate the transfer.
 */
export function procedureLadder(
  settings: Pick<DunningSettings, 'LADDER_FILE' | 'FORMAL_NOTICE_DAYS' | 'FORMAL_NOTICE_NO_AR_DAYS'> &
    Pick<LawFirmSettings, 'LAW_FIRM_MANDATE_START'>,
): LadderConfig {
  return validateLadder({
    ...loadLadder(settings),
    formalNotice: {
      daysAfterReceipt: settings.FORMAL_NOTICE_DAYS,
      daysWithoutReceipt: settings.FORMAL_NOTICE_NO_AR_DAYS,
    },
    transferNotBefore: settings.LAW_FIRM_MANDATE_START as CalendarDate,
  });
}
