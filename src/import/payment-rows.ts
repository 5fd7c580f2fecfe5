/** Rows of a payments file → Payment records, attached to known invoices. */
import type { Payment } from '../domain/ledger';
import { cellErrors } from '../i18n/import';
import { fail, ok, parseDateCell, parsePaymentAmount, text } from './cells';
import type { PaymentColumn } from './headers';
import { paymentId, paymentKey } from './payment-id';
import { complete, validateEach, type RowsInput, type RowsResult } from './row-reader';

export interface PaymentRowsContext {
  /** Invoices of the store plus those of an invoices file imported in the same run. */
  knownInvoices: ReadonlyMap<string, { customerCode: string }>;
}

export function validatePaymentRows(
  input: RowsInput<PaymentColumn>,
  context: PaymentRowsContext,
): RowsResult<Payment> {
  const occurrences = new Map<string, number>();
  return validateEach(input, (row) => {
    const invoice = row.required('numero_facture', (raw) => {
      const known = context.knownInvoices.get(raw);
      return known
        ? ok({ number: raw, customerCode: known.customerCode })
        : fail(cellErrors.unknownInvoice(raw));
    });
    const fields = complete({
      invoice,
      date: row.required('date_paiement', parseDateCell),
      amount: row.required('montant', parsePaymentAmount),
      method: row.optional('moyen', text, null),
      reference: row.optional('reference', text, null),
    });
    if (!fields) return undefined;

    const { invoice: known, ...payment } = fields;
    const identity = { ...payment, invoiceNumber: known.number };
    const key = paymentKey(identity);
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return { id: paymentId(identity, occurrence), customerCode: known.customerCode, ...identity };
  });
}
