/** How figures, dates and periods are written on the answer cards (French, from src/i18n/fr.ts). */
import {
  endOfMonth,
  formatDateLongFr,
  formatDateShortFr,
  frenchMonthName,
  monthOf,
  startOfMonth,
  yearOf,
} from '../../domain/calendar-date';
import { formatEuros, type Cents } from '../../domain/money';
import { fr } from '../../i18n/fr';
import type { Period } from '../query';

const t = fr.questions;

export const eur = (amount: Cents) => formatEuros(amount);
export const decimal = (value: number) => value.toFixed(1).replace('.', ',');
export const percent = (value: number) => `${decimal(value)}\u00a0%`;
export const short = formatDateShortFr;
export const riskLabel = (key: string) => (t.risk as Readonly<Record<string, string>>)[key] ?? key;

/** « 12 j » late, or « non échue ». */
export function lateText(days: number): string {
  return days > 0 ? t.days(days) : t.notDueYet;
}

/** « le 3 novembre 2026 », « en novembre 2026 », « en 2026 », « du … au … ». */
export function periodText(period: Period): string {
  const { from, to } = period;
  if (from === to) return t.periods.day(formatDateLongFr(from));
  if (from === startOfMonth(from) && to === endOfMonth(from)) {
    return t.periods.month(frenchMonthName(monthOf(from)), yearOf(from));
  }
  if (from.endsWith('-01-01') && to === `${yearOf(from)}-12-31`) return t.periods.year(yearOf(from));
  return t.periods.range(formatDateLongFr(from), formatDateLongFr(to));
}

/** Hours and minutes of an instant, in Paris (the journal's entries). */
export function parisTime(at: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));
}
