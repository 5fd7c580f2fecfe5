/**
 * Accounting exports reach us as bytes in whatever encoding the software or Excel chose: UTF-8
 * (with or without BOM), the Windows-1252 of older French tools and of Excel's « CSV (séparateur :
 * point-virgule) », or the UTF-16 of Excel's « Texte Unicode ». The encoding is never declared, so
 * it is detected.
 *
 * Files are read in chunks, never whole. The encoding is sniffed on the file's start
 * (`sniffEncoding`): a BOM, or a byte that is not UTF-8, settles it; otherwise it is UTF-8 until a
 * reading of the whole file (`confirmUtf8`, along the first reading that validates the lines) finds
 * a byte that is not. Each reading decodes chunk by chunk (`ChunkDecoder`) — a character cut
 * between two chunks is kept for the next one.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** What `sniffEncoding` reads at most. */
const SNIFFED_BYTES = 64 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const BOM_LENGTH: Readonly<Record<TextEncoding, number>> = {
  'utf-8': 0,
  'utf-8-bom': UTF8_BOM.length,
  'windows-1252': 0,
  'utf-16le': UTF16LE_BOM.length,
};

/**
 * A BOM is an explicit declaration; without one, text that is valid UTF-8 from its first byte to
 * its last is UTF-8, anything else Windows-1252 — Windows-1252 text with accents is almost never
 * valid UTF-8 (é = 0xE9 is not followed by a continuation byte), so failing strict UTF-8 is a
 * reliable sign of the legacy encoding.
 */
class EncodingSniffer {
  /** The first bytes, until there are enough to recognise a BOM. */
  private head: Uint8Array = new Uint8Array(0);
  private verdict: TextEncoding | null = null;
  // ignoreBOM keeps a BOM in the text so that stripping it stays our decision, made once.
  private readonly strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /** True once the encoding is known whatever follows: a BOM, or a byte that is not UTF-8. */
  get decided(): boolean {
    return this.verdict !== null;
  }

  write(chunk: Uint8Array): void {
    if (this.verdict !== null) return;
    if (this.head.length < UTF8_BOM.length) {
      this.head = concat(this.head, chunk);
      if (this.head.length < UTF8_BOM.length) return;
      this.verdict = bomOf(this.head);
      if (this.verdict === null) this.check(this.head, true);
      return;
    }
    this.check(chunk, true);
  }

  /** The encoding as far as the bytes written tell: UTF-8 while they are valid UTF-8. */
  get soFar(): TextEncoding {
    return this.verdict ?? 'utf-8';
  }

  end(): TextEncoding {
    if (this.verdict === null && this.head.length < UTF8_BOM.length) {
      this.verdict = bomOf(this.head);
      if (this.verdict === null) this.check(this.head, true);
    }
    if (this.verdict === null) this.check(new Uint8Array(0), false);
    return this.verdict ?? 'utf-8';
  }

  private check(bytes: Uint8Array, stream: boolean): void {
    try {
      this.strictUtf8.decode(bytes, { stream });
    } catch {
      this.verdict = 'windows-1252';
    }
  }
}

function bomOf(head: Uint8Array): TextEncoding | null {
  if (startsWith(head, UTF8_BOM)) return 'utf-8-bom';
  if (startsWith(head, UTF16LE_BOM)) return 'utf-16le';
  return null;
}

/** Bytes in chunks → text in chunks, in a known encoding, the BOM left out. */
class ChunkDecoder {
  private bomLeft: number;
  private readonly decode: (bytes: Uint8Array) => string;
  private readonly flush: () => string;

  constructor(encoding: TextEncoding) {
    this.bomLeft = BOM_LENGTH[encoding];
    if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
      // After a BOM, trust the declaration even if a byte further on is broken: lenient.
      const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
      this.decode = (bytes) => utf8.decode(bytes, { stream: true });
      this.flush = () => utf8.decode();
    } else {
      const legacy = iconv.getDecoder(encoding);
      this.decode = (bytes) => legacy.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      this.flush = () => legacy.end() ?? '';
    }
  }

  write(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.bomLeft > 0) {
      const skipped = Math.min(this.bomLeft, bytes.length);
      bytes = bytes.subarray(skipped);
      this.bomLeft -= skipped;
    }
    return bytes.length > 0 ? this.decode(bytes) : '';
  }

  end(): string {
    return this.flush();
  }
}

/** A whole file held in memory (tests, small files). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const sniffer = new EncodingSniffer();
  sniffer.write(bytes);
  const encoding = sniffer.end();
  const decoder = new ChunkDecoder(encoding);
  return { text: decoder.write(bytes) + decoder.end(), encoding };
}

/**
 * The encoding of a file read in chunks, as its first `limit` bytes tell: reading stops as soon as
 * it is known, or after them. `'utf-8'` when they are valid UTF-8 but the file goes on: a reading
 * of the rest through `confirmUtf8` says whether it is.
 */
export async function sniffEncoding(
  chunks: AsyncIterable<Uint8Array>,
  limit: number = SNIFFED_BYTES,
): Promise<TextEncoding> {
  const sniffer = new EncodingSniffer();
  let read = 0;
  for await (const chunk of chunks) {
    sniffer.write(chunk);
    read += chunk.length;
    // Not `end()`: a character cut by the limit is no proof of anything.
    if (sniffer.decided || read >= limit) return sniffer.soFar;
  }
  return sniffer.end();
}

/** Bytes taken for UTF-8 that are not. */
export class NotUtf8Error extends Error {}

/** The chunks as they come, each checked to be UTF-8 with those before it: `NotUtf8Error` where not. */
export async function* confirmUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const check = (bytes: Uint8Array, stream: boolean) => {
    try {
      strict.decode(bytes, { stream });
    } catch {
      throw new NotUtf8Error();
    }
  };
  for await (const chunk of chunks) {
    check(chunk, true);
    yield chunk;
  }
  check(new Uint8Array(0), false);
}

export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
): AsyncGenerator<string> {
  const decoder = new ChunkDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
