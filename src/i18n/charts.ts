/**
 * What the charts say (issue #18): axis values in French (« 12 k€ », « 45 j », « 12 % »), the
 * values shown on the bars, and the words of the images and exports that are not figures.
 */
import { formatInteger } from './numbers';

const NBSP = '\u00a0';

/** One decimal, French comma, « ,0 » dropped: « 12 », « 12,5 ». */
function short(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? formatInteger(rounded) : rounded.toFixed(1).replace('.', ',');
}

/** An amount in cents on an axis: « 0 € », « 850 € », « 12 k€ », « 1,2 M€ ». */
export function axisEuros(valueCents: number): string {
  const euros = valueCents / 100;
  const size = Math.abs(euros);
  if (size >= 1_000_000) return `${short(euros / 1_000_000)}${NBSP}M€`;
  if (size >= 1_000) return `${short(euros / 1_000)}${NBSP}k€`;
  return `${short(euros)}${NBSP}€`;
}

export const axisDays = (days: number): string => `${short(days)}${NBSP}j`;
export const axisPercent = (value: number): string => `${short(value)}${NBSP}%`;

export const chartTexts = {
  /** Drawn when a series has no value at all (a chart is never empty without saying so). */
  noData: 'Aucune donnée sur la période',
} as const;

const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;

/** « nov. 26 » — a month under a chart's axis (the year is written with every month: no guessing). */
export function shortMonth(date: string): string {
  return `${SHORT_MONTHS[Number(date.slice(5, 7)) - 1]}${NBSP}${date.slice(2, 4)}`;
}

/** « 3 nov. » — a day (or a week, by its first day) under a chart's axis. */
export function shortDay(date: string): string {
  return `${Number(date.slice(8, 10))}${NBSP}${SHORT_MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

/**
 * The text kept with a line chart (the image's alternative text, and a line of the card): where
 * the line starts and ends, its highest and lowest points.
 */
export function lineSummary(
  what: string,
  first: { label: string; value: string },
  last: { label: string; value: string },
  high: { label: string; value: string },
  low: { label: string; value: string },
): string {
  return (
    `Courbe — ${what}${NBSP}: ${first.value} (${first.label}) puis ${last.value} (${last.label})${NBSP}; ` +
    `au plus haut ${high.value} (${high.label}), au plus bas ${low.value} (${low.label}).`
  );
}

/** The text kept with a bar chart: each bar's label and value, in order. */
export function barsSummary(what: string, bars: ReadonlyArray<{ label: string; value: string }>): string {
  return `Barres — ${what}${NBSP}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}.`;
}

export const chartTitles = {
  agedBalance: (date: string) => `Balance âgée au ${date}`,
  overdueByRisk: 'Impayés échus par segment de risque',
  balance: 'Solde dû',
} as const;

/** The aged balance over twelve months (« graphique de la balance âgée »), and what it says. */
export const agedMonthsTexts = {
  title: 'Balance âgée sur 12 mois (fin de mois)',
  /** « Barres empilées — … : l’encours passe de 120 000,00 € (fin novembre 2025) à … ». */
  summary: (from: string, fromWhen: string, to: string, toWhen: string, overdueShare: string) =>
    `Barres empilées par tranche d’âge, une par fin de mois${NBSP}: l’encours passe de ${from} (${fromWhen}) à ${to} (${toWhen})${NBSP}; ${overdueShare} en est échu aujourd’hui.`,
  /** The months without a month-end snapshot, left out of the chart (said, never guessed). */
  missing: (months: string) =>
    `Pas de chiffres gardés pour${NBSP}: ${months}${NBSP}; ces mois sont laissés vides.`,
  today: 'aujourd’hui',
} as const;

/** Collected vs falling due per month (« encaissé vs échu par mois »). */
export const collectedVsDueTexts = {
  title: 'Encaissé et échu par mois',
  collected: 'Encaissé',
  fallingDue: 'Échu (TTC)',
  column: 'Échu TTC',
  summary: (months: ReadonlyArray<{ label: string; collected: string; fallingDue: string }>) =>
    `Barres groupées — encaissé et échu par mois${NBSP}: ${months
      .map((m) => `${m.label} ${m.collected} encaissés pour ${m.fallingDue} échus`)
      .join(', ')}.`,
  /** Months whose falling-due figure is not wholly from the daily snapshots. */
  partly: (months: string) =>
    `Échu reconstitué à partir des dates d’échéance des factures pour les jours sans chiffres gardés${NBSP}: ${months}.`,
} as const;
