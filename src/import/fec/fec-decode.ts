/**
 * A FEC's bytes → text, in chunks. The article A47 A-1 allows ISO-8859-15 (Latin-9) or UTF-8 (with
 * or without BOM); the encoding is never declared: text that is valid UTF-8 throughout is UTF-8,
 * anything else ISO-8859-15 (« é » is the same byte in Windows-1252; « € » differs).
 */
import iconv from 'iconv-lite';

export type FecEncoding = 'utf-8' | 'iso-8859-15';

export async function* decodeFecChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: FecEncoding,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding === 'utf-8' ? 'utf-8' : 'iso-8859-15', { stripBOM: true });
  for await (const chunk of chunks) {
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (text !== '') yield text;
  }
  const rest = decoder.end() ?? '';
  if (rest !== '') yield rest;
}
