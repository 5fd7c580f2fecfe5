/**
 * The development outbox: each mail becomes a real .eml in a folder, readable back with both parts
 * and its attachment, under a name that sorts by time.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fr } from '../../src/i18n/fr';
import { MailError } from '../../src/application/ports';
import { createOutboxMailer, slugify } from '../../src/mail/outbox-mailer';
import { attachments, header, parseMime, partOfType } from '../support/mime';

const FROM = 'Greenova — Service comptabilité <comptabilite@greenova.example>';

describe('outbox mailer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'relances-outbox-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a parseable .eml with both parts, the attachment and the returned Message-ID', async () => {
    const outbox = join(dir, 'outbox');
    // 08:15:02 in Paris (UTC+1 in November).
    const mailer = createOutboxMailer({
      dir: outbox,
      from: FROM,
      now: () => new Date('2026-11-26T07:15:02Z'),
    });
    const content = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);

    const sent = await mailer.send({
      messageId: mailer.newMessageId(),
      to: ['compta@dupont.example'],
      cc: ['direction@dupont.example'],
      replyTo: 'camille.roux@greenova.example',
      subject: 'Rappel d’échéance : facture F2026-0142 — Greenova',
      text: 'Dupont & Fils <SARL> : 1\u00a0234,56\u00a0€',
      html: '<p>Dupont &amp; Fils &lt;SARL&gt; : 1\u00a0234,56\u00a0€</p>',
      attachments: [{ filename: 'releve.docx', content, contentType: 'application/octet-stream' }],
    });

    expect(sent.transport).toBe('outbox');
    expect(sent.accepted).toEqual(['compta@dupont.example', 'direction@dupont.example']);
    const files = await readdir(outbox);
    expect(files).toHaveLength(1);
    const shortId = sent.messageId.slice(1, 14);
    expect(files[0]).toBe(`20261126-081502-rappel-d-echeance-facture-f2026-0142-greenova-${shortId}.eml`);

    const message = parseMime(await readFile(join(outbox, files[0]!)));
    expect(header(message, 'message-id')).toBe(sent.messageId);
    expect(header(message, 'from')).toBe(FROM);
    expect(header(message, 'to')).toBe('compta@dupont.example');
    expect(header(message, 'reply-to')).toBe('camille.roux@greenova.example');
    expect(header(message, 'subject')).toBe('Rappel d’échéance : facture F2026-0142 — Greenova');
    expect(partOfType(message, 'text/plain')?.body.toString('utf8')).toBe(
      'Dupont & Fils <SARL> : 1\u00a0234,56\u00a0€',
    );
    expect(partOfType(message, 'text/html')?.body.toString('utf8')).toContain(
      'Dupont &amp; Fils &lt;SARL&gt;',
    );
    const [file] = attachments(message);
    expect(file?.filename).toBe('releve.docx');
    expect(file?.content.equals(content)).toBe(true);
  });

  it('never overwrites: two mails sent in the same second are two files; the same one sent again is one', async () => {
    const mailer = createOutboxMailer({ dir, from: FROM, now: () => new Date('2026-11-26T07:15:02Z') });
    const mail = {
      to: ['a@b.example'],
      replyTo: 'c@greenova.example',
      subject: 'Relance',
      text: 't',
      html: '<p>t</p>',
    };

    const first = await mailer.send({ ...mail, messageId: mailer.newMessageId() });
    const second = await mailer.send({ ...mail, messageId: mailer.newMessageId() });
    expect(first.messageId).not.toBe(second.messageId);
    expect(await readdir(dir)).toHaveLength(2);
    // The same message sent again (after an uncertain attempt) is not written twice.
    await mailer.send({ ...mail, messageId: first.messageId });
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('refuses a mail without recipient, and writes nothing', async () => {
    const mailer = createOutboxMailer({ dir, from: FROM });

    const error = await mailer
      .send({
        messageId: mailer.newMessageId(),
        to: [],
        replyTo: 'c@greenova.example',
        subject: 'Relance',
        text: 't',
        html: '<p>t</p>',
      })
      .then(
        () => null,
        (e: unknown) => e,
      );

    expect(error).toBeInstanceOf(MailError);
    expect((error as MailError).kind).toBe('permanent');
    expect((error as MailError).reason).toBe(fr.mail.noRecipient);
    expect(await readdir(dir)).toEqual([]);
  });

  it('slugs subjects into safe file names', () => {
    expect(slugify('Rappel de règlement : facture F2026/0142 — Greenova')).toBe(
      'rappel-de-reglement-facture-f2026-0142-greenova',
    );
    expect(slugify('«   »')).toBe('');
  });
});
