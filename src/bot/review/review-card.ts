/**
 * The weekly review's card (issue #18), pure: the review and its chart images in, the Adaptive Card
 * out (cards/weekly-review.json). Every chart keeps its text summary on the card (accessibility,
 * clients without images, a chart that could not be rendered).
 */
import type { ChartImage } from '../../application/ports/charts';
import { weekText, type ReviewFigure, type WeeklyReview } from '../../application/review/weekly-review';
import { formatDateLongFr } from '../../domain/calendar-date';
import { cents, formatEuros } from '../../domain/money';
import { review as t } from '../../i18n/fr/review';
import { formatInteger } from '../../i18n/numbers';
import { frenchTypography } from '../../i18n/typography';
import { expandCard, type CardJson } from '../card-templates';

const NBSP = '\u00a0';

/** Days to the tenth, as the question « DSO ? » says them (« 57,3 j »): the card and the answer agree. */
function valueText(unit: ReviewFigure['unit'], value: number): string {
  return unit === 'days' ? t.days(value.toFixed(1).replace('.', ',')) : formatEuros(cents(Math.round(value)));
}

/** A change as shown: days to the tenth, cents whole. */
const shownChange = (unit: ReviewFigure['unit'], diff: number): number =>
  unit === 'days' ? Math.round(diff * 10) / 10 : Math.round(diff);

function changeText(figure: ReviewFigure, then: number | null): string {
  if (figure.value === null || then === null) return t.unknown;
  const diff = figure.value - then;
  const shown = shownChange(figure.unit, diff);
  if (shown === 0) return t.change.same;
  const text = valueText(figure.unit, Math.abs(shown));
  const percent =
    then !== 0
      ? ` (${diff > 0 ? '+' : '−'}${formatInteger(Math.abs(Math.round((100 * diff) / then)))}${NBSP}%)`
      : '';
  return `${t.change.signed(diff > 0 ? '+' : '−', text)}${percent}`;
}

export interface ReviewCardOptions {
  lawFirmName: string;
  images?: { aged?: ChartImage; dso?: ChartImage };
}

export function reviewCard(review: WeeklyReview, options: ReviewCardOptions): CardJson {
  const figures = review.figures.map((f) => ({
    cells: [
      { text: t.figures[f.key], align: 'Left' },
      { text: f.value === null ? t.unknown : valueText(f.unit, f.value), align: 'Right' },
      { text: changeText(f, f.lastWeek), align: 'Right' },
      { text: changeText(f, f.lastYear), align: 'Right' },
    ],
  }));
  const unknown = review.figures.some((f) => f.lastWeek === null || f.lastYear === null);
  const m = review.moved;
  const amount = (c: number) => formatEuros(cents(c));
  const moved = [
    t.moved.newOverdue(m.newOverdue.count, amount(m.newOverdue.amount)),
    t.moved.paid(m.paid.count, amount(m.paid.amount)),
    t.moved.promisesKept(m.promisesKept),
    t.moved.promisesBroken(m.promisesBroken),
    t.moved.newDisputes(m.newDisputes),
    t.moved.sentToFirm(m.sentToFirm.count, amount(m.sentToFirm.amount), options.lawFirmName),
    m.recoveredByFirm > 0 ? t.moved.recoveredByFirm(amount(m.recoveredByFirm), options.lawFirmName) : null,
  ].filter((line): line is string => line !== null);
  const risks =
    review.risks.length === 0
      ? [t.risksNone]
      : review.risks.map(
          (r, k) =>
            `${k + 1}. ${t.riskLine(r.customerName, amount(r.overdue), r.count, r.maxDaysLate, r.step ?? t.noStep)}`,
        );
  const chart = (image: ChartImage | undefined, altText: string) => ({ url: image?.url ?? '', altText });
  const data = {
    title: t.title(weekText(review.week)),
    intro: t.intro(formatDateLongFr(review.date)),
    figuresTitle: t.figuresTitle,
    header: [
      { text: t.columns.figure, align: 'Left' },
      { text: t.columns.now, align: 'Right' },
      { text: t.columns.lastWeek, align: 'Right' },
      { text: t.columns.lastYear, align: 'Right' },
    ],
    figures,
    unknownNote: unknown ? t.unknownNote : '',
    movedTitle: t.movedTitle,
    moved,
    risksTitle: t.risksTitle,
    risks,
    chartsTitle: t.chartsTitle,
    charts: [
      chart(options.images?.aged, review.charts.aged.altText),
      chart(options.images?.dso, review.charts.dso.altText),
    ],
    footer: t.footer(t.everyMonday),
  };
  return expandCard('weekly-review', typographed(data) as object);
}

function typographed(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('http') ? value : frenchTypography(value);
  if (Array.isArray(value)) return value.map(typographed);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'url' ? v : typographed(v)]));
  return value;
}
