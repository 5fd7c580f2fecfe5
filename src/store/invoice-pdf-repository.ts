/**
 * Invoices' PDFs (the bytes are in the document store): PartitionKey = customer code, RowKey =
 * invoice number — a customer's PDFs are one partition query, for its dossier.
 */
import type { InvoicePdf, InvoicePdfRepository } from '../application/ports';
import { encodeKey, getEntityOrNull, listPartition, type TableStorage } from './table-storage';

interface Row {
  pdf: string;
}

export class TableInvoicePdfs implements InvoicePdfRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('InvoicePdfs');
  }

  async get(customerCode: string, invoiceNumber: string): Promise<InvoicePdf | null> {
    const row = await getEntityOrNull<Row>(this.table, encodeKey(customerCode), encodeKey(invoiceNumber));
    return row ? (JSON.parse(row.pdf) as InvoicePdf) : null;
  }

  async listByCustomer(customerCode: string): Promise<InvoicePdf[]> {
    return (await listPartition<Row>(this.table, encodeKey(customerCode))).map(
      (r) => JSON.parse(r.pdf) as InvoicePdf,
    );
  }

  async put(pdf: InvoicePdf): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: encodeKey(pdf.customerCode),
        rowKey: encodeKey(pdf.invoiceNumber),
        pdf: JSON.stringify(pdf),
      },
      'Replace',
    );
  }
}
