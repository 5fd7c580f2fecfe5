/**
 * A dunning action's life: « proposée » by the daily job, then done (envoyée, générée, postée,
 * transmise), or withdrawn (with the reason), postponed, or superseded by the next day's proposal
 * of the same step. Every transition is journaled by the use case that makes it.
 */
import type { CalendarDate } from './calendar-date';
import type { ProposedAction } from './daily-plan';
import type { DroppedInvoice } from './escalation-guard';
import type { Actor } from './journal';

export const ACTION_STATUSES = [
  'proposed',
  /** Claimed by one click, being carried out (an e-mail on its way): a second click waits. */
  'in_progress',
  'sent',
  'generated',
  'posted',
  'transferred',
  'withdrawn',
  'postponed',
  'superseded',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Why carrying an action out failed; the action goes back to what it was. */
export type ActionFailure =
  | { code: 'no_billing_email' }
  /** The mail transport's own reason, already in French. */
  | { code: 'send_failed'; reason: string }
  | { code: 'generation_failed' }
  | { code: 'unexpected' };

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
  | { kind: 'failed'; failure: ActionFailure }
  /** A note written before notes were structured. */
  | { kind: 'text'; text: string };

export interface DunningAction extends ProposedAction {
  status: ActionStatus;
  /** Why it was withdrawn, postponed, superseded, or why carrying it out failed. */
  note: ActionNote | null;
  decidedBy: Actor | null;
  decidedAt: string | null;
  /** Ids of what the decision produced: e-mail message id, document id, LRAR number… */
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
