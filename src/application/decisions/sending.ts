/**
 * Sending a message exactly once, through faults. The action row is the outbox: before the first
 * attempt it records the Message-ID the message will carry and that an attempt started; once the
 * transport took the message, that it was sent — and only then are the invoices moved, the
 * journal written and the action closed, steps that can be finished later (by a retry or the
 * sweeper) without sending anything again. A failure that may have delivered the message leaves
 * the action « à vérifier »: it is never sent again without a person deciding.
 */
import type { ActionFailure, DunningAction } from '../../domain/actions';
import type { Decider } from '../../domain/decisions';
import type { NewJournalEntry } from '../../domain/journal';
import { isMailError, type Mailer, type OutgoingMail, type SentMail, type Stores } from '../ports';

export type SendResult =
  | { kind: 'sent'; sent: SentMail }
  | { kind: 'failed'; failure: ActionFailure }
  | { kind: 'uncertain'; failure: Extract<ActionFailure, { code: 'uncertain' }> };

/** The action's own record of the sending, in `details` (see DunningAction). */
export const SENDING = {
  messageId: 'messageId',
  sendingAt: 'sendingAt',
  sentAt: 'sentAt',
  sentTo: 'sentTo',
} as const;

type ActionStore = Pick<Stores, 'actions'>;

async function recordOnAction(
  stores: ActionStore,
  action: DunningAction,
  details: Record<string, string>,
): Promise<void> {
  await stores.actions.modify(action.date, action.customerCode, action.step, (a) => ({
    ...a,
    details: { ...a.details, ...details },
  }));
}

/**
 * Sends `mail` for a claimed action: the intent first (its Message-ID, reused when the action is
 * sent again after an uncertain attempt), then the transport. Storage failing before the attempt
 * sends nothing; failing after it does not undo a sent message (see `recordSent`).
 */
export async function sendForAction(
  deps: { stores: ActionStore; mailer: Mailer; clock: { now(): Date } },
  action: DunningAction,
  mail: Omit<OutgoingMail, 'messageId'>,
): Promise<SendResult> {
  const messageId = action.details[SENDING.messageId] ?? deps.mailer.newMessageId();
  await recordOnAction(deps.stores, action, {
    [SENDING.messageId]: messageId,
    [SENDING.sendingAt]: deps.clock.now().toISOString(),
  });
  try {
    return { kind: 'sent', sent: await deps.mailer.send({ ...mail, messageId }) };
  } catch (error) {
    if (isMailError(error) && error.kind === 'uncertain')
      return { kind: 'uncertain', failure: { code: 'uncertain', reason: error.reason } };
    return {
      kind: 'failed',
      failure: isMailError(error) ? { code: 'send_failed', reason: error.reason } : { code: 'unexpected' },
    };
  }
}

/** The fact that the transport took the message: once written, completing never sends again. */
export async function recordSent(stores: ActionStore, action: DunningAction, sent: SentMail, at: Date) {
  await recordOnAction(stores, action, {
    [SENDING.sentAt]: at.toISOString(),
    [SENDING.sentTo]: sent.accepted.join(', '),
  });
}

/**
 * Appends a journal entry unless one of the same action with the same Message-ID is there: a
 * completion retried after the journal was written does not write it twice.
 */
export async function journalOnce(
  stores: Pick<Stores, 'journal'>,
  entry: NewJournalEntry,
  customerCode: string,
  messageId: string,
): Promise<void> {
  const existing = await stores.journal.listForCustomer(customerCode);
  if (existing.some((e) => e.action === entry.action && e.details?.messageId === messageId)) return;
  await stores.journal.append(entry);
}

/** The decider recorded on an action (« Tout envoyer »'s clicker), for work done later on its behalf. */
export function deciderOfAction(action: DunningAction): Decider {
  return { actor: action.decidedBy ?? { id: 'unknown', name: '' }, canAct: true };
}

/** Retries `work` a few times with growing pauses (a storage outage of a few minutes). */
export async function persistently<T>(
  work: () => Promise<T>,
  delaysMs: readonly number[] = [1000, 5000, 15_000, 30_000, 60_000, 120_000],
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= delaysMs.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]).unref());
    }
  }
}
