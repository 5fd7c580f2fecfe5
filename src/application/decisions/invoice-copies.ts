/**
 * The invoices' PDFs attached to a reminder e-mail (J+3, and the pre-due e-mail): those imported
 * from accounting (`npm run import -- pdf`), fetched from the document store and checked against
 * their SHA-256, in the e-mail's order, up to MAX_REMINDER_ATTACHMENTS_BYTES in all. Beyond it the
 * e-mail says the invoices left out are available on request, and it is logged.
 */
import { createHash } from 'node:crypto';
import type { DocumentStore, Logger, MailAttachment, Stores } from '../ports';

export const MAX_REMINDER_ATTACHMENTS_BYTES = 15 * 1024 * 1024;

export interface InvoiceCopies {
  attachments: MailAttachment[];
  /** The numbers of the invoices attached, and of those left out for their size. */
  attached: string[];
  onRequest: string[];
}

export async function invoiceCopies(
  deps: {
    stores: Pick<Stores, 'invoicePdfs'>;
    documents?: DocumentStore;
    logger: Logger;
  },
  customerCode: string,
  numbers: readonly string[],
  capBytes = MAX_REMINDER_ATTACHMENTS_BYTES,
): Promise<InvoiceCopies> {
  const copies: InvoiceCopies = { attachments: [], attached: [], onRequest: [] };
  if (!deps.documents) return copies;
  let used = 0;
  for (const number of numbers) {
    const pdf = await deps.stores.invoicePdfs.get(customerCode, number);
    if (!pdf) continue;
    const got = await deps.documents.get(pdf.documentId);
    if (!got || createHash('sha256').update(got.bytes).digest('hex') !== pdf.sha256) {
      deps.logger.error({ invoice: number, documentId: pdf.documentId }, 'invoice PDF missing or altered');
      continue;
    }
    if (used + got.bytes.length > capBytes) {
      copies.onRequest.push(number);
      continue;
    }
    used += got.bytes.length;
    copies.attached.push(number);
    copies.attachments.push({
      filename: pdf.fileName,
      content: got.bytes,
      contentType: got.document.contentType,
    });
  }
  if (copies.onRequest.length > 0)
    deps.logger.warn(
      { customer: customerCode, onRequest: copies.onRequest, capBytes },
      'invoice PDFs left out of the e-mail (size): said available on request',
    );
  return copies;
}
