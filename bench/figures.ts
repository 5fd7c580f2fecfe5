/**
 * The figures of `npm run bench` and how suites produce them. A suite is a file of its own
 * (`bench/<topic>.bench.ts`) registered in `bench/run.ts`: later issues add theirs without touching
 * the others.
 */
import { performance } from 'node:perf_hooks';
import type { CalendarDate } from '../src/domain/calendar-date';

export type Better = 'lower' | 'higher';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The threshold to meet, in `unit`; null when the figure is informative only. */
  goal: number | null;
  better: Better;
}

export interface JudgedFigure extends Figure {
  /** null when there is no goal. */
  met: boolean | null;
}

export function judge(figure: Figure): JudgedFigure {
  const met =
    figure.goal === null
      ? null
      : figure.better === 'lower'
        ? figure.value <= figure.goal
        : figure.value >= figure.goal;
  return { ...figure, met };
}

export interface BenchContext {
  /** Azurite of this run (in memory), shared by the suites; each figure takes its own prefix. */
  connectionString: string;
  /** `--quick`: the sizes are 1k and 10k instead of 10k and 100k. */
  quick: boolean;
  /** Invoice counts the store figures run at, smallest first. */
  sizes: readonly number[];
  seed: number;
  today: CalendarDate;
  /** A table prefix no other figure of this run uses (letters and digits, as TABLE_PREFIX). */
  prefix(label: string): string;
  /** Whether the figure of this name was asked for (`--only`). */
  wanted(name: string): boolean;
  /** Progress on stderr, so that stdout keeps the table only. */
  log(message: string): void;
}

export interface Suite {
  name: string;
  /** The figures this suite can produce in this context, so `--only` can skip the whole suite. */
  figureNames(context: BenchContext): string[];
  /** Yields figures as they are measured; the runner keeps the wanted ones. */
  run(context: BenchContext): AsyncIterable<Figure>;
}

/** Wall time of one call, in milliseconds. */
export async function timeMs<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `10000` → `10k`, for figure names that stay stable across runs. */
export function sizeLabel(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}
