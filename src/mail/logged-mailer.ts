/**
 * Journals every send in the logs: recipients, subject, Message-ID and transport on success, the
 * classified failure otherwise. Never the body: it holds customers' figures and has no business in
 * log storage (only metadata is passed to the logger, whatever pino's redaction would catch).
 */
import type { Logger } from '../config/logger';
import { allRecipients } from './mailer';
import { isMailError, type Mailer, type OutgoingMail, type SentMail } from '../application/ports';

function metadata(mail: OutgoingMail) {
  return {
    to: mail.to,
    cc: mail.cc ?? [],
    subject: mail.subject,
    attachments: (mail.attachments ?? []).map((a) => a.filename),
  };
}

export function withLogging(mailer: Mailer, logger: Logger): Mailer {
  return {
    newMessageId: () => mailer.newMessageId(),
    async send(mail: OutgoingMail): Promise<SentMail> {
      try {
        const sent = await mailer.send(mail);
        logger.info(
          { mail: { ...metadata(mail), messageId: sent.messageId, transport: sent.transport } },
          'e-mail sent',
        );
        const refused = allRecipients(mail).filter((r) => !sent.accepted.includes(r));
        if (refused.length > 0) {
          logger.warn(
            { mail: { messageId: sent.messageId, refused } },
            'e-mail sent, some recipients refused',
          );
        }
        return sent;
      } catch (error) {
        const failure = isMailError(error)
          ? { kind: error.kind, reason: error.reason, detail: error.detail }
          : { kind: 'unexpected', detail: String(error) };
        logger.warn({ mail: metadata(mail), failure }, 'e-mail not sent');
        throw error;
      }
    },
  };
}
