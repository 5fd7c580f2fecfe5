/**
 * The « Taux de pénalités » card: the rates known for the semesters around today, the form to set
 * a semester's rates (controllers only), and, once recorded, what was recorded and what it
 * changes. And the question asked before a letter or a transfer whose penalties need a rate not
 * known yet. Pure views: cards/rates.json and cards/confirm-rate.json lay them out.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { REFERENCE_MARGIN_BP } from '../../domain/late-penalties';
import { semesterStartOf, type RateTable } from '../../domain/rate-table';
import {
  nextSemesterStart,
  previousSemesterStart,
  rateOf,
  RATE_SERIES,
  type MissingRate,
  type RatedDocument,
  type RateChange,
  type RateSeries,
} from '../../domain/stored-rates';
import { fr } from '../../i18n/fr';
import { expandCard, type CardJson } from '../card-templates';
import { shown } from '../card-text';

export const RATE_VERBS = { open: 'rates.open', set: 'rates.set' } as const;

/** What the form sends back (its inputs), as typed. */
export interface TypedRates {
  ecb: string;
  legalProfessional: string;
  legalIndividual: string;
  source: string;
}

export const EMPTY_FORM: TypedRates = { ecb: '', legalProfessional: '', legalIndividual: '', source: '' };

export interface RatesCardOptions {
  table: RateTable;
  today: CalendarDate;
  /** The semester the form proposes. */
  semester: CalendarDate;
  /** Null: the form is not shown (after a rate was recorded). */
  typed: TypedRates | null;
  flash: { ok: boolean; lines: string[] } | null;
  /** The day's card the form was opened from, sent back with the form. */
  day?: CalendarDate;
}

/** The semesters the form offers: the next one, the current one, and the two before. */
export function offeredSemesters(today: CalendarDate): CalendarDate[] {
  const current = semesterStartOf(today);
  const previous = previousSemesterStart(current);
  return [nextSemesterStart(today), current, previous, previousSemesterStart(previous)];
}

export function buildRatesCard(options: RatesCardOptions): CardJson {
  const t = fr.rates;
  const semesters = offeredSemesters(options.today);
  const known = semesters
    .slice()
    .reverse()
    .map((start) =>
      t.form.knownLine(
        start,
        Object.fromEntries(RATE_SERIES.map((s) => [s, rateOf(options.table, s, start)])) as Record<
          RateSeries,
          number | null
        >,
      ),
    );
  return expandCard('rates', {
    title: t.form.title,
    flash: options.flash
      ? {
          style: options.flash.ok ? 'good' : 'attention',
          lines: options.flash.lines.map((l) => shown(l, 600)),
        }
      : null,
    intro: t.form.intro,
    knownTitle: t.form.known,
    known,
    form: options.typed
      ? {
          labels: {
            semester: t.form.semester,
            ecb: t.form.ecb,
            legalProfessional: t.form.legalProfessional,
            legalIndividual: t.form.legalIndividual,
            placeholder: t.form.ratePlaceholder,
            source: t.form.source,
            sourcePlaceholder: t.form.sourcePlaceholder,
            where: t.form.where,
            submit: t.form.submit,
          },
          semester: options.semester,
          semesters: semesters.map((start) => ({ title: t.form.semesterChoice(start), value: start })),
          values: {
            ecb: shown(options.typed.ecb, 10),
            legalProfessional: shown(options.typed.legalProfessional, 10),
            legalIndividual: shown(options.typed.legalIndividual, 10),
            source: shown(options.typed.source, 300),
          },
          data: options.day ? { day: options.day } : {},
        }
      : null,
  });
}

/** What the confirmation says was recorded, and what it changes for the penalties. */
export function recordedLines(
  semesterStart: CalendarDate,
  changes: readonly RateChange[],
  source: string,
  by: string,
): string[] {
  const t = fr.rates.recorded;
  const lines = [t.title(semesterStart), ...changes.map((c) => t.line(c.series, c.before, c.after))];
  const ecb = changes.find((c) => c.series === 'ecb');
  if (ecb) lines.push(t.ecbEffect(semesterStart, ecb.after + REFERENCE_MARGIN_BP));
  const legal = changes.find((c) => c.series === 'legal-professional');
  if (legal) lines.push(t.legalEffect(semesterStart, legal.after));
  lines.push(t.source(shown(source, 300), shown(by)), t.next);
  return lines;
}

/** Before generating (or transferring): the rate is missing; enter it, or go on without figures. */
export function buildConfirmRateCard(options: {
  customerName: string;
  missing: readonly MissingRate[];
  kind: RatedDocument;
  /** The same button again, marked as confirmed. */
  anyway: { verb: string; data: Record<string, unknown> };
  /** Back to the day's card. */
  back: Record<string, unknown>;
  day: CalendarDate;
}): CardJson {
  const t = fr.rates.confirm;
  return expandCard('confirm-rate', {
    title: t.title,
    customer: shown(options.customerName),
    text: t.text(options.missing, options.kind),
    setRate: {
      title: t.setRate,
      data: { semester: options.missing[0]?.semesterStart, day: options.day },
    },
    anyway: {
      title: options.kind === 'transfer' ? t.transferAnyway : t.letterAnyway,
      verb: options.anyway.verb,
      data: options.anyway.data,
    },
    back: { title: fr.detail.back, data: options.back },
  });
}
