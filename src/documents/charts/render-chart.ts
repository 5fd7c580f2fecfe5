/**
 * Charts rendered on the server (issue #18): a `ChartSpec` (data) → SVG with Apache ECharts'
 * server-side renderer (no DOM, no canvas) → PNG with resvg. One renderer for every `ChartKind`:
 * lines for the trends and the DSO, bars for the rest, stacked when the spec says so.
 *
 * Drawn for a Teams card: 600 × 320 CSS pixels, rasterised at 2× for sharp text on high-density
 * screens. A card shows the image about 400–550 pixels wide: the axes' labels are drawn at 13 px
 * (about 9–12 px once shown), never smaller, so that a director reads them without zooming. Text is in DejaVu Sans (installed with fontconfig on Debian and here) — it has the
 * French accents, « € » and the narrow no-break space.
 */
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec, ChartUnit } from '../../application/ports/charts';
import { axisDays, axisEuros, axisPercent, chartTexts } from '../../i18n/charts';

export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 320;
/** Pixels per CSS pixel of the PNG. */
export const CHART_SCALE = 2;
export const CHART_FONT = 'DejaVu Sans';
const FONT_STACK = `${CHART_FONT}, Carlito, Liberation Sans, sans-serif`;

/** Greenova-neutral colours, distinct when printed in grey: oldest buckets darkest. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#b07aa1', '#9c755f'];
const AGED_PALETTE = ['#9ecae1', '#4292c6', '#f28e2b', '#e15759', '#8c1d18'];

export function axisLabel(unit: ChartUnit): (value: number) => string {
  if (unit === 'cents') return axisEuros;
  if (unit === 'days') return axisDays;
  return axisPercent;
}

function isLine(spec: ChartSpec): boolean {
  return spec.kind === 'dso' || spec.kind === 'trend';
}

/** The ECharts option of a spec (exported for the tests). */
export function chartOption(spec: ChartSpec): echarts.EChartsOption {
  const line = isLine(spec);
  const format = axisLabel(spec.unit);
  const empty = spec.series.every((s) => s.values.every((v) => v === null));
  const many = spec.series.length > 1;
  const palette = spec.kind === 'aged_balance' ? AGED_PALETTE : PALETTE;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: palette,
    textStyle: { fontFamily: FONT_STACK, color: '#333333' },
    title: {
      text: spec.title,
      left: 12,
      top: 8,
      textStyle: { fontFamily: FONT_STACK, fontSize: 16, fontWeight: 'bold', color: '#222222' },
      ...(empty
        ? { subtext: chartTexts.noData, subtextStyle: { fontFamily: FONT_STACK, fontSize: 13 } }
        : {}),
    },
    legend: many
      ? { top: 34, left: 12, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } }
      : { show: false },
    grid: { left: 16, right: line ? 72 : 20, top: many ? 66 : 46, bottom: 12, containLabel: true },
    xAxis: {
      type: 'category',
      data: [...spec.categories],
      boundaryGap: !line,
      axisLabel: { fontSize: 13, hideOverlap: true, color: '#444444' },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { fontSize: 13, formatter: (value: number) => format(value), color: '#444444' },
      splitLine: { lineStyle: { color: '#e6e6e6' } },
      ...(spec.unit === 'percent' ? { min: 0 } : {}),
    },
    series: spec.series.map((s) =>
      line
        ? {
            type: 'line' as const,
            name: s.name,
            data: [...s.values],
            symbol: 'circle',
            symbolSize: 6,
            lineStyle: { width: 3 },
            connectNulls: false,
            // The last known value is written at the end of the line.
            endLabel: {
              show: true,
              formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? format(p.value) : ''),
              fontSize: 14,
              fontWeight: 'bold',
            },
          }
        : {
            type: 'bar' as const,
            name: s.name,
            data: [...s.values],
            barMaxWidth: 36,
            ...(spec.stacked ? { stack: 'total' } : {}),
          },
    ),
  };
}

/** The chart as an SVG document (text as text: the tests read the labels in it). */
export function renderChartSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The SVG rasterised with the system's fonts. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

export function renderChartPng(spec: ChartSpec): Buffer {
  return svgToPng(renderChartSvg(spec));
}
