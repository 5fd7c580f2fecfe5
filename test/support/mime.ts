/**
 * A minimal RFC 822 / MIME reader for the e-mail tests (mailparser is not a dependency): header
 * unfolding, RFC 2047 encoded words, multipart bodies, base64 and quoted-printable. Enough to read
 * back what nodemailer writes, independently of nodemailer.
 */
export interface MimePart {
  /** Lower-case names; values unfolded, not decoded. */
  headers: Map<string, string>;
  contentType: string;
  params: Record<string, string>;
  /** Decoded body of a leaf part; empty for a multipart. */
  body: Buffer;
  parts: MimePart[];
}

function parseParams(value: string): { value: string; params: Record<string, string> } {
  const [main = '', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const item of rest) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim().toLowerCase();
    params[key] = item
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { value: main.trim().toLowerCase(), params };
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const unfolded = text.replace(/=\n/g, '');
  for (let i = 0; i < unfolded.length; i++) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(unfolded.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** `=?UTF-8?Q?Greenova_=E2=80=94?=` → `Greenova —`; adjacent encoded words join without spaces. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

export function parseMime(raw: Buffer | string): MimePart {
  // latin1 keeps every byte as one char; the encodings below rebuild the real bytes.
  const text = (typeof raw === 'string' ? raw : raw.toString('latin1')).replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const rawBody = split < 0 ? '' : text.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const { value: contentType, params } = parseParams(headers.get('content-type') ?? 'text/plain');
  if (contentType.startsWith('multipart/') && params.boundary) {
    const delimiter = `--${params.boundary}`;
    const segments = rawBody.split(
      new RegExp(`^${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*$`, 'm'),
    );
    // segments[0] is the preamble, the last one the epilogue.
    const parts = segments.slice(1, -1).map((s) => parseMime(s.replace(/^\n/, '').replace(/\n$/, '')));
    return { headers, contentType, params, body: Buffer.alloc(0), parts };
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(rawBody.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(rawBody)
        : Buffer.from(rawBody, 'latin1');
  return { headers, contentType, params, body, parts: [] };
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(leaves);
}

export function partOfType(root: MimePart, contentType: string): MimePart | undefined {
  return leaves(root).find(
    (p) => p.contentType === contentType && !p.headers.get('content-disposition')?.startsWith('attachment'),
  );
}

export function attachments(
  root: MimePart,
): Array<{ filename: string; contentType: string; content: Buffer }> {
  return leaves(root)
    .filter((p) => p.headers.get('content-disposition')?.startsWith('attachment'))
    .map((p) => ({
      filename: decodeHeader(
        parseParams(p.headers.get('content-disposition') ?? '').params.filename ?? p.params.name ?? '',
      ),
      contentType: p.contentType,
      content: p.body,
    }));
}

export function header(root: MimePart, name: string): string {
  return decodeHeader(root.headers.get(name.toLowerCase()) ?? '');
}
