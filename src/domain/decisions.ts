/**
 * What a decision on the controller's card comes to, as data: the edge (the card, the CLI) renders
 * it in French through src/i18n, next to the row it concerns.
 */
import type { ActionFailure, ActionNote } from './actions';
import type { CalendarDate } from './calendar-date';
import type { DroppedInvoice } from './escalation-guard';
import type { TransitionRefusal } from './holds';
import type { Actor } from './journal';
import type { WaitReason } from './dunning-engine';
import type { NoticeEvent, StepId } from './ledger';

/** Who clicks, and whether they may act (controllers and their backups). */
export interface Decider {
  actor: Actor;
  canAct: boolean;
}

/** The action a button designates: only ids travel on cards; everything else is re-read. */
export interface ActionRef {
  date: CalendarDate;
  customer: string;
  step: StepId;
}

/** Why a click was refused before anything changed. */
export type Refusal =
  | { code: 'not_allowed' }
  | { code: 'unknown_action' }
  | { code: 'wrong_channel' }
  | { code: 'lrar_required' }
  | { code: 'generate_first' }
  | { code: 'note_required' }
  | { code: 'reason_required' }
  | { code: 'bad_postpone_date' }
  | { code: 'bad_promise_date' }
  | { code: 'nothing_to_send' }
  | { code: 'invoices_refused'; refusals: TransitionRefusal[] }
  /** No mise en demeure is on record for the customer (an LRAR event without a letter). */
  | { code: 'no_notice' }
  /** An AR / presentation / return date in the future, or before the letter was posted. */
  | { code: 'bad_event_date' }
  | { code: 'bad_lrar' }
  /** The transfer is not possible yet: when, and why (the notice's deadline, the mandate start). */
  | { code: 'transfer_not_yet'; on: CalendarDate; why: WaitReason }
  /** The mise en demeure came back (« pli retourné »): its deadline does not run. */
  | { code: 'transfer_held' };

export type Done =
  | { kind: 'email_sent'; to: string[] }
  | { kind: 'letter_generated' }
  | { kind: 'notice_generated' }
  | { kind: 'letter_posted' }
  | { kind: 'notice_registered'; lrar: string }
  | { kind: 'transferred'; lawFirm: string }
  | { kind: 'row_decided'; note: ActionNote; notApplied: TransitionRefusal[] }
  | { kind: 'call_recorded' }
  | { kind: 'send_all_started'; count: number }
  | { kind: 'notice_event'; event: NoticeEvent['kind']; on: CalendarDate };

export type Outcome =
  | { kind: 'done'; customer: string; done: Done }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'failed'; failure: ActionFailure }
  /** Somebody (or an earlier click) already carried it out: nothing was done twice. */
  | { kind: 'already_done'; customer: string; by: string | null }
  /** A row decision on an action that is no longer open for one. */
  | { kind: 'already_decided'; customer: string }
  /** None of its invoices is due at this step any more: the action was withdrawn. */
  | { kind: 'withdrawn'; customer: string; dropped: DroppedInvoice[] }
  /** Still running when the edge had to answer; the card follows. */
  | { kind: 'pending'; customer: string }
  /** The message may have reached the customer: nothing is sent again until a person decides. */
  | { kind: 'uncertain'; customer: string; reason: string };
