/**
 * The Teams app package: manifest valid against the v1.22 schema bundled in @microsoft/app-manifest
 * (offline), icons of the sizes and colours Teams demands, placeholders reported by name, zip layout.
 * The PNG reader below is written independently of scripts/draw-icons.ts so that the test does not
 * trust the encoder it checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import {
  AppPackageError,
  buildAppPackage,
  bundledSchemaPath,
  describeSchemaError,
  renderManifest,
  validateManifest,
  type ManifestJson,
} from '../../src/bot/app-package';
import type { ErrorObject } from 'ajv-draft-04';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/draw-icons';

const ROOT = resolve(__dirname, '..', '..');
const TEMPLATE = readFileSync(resolve(ROOT, 'appPackage/manifest.json'), 'utf8');
const COLOR = readFileSync(resolve(ROOT, 'appPackage/color.png'));
const OUTLINE = readFileSync(resolve(ROOT, 'appPackage/outline.png'));
const VARS = {
  TEAMS_APP_ID: '3f2b8c1e-5d4a-4e7b-9c2f-1a6d8e0b7c45',
  BOT_ID: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
};

function rendered(vars: Record<string, string | undefined> = VARS): ManifestJson {
  const result = renderManifest(TEMPLATE, vars);
  if (!result.ok) throw new Error(`placeholders manquants : ${result.missing.join(', ')}`);
  return result.manifest;
}

// ---------------------------------------------------------------------------------------------
// A minimal PNG reader: 8-bit RGBA, not interlaced, any of the five row filters.
// ---------------------------------------------------------------------------------------------

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  pixels: Uint8Array;
}

function readPng(file: Buffer): Png {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(file.toString('ascii', 12, 16)).toBe('IHDR');
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const [bitDepth, colorType, interlace] = [file.readUInt8(24), file.readUInt8(25), file.readUInt8(28)];
  const idat: Buffer[] = [];
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(file.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x] as number;
      const a = x >= bpp ? (pixels[y * stride + x - bpp] as number) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (pixels[(y - 1) * stride + x - bpp] as number) : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`filtre PNG inconnu ${filter}`);
      pixels[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  return { width, height, bitDepth, colorType, interlace, pixels };
}

function pixel(png: Png, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  return [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2], png.pixels[i + 3]] as [
    number,
    number,
    number,
    number,
  ];
}

// ---------------------------------------------------------------------------------------------

describe('manifest Teams', () => {
  it('rendu avec des GUID, il est conforme au schéma v1.22 embarqué, sans réseau', () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('pas de réseau'));
    try {
      expect(existsSync(bundledSchemaPath('1.22'))).toBe(true);
      const manifest = rendered();
      expect(manifest.id).toBe(VARS.TEAMS_APP_ID);
      expect((manifest.bots as Array<{ botId: string }>)[0]?.botId).toBe(VARS.BOT_ID);
      expect(validateManifest(manifest)).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('un manifeste cassé est rejeté, champ par champ, en français', () => {
    const manifest = rendered();
    const badColour = validateManifest({ ...manifest, accentColor: 'vert' });
    expect(badColour).toHaveLength(1);
    expect(badColour[0]).toMatch(/^\/accentColor\u00a0: format invalide \(valeur\u00a0: "vert"\)/);

    const { developer: _developer, ...withoutDeveloper } = manifest;
    expect(validateManifest(withoutDeveloper)).toEqual([
      '(racine)\u00a0: champ obligatoire manquant «\u00a0developer\u00a0».',
    ]);

    const notAGuid = validateManifest({ ...manifest, id: 'relances' });
    expect(notAGuid.join('\n')).toMatch(/^\/id\u00a0: format invalide/);

    const longShort = validateManifest({ ...manifest, description: { short: 'x'.repeat(81), full: 'x' } });
    expect(longShort).toEqual(['/description/short\u00a0: 80 caractères au plus.']);
  });

  it('une limite s’accorde avec son nombre : 1 caractère, 2 caractères', () => {
    const problem = (keyword: string, limit: number) =>
      describeSchemaError({
        keyword,
        instancePath: '/name/short',
        schemaPath: '',
        params: { limit },
      } as ErrorObject);
    expect(problem('minLength', 1)).toBe('/name/short\u00a0: 1 caractère au moins.');
    expect(problem('minLength', 2)).toBe('/name/short\u00a0: 2 caractères au moins.');
    expect(problem('maxLength', 1)).toBe('/name/short\u00a0: 1 caractère au plus.');
    expect(problem('maxItems', 1)).toBe('/name/short\u00a0: 1 élément au plus.');
    expect(problem('maxItems', 10)).toBe('/name/short\u00a0: 10 éléments au plus.');
  });

  it('un $schema qui ne correspond pas à manifestVersion est signalé', () => {
    const manifest = rendered();
    const problems = validateManifest({
      ...manifest,
      $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^\$schema\u00a0: .* ne correspond pas à manifestVersion 1\.22\.$/),
    ]);
  });

  it('décrit Relances en français, avec les commandes attendues', () => {
    const manifest = rendered() as {
      name: { short: string; full: string };
      description: { short: string; full: string };
      localizationInfo: { defaultLanguageTag: string };
      bots: Array<{
        scopes: string[];
        commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
      }>;
    };
    expect(manifest.name).toEqual({ short: 'Relances', full: 'Relances — suivi des impayés clients' });
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('fr-fr');
    expect(manifest.description.full).toEqual(expect.stringContaining('cabinet Aptos'));
    const bot = manifest.bots[0];
    expect(bot?.scopes).toEqual(expect.arrayContaining(['personal', 'team']));
    const list = bot?.commandLists[0];
    expect(list?.scopes).toEqual(['personal', 'team']);
    const titles = list?.commands.map((c) => c.title) ?? [];
    expect(titles).toEqual(expect.arrayContaining(['aide', 'relances du jour', 'impayés', 'balance âgée']));
    // Teams shows at most 32 characters of a title and 128 of a description, whatever the schema allows.
    for (const command of list?.commands ?? []) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });
});

describe('placeholders ${{…}}', () => {
  it('les variables manquantes ou vides sont rapportées par leur nom', () => {
    expect(renderManifest(TEMPLATE, {})).toEqual({ ok: false, missing: ['TEAMS_APP_ID', 'BOT_ID'] });
    expect(renderManifest(TEMPLATE, { TEAMS_APP_ID: VARS.TEAMS_APP_ID, BOT_ID: '  ' })).toEqual({
      ok: false,
      missing: ['BOT_ID'],
    });
  });

  it('chaque occurrence est remplacée, et une valeur est échappée pour rester du JSON', () => {
    const template = '{ "a": "${{X}}", "b": "${{ X }}-${{Y}}" }';
    expect(renderManifest(template, { X: 'dit "oui"', Y: 'c:\\d' })).toEqual({
      ok: true,
      manifest: { a: 'dit "oui"', b: 'dit "oui"-c:\\d' },
    });
  });

  it('un modèle qui n’est pas du JSON est refusé avec un message clair', () => {
    expect(() => renderManifest('{ "a": ', {})).toThrow(AppPackageError);
  });
});

describe('icônes', () => {
  it('color.png fait 192×192, en RGBA 8 bits, fond vert Greenova et coins arrondis', () => {
    const png = readPng(COLOR);
    expect([png.width, png.height, png.bitDepth, png.colorType, png.interlace]).toEqual([192, 192, 8, 6, 0]);
    expect(pixel(png, 0, 0)[3]).toBe(0);
    const [r, g, b, a] = pixel(png, 20, 150);
    expect(a).toBe(255);
    expect(g).toBeGreaterThan(r + 60);
    expect(g).toBeGreaterThan(b + 60);
    expect(pixel(png, 90, 110)).toEqual([255, 255, 255, 255]); // the bell
  });

  it('outline.png fait 32×32 : blanc pur sur fond transparent', () => {
    const png = readPng(OUTLINE);
    expect([png.width, png.height, png.bitDepth, png.colorType, png.interlace]).toEqual([32, 32, 8, 6, 0]);
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
    ] as const) {
      expect(pixel(png, x, y)[3]).toBe(0);
    }
    let opaque = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = pixel(png, x, y);
        if (a > 0) expect([x, y, r, g, b]).toEqual([x, y, 255, 255, 255]);
        if (a === 255) opaque++;
      }
    }
    expect(opaque).toBeGreaterThan(150); // a glyph, not an empty square
  });

  it('les fichiers versionnés sont ceux que dessine scripts/draw-icons.ts', () => {
    expect(readPng(COLOR).pixels).toEqual(drawColorIcon().data);
    expect(readPng(OUTLINE).pixels).toEqual(drawOutlineIcon().data);
  });
});

describe('paquet zip', () => {
  it('contient exactement manifest.json, color.png et outline.png, à la racine', async () => {
    const manifest = rendered();
    const zip = await JSZip.loadAsync(
      await buildAppPackage({ manifest, colorIcon: COLOR, outlineIcon: OUTLINE }),
    );
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(await (zip.file('manifest.json') as JSZip.JSZipObject).async('string'))).toEqual(
      manifest,
    );
    expect(await (zip.file('color.png') as JSZip.JSZipObject).async('nodebuffer')).toEqual(COLOR);
    expect(await (zip.file('outline.png') as JSZip.JSZipObject).async('nodebuffer')).toEqual(OUTLINE);
  });

  it('les mêmes entrées donnent les mêmes octets', async () => {
    const input = { manifest: rendered(), colorIcon: COLOR, outlineIcon: OUTLINE };
    expect(await buildAppPackage(input)).toEqual(await buildAppPackage(input));
  });

  it('refuse des icônes aux mauvaises dimensions', async () => {
    const promise = buildAppPackage({ manifest: rendered(), colorIcon: OUTLINE, outlineIcon: COLOR });
    await expect(promise).rejects.toThrow(AppPackageError);
    await expect(promise).rejects.toMatchObject({
      problems: [
        'Icône couleur\u00a0: 32×32 pixels, 192×192 attendus.',
        'Icône contour\u00a0: 192×192 pixels, 32×32 attendus.',
      ],
    });
  });
});
