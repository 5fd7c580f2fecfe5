/**
 * A dunning action's life: « proposée » by the daily job, then done (envoyée, générée, postée,
 * transmise), or withdrawn (with the reason), postponed, or superseded by the next day's proposal
 * of the same step. An e-mail may wait in « Tout envoyer »'s queue; one whose sending may or may
 * not have reached the customer is « à vérifier » until a person decides. Every transition is
 * journaled by the use case that makes it.
 */
import type { CalendarDate } from './calendar-date';
import type { ProposedAction } from './daily-plan';
import type { WaitReason } from './dunning-engine';
import type { DroppedInvoice } from './escalation-guard';
import type { Actor } from './journal';

export const ACTION_STATUSES = [
  'proposed',
  /** Waiting in « Tout envoyer »'s queue, to be sent one after the other. */
  'queued',
  /** Claimed by one click, being carried out (an e-mail on its way): a second click waits. */
  'in_progress',
  /** The sending may have reached the customer (the connection dropped): a person decides. */
  'uncertain',
  'sent',
  'generated',
  'posted',
  'transferred',
  'withdrawn',
  'postponed',
  'superseded',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses of an action not settled yet, which block a new proposal of the same step. */
export const UNSETTLED_STATUSES: readonly ActionStatus[] = ['queued', 'in_progress', 'uncertain'];

/** Why carrying an action out failed; the action goes back to what it was. */
export type ActionFailure =
  | { code: 'no_billing_email' }
  /** The mail transport's own reason, already in French. */
  | { code: 'send_failed'; reason: string }
  | { code: 'generation_failed' }
  | { code: 'unexpected' }
  /** The transport may have delivered it (its own reason, in French). */
  | { code: 'uncertain'; reason: string }
  /** Left unfinished by a process that stopped (restart, crash). */
  | { code: 'interrupted' };

/** What the card says about an action besides its status (src/i18n renders it). */
export type ActionNote =
  | { kind: 'superseded'; by: CalendarDate }
  | { kind: 'no_longer_due' }
  /** Invoices left out when it was carried out (paid, disputed… in the meantime), or all of them. */
  | { kind: 'dropped'; invoices: DroppedInvoice[] }
  | { kind: 'postponed'; until: CalendarDate }
  | { kind: 'disputed'; reason: string }
  | { kind: 'promised'; date: CalendarDate }
  | { kind: 'marked_paid'; count: number }
  /** A transfer withdrawn because it was not possible yet (the notice's deadline, the mandate). */
  | { kind: 'transfer_not_yet'; on: CalendarDate; why: WaitReason }
  | { kind: 'transfer_held' }
  | { kind: 'failed'; failure: ActionFailure }
  /** A note written before notes were structured. */
  | { kind: 'text'; text: string };

export interface DunningAction extends ProposedAction {
  status: ActionStatus;
  /** Why it was withdrawn, postponed, superseded, or why carrying it out failed. */
  note: ActionNote | null;
  decidedBy: Actor | null;
  decidedAt: string | null;
  /**
   * Ids of what the decision produced (document id, LRAR number…) and the sending's own record:
   * `messageId` (minted before the first attempt), `sendingAt` (an attempt started), `sentAt`
   * (the transport took it).
   */
  details: Record<string, string>;
}

export function newAction(proposal: ProposedAction): DunningAction {
  return {
    ...proposal,
    status: 'proposed',
    note: null,
    decidedBy: null,
    decidedAt: null,
    details: {},
  };
}
