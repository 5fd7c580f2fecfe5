/**
 * Charts drawn on the server (issue #18): every kind of spec gives an SVG that says its title,
 * categories and French axis values, and a PNG small enough for a card; a spec is named by its
 * content (the same spec, the same blob).
 */
import type { ChartKind, ChartSpec } from '../../src/application/ports/charts';
import {
  CHART_HEIGHT,
  CHART_SCALE,
  CHART_WIDTH,
  renderChartPng,
  renderChartSvg,
} from '../../src/documents/charts/render-chart';
import { axisDays, axisEuros, axisPercent, shortMonth } from '../../src/i18n/charts';
import { chartId, StoredChartPublisher, type ChartBlobs } from '../../src/server/chart-publisher';

const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map((m) =>
  shortMonth(`${m}-01`),
);

function spec(kind: ChartKind): ChartSpec {
  switch (kind) {
    case 'aged_balance':
      return {
        kind,
        title: 'Balance âgée sur 6 mois',
        categories: MONTHS,
        unit: 'cents',
        stacked: true,
        series: ['Non échu', '1 à 30 j', 'Plus de 90 j'].map((name, k) => ({
          name,
          values: MONTHS.map((_, i) => (k + 1) * 1_000_000 + i * 25_000),
        })),
      };
    case 'collected_vs_due':
      return {
        kind,
        title: 'Encaissé et échu par mois',
        categories: MONTHS,
        unit: 'cents',
        series: [
          { name: 'Encaissé', values: MONTHS.map((_, i) => 4_000_000 + i * 100_000) },
          { name: 'Échu', values: MONTHS.map((_, i) => 4_500_000 - i * 100_000) },
        ],
      };
    case 'overdue_by_risk':
      return {
        kind,
        title: 'Impayés échus par segment de risque',
        categories: ['Faible', 'Moyen', 'Élevé'],
        unit: 'cents',
        series: [{ name: 'Échu', values: [120_000, 3_450_000, 5_600_000] }],
      };
    case 'dso':
      return {
        kind,
        title: 'Évolution du DSO',
        categories: MONTHS,
        unit: 'days',
        series: [{ name: 'DSO', values: [52, 55, 58, 61, null, 54.5] }],
      };
    case 'trend':
      return {
        kind,
        title: 'Évolution du taux de retard',
        categories: MONTHS,
        unit: 'percent',
        series: [{ name: 'Taux de retard', values: [12, 13, 15, 14, 12.5, 11] }],
      };
  }
}

const KINDS: ChartKind[] = ['aged_balance', 'dso', 'collected_vs_due', 'overdue_by_risk', 'trend'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('chart axes in French', () => {
  it('writes euros in k€ and M€, days in j and rates in %, with a no-break space', () => {
    expect(axisEuros(0)).toBe('0\u00a0€');
    expect(axisEuros(85_000)).toBe('850\u00a0€');
    expect(axisEuros(1_200_000)).toBe('12\u00a0k€');
    expect(axisEuros(1_250_000)).toBe('12,5\u00a0k€');
    expect(axisEuros(120_000_000)).toBe('1,2\u00a0M€');
    expect(axisDays(45)).toBe('45\u00a0j');
    expect(axisPercent(12.25)).toBe('12,3\u00a0%');
    expect(shortMonth('2026-02-01')).toBe('févr.\u00a026');
  });
});

describe.each(KINDS)('a %s chart', (kind) => {
  const s = spec(kind);

  it('is an SVG with its title, its categories, its legend and French axis values', () => {
    const svg = renderChartSvg(s);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(s.title);
    for (const category of s.categories) expect(svg).toContain(category);
    if (s.series.length > 1) for (const series of s.series) expect(svg).toContain(series.name);
    const unitMark = { cents: '€', days: '\u00a0j', percent: '\u00a0%' }[s.unit];
    expect(svg).toContain(unitMark);
  });

  it('is a PNG at twice the card size, under 60 KB', () => {
    const png = renderChartPng(s);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBe(CHART_WIDTH * CHART_SCALE);
    expect(png.readUInt32BE(20)).toBe(CHART_HEIGHT * CHART_SCALE);
    expect(png.length).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('a chart without any value', () => {
  it('says there is no data rather than drawing an empty frame silently', () => {
    const svg = renderChartSvg({ ...spec('dso'), series: [{ name: 'DSO', values: [null, null] }] });
    expect(svg).toContain('Aucune donnée sur la période');
  });
});

describe('charts published by content', () => {
  class MemoryBlobs implements ChartBlobs {
    readonly saved = new Map<string, Buffer>();
    async saveAt(
      id: string,
      document: { bytes: Buffer; kind: string; fileName: string; contentType: string },
    ) {
      this.saved.set(id, document.bytes);
      return { id, ...document, sha256: '', size: document.bytes.length, createdAt: '' };
    }
    async has(id: string) {
      return this.saved.has(id);
    }
  }

  it('names a spec by its content, whatever the order of its keys', () => {
    const s = spec('trend');
    const reordered = {
      unit: s.unit,
      series: s.series,
      categories: s.categories,
      title: s.title,
      kind: s.kind,
    };
    expect(chartId(reordered)).toBe(chartId(s));
    expect(chartId(s)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(chartId({ ...s, title: 'Autre' })).not.toBe(chartId(s));
  });

  it('renders and stores a spec once, then answers the same link', async () => {
    const blobs = new MemoryBlobs();
    let renders = 0;
    const publisher = new StoredChartPublisher(
      blobs,
      (id) => `https://bot.example/documents/${id}?sig=x`,
      (s) => {
        renders += 1;
        return renderChartPng(s);
      },
    );
    const now = new Date('2026-11-23T09:00:00Z');
    const first = await publisher.publish(spec('dso'), 'Le DSO', now);
    const again = await publisher.publish(spec('dso'), 'Le DSO', now);
    expect(again.url).toBe(first.url);
    expect(first.altText).toBe('Le DSO');
    expect(renders).toBe(1);
    expect(blobs.saved.size).toBe(1);

    // Another process (no memory of it) finds the blob stored and does not draw it again.
    const other = new StoredChartPublisher(
      blobs,
      (id) => id,
      () => {
        throw new Error('drawn again');
      },
    );
    await expect(other.publish(spec('dso'), 'Le DSO', now)).resolves.toEqual({
      url: chartId(spec('dso')),
      altText: 'Le DSO',
    });
  });
});
