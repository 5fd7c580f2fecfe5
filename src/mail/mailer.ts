/**
 * What every transport shares: the port's types (src/application/ports/mail.ts), the checks made
 * before any network call, and the recipients' list.
 */
import { MailError, type OutgoingMail } from '../application/ports/mail';
import { fr } from '../i18n/fr';

export {
  isMailError,
  MailError,
  type MailAttachment,
  type MailErrorKind,
  type Mailer,
  type MailTransportKind,
  type OutgoingMail,
  type SentMail,
} from '../application/ports/mail';

/**
 * Refuses, before any network call, a mail no transport could deliver: no transport would report
 * it as an error the card could explain as well.
 */
export function assertSendable(mail: OutgoingMail): void {
  if (mail.to.length === 0) {
    throw new MailError('permanent', fr.mail.noRecipient, 'empty "to" list');
  }
}

/** Every recipient of a mail, in order, for `SentMail.accepted` when the transport takes them all. */
export function allRecipients(mail: OutgoingMail): string[] {
  return [...mail.to, ...(mail.cc ?? [])];
}
