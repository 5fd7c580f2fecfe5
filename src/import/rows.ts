/**
 * Validation of the rows of a file into typed records, by kind, one record at a time. Every
 * problem of a row is collected; a row with at least one problem is rejected as a whole.
 */
import type { Payment } from '../domain/ledger';
import type { CsvRecord } from './csv';
import { customerRowValidator, type CustomerRowsContext, type ParsedCustomer } from './customer-rows';
import type { ColumnByKind, ImportKind } from './headers';
import { invoiceRowValidator, type InvoiceRowsContext, type ParsedInvoice } from './invoice-rows';
import { paymentRowValidator, type PaymentRowsContext } from './payment-rows';
import type { RowOutcome, RowShape, RowValidator } from './row-reader';

export type { CustomerRowsContext, ParsedCustomer } from './customer-rows';
export type { InvoiceRowsContext, ParsedInvoice } from './invoice-rows';
export type { PaymentRowsContext } from './payment-rows';
export type { ParsedRow, RowOutcome, RowProblem, RowShape, RowValidator } from './row-reader';
export { WHOLE_LINE } from './row-reader';

export interface RecordByKind {
  customers: ParsedCustomer;
  invoices: ParsedInvoice;
  payments: Payment;
}

/** What a validator needs to know of the store (and of the other files of the same run). */
export interface ContextByKind {
  customers: CustomerRowsContext;
  invoices: InvoiceRowsContext;
  payments: PaymentRowsContext;
}

type ValidatorOf<K extends ImportKind> = (
  shape: RowShape<ColumnByKind[K]>,
  context: ContextByKind[K],
) => RowValidator<RecordByKind[K]>;

const VALIDATORS: { [K in ImportKind]: ValidatorOf<K> } = {
  customers: customerRowValidator,
  invoices: invoiceRowValidator,
  payments: paymentRowValidator,
};

export function rowValidatorFor<K extends ImportKind>(
  kind: K,
  shape: RowShape<ColumnByKind[K]>,
  context: ContextByKind[K],
): (record: CsvRecord) => RowOutcome<RecordByKind[K]> {
  const validatorOf: ValidatorOf<K> = VALIDATORS[kind];
  return validatorOf(shape, context);
}
