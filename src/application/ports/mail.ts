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
  send(mail: OutgoingMail): Promise<SentMail>;
}

/**
 * - transient: the same message may go through later (server busy, network, throttling): retried;
 * - permanent: sending it again would fail the same way (address refused, bad credentials).
 */
export type MailErrorKind = 'transient' | 'permanent';

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
