/** Penalty invoices for invoices paid late: when they are proposed, their numbering, their terms. */
import { z } from 'zod';
import { withDefault } from './fields';

export const lateFeeFields = {
  /** Euros: a customer's billable penalties from which the day's card proposes the bill. */
  LATE_PENALTY_BILLING_THRESHOLD: withDefault(z.coerce.number().min(0).max(1_000_000).default(100)),
  /** The penalty invoices' own sequence: `PEN-2026-0001`. */
  LATE_PENALTY_INVOICE_PREFIX: withDefault(
    z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9]{0,9}$/)
      .default('PEN'),
  ),
  /** Days the customer has to pay a penalty invoice. */
  LATE_PENALTY_PAYMENT_DAYS: withDefault(z.coerce.number().int().min(0).max(90).default(30)),
};
