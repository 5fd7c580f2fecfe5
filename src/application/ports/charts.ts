/**
 * Charts as images on cards (issue #18). A use case describes a chart as data (`ChartSpec`); the
 * edge renders it on the server (ECharts SSR to SVG, resvg to PNG), stores it by content (the same
 * spec is rendered once) and answers a signed document link. The card always keeps the text
 * summary (`ChartImage.altText`): for accessibility and for clients without images.
 */
export type ChartKind =
  /** Aged balance over 12 months: stacked bars, one stack per month, one band per age bucket. */
  | 'aged_balance'
  /** DSO over 12 months: a line. */
  | 'dso'
  /** Collected vs falling due, per month: grouped bars. */
  | 'collected_vs_due'
  /** Overdue by risk segment: bars (or one stacked bar). */
  | 'overdue_by_risk'
  /** Any measure over time (a trend answer): a line. */
  | 'trend';

export type ChartUnit = 'cents' | 'days' | 'percent';

export interface ChartSeries {
  /** French label shown in the legend (from src/i18n). */
  readonly name: string;
  /** One value per category, in `ChartSpec.unit` (cents are integers); null when unknown. */
  readonly values: ReadonlyArray<number | null>;
}

export interface ChartSpec {
  readonly kind: ChartKind;
  /** French title drawn on the image. */
  readonly title: string;
  /** French category labels (« nov. 2026 », « S47 »…). */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly unit: ChartUnit;
  /** Stack the series (aged balance). */
  readonly stacked?: boolean;
}

export interface ChartImage {
  /** Signed link to the PNG (served like the documents). */
  readonly url: string;
  /** What the chart shows, in one or two French sentences. */
  readonly altText: string;
}

export interface ChartPublisher {
  /** Renders (or finds, by content) the chart and answers its signed link. */
  publish(spec: ChartSpec, altText: string, now: Date): Promise<ChartImage>;
}
