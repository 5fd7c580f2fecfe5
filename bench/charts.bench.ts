/**
 * Charts and Excel exports (issue #18):
 * - `chart render <kind> (ms)`: a 12-month chart from its spec to PNG (ECharts SSR → SVG → resvg),
 *   median of 5 after 2 untimed renders — goal ≤ 300 ms;
 * - `chart PNG <kind> (KB)`: the PNG's size — goal ≤ 60 KB (a card links it; Teams fetches it);
 * - `export <n> invoices to xlsx (s)` and `… peak RSS (MB)`: the aged balance of n open invoices
 *   built and written by the streaming writer in a process of its own (bench/export-child.ts) —
 *   goals ≤ 10 s and bounded memory (informative: the invoices themselves are held in memory).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChartKind, ChartSpec } from '../src/application/ports/charts';
import { renderChartPng } from '../src/documents/charts/render-chart';
import { shortMonth } from '../src/i18n/charts';
import type { ExportChildResult } from './export-child';
import { median, sizeLabel, type BenchContext, type Figure, type Suite } from './figures';

const KINDS: readonly ChartKind[] = ['aged_balance', 'dso', 'collected_vs_due', 'overdue_by_risk', 'trend'];
const RENDER_GOAL_MS = 300;
const PNG_GOAL_KB = 60;
const EXPORT_GOAL_S = 10;

const renderName = (kind: ChartKind) => `chart render ${kind} (ms)`;
const pngName = (kind: ChartKind) => `chart PNG ${kind} (KB)`;
const exportName = (n: number) => `export ${sizeLabel(n)} invoices to xlsx (s)`;
const exportRssName = (n: number) => `export ${sizeLabel(n)} invoices peak RSS (MB)`;

/** Twelve months of plausible figures (a seeded wave, not random: every run draws the same). */
function specOf(kind: ChartKind): ChartSpec {
  const months = Array.from({ length: 12 }, (_, i) =>
    shortMonth(`${2025 + (i >= 1 ? 1 : 0)}-${String(((11 + i) % 12) + 1).padStart(2, '0')}-01`),
  );
  const wave = (base: number, amplitude: number, phase = 0) =>
    months.map((_, i) => Math.round(base + amplitude * Math.sin((i + phase) / 2)));
  switch (kind) {
    case 'aged_balance':
      return {
        kind,
        title: 'Balance âgée sur 12 mois',
        categories: months,
        unit: 'cents',
        stacked: true,
        series: ['Non échu', '1 à 30 jours', '31 à 60 jours', '61 à 90 jours', 'Plus de 90 jours'].map(
          (name, k) => ({ name, values: wave(9_000_000 / (k + 1), 1_500_000 / (k + 1), k) }),
        ),
      };
    case 'dso':
      return {
        kind,
        title: 'Évolution du DSO',
        categories: months,
        unit: 'days',
        series: [{ name: 'DSO', values: wave(52, 8) }],
      };
    case 'collected_vs_due':
      return {
        kind,
        title: 'Encaissé et échu par mois',
        categories: months,
        unit: 'cents',
        series: [
          { name: 'Encaissé', values: wave(12_000_000, 2_000_000) },
          { name: 'Échu', values: wave(13_000_000, 2_500_000, 1) },
        ],
      };
    case 'overdue_by_risk':
      return {
        kind,
        title: 'Impayés échus par segment de risque',
        categories: ['Faible', 'Modéré', 'Élevé'],
        unit: 'cents',
        series: [{ name: 'Échu', values: [1_200_000, 3_450_000, 5_600_000] }],
      };
    case 'trend':
      return {
        kind,
        title: 'Évolution du taux de retard',
        categories: months,
        unit: 'percent',
        series: [{ name: 'Taux de retard', values: wave(14, 4) }],
      };
  }
}

function exportInChild(n: number, today: string): Promise<ExportChildResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(__dirname, 'export-child.ts'), String(n), today],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-8000)));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`export child failed (${code}): ${err}`));
      else resolveRun(JSON.parse(out.trim().split('\n').pop()!) as ExportChildResult);
    });
  });
}

export const chartsSuite: Suite = {
  name: 'charts',
  figureNames: (context) => [
    ...KINDS.flatMap((k) => [renderName(k), pngName(k)]),
    exportName(context.sizes.at(-1)!),
    exportRssName(context.sizes.at(-1)!),
  ],
  async *run(context: BenchContext): AsyncIterable<Figure> {
    for (const kind of KINDS) {
      if (!context.wanted(renderName(kind)) && !context.wanted(pngName(kind))) continue;
      const spec = specOf(kind);
      renderChartPng(spec);
      renderChartPng(spec);
      const times: number[] = [];
      let png: Buffer = Buffer.alloc(0);
      for (let round = 0; round < 5; round++) {
        const start = performance.now();
        png = renderChartPng(spec);
        times.push(performance.now() - start);
      }
      context.log(`chart ${kind}: ${Math.round(median(times))} ms, ${(png.length / 1024).toFixed(1)} KB`);
      yield {
        name: renderName(kind),
        value: median(times),
        unit: 'ms',
        goal: RENDER_GOAL_MS,
        better: 'lower',
      };
      yield { name: pngName(kind), value: png.length / 1024, unit: 'KB', goal: PNG_GOAL_KB, better: 'lower' };
    }
    const n = context.sizes.at(-1)!;
    if (context.wanted(exportName(n)) || context.wanted(exportRssName(n))) {
      const child = await exportInChild(n, context.today);
      context.log(
        `export ${sizeLabel(n)}: ${Math.round(child.ms)} ms, ${(child.bytes / 1024 / 1024).toFixed(1)} MB file, peak RSS ${Math.round(child.maxRssMb)} MB`,
      );
      yield { name: exportName(n), value: child.ms / 1000, unit: 's', goal: EXPORT_GOAL_S, better: 'lower' };
      yield { name: exportRssName(n), value: child.maxRssMb, unit: 'MB', goal: null, better: 'lower' };
    }
  },
};
