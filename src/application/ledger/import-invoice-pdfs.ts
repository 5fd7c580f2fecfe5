/**
 * `npm run import -- pdf <dossier>`: invoices' PDFs from accounting, each matched to its invoice by
 * the number in its file name (see src/import/invoice-pdf-files.ts), checked (a PDF, at most
 * 10 Mo), stored in the document store with its SHA-256 (kind `invoice-pdf`) and recorded on the
 * invoice. The same file imported again changes nothing; another file for the same invoice
 * replaces it, and the report says so. Nothing is guessed: a name matching no invoice or several,
 * or two files naming the same invoice, are refused with their reason.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../domain/journal';
import { looksLikePdf, matchInvoiceNumber, MAX_INVOICE_PDF_BYTES } from '../../import/invoice-pdf-files';
import { formatFileSize, invoicePdfImport as t } from '../../i18n/invoice-pdfs';
import type { DocumentStore, Stores } from '../ports';

export const INVOICE_PDF_KIND = 'invoice-pdf';
export const PDF_CONTENT_TYPE = 'application/pdf';

export interface PdfFile {
  name: string;
  size: number;
  read(): Promise<Buffer>;
}

export interface PdfImportResult {
  stored: string[];
  replaced: string[];
  unchanged: string[];
  rejected: Array<{ file: string; reason: string }>;
  counts: { stored: number; replaced: number; unchanged: number; rejected: number };
}

export interface PdfImportDependencies {
  stores: Pick<Stores, 'invoices' | 'invoicePdfs' | 'journal'>;
  documents: DocumentStore;
  clock: { now(): Date };
}

export async function importInvoicePdfs(
  deps: PdfImportDependencies,
  request: { folder: string; files: readonly PdfFile[]; actor: Actor },
): Promise<PdfImportResult> {
  const index = await deps.stores.invoices.listNumberIndex();
  const numbers = new Map([...index.keys()].map((n) => [n.toLowerCase(), n]));
  const result: PdfImportResult = {
    stored: [],
    replaced: [],
    unchanged: [],
    rejected: [],
    counts: { stored: 0, replaced: 0, unchanged: 0, rejected: 0 },
  };
  const reject = (file: string, reason: string) => result.rejected.push({ file, reason });

  const byInvoice = new Map<string, PdfFile[]>();
  for (const file of [...request.files].sort((a, b) => a.name.localeCompare(b.name))) {
    const match = matchInvoiceNumber(file.name, numbers);
    if (match.kind === 'none') reject(file.name, t.reasons.noInvoice);
    else if (match.kind === 'several') reject(file.name, t.reasons.severalInvoices(match.numbers));
    else byInvoice.set(match.number, [...(byInvoice.get(match.number) ?? []), file]);
  }

  for (const [number, files] of byInvoice) {
    if (files.length > 1) {
      for (const file of files)
        reject(file.name, t.reasons.sameInvoiceTwice(files.find((f) => f !== file)!.name));
      continue;
    }
    const file = files[0]!;
    if (file.size > MAX_INVOICE_PDF_BYTES) {
      reject(file.name, t.reasons.tooLarge(formatFileSize(file.size), formatFileSize(MAX_INVOICE_PDF_BYTES)));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await file.read();
    } catch (error) {
      reject(file.name, t.reasons.unreadable((error as Error).message));
      continue;
    }
    if (bytes.length === 0) {
      reject(file.name, t.reasons.empty);
      continue;
    }
    if (!looksLikePdf(bytes)) {
      reject(file.name, t.reasons.notPdf);
      continue;
    }
    const customerCode = index.get(number)!.customerCode;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const current = await deps.stores.invoicePdfs.get(customerCode, number);
    if (current?.sha256 === sha256) {
      result.unchanged.push(t.unchanged(file.name, number));
      continue;
    }
    const now = deps.clock.now();
    const stored = await deps.documents.save(
      { kind: INVOICE_PDF_KIND, fileName: file.name, contentType: PDF_CONTENT_TYPE, bytes },
      now,
    );
    await deps.stores.invoicePdfs.put({
      customerCode,
      invoiceNumber: number,
      documentId: stored.id,
      sha256: stored.sha256,
      fileName: stored.fileName,
      size: stored.size,
      importedAt: now.toISOString(),
    });
    if (current) result.replaced.push(t.replaced(file.name, number, current.fileName));
    else result.stored.push(t.stored(file.name, number, formatFileSize(stored.size)));
  }

  result.rejected.sort((a, b) => a.file.localeCompare(b.file));
  result.counts = {
    stored: result.stored.length,
    replaced: result.replaced.length,
    unchanged: result.unchanged.length,
    rejected: result.rejected.length,
  };
  await deps.stores.journal.append({
    actor: request.actor,
    action: 'import.pdf',
    target: { ref: request.folder },
    details: { counts: result.counts },
    outcome: 'ok',
  });
  return result;
}

/** The French report: one line per file, then the counts. */
export function pdfImportReport(folder: string, result: PdfImportResult): string {
  return [
    t.title(folder),
    ...result.stored.map((l) => `  ✔ ${l}`),
    ...result.replaced.map((l) => `  ↻ ${l}`),
    ...result.unchanged.map((l) => `  = ${l}`),
    ...result.rejected.map((r) => `  ✘ ${t.rejectedLine(r.file, r.reason)}`),
    t.summary(result.counts),
  ].join('\n');
}
