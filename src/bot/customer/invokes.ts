/**
 * What the customer card's buttons carry (the customer's code, the card's day) and how its forms'
 * inputs are read: text trimmed, dates well-formed or null, amounts in cents or null, invoice
 * lists from a multi-select. Everything else is re-read on the server.
 */
import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import { CALL_OUTCOMES, type CallOutcome, type CustomerDecision } from '../../domain/customer-decisions';
import { parseAmountToCents, type Cents } from '../../domain/money';
import { PLAN_ROWS } from './customer-card';

const calendarDate = z.custom<CalendarDate>((v) => typeof v === 'string' && isCalendarDate(v));

export const customerData = z
  .object({
    customer: z.string().min(1).max(64),
    /** The day's card it was opened from, to go back to. */
    day: calendarDate.optional(),
    date: calendarDate.optional(),
    entry: z.string().min(1).max(80).optional(),
    notice: z.string().min(1).max(400).optional(),
  })
  .passthrough();
export type CustomerData = z.output<typeof customerData>;

function text(data: CustomerData, key: string): string {
  const v = data[key];
  return typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').slice(0, 600) : '';
}

function date(data: CustomerData, key: string): CalendarDate | null {
  const v = text(data, key);
  return isCalendarDate(v) ? v : null;
}

/** An amount as typed (« 1 250,00 », « 1250 € »); null when empty or not an amount. */
function amount(data: CustomerData, key: string): Cents | null {
  const v = text(data, key);
  if (!v) return null;
  try {
    return parseAmountToCents(v);
  } catch {
    return null;
  }
}

/** An amount field that was filled but could not be read is refused rather than ignored. */
function amountOrInvalid(data: CustomerData, key: string): Cents | null | 'invalid' {
  const value = amount(data, key);
  return value === null && text(data, key) ? 'invalid' : value;
}

function list(data: CustomerData, key: string): string[] {
  return text(data, key)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 100);
}

/** The decision a form sent, by its verb (the verbs of CUSTOMER_VERBS). */
export function decisionOf(verb: string, data: CustomerData): CustomerDecision | null {
  switch (verb) {
    case 'customer.call': {
      const outcome = text(data, 'callOutcome');
      return {
        verb: 'call',
        outcome: (CALL_OUTCOMES as readonly string[]).includes(outcome) ? (outcome as CallOutcome) : null,
        note: text(data, 'callNote'),
      };
    }
    case 'customer.promise': {
      const value = amountOrInvalid(data, 'promiseAmount');
      return {
        verb: 'promise',
        invoices: list(data, 'promiseInvoices'),
        date: date(data, 'promiseDate'),
        amount: value === 'invalid' ? (-1 as Cents) : value,
      };
    }
    case 'customer.dispute':
      return { verb: 'dispute', invoice: text(data, 'disputeInvoice'), reason: text(data, 'disputeReason') };
    case 'customer.lift':
      return { verb: 'lift_dispute', invoice: text(data, 'liftInvoice'), note: text(data, 'liftNote') };
    case 'customer.postpone':
      return {
        verb: 'postpone',
        invoices: list(data, 'postponeInvoices'),
        until: date(data, 'postponeUntil'),
        reason: text(data, 'postponeReason'),
      };
    case 'customer.plan':
      return {
        verb: 'plan',
        invoice: text(data, 'planInvoice'),
        installments: Array.from({ length: PLAN_ROWS }, (_, i) => {
          const value = amountOrInvalid(data, `plan${i + 1}Amount`);
          return {
            date: date(data, `plan${i + 1}Date`),
            amount: value === 'invalid' ? (-1 as Cents) : value,
          };
        }),
      };
    case 'customer.paid': {
      const value = amountOrInvalid(data, 'paidAmount');
      return {
        verb: 'paid',
        invoice: text(data, 'paidInvoice'),
        date: date(data, 'paidDate'),
        amount: value === 'invalid' ? (-1 as Cents) : value,
        confirmed: text(data, 'paidConfirm') === 'true',
      };
    }
    case 'customer.accept':
      return data.notice ? { verb: 'accept_answer', notice: data.notice } : null;
    case 'customer.undo':
      return { verb: 'undo', entry: data.entry ?? null };
    case 'customer.insolvency':
      return {
        verb: 'insolvency',
        form: {
          kind: text(data, 'insolvencyKind'),
          judgmentDate: date(data, 'insolvencyJudgment'),
          court: text(data, 'insolvencyCourt'),
          bodaccPublication: date(data, 'insolvencyPublication'),
          representativeName: text(data, 'insolvencyRepresentative'),
          representativeStreet: text(data, 'insolvencyStreet'),
          representativePostalCode: text(data, 'insolvencyPostalCode'),
          representativeCity: text(data, 'insolvencyCity'),
          representativeEmail: text(data, 'insolvencyEmail'),
        },
      };
    case 'customer.claim_declaration':
      return { verb: 'claim_declaration' };
    case 'customer.declaration_sent':
      return { verb: 'declaration_sent', date: date(data, 'declarationDate') };
    default:
      return null;
  }
}
