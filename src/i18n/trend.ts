/**
 * Every word of a trend's card (« évolution des retards », « ça va mieux que le mois dernier ? »):
 * the measure named with its verb in agreement, the dates of the points, the change, the notes.
 */
import {
  endOfMonth,
  formatDateLongFr,
  frenchMonthName,
  monthOf,
  startOfMonth,
  yearOf,
  type CalendarDate,
} from '../domain/calendar-date';
import { agree } from './plural';

export type TrendMeasureCode = 'overdue' | 'outstanding' | 'dso' | 'late_rate' | 'collected';
export type TrendDirection = 'down' | 'up' | 'flat';

interface MeasureWords {
  /** The subject of the headline, with its verb's three forms. */
  subject: string;
  verbs: Record<TrendDirection, string>;
  /** The table's column. */
  column: string;
  /** What the card is about (« Évolution des impayés échus »). */
  title: string;
}

const plural = { down: 'baissent', up: 'augmentent', flat: 'sont stables' };
const singular = { down: 'baisse', up: 'augmente', flat: 'est stable' };

export const trendMeasures: Record<TrendMeasureCode, MeasureWords> = {
  overdue: {
    subject: 'Les impayés échus',
    verbs: plural,
    column: 'Impayés échus TTC',
    title: 'Évolution des impayés échus',
  },
  outstanding: {
    subject: 'L’encours',
    verbs: singular,
    column: 'Encours TTC',
    title: 'Évolution de l’encours',
  },
  dso: { subject: 'Le DSO', verbs: singular, column: 'DSO', title: 'Évolution du DSO' },
  late_rate: {
    subject: 'Le taux de retard',
    verbs: singular,
    column: 'Taux de retard',
    title: 'Évolution du taux de retard',
  },
  collected: {
    subject: 'Les encaissements',
    verbs: plural,
    column: 'Encaissé',
    title: 'Évolution des encaissements',
  },
};

const monthYear = (date: CalendarDate) => `${frenchMonthName(monthOf(date))} ${yearOf(date)}`;
const dayOf = (date: CalendarDate) => {
  const day = Number(date.slice(8, 10));
  return day === 1 ? '1er' : String(day);
};
const dayMonth = (date: CalendarDate) => `${dayOf(date)} ${frenchMonthName(monthOf(date))}`;

/** A stock read on a date: « fin octobre 2026 », « au 23 novembre 2026 ». */
export function atDateText(date: CalendarDate): string {
  return date === endOfMonth(date) ? `fin ${monthYear(date)}` : `au ${formatDateLongFr(date)}`;
}

/** A flow over a window: « en octobre 2026 », « le 5 novembre 2026 », « du 1er au 23 novembre 2026 ». */
export function windowText(from: CalendarDate, to: CalendarDate): string {
  if (from === to) return `le ${formatDateLongFr(from)}`;
  if (from === startOfMonth(from) && to === endOfMonth(from)) return `en ${monthYear(from)}`;
  if (yearOf(from) === yearOf(to) && monthOf(from) === monthOf(to))
    return `du ${dayOf(from)} au ${formatDateLongFr(to)}`;
  if (yearOf(from) === yearOf(to)) return `du ${dayMonth(from)} au ${formatDateLongFr(to)}`;
  return `du ${formatDateLongFr(from)} au ${formatDateLongFr(to)}`;
}

/** A point's label in the table, by the trend's step. */
export function pointLabel(
  granularity: 'day' | 'week' | 'month',
  from: CalendarDate,
  to: CalendarDate,
): string {
  switch (granularity) {
    case 'day':
      return dayMonth(to);
    case 'week':
      if (from === to) return dayMonth(from);
      return monthOf(from) === monthOf(to)
        ? `du ${dayOf(from)} au ${dayMonth(to)}`
        : `du ${dayMonth(from)} au ${dayMonth(to)}`;
    case 'month': {
      const name = frenchMonthName(monthOf(from));
      const whole = from === startOfMonth(from) && to === endOfMonth(from);
      return whole ? `${name} ${yearOf(from)}` : `${name} ${yearOf(from)} (${windowText(from, to)})`;
    }
  }
}

/** « 1,5 point », « 2,0 points » (French: below two, the singular). */
export const points = (value: string, amount: number) => `${value} ${agree(amount, 'point')}`;

export const trendTexts = {
  /** « Les impayés échus baissent : 12 340,00 € au 23 novembre 2026 contre 15 000,00 € fin octobre 2026 (−17,7 %) » */
  headline: (
    subject: string,
    verb: string,
    current: string,
    currentWhen: string,
    previous: string,
    previousWhen: string,
    change: string,
  ) =>
    `${subject} ${verb} : ${current} ${currentWhen} contre ${previous} ${previousWhen}${change ? ` (${change})` : ''}`,
  /** When one side has no figure (no invoice due, a DSO past its horizon). */
  headlineOne: (title: string, value: string, when: string) => `${title} : ${value} ${when}`,
  headlineNone: (title: string) => `${title} : aucun chiffre sur la période`,
  futurePeriod: (title: string) => `${title} : la période demandée n’a pas encore commencé`,
  noValue: '—',
  columns: { point: 'Période', change: 'Évolution' },
  facts: { period: 'Période', comparison: 'Comparaison' },
  comparisonStock: (current: string, previous: string) => `${current}, contre ${previous}`,
  notes: {
    ignored:
      'Une évolution suit le total : les filtres de retard, de montant, d’étape ou de classement de la question ne sont pas appliqués.',
    reconstructed:
      'Chiffres reconstitués à partir de l’historique : dates d’émission et d’échéance des factures, paiements datés, dates de règlement et de passage en perte. Une facture réglée sans paiement daté compte pour son montant entier jusqu’à sa date de règlement.',
    horizon:
      'Les factures échues plus de deux ans avant le début de la période et réglées depuis ne sont pas reconstituées.',
    sameDays: 'Pour un flux, la période précédente est prise sur le même nombre de jours.',
    stockAtEnd:
      'Chaque point est le chiffre au dernier jour de sa période (aujourd’hui pour la période en cours).',
    outstanding:
      'Encours : reste dû TTC des factures ni réglées ni passées en perte (au moins 1 €), échues ou non.',
  },
};
