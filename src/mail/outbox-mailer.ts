/**
 * The development default: nothing leaves the machine. Each mail is written as a real RFC 822
 * `.eml` (both parts, attachments) into `<DATA_DIR>/outbox/`, which any mail client opens, so the
 * e-mails can be read exactly as a customer would receive them.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { BUSINESS_TIME_ZONE } from '../domain/calendar-date';
import { fr } from '../i18n/fr';
import { allRecipients, assertSendable } from './mailer';
import { MailError, type Mailer, type OutgoingMail, type SentMail } from '../application/ports';
import { newMessageId, parseSender } from './message-id';

export interface OutboxMailerOptions {
  dir: string;
  from: string;
  /** Injected for tests; the file name carries this instant, in Paris time. */
  now?: () => Date;
}

export function createOutboxMailer(options: OutboxMailerOptions): Mailer {
  const sender = parseSender(options.from);
  const now = options.now ?? (() => new Date());

  return {
    newMessageId: () => newMessageId(sender.address),
    async send(mail: OutgoingMail): Promise<SentMail> {
      assertSendable(mail);
      const { messageId } = mail;
      // Sent again (after an uncertain failure): the message with this id is already there.
      const existing = await readdir(options.dir).catch(() => [] as string[]);
      if (existing.some((name) => name.endsWith(`-${shortIdOf(messageId)}.eml`)))
        return { messageId, transport: 'outbox', accepted: allRecipients(mail) };
      const date = now();
      const raw = await new MailComposer({
        from: options.from,
        to: mail.to,
        cc: mail.cc,
        replyTo: mail.replyTo,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments,
        messageId,
        date,
      })
        .compile()
        .build();
      const fileName = outboxFileName(date, mail.subject, messageId);
      try {
        await mkdir(options.dir, { recursive: true });
        // `wx`: never overwrite an earlier mail, even if two ever got the same name.
        await writeFile(join(options.dir, fileName), raw, { flag: 'wx' });
      } catch (error) {
        throw new MailError('permanent', fr.mail.outboxWriteFailed(options.dir), String(error));
      }
      return { messageId, transport: 'outbox', accepted: allRecipients(mail) };
    },
  };
}

/** `20261123-081502-rappel-facture-f2026-0142-1a2b3c4d.eml`: sorts by time, readable in a listing. */
/** Enough of the Message-ID to find its file again. */
const shortIdOf = (messageId: string) => messageId.replace(/^</, '').slice(0, 13);

export function outboxFileName(date: Date, subject: string, messageId: string): string {
  return `${parisTimestamp(date)}-${slugify(subject) || 'sans-objet'}-${shortIdOf(messageId)}.eml`;
}

function parisTimestamp(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: BUSINESS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}${get('month')}${get('day')}-${get('hour')}${get('minute')}${get('second')}`;
}

/** Accents dropped, lower case, anything else a dash: safe on every file system. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
