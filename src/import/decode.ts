/**
 * Accounting exports reach us as bytes in whatever encoding the software or Excel chose: UTF-8
 * (with or without BOM), the Windows-1252 of older French tools and of Excel's « CSV (séparateur :
 * point-virgule) », or the UTF-16 of Excel's « Texte Unicode ». The encoding is never declared, so
 * it is detected.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;

// ignoreBOM keeps a BOM in the text so that stripping it stays our decision, made once, below.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) {
    // A BOM is an explicit declaration: trust it even if a byte further on is broken.
    return { text: lenientUtf8.decode(bytes.subarray(UTF8_BOM.length)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: iconv.decode(bytes.subarray(UTF16LE_BOM.length), 'utf-16le'), encoding: 'utf-16le' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Windows-1252 text with accents is almost never valid UTF-8 (é = 0xE9 is not followed by a
    // continuation byte), so failing strict UTF-8 is a reliable sign of the legacy encoding.
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
