/** Rows of a payments file → Payment records, attached to known invoices. */
import type { Payment } from '../domain/ledger';
import { cellErrors, type TextField } from '../i18n/import';
import {
  displayText,
  keyText,
  ok,
  parseDateCell,
  parsePaymentAmount,
  unknownReference,
  type CellResult,
} from './cells';
import type { PaymentColumn } from './headers';
import { paymentId, paymentKey } from './payment-id';
import { complete, rowValidator, type RowShape, type RowValidator } from './row-reader';

export interface PaymentRowsContext {
  /** Invoices of the store plus those of an invoices file imported in the same run. */
  knownInvoices: ReadonlyMap<string, { customerCode: string }>;
}

/** A free-text cell both as written (for the payment's identity) and as it is displayed. */
interface WrittenText {
  written: string;
  shown: string;
}

function writtenText(field: TextField): (raw: string) => CellResult<WrittenText> {
  const clean = displayText(field);
  return (raw) => {
    const shown = clean(raw);
    return shown.ok ? ok({ written: raw, shown: shown.value }) : shown;
  };
}

export function paymentRowValidator(
  shape: RowShape<PaymentColumn>,
  context: PaymentRowsContext,
): RowValidator<Payment> {
  const occurrences = new Map<string, number>();
  return rowValidator(shape, (row) => {
    const invoice = row.required('numero_facture', (raw) => {
      const number = keyText('invoiceNumber')(raw);
      if (!number.ok) return number;
      const known = context.knownInvoices.get(raw);
      return known
        ? ok({ number: raw, customerCode: known.customerCode })
        : unknownReference(cellErrors.unknownInvoice(raw));
    });
    const fields = complete({
      invoice,
      date: row.required('date_paiement', parseDateCell),
      amount: row.required('montant', parsePaymentAmount),
      method: row.optional('moyen', writtenText('paymentMethod'), null),
      reference: row.optional('reference', writtenText('paymentReference'), null),
    });
    if (!fields) return undefined;

    const { invoice: known, date, amount, method, reference } = fields;
    // The identity is computed from the cells as the import has always read them (trimmed, not
    // cleaned): a payments file imported before the cleaning must give the same ids again, or its
    // payments would be applied twice.
    const identity = {
      invoiceNumber: known.number,
      date,
      amount,
      method: method?.written ?? null,
      reference: reference?.written ?? null,
    };
    const key = paymentKey(identity);
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return {
      id: paymentId(identity, occurrence),
      customerCode: known.customerCode,
      invoiceNumber: known.number,
      date,
      amount,
      method: method?.shown ?? null,
      reference: reference?.shown ?? null,
    };
  });
}
