/**
 * Penalty invoices (« facture de pénalités de retard et d'indemnités forfaitaires ») and waivers,
 * as data. An invoice paid late is billed or waived at most once: the bill or the waiver records
 * its number, and storage refuses a second record of the same number.
 */
import { createHash } from 'node:crypto';
import type { CalendarDate } from './calendar-date';
import type { Actor } from './journal';
import type { Cents } from './money';
import type { PaidLateLine } from './paid-late';

/**
 * - `claimed`: the invoices are reserved for this bill, its number not taken yet;
 * - `sending`: numbered, the e-mail's Message-ID recorded, the attempt started;
 * - `sent`: the transport took the e-mail (the bill is issued);
 * - `uncertain`: the e-mail may have reached the customer: never sent again without a person;
 * - `failed`: nothing was sent (the bill keeps its number and can be sent again).
 */
export const PENALTY_BILL_STATUSES = ['claimed', 'sending', 'sent', 'uncertain', 'failed'] as const;
export type PenaltyBillStatus = (typeof PENALTY_BILL_STATUSES)[number];

export interface PenaltyBill {
  /** Deterministic: the customer and the invoices billed (the same click twice is the same bill). */
  id: string;
  customerCode: string;
  /** `PEN-2026-0001`, once taken; a number is taken once and never reused. */
  number: string | null;
  issuedOn: CalendarDate;
  lines: PaidLateLine[];
  interest: Cents;
  indemnity: Cents;
  total: Cents;
  status: PenaltyBillStatus;
  decidedBy: Actor;
  decidedAt: string;
  messageId: string | null;
  /** The click that moved it to « sending » (only one can). */
  attempt: string | null;
  /** When the attempt started (a bill « sending » long after was left by a stopped process). */
  sendingAt?: string | null;
  sentAt: string | null;
  sentTo: string[];
  /** Why the last attempt failed (French, as shown), when it did. */
  failure: string | null;
  /** Payments imported against the bill's number (« encaissé »). */
  collected: Cents;
  collectedOn: CalendarDate | null;
  /** The payments counted in `collected` (an import read twice counts each once). */
  collectedPaymentIds?: string[];
}

/** « Renoncer » on the card: these invoices' penalties are not billed, for a reason. */
export interface PenaltyWaiver {
  id: string;
  customerCode: string;
  lines: PaidLateLine[];
  total: Cents;
  reason: string;
  waivedOn: CalendarDate;
  decidedBy: Actor;
  decidedAt: string;
}

/** « Ne pas facturer de pénalités de retard » on the customer's card (commercial relation). */
export interface CustomerPenaltyWaiver {
  customerCode: string;
  since: CalendarDate;
  reason: string;
  decidedBy: Actor;
  decidedAt: string;
}

/** The id of a bill or a waiver of these invoices for this customer. */
export function lateFeeId(customerCode: string, invoiceNumbers: readonly string[]): string {
  const key = [customerCode, ...[...invoiceNumbers].sort()].join('\n');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** `PEN-2026-0001`: the prefix, the year of issue, a sequence of at least four digits. */
export function penaltyNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
}

export type LateFeeRefusal =
  | 'not_allowed'
  | 'unknown_customer'
  /** Billed or waived already (a double click, another controller). */
  | 'already_done'
  /** The invoices on the card are no longer those billable. */
  | 'changed'
  | 'customer_waived'
  | 'no_billing_email'
  /** Another click is sending this bill right now. */
  | 'in_progress';

/** What a click on the late-fees section came to. */
export type LateFeeOutcome =
  | { kind: 'billed'; customer: string; number: string; total: Cents; to: string[] }
  | { kind: 'waived'; customer: string; total: Cents; invoices: number }
  | { kind: 'uncertain'; customer: string; number: string }
  | { kind: 'failed'; customer: string; number: string; reason: string }
  | { kind: 'refused'; refusal: LateFeeRefusal };

/** Billed, collected and waived over a period: what the director reads (KPIs). */
export interface LateFeeFigures {
  billed: Cents;
  billedCount: number;
  collected: Cents;
  waived: Cents;
  waivedCount: number;
}

/**
 * - billed: the penalty invoices sent (or possibly sent, « à vérifier ») issued in the period;
 * - collected: the payments received in the period against a penalty invoice's number;
 * - waived: the penalties given up with « Renoncer » in the period.
 */
export function lateFeeFigures(
  bills: readonly PenaltyBill[],
  waivers: readonly PenaltyWaiver[],
  penaltyPayments: ReadonlyArray<{ date: CalendarDate; amount: Cents }>,
  from: CalendarDate,
  to: CalendarDate,
): LateFeeFigures {
  const within = (d: CalendarDate) => d >= from && d <= to;
  const issued = bills.filter((b) => (b.status === 'sent' || b.status === 'uncertain') && within(b.issuedOn));
  const waived = waivers.filter((w) => within(w.waivedOn));
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0) as Cents;
  return {
    billed: sum(issued.map((b) => b.total)),
    billedCount: issued.length,
    collected: sum(penaltyPayments.filter((p) => within(p.date)).map((p) => p.amount)),
    waived: sum(waived.map((w) => w.total)),
    waivedCount: waived.length,
  };
}
