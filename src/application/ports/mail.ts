/**
 * The Mailer port: what use cases know about sending an e-mail. Three transports implement it in
 * src/mail (SMTP, Microsoft Graph, a local outbox folder); callers never see which one.
 *
 * Contract: `send` resolves only when the transport has taken the message; any failure rejects with
 * a `MailError`, so a failed send can never be journaled as sent.
 */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail {
  /**
   * RFC 5322 Message-ID, minted before sending (`Mailer.newMessageId`) and kept with the intent:
   * a message sent again after an uncertain failure carries the same id.
   */
  messageId: string;
  to: string[];
  cc?: string[];
  /** Replies go to the credit controller, not to the shared sending mailbox. */
  replyTo: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

export type MailTransportKind = 'smtp' | 'graph' | 'outbox';

export interface SentMail {
  /** RFC 5322 Message-ID, angle brackets included: what the journal stores. */
  messageId: string;
  transport: MailTransportKind;
  /** Recipients the transport accepted (a partial SMTP acceptance lists only those). */
  accepted: string[];
}

export interface Mailer {
  /** A new Message-ID in the sender's domain, for a message about to be sent. */
  newMessageId(): string;
  send(mail: OutgoingMail): Promise<SentMail>;
}

/**
 * - transient: nothing was delivered, the same message may go through later (server busy, network
 *   down before the message was handed over, throttling): retried;
 * - permanent: nothing was delivered and sending it again would fail the same way (address
 *   refused, bad credentials);
 * - uncertain: the message may have been delivered (the connection dropped after the server took
 *   it, no answer in time): never sent again without a person deciding.
 */
export type MailErrorKind = 'transient' | 'permanent' | 'uncertain';

export class MailError extends Error {
  override readonly name = 'MailError';

  constructor(
    readonly kind: MailErrorKind,
    /** French, shown as is on the action's card. */
    readonly reason: string,
    /** Technical detail for the logs (server response, error code); never shown to users. */
    readonly detail: string,
    /** How long the server asked us to wait before trying again (Graph's Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(`${reason} (${detail})`);
  }
}

export function isMailError(error: unknown): error is MailError {
  return error instanceof MailError;
}
