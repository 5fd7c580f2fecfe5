import { looksLikePdf, matchInvoiceNumber } from '../../src/import/invoice-pdf-files';
import { formatFileSize } from '../../src/i18n/invoice-pdfs';

const numbers = new Map(
  ['F2026-1042', 'F2026-104', 'F2026-1042-A', 'AV-7'].map((n) => [n.toLowerCase(), n] as const),
);

describe('matchInvoiceNumber', () => {
  it.each([
    ['F2026-1042.pdf', 'F2026-1042'],
    ['Facture F2026-1042 Biocoop.pdf', 'F2026-1042'],
    ['facture_f2026-1042_signée.PDF', 'F2026-1042'],
    ['(F2026-104).pdf', 'F2026-104'],
    ['F2026-1042-A.pdf', 'F2026-1042-A'],
    ['Avoir AV-7.pdf', 'AV-7'],
  ])('%s names %s', (file, number) => {
    expect(matchInvoiceNumber(file, numbers)).toEqual({ kind: 'one', number });
  });

  it.each(['F2026-10421.pdf', 'XF2026-1042.pdf', 'F2026-1043.pdf', 'relevé.pdf', 'AV-77.pdf'])(
    '%s names no invoice (a number only counts as a whole token)',
    (file) => {
      expect(matchInvoiceNumber(file, numbers)).toEqual({ kind: 'none' });
    },
  );

  it('reports a name with two invoices, never guesses', () => {
    expect(matchInvoiceNumber('F2026-1042 et F2026-104.pdf', numbers)).toEqual({
      kind: 'several',
      numbers: ['F2026-104', 'F2026-1042'],
    });
  });
});

it('recognises a PDF by its header', () => {
  expect(looksLikePdf(Buffer.from('%PDF-1.7\n…'))).toBe(true);
  expect(looksLikePdf(Buffer.from('PK\u0003\u0004 a docx'))).toBe(false);
});

it('prints sizes the French way', () => {
  expect(formatFileSize(1)).toBe('1\u00a0octet');
  expect(formatFileSize(1500)).toBe('2\u00a0Ko');
  expect(formatFileSize(10 * 1024 * 1024)).toBe('10,0\u00a0Mo');
});
