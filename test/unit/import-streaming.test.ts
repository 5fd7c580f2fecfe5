import { GREENOVA_LADDER, importableSteps } from '../../src/domain/ladder';
import { decodeChunks, type ParsedInvoice } from '../../src/import';
import { MAX_RECORD_LENGTH } from '../../src/import/csv';
import { byteChunks, chunksOf as textChunks, readCsv, readFileInChunks } from '../support/csv-reading';

/**
 * The import reads a file in chunks of 64 KB (what `npm run import` gets from the disk), and a
 * chunk ends wherever the bytes do: inside a record, a character, a CRLF, a quoted value, a BOM.
 * Each case below puts the cut exactly there and reads the file as the import does.
 */

const CHUNK = 64 * 1024;
const CONTEXT = { knownCustomerCodes: new Set(['C001']), steps: importableSteps(GREENOVA_LADDER) };
const HEADER =
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;reference_commande';
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Numbers of a fixed width: where a cut falls in a line does not depend on which line it is. */
const numberOf = (n: number) => `F-${String(n).padStart(5, '0')}`;
const invoiceLine = (n: number, ref: string) =>
  `${numberOf(n)};C001;01/03/2026;31/03/2026;100,00;20,00;120,00;${ref}`;

async function* chunksOf(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

interface CutFile {
  bytes: Buffer;
  /** Number of the invoice whose line the cut falls in. */
  cutInvoice: number;
  /** Invoices written, in order. */
  invoices: number;
}

/**
 * Lines of invoices F-1, F-2… with `eol`, then `target` (the line of the invoice after them) placed
 * so that byte `CHUNK` of the file is `bytesBeforeCut` bytes into it; `rest` more invoices after.
 */
function fileCutIn(
  target: (n: number) => string,
  bytesBeforeCut: number,
  { eol = '\n', bom = false, rest = 3 }: { eol?: string; bom?: boolean; rest?: number } = {},
): CutFile {
  const size = (text: string) => Buffer.byteLength(text);
  const lines = [HEADER];
  let used = (bom ? UTF8_BOM.length : 0) + size(HEADER + eol);
  const padLine = (n: number, pad: number) => invoiceLine(n, 'x'.repeat(pad));
  // Whole invoice lines while they leave room for the padded one, its end and the cut.
  while (used + size(padLine(lines.length, 0) + eol) * 2 + bytesBeforeCut <= CHUNK) {
    lines.push(invoiceLine(lines.length, ''));
    used += size(lines[lines.length - 1]! + eol);
  }
  const padded = lines.length;
  const pad = CHUNK - bytesBeforeCut - used - size(padLine(padded, 0) + eol);
  lines.push(padLine(padded, pad));
  const cutInvoice = lines.length;
  lines.push(target(cutInvoice));
  for (let k = 1; k <= rest; k++) lines.push(invoiceLine(cutInvoice + k, `suite ${k}`));
  const text = lines.join(eol) + eol;
  const bytes = Buffer.concat([bom ? UTF8_BOM : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  // The cut falls where it was asked to, inside the target line.
  const targetStart = bytes.indexOf(Buffer.from(`${eol}${target(cutInvoice)}`)) + size(eol);
  expect(CHUNK - targetStart).toBe(bytesBeforeCut);
  return { bytes, cutInvoice, invoices: lines.length - 1 };
}

async function readInChunksOf64K(bytes: Buffer) {
  const read = await readFileInChunks('invoices', byteChunks(bytes, [CHUNK]), CONTEXT);
  expect(read.parser.fileErrors).toEqual([]);
  return read;
}

const invoiceOf = (rows: { kind: string; record?: ParsedInvoice }[], number: string) =>
  rows.find((r) => r.record?.number === number)?.record;

describe('a file read in chunks of 64 KB', () => {
  it('reads a record cut by the chunk boundary whole, at its line, and every record around it', async () => {
    const file = fileCutIn((n) => invoiceLine(n, 'Commande coupée en deux'), 20);
    expect(file.bytes.length).toBeGreaterThan(CHUNK);

    const { rows } = await readInChunksOf64K(file.bytes);
    expect(rows.map((r) => r.kind === 'valid')).toEqual(Array<boolean>(file.invoices).fill(true));
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: file.invoices }, (_, i) => i + 2));
    expect(invoiceOf(rows, numberOf(file.cutInvoice))?.orderRef).toBe('Commande coupée en deux');
    expect(invoiceOf(rows, numberOf(file.cutInvoice + 1))?.orderRef).toBe('suite 1');
  });

  it.each([
    ['é', 1],
    ['€', 1],
    ['€', 2],
    ['😀', 3],
  ])(
    'keeps a %s whose bytes the boundary cuts after byte %i, and still reads the file as UTF-8',
    async (char, into) => {
      const target = (n: number) => invoiceLine(n, `Réf ${char} fin`);
      const before = target(0).slice(0, target(0).indexOf(char));
      const file = fileCutIn(target, Buffer.byteLength(before) + into);
      const chunks = byteChunks(file.bytes, [CHUNK]);
      expect(Buffer.from(chunks[0]!.subarray(-into))).toEqual(Buffer.from(char).subarray(0, into));

      const read = await readFileInChunks('invoices', chunks, CONTEXT);
      expect(read.encoding).toBe('utf-8');
      expect(read.parser.fileErrors).toEqual([]);
      expect(read.rows).toHaveLength(file.invoices);
      expect(read.rows.every((r) => r.kind === 'valid')).toBe(true);
      expect(invoiceOf(read.rows, numberOf(file.cutInvoice))?.orderRef).toBe(`Réf ${char} fin`);
    },
  );

  it('counts a CRLF cut between its CR and its LF as one line break', async () => {
    const target = (n: number) => invoiceLine(n, 'avant le CR');
    // The cut falls right after the CR that ends the target line.
    const file = fileCutIn(target, Buffer.byteLength(target(0)) + 1, { eol: '\r\n' });
    expect(file.bytes[CHUNK - 1]).toBe(0x0d);
    expect(file.bytes[CHUNK]).toBe(0x0a);

    const { rows } = await readInChunksOf64K(file.bytes);
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: file.invoices }, (_, i) => i + 2));
    expect(rows.every((r) => r.kind === 'valid')).toBe(true);
  });

  it('reads a quoted value holding line breaks and doubled quotes across the boundary, and the lines after it at their number', async () => {
    const target = (n: number) => invoiceLine(n, '"BC 12\r\nlivraison ""urgente""\r\nquai 3"');
    const text = target(0);
    // Cuts inside the quoted line break, and between the two quotes of a doubled quote.
    for (const inside of [text.indexOf('\r\n') + 1, text.indexOf('""') + 1]) {
      const file = fileCutIn(target, Buffer.byteLength(text.slice(0, inside)), { eol: '\r\n' });
      const { rows } = await readInChunksOf64K(file.bytes);
      expect(rows.every((r) => r.kind === 'valid')).toBe(true);
      const quoted = rows.find((r) => r.kind === 'valid' && r.record.number === numberOf(file.cutInvoice));
      // Line breaks in a reference are folded to a space when imported.
      expect(quoted?.kind === 'valid' && quoted.record.orderRef).toBe('BC 12 livraison "urgente" quai 3');
      expect(quoted?.line).toBe(file.cutInvoice + 1);
      // The value spans three lines: the next record starts two lines further down.
      expect(
        rows.find((r) => r.kind === 'valid' && r.record.number === numberOf(file.cutInvoice + 1))?.line,
      ).toBe(file.cutInvoice + 4);
    }
  });

  it('strips a BOM cut in two at the start of the file, and reads the header after it', async () => {
    const file = fileCutIn((n) => invoiceLine(n, 'avec BOM'), 10, { bom: true });
    const chunks = [file.bytes.subarray(0, 1), file.bytes.subarray(1, 2), file.bytes.subarray(2)];
    const read = await readFileInChunks('invoices', chunks, CONTEXT);
    expect(read.encoding).toBe('utf-8-bom');
    expect(read.parser.header?.[0]).toBe('numero_facture');
    expect(read.rows).toHaveLength(file.invoices);
    expect(read.rows.every((r) => r.kind === 'valid')).toBe(true);
  });

  it('leaves a U+FEFF that is not at the start of the file where it is', async () => {
    const bytes = Buffer.concat([UTF8_BOM, Buffer.from('a;b\n\ufeffc;d\n', 'utf8')]);
    let text = '';
    for await (const chunk of decodeChunks(chunksOf(byteChunks(bytes, [2])), 'utf-8-bom')) text += chunk;
    expect(text).toBe('a;b\n\ufeffc;d\n');
  });
});

describe('records too long to be one', () => {
  it('stop the reading at the line where they start, whatever the chunks', () => {
    const text = `a;b\n1;2\n3;"${'x'.repeat(MAX_RECORD_LENGTH + 10)}\n4;5\n`;
    for (const size of [1_000, CHUNK, text.length]) {
      const table = readCsv(textChunks(text, size));
      expect(table.tooLongAt).toBe(3);
      expect(table.records).toEqual([{ line: 2, fields: ['1', '2'] }]);
    }
  });
});
