/**
 * The invoices' PDFs on a reminder e-mail: attached in order up to the cap, the others said
 * available on request (and logged); a copy that no longer matches its SHA-256 is never sent.
 */
import { createHash } from 'node:crypto';
import { invoiceCopies } from '../../src/application/decisions/invoice-copies';
import type { DocumentStore, InvoicePdf, Logger } from '../../src/application/ports';
import { invoiceCopiesText } from '../../src/i18n/invoice-pdfs';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const bytes: Record<string, Buffer> = {
  'doc-1': Buffer.alloc(600, 1),
  'doc-2': Buffer.alloc(600, 2),
  'doc-3': Buffer.alloc(100, 3),
};
const pdf = (n: string, documentId: string, hash = sha(bytes[documentId]!)): InvoicePdf => ({
  customerCode: 'C1',
  invoiceNumber: n,
  documentId,
  sha256: hash,
  fileName: `${n}.pdf`,
  size: bytes[documentId]!.length,
  importedAt: '',
});

function deps(pdfs: InvoicePdf[]) {
  const warnings: unknown[] = [];
  const documents: DocumentStore = {
    save: () => Promise.reject(new Error('no')),
    get: async (id) =>
      bytes[id]
        ? {
            bytes: bytes[id]!,
            document: {
              id,
              kind: 'invoice-pdf',
              fileName: 'x',
              contentType: 'application/pdf',
              sha256: sha(bytes[id]!),
              size: bytes[id]!.length,
              createdAt: '',
            },
          }
        : null,
  };
  const logger = {
    warn: (o: unknown) => warnings.push(o),
    error: (o: unknown) => warnings.push(o),
  } as unknown as Logger;
  return {
    warnings,
    deps: {
      documents,
      logger,
      stores: {
        invoicePdfs: {
          get: async (_c: string, n: string) => pdfs.find((p) => p.invoiceNumber === n) ?? null,
          listByCustomer: async () => pdfs,
          put: async () => {},
        },
      },
    },
  };
}

it('attaches in order up to the cap, and says the rest is available on request', async () => {
  const { deps: d, warnings } = deps([pdf('F1', 'doc-1'), pdf('F2', 'doc-2'), pdf('F3', 'doc-3')]);
  const copies = await invoiceCopies(d, 'C1', ['F1', 'F2', 'F3', 'F4'], 1000);
  expect(copies.attachments.map((a) => a.filename)).toEqual(['F1.pdf', 'F3.pdf']);
  expect(copies.attached).toEqual(['F1', 'F3']);
  expect(copies.onRequest).toEqual(['F2']);
  expect(warnings).toHaveLength(1);
  expect(invoiceCopiesText.attached(copies.attached)).toBe(
    'Vous trouverez ci-joint la copie des factures n°\u00a0F1 et F3.',
  );
  expect(invoiceCopiesText.onRequest(copies.onRequest)).toBe(
    'La copie de la facture n°\u00a0F2 est à votre disposition sur simple demande.',
  );
});

it('never sends a copy that does not match its SHA-256', async () => {
  const { deps: d } = deps([pdf('F1', 'doc-1', 'f'.repeat(64))]);
  const copies = await invoiceCopies(d, 'C1', ['F1']);
  expect(copies).toEqual({ attachments: [], attached: [], onRequest: [] });
  expect(invoiceCopiesText.attached([])).toBeNull();
});
