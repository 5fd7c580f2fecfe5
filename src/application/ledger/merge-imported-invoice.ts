/**
 * How an invoice of an export meets the invoice the ledger already holds: a stale export never
 * reopens an invoice Relances knows to be paid, written off or at the law firm, never lowers what
 * was paid, and never moves an invoice to another customer. What the user must know about it is
 * added to `notices` (French).
 */
import { isDeepStrictEqual } from 'node:util';
import type { CalendarDate } from '../../domain/calendar-date';
import { EMPTY_DUNNING, balanceOf, isClosed, statusAfterAmounts, type Invoice } from '../../domain/ledger';
import { cents, formatEuros, type Cents } from '../../domain/money';
import { importNotices } from '../../i18n/import-report';
import type { ParsedInvoice } from '../../import';

/** The invoice as the ledger should hold it after this export, or null when nothing changes. */
export function mergeImportedInvoice(
  current: Invoice | null,
  row: ParsedInvoice,
  today: CalendarDate,
  notices: string[],
): Invoice | null {
  if (!current) {
    const fresh: Invoice = {
      number: row.number,
      customerCode: row.customerCode,
      issueDate: row.issueDate,
      dueDate: row.dueDate,
      amountExclTax: row.amountExclTax,
      vatAmount: row.vatAmount,
      amountInclTax: row.amountInclTax,
      amountPaid: row.amountPaid,
      currency: 'EUR',
      orderRef: row.orderRef,
      ...(row.deliveryRef ? { deliveryRef: row.deliveryRef } : {}),
      status: 'open',
      dunning: { ...EMPTY_DUNNING, lastStep: row.lastStep, lastStepDate: row.lastStepDate },
      closedOn: null,
      appliedPaymentIds: [],
    };
    const status = statusAfterAmounts(fresh);
    return { ...fresh, status };
  }
  if (current.customerCode !== row.customerCode) {
    notices.push(importNotices.otherCustomer(row.number, current.customerCode, row.customerCode));
    return null;
  }
  const frozen = isClosed(current) || current.status === 'litigation';
  const amountPaid: Cents = cents(Math.max(current.amountPaid, row.amountPaid));
  const base: Invoice = frozen
    ? { ...current, amountPaid }
    : {
        ...current,
        issueDate: row.issueDate,
        dueDate: row.dueDate,
        amountExclTax: row.amountExclTax,
        vatAmount: row.vatAmount,
        amountInclTax: row.amountInclTax,
        amountPaid,
        orderRef: row.orderRef,
        // An export without the column keeps the reference already known.
        ...(row.deliveryRef ? { deliveryRef: row.deliveryRef } : {}),
        dunning:
          current.dunning.lastStep === null && row.lastStep !== null
            ? { ...current.dunning, lastStep: row.lastStep, lastStepDate: row.lastStepDate }
            : current.dunning,
      };
  const exportShowsDue = statusAfterAmounts({ ...row, status: 'open' }) !== 'paid';
  if (current.status === 'paid' && exportShowsDue) {
    notices.push(importNotices.stillPaid(row.number));
  } else if (current.status === 'litigation' && balanceOf({ ...current, amountPaid }) > 0) {
    if (row.amountInclTax !== current.amountInclTax || row.dueDate !== current.dueDate) {
      notices.push(importNotices.inLitigation(row.number));
    }
  }
  if (row.amountPaid < current.amountPaid) {
    notices.push(
      importNotices.lowerPaid(row.number, formatEuros(row.amountPaid), formatEuros(current.amountPaid)),
    );
  }
  // Paid (even within the tolerance, or marked paid by a user) or written off stays so: an export
  // may add to what was paid, never reopen a closed invoice.
  const status = isClosed(current) ? current.status : statusAfterAmounts(base);
  const next: Invoice = {
    ...base,
    status,
    closedOn: isClosed({ status }) && !isClosed(current) ? today : base.closedOn,
  };
  return isDeepStrictEqual(next, current) ? null : next;
}
