/**
 * A file that is no export at all under a valid header: what a user gets by choosing the wrong
 * file (a log, a dump, another tool's output) — deterministic, written in chunks so that the
 * bench never holds it whole.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from './portfolio';

/** Letters, digits, blanks, both delimiters, decimal marks and accents; no quote (one line, one record). */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789    ;;,,..-/:éèàç€';

/** Writes `header` then random lines of 1 to 40 characters until the file holds `bytes` bytes. */
export async function writeJunkFile(
  path: string,
  header: string,
  bytes: number,
  seed: number,
): Promise<void> {
  const random = mulberry32(seed);
  const out = createWriteStream(path);
  let written = 0;
  let chunk = `${header}\r\n`;
  let chunkBytes = Buffer.byteLength(chunk);
  while (written + chunkBytes < bytes) {
    const length = 1 + Math.floor(random() * 40);
    let line = '';
    for (let i = 0; i < length; i++) line += ALPHABET[Math.floor(random() * ALPHABET.length)];
    chunk += `${line}\r\n`;
    chunkBytes += Buffer.byteLength(line) + 2;
    if (chunkBytes >= 1 << 16) {
      written += chunkBytes;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
      chunkBytes = 0;
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
