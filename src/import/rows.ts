/**
 * Validation of every row of a file into typed records, by kind. Every problem of every row is
 * collected; a row with at least one problem is rejected as a whole.
 */
import type { Payment } from '../domain/ledger';
import { validateCustomerRows, type CustomerRowsContext, type ParsedCustomer } from './customer-rows';
import type { ColumnByKind, ImportKind } from './headers';
import { validateInvoiceRows, type InvoiceRowsContext, type ParsedInvoice } from './invoice-rows';
import { validatePaymentRows, type PaymentRowsContext } from './payment-rows';
import type { RowsInput, RowsResult } from './row-reader';

export type { CustomerRowsContext, ParsedCustomer } from './customer-rows';
export type { InvoiceRowsContext, ParsedInvoice } from './invoice-rows';
export type { PaymentRowsContext } from './payment-rows';
export type { ParsedRow, RowProblem, RowsInput, RowsResult } from './row-reader';
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

type Validator<K extends ImportKind> = (
  input: RowsInput<ColumnByKind[K]>,
  context: ContextByKind[K],
) => RowsResult<RecordByKind[K]>;

const VALIDATORS: { [K in ImportKind]: Validator<K> } = {
  customers: validateCustomerRows,
  invoices: validateInvoiceRows,
  payments: validatePaymentRows,
};

export function validateRows<K extends ImportKind>(
  kind: K,
  input: RowsInput<ColumnByKind[K]>,
  context: ContextByKind[K],
): RowsResult<RecordByKind[K]> {
  const validate: Validator<K> = VALIDATORS[kind];
  return validate(input, context);
}
