import { randomUUID } from 'node:crypto';
/**
 * The SMTP transport against a real SMTP server (smtp-server) on loopback: what arrives is read back
 * from the raw message, failures are provoked by the server's own replies.
 */
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { companyIdentity } from '../../src/config/identity';
import { parseSettings, type Settings } from '../../src/config/settings';
import type { CalendarDate } from '../../src/domain/calendar-date';
import { cents } from '../../src/domain/money';
import { renderEmail } from '../../src/documents/email-templates';
import { fr } from '../../src/i18n/fr';
import { createMailer } from '../../src/mail';
import { MailError, type OutgoingMail } from '../../src/application/ports';
import { withRetry } from '../../src/mail/retry';
import { createSmtpMailer } from '../../src/mail/smtp-mailer';
import { attachments, header, parseMime, partOfType } from '../support/mime';
import { startFaultSmtp } from '../support/fault-smtp';
import { reply, startSmtp, type TestServer } from '../support/smtp-server';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function settingsFor(env: Record<string, string>): Settings {
  const result = parseSettings(env);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.settings;
}

const FROM = 'Greenova — Service comptabilité <comptabilite@greenova.example>';
const DOCX = Buffer.concat([
  Buffer.from('PK\u0003\u0004', 'latin1'),
  Buffer.from([0, 1, 2, 250, 251, 252, 255]),
]);

function reminder(): OutgoingMail {
  const company = companyIdentity(settingsFor({ CONTROLLER_PHONE: '04 72 00 00 00' }));
  const rendered = renderEmail('reminder-email', {
    company,
    customer: { legalName: 'Dupont & Fils <SARL>', type: 'B2B', billingEmails: ['compta@dupont.example'] },
    invoices: [
      {
        number: 'F2026-0142',
        issueDate: '2026-10-24' as CalendarDate,
        dueDate: '2026-11-23' as CalendarDate,
        amountInclTax: cents(123456),
        balance: cents(123456),
        daysLate: 3,
      },
    ],
    total: cents(123456),
    today: '2026-11-26' as CalendarDate,
  });
  return {
    messageId: `<${randomUUID()}@greenova.example>`,
    to: ['compta@dupont.example'],
    cc: ['direction@dupont.example'],
    replyTo: company.controller.email,
    ...rendered,
    attachments: [
      {
        filename: 'releve-F2026-0142.docx',
        content: DOCX,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ],
  };
}

/** Retries without waiting; the delays asked for are recorded. */
function instantRetry() {
  const delays: number[] = [];
  return {
    delays,
    options: {
      attempts: 4,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      sleep: async (ms: number) => void delays.push(ms),
    },
  };
}

describe('SMTP settings', () => {
  it('requires SMTP_URL when MAIL_TRANSPORT=smtp, and defaults to the outbox', () => {
    const result = parseSettings({ MAIL_TRANSPORT: 'smtp' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.variable)).toEqual(['SMTP_URL']);
    expect(settingsFor({}).MAIL_TRANSPORT).toBe('outbox');
    expect(settingsFor({}).MAIL_FROM).toBe(FROM);
    const bad = parseSettings({ MAIL_TRANSPORT: 'smtp', SMTP_URL: 'http://relay.example' });
    expect(bad.ok).toBe(false);
  });
});

describe('SMTP transport (real SMTP server on loopback)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('delivers the rendered J+3 reminder with both parts, the attachment and our Message-ID, and logs no body', async () => {
    server = await startSmtp();
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          lines.push(chunk.toString('utf8'));
          callback();
        },
      }),
    );
    const mailer = createMailer(
      settingsFor({
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: `smtp://relances:s3cret@127.0.0.1:${server.port}`,
        MAIL_FROM: FROM,
      }),
      logger,
    );
    const mail = reminder();

    const sent = await mailer.send(mail);

    expect(sent.transport).toBe('smtp');
    expect(sent.messageId).toBe(mail.messageId);
    expect(sent.accepted).toEqual(['compta@dupont.example', 'direction@dupont.example']);
    expect(server.received).toHaveLength(1);
    const [delivery] = server.received;
    expect(delivery!.user).toBe('relances');
    expect(delivery!.mailFrom).toBe('comptabilite@greenova.example');
    expect(delivery!.rcptTo).toEqual(['compta@dupont.example', 'direction@dupont.example']);

    const message = parseMime(delivery!.raw);
    expect(header(message, 'subject')).toBe(mail.subject);
    expect(header(message, 'subject')).toBe(
      'Rappel de règlement\u00a0: facture F2026-0142 échue le 23/11/2026 — Greenova',
    );
    expect(header(message, 'from')).toBe(FROM);
    expect(header(message, 'to')).toBe('compta@dupont.example');
    expect(header(message, 'cc')).toBe('direction@dupont.example');
    expect(header(message, 'reply-to')).toBe('camille.roux@greenova.example');
    expect(header(message, 'message-id')).toBe(sent.messageId);

    const text = partOfType(message, 'text/plain')?.body.toString('utf8');
    const html = partOfType(message, 'text/html')?.body.toString('utf8');
    expect(text).toContain('À l’attention de Dupont & Fils <SARL>');
    expect(text).toContain('1\u00a0234,56\u00a0€');
    expect(html).toContain('Dupont &amp; Fils &lt;SARL&gt;');
    expect(html).toContain('article L441-10 du Code de commerce');

    const files = attachments(message);
    expect(files).toHaveLength(1);
    expect(files[0]!.filename).toBe('releve-F2026-0142.docx');
    expect(files[0]!.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(files[0]!.content.equals(DOCX)).toBe(true);

    const log = lines.join('');
    expect(log).toContain(sent.messageId);
    expect(log).toContain('compta@dupont.example');
    expect(log).not.toContain('simple oubli');
    expect(log).not.toContain('L441-10');
    expect(log).not.toContain('s3cret');
  });

  it('retries a server answering 451 twice, and delivers on the third attempt', async () => {
    server = await startSmtp({
      mailFrom: (n) => (n <= 2 ? reply(451, 'Requested action aborted: local error in processing') : null),
    });
    const retry = instantRetry();
    const mailer = withRetry(
      createSmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM }),
      retry.options,
    );

    const sent = await mailer.send(reminder());

    expect(server.counts.mailFrom).toBe(3);
    expect(retry.delays).toHaveLength(2);
    expect(server.received).toHaveLength(1);
    expect(header(parseMime(server.received[0]!.raw), 'message-id')).toBe(sent.messageId);
  });

  it('reports a 550 as a permanent refusal with a French reason, without retrying', async () => {
    server = await startSmtp({ rcptTo: () => reply(550, 'Mailbox unavailable') });
    const retry = instantRetry();
    const mailer = withRetry(
      createSmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM }),
      retry.options,
    );
    const mail = { ...reminder(), cc: [] };

    const error = await mailer.send(mail).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MailError);
    expect((error as MailError).kind).toBe('permanent');
    expect((error as MailError).reason).toBe(
      'adresse refusée par le serveur de messagerie : compta@dupont.example',
    );
    expect((error as MailError).detail).toContain('550');
    expect(server.counts.rcptTo).toBe(1);
    expect(retry.delays).toEqual([]);
    expect(server.received).toHaveLength(0);
  });

  it('reports refused credentials as permanent: retrying would not fix SMTP_URL', async () => {
    server = await startSmtp();
    const retry = instantRetry();
    const mailer = withRetry(
      createSmtpMailer({ url: `smtp://relances:wrong@127.0.0.1:${server.port}`, from: FROM }),
      retry.options,
    );

    const error = await mailer.send(reminder()).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MailError);
    expect((error as MailError).kind).toBe('permanent');
    expect((error as MailError).reason).toBe(fr.mail.authRefused);
    expect((error as MailError).detail).toContain('535');
    expect(retry.delays).toEqual([]);
    expect(server.counts.mailFrom).toBe(0);
  });

  it('treats a refused connection as transient, retries it, then fails: never reported sent', async () => {
    const port = await closedPort();
    const retry = instantRetry();
    const attempts: number[] = [];
    const mailer = withRetry(createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: FROM }), {
      ...retry.options,
      onRetry: ({ attempt }) => attempts.push(attempt),
    });

    const outcome = await mailer.send(reminder()).then(
      (sent) => ({ sent }),
      (error: unknown) => ({ error }),
    );

    expect('sent' in outcome).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(MailError);
    expect((error as MailError).kind).toBe('transient');
    expect((error as MailError).reason).toBe(fr.mail.unreachable);
    expect((error as MailError).detail).toMatch(/ECONNREFUSED|ESOCKET/);
    expect(attempts).toEqual([1, 2, 3]);
    // Exponential: each wait is within [half, all] of 100, 200, 400 ms.
    retry.delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(50 * 2 ** i);
      expect(delay).toBeLessThanOrEqual(100 * 2 ** i);
    });
  });

  for (const fault of ['drop', 'hang'] as const) {
    it(`a connection that ${fault === 'drop' ? 'drops' : 'hangs'} after the server took the message is uncertain, never retried`, async () => {
      const sink = await startFaultSmtp({ afterData: () => fault });
      try {
        const retry = instantRetry();
        const mailer = withRetry(
          createSmtpMailer({ url: `smtp://127.0.0.1:${sink.port}`, from: FROM, socketTimeoutMs: 1_000 }),
          retry.options,
        );
        const error = await mailer.send(reminder()).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(MailError);
        expect((error as MailError).kind).toBe('uncertain');
        expect((error as MailError).reason).toBe(fr.mail.uncertain);
        expect(sink.delivered).toHaveLength(1);
        expect(retry.delays).toEqual([]);
      } finally {
        await sink.close();
      }
    });
  }

  it('a connection lost before DATA is transient: retried, and the message delivered once', async () => {
    const sink = await startFaultSmtp({ mailFrom: (n) => (n === 1 ? '421 4.3.2 Shutting down' : null) });
    try {
      const retry = instantRetry();
      const mailer = withRetry(
        createSmtpMailer({ url: `smtp://127.0.0.1:${sink.port}`, from: FROM }),
        retry.options,
      );
      const mail = reminder();
      await mailer.send(mail);
      expect(sink.delivered.map((m) => m.messageId)).toEqual([mail.messageId]);
      expect(retry.delays).toHaveLength(1);
    } finally {
      await sink.close();
    }
  });
});
