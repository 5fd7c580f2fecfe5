/**
 * Invoice PDFs from accounting, matched to invoices by the number in their file name. Pure.
 *
 * Rule: the invoice number appears in the file name as a whole token — bounded by the start or
 * the end of the name or by a character that is neither a letter nor a digit — compared without
 * regard to case: `F2026-1042.pdf`, `Facture F2026-1042 Biocoop.pdf`, `f2026-1042_signée.pdf`
 * match F2026-1042; `F2026-10421.pdf` does not. A name matching no invoice, or several, is
 * reported and never guessed.
 */

/** Larger files are refused (an invoice is a few hundred kilobytes; a scan a few megabytes). */
export const MAX_INVOICE_PDF_BYTES = 10 * 1024 * 1024;

export type PdfMatch =
  { kind: 'one'; number: string } | { kind: 'none' } | { kind: 'several'; numbers: string[] };

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The invoice a file name names. `numbers` maps each invoice number in lower case to the number as
 * the ledger spells it.
 */
export function matchInvoiceNumber(fileName: string, numbers: ReadonlyMap<string, string>): PdfMatch {
  const name = fileName.replace(/\.pdf$/i, '').toLowerCase();
  const chars = [...name];
  // Where a token may start (after a separator) and end (before one).
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= chars.length; i++) {
    if (isWordChar(chars[i]) && !isWordChar(chars[i - 1])) starts.push(i);
    if (isWordChar(chars[i - 1]) && !isWordChar(chars[i])) ends.push(i);
  }
  const spans: Array<{ start: number; end: number; number: string }> = [];
  for (const start of starts)
    for (const end of ends) {
      if (end <= start) continue;
      const number = numbers.get(chars.slice(start, end).join(''));
      if (number) spans.push({ start, end, number });
    }
  // A number inside another one found at the same place (F2026-1042 within F2026-1042-A) is not a
  // second match; the same number twice is one.
  const within = (a: (typeof spans)[number], b: (typeof spans)[number]) =>
    a !== b && b.start <= a.start && a.end <= b.end;
  const matches = [...new Set(spans.filter((a) => !spans.some((b) => within(a, b))).map((s) => s.number))];
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length === 1) return { kind: 'one', number: matches[0]! };
  return { kind: 'several', numbers: matches.sort() };
}

/** A PDF starts with `%PDF-` (some producers put a few bytes before it: the first kilobyte is searched). */
export function looksLikePdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes('%PDF-');
}
