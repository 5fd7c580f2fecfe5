/**
 * « Passer en perte »: the rules of a write-off, pure. The amount is at most the balance (the
 * balance when left empty); it closes the invoice only when it takes the whole balance (within the
 * tolerance) — otherwise it is a partial loss and the rest stays owed, dunned as before. The date is
 * today or earlier, never before the invoice's date. « Autre » needs a few words. The same decision
 * sent twice (a double click, a retry) has the same key and is applied once.
 */
import type { CalendarDate } from './calendar-date';
import {
  balanceOf,
  isClosed,
  WRITE_OFF_REASONS,
  type Invoice,
  type WriteOff,
  type WriteOffReason,
} from './ledger';
import { cents, type Cents } from './money';

/** The journal's action for a write-off (refusals included). */
export const WRITTEN_OFF_ACTION = 'invoice.written_off';

/** What the form sent, read by the edge (null: empty or unreadable). */
export interface WriteOffRequest {
  amount: Cents | null;
  date: CalendarDate;
  reason: string;
  note: string;
}

export type WriteOffRefusalCode =
  'closed' | 'bad_amount' | 'bad_date' | 'reason_required' | 'note_required' | 'several_with_amount';

export type WriteOffCheck =
  | { ok: true; writeOff: Omit<WriteOff, 'by'> }
  | { ok: false; code: WriteOffRefusalCode }
  /** This very decision was applied already (a double click, a retry). */
  | { ok: false; code: 'duplicate'; applied: WriteOff };

export function isWriteOffReason(value: string): value is WriteOffReason {
  return (WRITE_OFF_REASONS as readonly string[]).includes(value);
}

/** The decision's key: same invoice, date, amount (or « the balance ») and reason. */
export function writeOffKey(number: string, request: WriteOffRequest): string {
  return [number, request.date, request.amount ?? 'balance', request.reason].join('|');
}

export function checkWriteOff(
  invoice: Invoice,
  request: WriteOffRequest,
  today: CalendarDate,
  tolerance: Cents,
): WriteOffCheck {
  const id = writeOffKey(invoice.number, request);
  const applied = (invoice.writeOffs ?? []).find((w) => w.id === id);
  if (applied) return { ok: false, code: 'duplicate', applied };
  if (isClosed(invoice)) return { ok: false, code: 'closed' };
  if (!isWriteOffReason(request.reason)) return { ok: false, code: 'reason_required' };
  const note = request.note.trim();
  if (request.reason === 'other' && note.length < 3) return { ok: false, code: 'note_required' };
  if (note.length > 500) return { ok: false, code: 'note_required' };
  if (request.date > today || request.date < invoice.issueDate) return { ok: false, code: 'bad_date' };
  const balance = balanceOf(invoice);
  const amount = request.amount ?? balance;
  if (amount <= 0 || amount > balance) return { ok: false, code: 'bad_amount' };
  const closes = balance - amount < tolerance;
  return {
    ok: true,
    writeOff: {
      id,
      date: request.date,
      amount: closes ? balance : cents(amount),
      reason: request.reason,
      note: note || null,
      closes,
    },
  };
}

/**
 * The invoice after the write-off: written off (closed on its date, its pause lifted, nothing
 * claimed again) when it takes the whole balance; otherwise as it was, the balance lowered.
 */
export function applyWriteOff(invoice: Invoice, writeOff: WriteOff): Invoice {
  const writeOffs = [...(invoice.writeOffs ?? []), writeOff];
  if (!writeOff.closes) return { ...invoice, writeOffs };
  return {
    ...invoice,
    writeOffs,
    status: 'written_off',
    closedOn: writeOff.date,
    dunning: { ...invoice.dunning, hold: null, alert: null },
  };
}

/**
 * What was lost on an invoice, by date: its write-offs; an invoice closed as written off before
 * write-offs were decisions (imported so) counts its balance on its closing date.
 */
export function lossesOf(
  invoice: Invoice,
): Array<{ date: CalendarDate; amount: Cents; reason: WriteOffReason | null }> {
  const decided: Array<{ date: CalendarDate; amount: Cents; reason: WriteOffReason | null }> = (
    invoice.writeOffs ?? []
  ).map((w) => ({ date: w.date, amount: w.amount, reason: w.reason }));
  if (invoice.status === 'written_off' && !(invoice.writeOffs ?? []).some((w) => w.closes)) {
    if (invoice.closedOn !== null)
      decided.push({ date: invoice.closedOn, amount: balanceOf(invoice), reason: null });
  }
  return decided;
}

/** One invoice's write-off as journaled and shown (« Passée en perte le … : … — client liquidé »). */
export interface WrittenOff {
  invoice: string;
  date: CalendarDate;
  amount: Cents;
  reason: WriteOffReason;
  note: string | null;
  closes: boolean;
  /** What is still owed after a partial write-off (0 when closed). */
  rest: Cents;
  /** In the law firm's hands: the firm must be told. */
  litigation: boolean;
}

export type WriteOffRefusal =
  | { code: 'not_allowed' }
  | { code: 'unknown_customer' }
  | { code: 'unknown_invoice' }
  | { code: WriteOffRefusalCode; invoice?: string };

export type WriteOffOutcome =
  | { kind: 'done'; customer: string; customerCode: string; written: WrittenOff[] }
  /** Every invoice had this very write-off already: nothing was done twice. */
  | { kind: 'already_done'; customer: string; customerCode: string; written: WrittenOff[] }
  | { kind: 'refused'; refusal: WriteOffRefusal };
