/**
 * Payment identifiers are derived from the payment's content so that importing the same file
 * twice records each payment once. Hashing is pure computation: no I/O in this module.
 */
import { createHash } from 'node:crypto';
import type { CalendarDate } from '../domain/calendar-date';
import type { Cents } from '../domain/money';

export interface PaymentIdentity {
  invoiceNumber: string;
  date: CalendarDate;
  amount: Cents;
  method: string | null;
  reference: string | null;
}

/** What makes two payment lines « identical », from normalised values (a date is the same in any format). */
export function paymentKey(payment: PaymentIdentity): string {
  return [
    payment.invoiceNumber,
    payment.date,
    payment.amount,
    payment.method ?? '',
    payment.reference ?? '',
  ].join('|');
}

/**
 * `occurrence` counts identical lines earlier in the same file: two identical lines are two real
 * payments (two instalments of the same amount on the same day), not one line repeated.
 */
export function paymentId(payment: PaymentIdentity, occurrence: number): string {
  return createHash('sha256')
    .update(`${paymentKey(payment)}|${occurrence}`, 'utf8')
    .digest('hex');
}
