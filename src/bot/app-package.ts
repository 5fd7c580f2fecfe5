/**
 * The Teams app package of Relances: `appPackage/manifest.json` rendered with the environment,
 * validated offline against the JSON schema bundled in `@microsoft/app-manifest`, zipped with its two
 * icons. The functions take and return values; the only I/O is reading the bundled schema file.
 * `src/cli/package.ts` does the file reading and writing.
 *
 * Why not `AppManifestUtils.validateAgainstSchema` from `@microsoft/app-manifest`: it does look for the
 * bundled schema first, but it falls back to fetching the `$schema` URL over the network (no network
 * here), and its entry point requires `strip-bom` 5, an ES module that Jest cannot load on Node 20. We
 * validate with the same engine and options it uses (Ajv draft-04, `allErrors`, formats uri/email/regex)
 * on the same bundled file, so the result is the one the Agents Toolkit would give, without a network.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { iconProblems, manifestProblems, schemaProblems } from '../i18n/app-package';

/** A manifest as parsed JSON; the schema, not TypeScript, says what it may contain. */
export type ManifestJson = Record<string, unknown>;

export type RenderResult = { ok: true; manifest: ManifestJson } | { ok: false; missing: string[] };

/** `${{NAME}}`, the Agents Toolkit placeholder syntax (spaces inside the braces are tolerated). */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Problems that stop packaging, one French line each, ready to print. */
export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AppPackageError';
  }
}

/** Names of the placeholders of a template, each once, in order of appearance. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/**
 * Replaces every `${{NAME}}` with its value. A blank value counts as missing: an empty GUID would only
 * fail later, in the schema, with a less helpful message. Values are JSON-escaped because placeholders
 * sit inside JSON strings.
 */
export function renderManifest(template: string, vars: Record<string, string | undefined>): RenderResult {
  const missing = placeholderNames(template).filter((name) => !vars[name]?.trim());
  if (missing.length > 0) return { ok: false, missing };
  const rendered = template.replace(PLACEHOLDER, (_match, name: string) =>
    JSON.stringify((vars[name] as string).trim()).slice(1, -1),
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(rendered);
  } catch (error) {
    throw new AppPackageError([manifestProblems.invalidJson((error as Error).message)]);
  }
  if (!isObject(parsed)) throw new AppPackageError([manifestProblems.notAnObject]);
  return { ok: true, manifest: parsed };
}

function isObject(value: unknown): value is ManifestJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Schema validation, offline
// ---------------------------------------------------------------------------------------------

/** Path of the Teams manifest schema of a version, as shipped inside @microsoft/app-manifest. */
export function bundledSchemaPath(manifestVersion: string): string {
  const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  return join(packageRoot, 'build', 'json-schemas', 'teams', folder, 'MicrosoftTeams.schema.json');
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(manifestVersion: string): ValidateFunction {
  const cached = validators.get(manifestVersion);
  if (cached) return cached;
  let raw: string;
  try {
    raw = readFileSync(bundledSchemaPath(manifestVersion), 'utf8');
  } catch {
    throw new AppPackageError([manifestProblems.noSchema(manifestVersion)]);
  }
  // Same clean-up as AppManifestUtils.fetchSchema: some published schemas contain "\a" and "\v",
  // escapes that JSON does not allow.
  const schema: unknown = JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  const ajv = new Ajv({ allErrors: true, strictTypes: false, verbose: true });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema as object);
  validators.set(manifestVersion, validate);
  return validate;
}

/** Validates against the schema of the manifest's own `manifestVersion`; returns French problems. */
export function validateManifest(manifest: ManifestJson): string[] {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string' || !/^(\d+\.\d+|devPreview)$/.test(version)) {
    return [manifestProblems.manifestVersion];
  }
  const problems: string[] = [];
  const schemaUrl = manifest.$schema;
  const expectedFolder = version === 'devPreview' ? '/vDevPreview/' : `/v${version}/`;
  if (typeof schemaUrl === 'string' && !schemaUrl.includes(expectedFolder)) {
    problems.push(manifestProblems.schemaMismatch(schemaUrl, version));
  }
  const validate = validatorFor(version);
  if (!validate(manifest)) problems.push(...(validate.errors ?? []).map(describeSchemaError));
  return problems;
}

/** Ajv speaks English; the people who run `npm run package` read French. */
export function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath || schemaProblems.root;
  const params = error.params as Record<string, unknown>;
  const value = error.data === undefined ? '' : schemaProblems.value(JSON.stringify(error.data));
  switch (error.keyword) {
    case 'required':
      return schemaProblems.required(where, String(params.missingProperty));
    case 'additionalProperties':
      return schemaProblems.additionalProperty(where, String(params.additionalProperty));
    case 'pattern':
      return schemaProblems.pattern(where, value, String(params.pattern));
    case 'format':
      return schemaProblems.format(where, String(params.format), value);
    case 'maxLength':
      return schemaProblems.maxLength(where, Number(params.limit));
    case 'minLength':
      return schemaProblems.minLength(where, Number(params.limit));
    case 'maxItems':
      return schemaProblems.maxItems(where, Number(params.limit));
    case 'enum':
      return schemaProblems.enum(where, value, (params.allowedValues as unknown[]).join(', '));
    case 'const':
      return schemaProblems.const(where, JSON.stringify(params.allowedValue), value);
    case 'type':
      return schemaProblems.type(where, String(params.type), value);
    case 'uniqueItems':
      return schemaProblems.uniqueItems(where);
    default:
      return schemaProblems.other(where, error.keyword, error.message ?? '');
  }
}

// ---------------------------------------------------------------------------------------------
// Icons and zip
// ---------------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG must have right after its signature. */
export function readPngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (buf.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Teams rejects a package whose colour icon is not 192×192 or outline icon not 32×32. */
export function checkIcons(colorIcon: Uint8Array, outlineIcon: Uint8Array): string[] {
  const problems: string[] = [];
  const expect = (label: string, png: Uint8Array, side: number) => {
    const size = readPngSize(png);
    if (!size) problems.push(iconProblems.notPng(label));
    else if (size.width !== side || size.height !== side) {
      problems.push(iconProblems.wrongSize(label, size.width, size.height, side));
    }
  };
  expect(iconProblems.colorIcon, colorIcon, 192);
  expect(iconProblems.outlineIcon, outlineIcon, 32);
  return problems;
}

export interface AppPackageInput {
  /** Rendered and validated manifest. */
  manifest: ManifestJson;
  colorIcon: Uint8Array;
  outlineIcon: Uint8Array;
}

/** Fixed entry date, so the same inputs always give the same zip bytes. */
const ZIP_ENTRY_DATE = new Date(Date.UTC(2025, 0, 1));

/** The zip Teams expects: manifest.json and the two icons, all at the root. */
export async function buildAppPackage(input: AppPackageInput): Promise<Buffer> {
  const icons = input.manifest.icons;
  const colorName = isObject(icons) ? icons.color : undefined;
  const outlineName = isObject(icons) ? icons.outline : undefined;
  const problems = checkIcons(input.colorIcon, input.outlineIcon);
  for (const [field, name] of [
    ['icons.color', colorName],
    ['icons.outline', outlineName],
  ] as const) {
    if (typeof name !== 'string' || !/^[\w.-]+\.png$/i.test(name)) {
      problems.push(iconProblems.fileName(field));
    }
  }
  if (colorName === outlineName) problems.push(iconProblems.sameFile);
  if (problems.length > 0) throw new AppPackageError(problems);

  const zip = new JSZip();
  const options = { date: ZIP_ENTRY_DATE, createFolders: false };
  zip.file('manifest.json', JSON.stringify(input.manifest, null, 2) + '\n', options);
  zip.file(colorName as string, input.colorIcon, options);
  zip.file(outlineName as string, input.outlineIcon, options);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
