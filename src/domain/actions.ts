/**
 * A dunning action's life: « proposée » by the daily job, then done (envoyée, générée, postée,
 * transmise), or withdrawn (with the reason), postponed, or superseded by the next day's proposal
 * of the same step. Every transition is journaled by the use case that makes it.
 */
import type { ProposedAction } from './daily-plan';
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

/** Statuses after which an action is over: nothing is done twice. */
export const FINAL_ACTION_STATUSES: readonly ActionStatus[] = [
  'sent',
  'posted',
  'transferred',
  'withdrawn',
  'postponed',
  'superseded',
];

export interface DunningAction extends ProposedAction {
  status: ActionStatus;
  /** Why it was withdrawn or superseded (French). */
  statusReason: string | null;
  decidedBy: Actor | null;
  decidedAt: string | null;
  /** Ids of what the decision produced: e-mail message id, document id, LRAR number… */
  details: Record<string, string>;
}

export function newAction(proposal: ProposedAction): DunningAction {
  return {
    ...proposal,
    status: 'proposed',
    statusReason: null,
    decidedBy: null,
    decidedAt: null,
    details: {},
  };
}
