/**
 * Draws the two Teams icons of Relances and writes them to appPackage/:
 *  - color.png   192×192: Greenova-green rounded square, white bell, amber « € » badge (an unpaid invoice
 *                that rings);
 *  - outline.png 32×32: the bell alone, pure white on a transparent background (Teams paints it on
 *                its own dark or light rail, so only the alpha channel may carry the shape).
 *
 * Run with `npx tsx scripts/draw-icons.ts`. The output is deterministic: pure geometry, no font, no
 * randomness, so re-running it on another machine gives the same bytes and a clean git diff.
 * The PNG encoder is written here on top of node:zlib to avoid an image dependency for two files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

export interface RgbaImage {
  width: number;
  height: number;
  /** Straight (non-premultiplied) RGBA, 8 bits per channel, row after row. */
  data: Uint8Array;
}

type Rgba = readonly [number, number, number, number];

/** A layer answers, for a point of the unit square (y pointing down), its colour or undefined. */
type Layer = (x: number, y: number) => Rgba | undefined;

// ---------------------------------------------------------------------------------------------
// PNG encoding
// ---------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, payload: Uint8Array): Buffer {
  const typeAndPayload = Buffer.concat([Buffer.from(type, 'ascii'), payload]);
  const out = Buffer.alloc(8 + payload.length + 4);
  out.writeUInt32BE(payload.length, 0);
  typeAndPayload.copy(out, 4);
  // The CRC covers the chunk type and its data, not the length.
  out.writeUInt32BE(crc32(typeAndPayload), 8 + payload.length);
  return out;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes 8-bit RGBA (colour type 6), not interlaced. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) throw new Error('taille des pixels incohérente');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  // Filter type 0 (None) on every row: flat-colour icons already deflate to a few kilobytes, and
  // the encoder stays trivially correct.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(data.buffer, data.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Rasterising: every pixel is the average of n×n point samples of the layer stack (painter's
// algorithm per sample). Averaging premultiplied colours keeps edges free of dark fringes.
// ---------------------------------------------------------------------------------------------

export function rasterize(size: number, layers: Layer[], samplesPerAxis: number): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const n = samplesPerAxis;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          const c = topColour(layers, x, y);
          if (!c) continue;
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        data[i] = Math.round(r / a);
        data[i + 1] = Math.round(g / a);
        data[i + 2] = Math.round(b / a);
      }
      data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return { width: size, height: size, data };
}

function topColour(layers: Layer[], x: number, y: number): Rgba | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const c = (layers[i] as Layer)(x, y);
    if (c) return c;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Geometry (unit square, y down)
// ---------------------------------------------------------------------------------------------

function inCircle(x: number, y: number, cx: number, cy: number, r: number): boolean {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inRoundedRect(
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  radius: number,
): boolean {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return inCircle(x, y, cx, cy, radius);
}

interface BellShape {
  cx: number;
  /** Top of the dome. */
  top: number;
  /** Radius of the dome, also the half-width where the flare begins. */
  dome: number;
  /** Where the flared body meets the rim. */
  shoulder: number;
  /** Half-width of the body at the shoulder. */
  flare: number;
  rimHalfWidth: number;
  rimBottom: number;
  rimRadius: number;
  knobRadius: number;
  clapperRadius: number;
  /** Gap between the rim and the clapper, so the clapper reads as a separate swinging part. */
  clapperGap: number;
}

/** A bell: knob, round dome, body flaring outwards, rounded rim, half-disc clapper. */
function inBell(x: number, y: number, s: BellShape): boolean {
  const dx = Math.abs(x - s.cx);
  if (inCircle(x, y, s.cx, s.top - s.knobRadius * 0.35, s.knobRadius)) return true;
  const domeCentre = s.top + s.dome;
  if (y >= s.top && y <= domeCentre) return inCircle(x, y, s.cx, domeCentre, s.dome);
  if (y > domeCentre && y <= s.shoulder) {
    const t = (y - domeCentre) / (s.shoulder - domeCentre);
    // Slow start then faster widening: the classic concave bell flank.
    return dx <= s.dome + (s.flare - s.dome) * t ** 2.4;
  }
  const rimTop = s.shoulder - s.rimRadius;
  if (inRoundedRect(x, y, s.cx - s.rimHalfWidth, rimTop, s.cx + s.rimHalfWidth, s.rimBottom, s.rimRadius)) {
    return true;
  }
  const clapperTop = s.rimBottom + s.clapperGap;
  return y >= clapperTop && inCircle(x, y, s.cx, clapperTop, s.clapperRadius);
}

/** « € »: an open ring (gap facing right) crossed by two bars on the left. */
function inEuro(x: number, y: number, cx: number, cy: number, size: number): boolean {
  const outer = size * 0.5;
  const thickness = size * 0.15;
  const inner = outer - thickness;
  const ringX = cx + size * 0.08;
  const d = Math.hypot(x - ringX, y - cy);
  const angle = Math.atan2(y - cy, x - ringX);
  const inRing = d <= outer && d >= inner && Math.abs(angle) >= Math.PI / 4.2;
  const barHalf = thickness * 0.42;
  const barLeft = ringX - outer - size * 0.12;
  const barRight = ringX + size * 0.12;
  const inBar = (yc: number) => x >= barLeft && x <= barRight && Math.abs(y - yc) <= barHalf;
  return inRing || inBar(cy - size * 0.11) || inBar(cy + size * 0.11);
}

// ---------------------------------------------------------------------------------------------
// The two icons
// ---------------------------------------------------------------------------------------------

const WHITE: Rgba = [255, 255, 255, 255];
const GREEN_TOP: Rgba = [0x38, 0x8e, 0x3c, 255];
const GREEN_BOTTOM: Rgba = [0x2e, 0x7d, 0x32, 255];
const AMBER: Rgba = [0xff, 0xb3, 0x00, 255];
const DARK_GREEN: Rgba = [0x1b, 0x5e, 0x20, 255];

function mix(a: Rgba, b: Rgba, t: number): Rgba {
  const m = (i: 0 | 1 | 2 | 3) => Math.round(a[i] + (b[i] - a[i]) * t);
  return [m(0), m(1), m(2), m(3)];
}

const background = (_x: number, y: number): Rgba => mix(GREEN_TOP, GREEN_BOTTOM, y);

export function drawColorIcon(): RgbaImage {
  const bell: BellShape = {
    cx: 0.47,
    top: 0.25,
    dome: 0.155,
    shoulder: 0.66,
    flare: 0.27,
    rimHalfWidth: 0.3,
    rimBottom: 0.715,
    rimRadius: 0.03,
    knobRadius: 0.045,
    clapperRadius: 0.075,
    clapperGap: 0.025,
  };
  const badge = { cx: 0.7, cy: 0.31, r: 0.135 };
  return rasterize(
    192,
    [
      (x, y) => (inRoundedRect(x, y, 0, 0, 1, 1, 0.2) ? background(x, y) : undefined),
      (x, y) => (inBell(x, y, bell) ? WHITE : undefined),
      // A ring of background colour detaches the badge from the bell.
      (x, y) => (inCircle(x, y, badge.cx, badge.cy, badge.r + 0.03) ? background(x, y) : undefined),
      (x, y) => (inCircle(x, y, badge.cx, badge.cy, badge.r) ? AMBER : undefined),
      (x, y) => (inEuro(x, y, badge.cx, badge.cy, badge.r * 1.2) ? DARK_GREEN : undefined),
    ],
    4,
  );
}

export function drawOutlineIcon(): RgbaImage {
  // Thicker proportions than the colour bell: at 32 px a thin knob or clapper would blur away.
  const bell: BellShape = {
    cx: 0.5,
    top: 0.16,
    dome: 0.2,
    shoulder: 0.7,
    flare: 0.33,
    rimHalfWidth: 0.4,
    rimBottom: 0.78,
    rimRadius: 0.04,
    knobRadius: 0.07,
    clapperRadius: 0.11,
    clapperGap: 0.04,
  };
  return rasterize(32, [(x, y) => (inBell(x, y, bell) ? WHITE : undefined)], 8);
}

function main(): void {
  const dir = resolve(__dirname, '..', 'appPackage');
  mkdirSync(dir, { recursive: true });
  const color = encodePng(drawColorIcon());
  const outline = encodePng(drawOutlineIcon());
  writeFileSync(resolve(dir, 'color.png'), color);
  writeFileSync(resolve(dir, 'outline.png'), outline);
  process.stdout.write(
    `Icônes écrites : appPackage/color.png (192×192, ${color.length} octets), ` +
      `appPackage/outline.png (32×32, ${outline.length} octets).\n`,
  );
}

if (require.main === module) main();
