/**
 * Reads a bank statement from its bytes, in chunks: the format is told by the content (an XML
 * document → CAMT.053; 120-character records starting with 01 → CFONB 120), never by the name.
 */
import { statementErrors } from '../../i18n/bank';
import { Camt053Parser } from './camt053';
import { Cfonb120Parser } from './cfonb120';
import type { ParsedStatement } from './statement';
import { Buffer } from 'node:buffer';

export * from './statement';
export { cfonbAmount, ddmmyy, decimalToCents } from './amounts';

/** True when the start of a file looks like a bank statement this module reads. */
export function looksLikeStatement(start: string): boolean {
  return detectFormat(start) !== null;
}

function detectFormat(start: string): 'xml' | 'cfonb' | null {
  const text = start.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return 'xml';
  const first = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (
    /^01\d{5}/.test(first) &&
    first.trimEnd().length >= 80 &&
    (first.length <= 120 || first.length % 120 === 0)
  )
    return 'cfonb';
  return null;
}

/** What is read before the format is decided. */
const PROBE_BYTES = 1024;

export async function readStatement(chunks: AsyncIterable<Uint8Array>): Promise<ParsedStatement> {
  type Decoder = InstanceType<typeof TextDecoder>;
  const state: { reading: { decoder: Decoder; parser: Camt053Parser | Cfonb120Parser } | null } = {
    reading: null,
  };
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const start = (): boolean => {
    const bytes = Buffer.concat(pending);
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, PROBE_BYTES));
    const format = detectFormat(head);
    if (!format) return false;
    // XML declares its encoding (UTF-8 by default); CFONB is ASCII, Latin-1 at worst.
    const latin = format === 'cfonb' || /encoding=["'](iso-8859-1|iso-8859-15|windows-1252)["']/i.test(head);
    const decoder = new TextDecoder(latin ? 'latin1' : 'utf-8');
    const parser = format === 'xml' ? new Camt053Parser() : new Cfonb120Parser();
    parser.write(decoder.decode(bytes, { stream: true }));
    state.reading = { decoder, parser };
    pending = [];
    return true;
  };
  for await (const chunk of chunks) {
    if (state.reading) {
      state.reading.parser.write(state.reading.decoder.decode(chunk, { stream: true }));
      continue;
    }
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= PROBE_BYTES && !start()) return refused();
  }
  if (!state.reading && !start()) return refused();
  const done = state.reading!;
  done.parser.write(done.decoder.decode());
  return done.parser.result();
}

function refused(): ParsedStatement {
  return { format: 'camt053', lines: [], errors: [statementErrors.notAStatement], errorsLeftOut: 0 };
}
