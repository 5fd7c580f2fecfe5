/**
 * The decisions a controller makes on the day's card, bound to their dependencies once by the
 * composition root: the bot (or any other edge) only passes who decides and on what.
 */
import type { DunningAction } from '../../domain/actions';
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import { loadActionFor } from './dependencies';
import { decideOnRow, type RowDecision } from './decide-row';
import { generateLetter } from './generate-letter';
import { recordNoticeEvent, type NoticeEventRequest } from './record-notice-event';
import { recordPosting } from './record-posting';
import { sendAllEmails, type SendAllRequest } from './send-all';
import { sendReminderEmail } from './send-email';
import { confirmSent, resend } from './settle-uncertain';
import { transferToLawFirm, type TransferDependencies } from './transfer-to-law-firm';

export type { RowDecision } from './decide-row';
export type { SendAllRequest } from './send-all';
export type { NoticeEventRequest } from './record-notice-event';
export type { DecisionDependencies } from './dependencies';
export type { MailDependencies } from './send-email';
export type { LetterDependencies } from './letter-input';
export type { TransferDependencies } from './transfer-to-law-firm';
export { sweep, SWEEP_DEADLINES, type SweepDeadlines, type SweepReport } from './sweeper';

export type Posting = { registered: false } | { registered: true; lrar: string | null };

export interface CardDecisions {
  sendEmail(decider: Decider, ref: ActionRef): Promise<Outcome>;
  /** Starts « Tout envoyer »; `onEach` runs after every e-mail (to refresh the cards). */
  sendAll(decider: Decider, request: SendAllRequest, onEach: () => Promise<void>): Promise<Outcome>;
  generateLetter(decider: Decider, ref: ActionRef): Promise<Outcome>;
  recordPosting(decider: Decider, ref: ActionRef, posting: Posting): Promise<Outcome>;
  transfer(decider: Decider, ref: ActionRef): Promise<Outcome>;
  /** « AR reçu », « Avisé non réclamé », « Pli retourné » on a customer's mise en demeure. */
  recordNoticeEvent(decider: Decider, request: NoticeEventRequest): Promise<Outcome>;
  decideRow(decider: Decider, ref: ActionRef, decision: RowDecision): Promise<Outcome>;
  /** « Confirmer l’envoi »: an « à vérifier » message did go; it is completed, nothing is sent. */
  confirmSent(decider: Decider, ref: ActionRef): Promise<Outcome>;
  /** « Renvoyer »: an « à vérifier » message is sent again, with the same Message-ID. */
  resend(decider: Decider, ref: ActionRef): Promise<Outcome>;
  /**
   * An action opened to decide on it (its details, the transfer's confirmation): the action, or
   * the refusal — journaled — when the decider may not act or it does not exist.
   */
  open(
    decider: Decider,
    verb: string,
    ref: ActionRef,
  ): Promise<{ action: DunningAction } | { refused: Outcome }>;
}

export function cardDecisions(deps: TransferDependencies): CardDecisions {
  return {
    sendEmail: (decider, ref) => sendReminderEmail(deps, decider, ref),
    sendAll: (decider, request, onEach) => sendAllEmails(deps, decider, request, onEach),
    generateLetter: (decider, ref) => generateLetter(deps, decider, ref),
    recordPosting: (decider, ref, posting) => recordPosting(deps, decider, ref, posting),
    transfer: (decider, ref) => transferToLawFirm(deps, decider, ref),
    recordNoticeEvent: (decider, request) => recordNoticeEvent(deps, decider, request),
    decideRow: (decider, ref, decision) => decideOnRow(deps, decider, ref, decision),
    confirmSent: (decider, ref) => confirmSent(deps, decider, ref),
    resend: (decider, ref) => resend(deps, decider, ref),
    open: (decider, verb, ref) => loadActionFor(deps, decider, verb, ref),
  };
}
