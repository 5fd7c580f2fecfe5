/**
 * Just enough of Bicep to check infra/ offline: parameters (type, default, decorators), outputs,
 * modules and the properties of a resource block. No Bicep compiler exists on this machine; the
 * real compilation is `az bicep build --file infra/azure.bicep` (it needs the Bicep CLI, which is
 * downloaded, so it is not run here). The reader refuses what it does not understand rather than
 * guessing: a top-level line it cannot classify fails the test that reads the file.
 */

export interface BicepParam {
  name: string;
  type: string;
  /** The default's expression, as written; undefined: the parameter must be given. */
  defaultValue?: string;
  secure: boolean;
  /** Values of `@allowed([...])`, when present. */
  allowed?: string[];
  minLength?: number;
}

export interface BicepModule {
  symbol: string;
  path: string;
  /** Parameter name → expression given to the module. */
  params: Record<string, string>;
}

export interface BicepResource {
  symbol: string;
  type: string;
  /** The block's text, from `{` to its matching `}`. */
  body: string;
}

export interface BicepFile {
  params: Map<string, BicepParam>;
  outputs: Map<string, { type: string; value: string }>;
  modules: BicepModule[];
  resources: BicepResource[];
  /** `var name = expression`. */
  vars: Map<string, string>;
}

/** Removes `// …` comments, but not `//` inside a string ('https://…'). */
export function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '\\' && inString) {
      i++;
      continue;
    }
    if (c === "'") inString = !inString;
    if (!inString && c === '/' && line.charAt(i + 1) === '/') return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** Net count of `{[(` minus `)]}` outside strings. */
function depthChange(line: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '\\' && inString) {
      i++;
      continue;
    }
    if (c === "'") inString = !inString;
    else if (!inString && '{[('.includes(c)) depth++;
    else if (!inString && '}])'.includes(c)) depth--;
  }
  return depth;
}

/** The statements at the top level of a file: each with its lines, blocks included. */
function statements(text: string): string[][] {
  const lines = text.split(/\r?\n/).map(stripComment);
  const result: string[][] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of lines) {
    if (depth === 0 && line.trim() === '') continue;
    current.push(line);
    depth += depthChange(line);
    if (depth < 0) throw new Error(`Bicep : accolade fermante sans ouvrante : ${line}`);
    if (depth === 0) {
      result.push(current);
      current = [];
    }
  }
  if (depth !== 0) throw new Error('Bicep : bloc non refermé en fin de fichier');
  return result;
}

const PARAM = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*([\s\S]+))?$/;
const OUTPUT = /^output\s+(\w+)\s+(\w+)\s*=\s*([\s\S]+)$/;
const MODULE = /^module\s+(\w+)\s+'([^']+)'\s*=\s*\{/;
const VAR = /^var\s+(\w+)\s*=\s*([\s\S]+)$/;
const RESOURCE = /^resource\s+(\w+)\s+'([^'@]+)@[^']+'\s*=\s*\{/;

export function parseBicep(text: string): BicepFile {
  const file: BicepFile = {
    params: new Map(),
    outputs: new Map(),
    modules: [],
    resources: [],
    vars: new Map(),
  };
  let decorators: string[] = [];
  for (const statement of statements(text)) {
    const joined = statement.join('\n').trim();
    if (joined.startsWith('@')) {
      decorators.push(joined);
      continue;
    }
    let m: RegExpMatchArray | null;
    const g = (i: number) => m?.[i] ?? '';
    if ((m = joined.match(PARAM))) {
      const allowed = decorators.find((d) => d.startsWith('@allowed('));
      const minLength = decorators.find((d) => d.startsWith('@minLength('));
      file.params.set(g(1), {
        name: g(1),
        type: g(2),
        defaultValue: m[3]?.trim(),
        secure: decorators.some((d) => d === '@secure()'),
        allowed: allowed ? [...allowed.matchAll(/'([^']*)'/g)].map((a) => a[1] ?? '') : undefined,
        minLength: minLength ? Number(/\((\d+)\)/.exec(minLength)?.[1]) : undefined,
      });
    } else if ((m = joined.match(OUTPUT))) {
      file.outputs.set(g(1), { type: g(2), value: g(3).trim() });
    } else if ((m = joined.match(MODULE))) {
      file.modules.push({ symbol: g(1), path: g(2), params: blockProperties(joined, 'params') });
    } else if ((m = joined.match(RESOURCE))) {
      file.resources.push({ symbol: g(1), type: g(2), body: joined.slice(joined.indexOf('{')) });
    } else if ((m = joined.match(VAR))) {
      file.vars.set(g(1), g(2).trim());
    } else if (!/^(targetScope|metadata|type|func|import)\b/.test(joined)) {
      throw new Error(`Bicep : instruction non reconnue : ${statement[0] ?? ''}`);
    }
    decorators = [];
  }
  return file;
}

/**
 * The `key: value` lines directly inside the object `name: { … }` of a block (one level: nested
 * objects are given as their first line). Keys may be quoted.
 */
export function blockProperties(block: string, name: string): Record<string, string> {
  const lines = block.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\s*${name}\\s*:\\s*\\{\\s*$`).test(l));
  if (start < 0) return {};
  const result: Record<string, string> = {};
  let depth = 1;
  for (const line of lines.slice(start + 1)) {
    if (depth === 1) {
      const m = /^\s*'?([\w.-]+)'?\s*:\s*(.*)$/.exec(line);
      if (m?.[1] !== undefined) result[m[1]] = (m[2] ?? '').trim();
    }
    depth += depthChange(line);
    if (depth <= 0) break;
  }
  return result;
}

/** The `key: value` lines at the top level of a resource body (`{ … }`). */
export function topProperties(body: string): Record<string, string> {
  return blockProperties(`root: ${body}`, 'root');
}
