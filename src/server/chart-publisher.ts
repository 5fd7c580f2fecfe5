/**
 * Charts published as signed links (issue #18). The PNG is stored in the documents' blob store
 * under a name derived from the spec (SHA-256 of its canonical JSON and the renderer's version,
 * shaped as a document id): the same spec is rendered once and stored once, whoever asks and
 * however often. Teams fetches card images without the user's credentials: the signed link is
 * what authorises the fetch, as for the documents.
 */
import { createHash } from 'node:crypto';
import type { ChartImage, ChartPublisher, ChartSpec } from '../application/ports/charts';
import type { NewDocument, StoredDocument } from '../application/ports';
import { renderChartPng } from '../documents/charts/render-chart';

/** Changes when the drawing changes, so that a new look is not hidden behind an old blob. */
export const CHART_RENDERER_VERSION = 'echarts-ssr-2';

export interface ChartBlobs {
  saveAt(id: string, document: NewDocument, now: Date): Promise<StoredDocument>;
  has(id: string): Promise<boolean>;
}

/** JSON with the keys sorted: two equal specs give the same text whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The document id of a spec: its digest, shaped as a UUID (version nibble 5, like a name UUID). */
export function chartId(spec: ChartSpec): string {
  const h = createHash('sha256')
    .update(CHART_RENDERER_VERSION)
    .update('\n')
    .update(canonical(spec))
    .digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class StoredChartPublisher implements ChartPublisher {
  /** Ids known stored by this process: a chart asked again is not even looked up. */
  private readonly known = new Set<string>();

  constructor(
    private readonly blobs: ChartBlobs,
    private readonly url: (id: string, now: Date) => string,
    private readonly render: (spec: ChartSpec) => Buffer = renderChartPng,
  ) {}

  async publish(spec: ChartSpec, altText: string, now: Date): Promise<ChartImage> {
    const id = chartId(spec);
    if (!this.known.has(id) && !(await this.blobs.has(id))) {
      const bytes = this.render(spec);
      await this.blobs.saveAt(
        id,
        { kind: 'chart', fileName: `graphique-${spec.kind}.png`, contentType: 'image/png', bytes },
        now,
      );
    }
    this.known.add(id);
    return { url: this.url(id, now), altText };
  }
}
