/**
 * What the customer's card decides, as data: the decisions its forms send, why one is refused,
 * what it came to. The application carries them out; src/i18n renders them in French.
 */
import type { CalendarDate } from './calendar-date';
import type { TransitionRefusal } from './holds';
import type { InsolvencyForm, InsolvencyInvalid } from './insolvency';
import type { Cents } from './money';

export const CALL_OUTCOMES = ['reached', 'no_answer', 'voicemail', 'wrong_number'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** What a form of the card sent, already read by the edge (dates and amounts well-formed or null). */
export type CustomerDecision =
  | { verb: 'call'; outcome: CallOutcome | null; note: string }
  | { verb: 'promise'; invoices: string[]; date: CalendarDate | null; amount: Cents | null }
  | { verb: 'dispute'; invoice: string; reason: string }
  | { verb: 'lift_dispute'; invoice: string; note: string }
  | { verb: 'postpone'; invoices: string[]; until: CalendarDate | null; reason: string }
  | {
      verb: 'plan';
      invoice: string;
      installments: Array<{ date: CalendarDate | null; amount: Cents | null }>;
    }
  | { verb: 'paid'; invoice: string; date: CalendarDate | null; amount: Cents | null; confirmed: boolean }
  | { verb: 'accept_answer'; notice: string }
  /** The decision the button offered to undo: refused if another came since. */
  | { verb: 'undo'; entry: string | null }
  /** Collective proceedings recorded or corrected (« Procédure collective »). */
  | { verb: 'insolvency'; form: InsolvencyForm }
  /** The claim declaration was sent to the mandataire by LRAR on this date. */
  | { verb: 'declaration_sent'; date: CalendarDate | null }
  /** « Préparer la déclaration de créance »: the .docx to the mandataire. */
  | { verb: 'claim_declaration' };

export type CustomerRefusal =
  | { code: 'not_allowed' }
  | { code: 'unknown_customer' }
  | { code: 'unknown_invoice' }
  | { code: 'note_required' }
  | { code: 'outcome_required' }
  | { code: 'reason_required' }
  | { code: 'bad_date' }
  | { code: 'bad_amount' }
  | { code: 'confirm_required' }
  | { code: 'not_disputed' }
  | { code: 'nothing_open' }
  | { code: 'plan_dates' }
  | { code: 'plan_total'; balance: Cents; total: Cents }
  | { code: 'unknown_answer' }
  | { code: 'already_accepted' }
  | { code: 'nothing_to_undo' }
  | { code: 'undo_stale' }
  | { code: 'changed_since'; invoices: string[] }
  | { code: 'invoices_refused'; refusals: TransitionRefusal[] }
  | { code: 'insolvency_invalid'; invalid: InsolvencyInvalid[] }
  | { code: 'no_insolvency' }
  /** Collective proceedings (Code de commerce, livre VI) concern businesses only. */
  | { code: 'insolvency_not_business' }
  | { code: 'insolvency_unchanged' }
  | { code: 'nothing_to_declare' }
  | { code: 'generation_failed' };

export type CustomerDone =
  | { kind: 'call_logged'; outcome: CallOutcome }
  | { kind: 'promised'; date: CalendarDate; amount: Cents | null; invoices: string[] }
  | { kind: 'disputed'; invoice: string }
  | { kind: 'dispute_lifted'; invoice: string }
  | { kind: 'postponed'; until: CalendarDate; invoices: string[] }
  | { kind: 'plan_agreed'; invoice: string; installments: number }
  | { kind: 'paid'; invoice: string; amount: Cents; date: CalendarDate; settled: boolean }
  | { kind: 'answer_accepted'; answer: 'agreement' | 'dispute'; invoices: string[] }
  | { kind: 'undone'; action: string; invoices: string[] }
  | { kind: 'insolvency_recorded'; updated: boolean; frozen: number; withdrawn: number }
  | { kind: 'declaration_recorded'; date: CalendarDate }
  | { kind: 'declaration_generated'; invoices: number; total: Cents; representative: string };

export type CustomerOutcome =
  | { kind: 'done'; customer: string; done: CustomerDone; notApplied: TransitionRefusal[] }
  | { kind: 'refused'; refusal: CustomerRefusal };
