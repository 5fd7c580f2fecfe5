/**
 * Sends through an SMTP relay with nodemailer (`SMTP_URL`: smtp://user:pass@host:port or smtps://).
 * One connection per message: Relances sends a few dozen e-mails a day, a pool would only add
 * idle connections for servers to drop.
 *
 * Whether a failure may have delivered the message matters more than its cause: once the server
 * said « 354 » (go ahead) the message is on its way, and a connection lost before the final reply
 * may well have delivered it — that failure is `uncertain`, never retried.
 */
import { createTransport } from 'nodemailer';
import type { NodemailerError } from 'nodemailer/lib/errors';
import { fr } from '../i18n/fr';
import { assertSendable } from './mailer';
import { MailError, type Mailer, type OutgoingMail, type SentMail } from '../application/ports';
import { newMessageId, parseSender } from './message-id';

export interface SmtpMailerOptions {
  url: string;
  /** `Greenova — Service comptabilité <comptabilite@greenova.example>` */
  from: string;
  /** Milliseconds; defaults suit a relay on the Internet. Tests shorten them. */
  connectionTimeoutMs?: number;
  socketTimeoutMs?: number;
}

/** Errors of the network itself: nothing was delivered and the same message may go through later. */
const NETWORK_CODES = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Watches the SMTP dialogue for the server's « 354 »: from then on, a failure is uncertain. */
function dataPhaseWatcher() {
  let started = false;
  const watch = (entry: unknown, message: unknown) => {
    const tnx = (entry as { tnx?: string } | null)?.tnx;
    if (tnx === 'server' && typeof message === 'string' && /^354\b/.test(message)) started = true;
  };
  const logger = {
    trace: watch,
    debug: watch,
    info: watch,
    warn: watch,
    error: watch,
    fatal: watch,
    level: () => undefined,
  };
  return { logger, started: () => started };
}

export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const sender = parseSender(options.from);

  return {
    newMessageId: () => newMessageId(sender.address),
    async send(mail: OutgoingMail): Promise<SentMail> {
      assertSendable(mail);
      const { messageId } = mail;
      const watcher = dataPhaseWatcher();
      const transport = createTransport({
        url: options.url,
        connectionTimeout: options.connectionTimeoutMs ?? 20_000,
        greetingTimeout: options.connectionTimeoutMs ?? 20_000,
        socketTimeout: options.socketTimeoutMs ?? 60_000,
        // The transaction log (commands and replies, never the message) tells when « 354 » came.
        transactionLog: true,
        logger: watcher.logger,
      });
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: mail.to,
          cc: mail.cc,
          replyTo: mail.replyTo,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments,
          messageId,
        });
        return { messageId: info.messageId, transport: 'smtp', accepted: info.accepted.map(String) };
      } catch (error) {
        throw classifySmtpError(error, watcher.started());
      } finally {
        transport.close();
      }
    },
  };
}

/**
 * RFC 5321: a 4xx reply is a temporary refusal, a 5xx a definitive one. 503 (bad sequence of
 * commands) is the exception nodemailer also makes: the session was in the wrong state, not the
 * message refused, so a new connection may succeed.
 */
export function classifySmtpError(error: unknown, dataSent = false): MailError {
  if (error instanceof MailError) return error;
  const err = (error ?? {}) as NodemailerError;
  const code = err.code ?? '';
  const responseCode = err.responseCode;
  const detail = [code, responseCode, err.command, err.response ?? err.message]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');

  const hasReply = responseCode !== undefined && responseCode >= 400 && responseCode < 600;
  if (hasReply && (responseCode < 500 || responseCode === 503)) {
    return new MailError('transient', fr.mail.serverBusy(responseCode), detail);
  }
  // After the 4xx test: « 454 temporary authentication failure » is worth a retry, a 535 is not.
  if (code === 'EAUTH' || code === 'ENOAUTH') return new MailError('permanent', fr.mail.authRefused, detail);
  if (hasReply) {
    const rejected = err.rejected ?? (err.recipient ? [err.recipient] : []);
    if (rejected.length > 0 || /^RCPT/i.test(err.command ?? '')) {
      const addresses =
        rejected.length > 0 ? rejected.join(', ') : (err.command ?? '').replace(/^RCPT TO:/i, '');
      return new MailError('permanent', fr.mail.recipientRefused(addresses), detail);
    }
    return new MailError('permanent', fr.mail.messageRefused(responseCode), detail);
  }
  if (code === 'ETLS' || code === 'EREQUIRETLS') return new MailError('permanent', fr.mail.tlsFailed, detail);
  // The message went out (« 354 », then the body) and no final reply came: it may be delivered.
  if (dataSent) return new MailError('uncertain', fr.mail.uncertain, detail || String(error));
  if (NETWORK_CODES.has(code) || NETWORK_CODES.has(err.originalCode ?? '')) {
    return new MailError('transient', fr.mail.unreachable, detail);
  }
  // Unknown failures are not retried: sending twice is worse than asking the controller to retry.
  return new MailError('permanent', fr.mail.unexpected, detail || String(error));
}
