/**
 * The e-mail to the firm carries every piece its bordereau marks « Jointe », and only those: the
 * dossier is read from the e-mail received on the loopback SMTP server, as the firm reads it.
 */
import { createHash } from 'node:crypto';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { importInvoicePdfs } from '../../src/application/ledger/import-invoice-pdfs';
import { calendarDate } from '../../src/domain/calendar-date';
import { formatFileSize } from '../../src/i18n/invoice-pdfs';
import { DOCX_CONTENT_TYPE } from '../../src/application/ports';
import { demoNoticeReceived } from '../support/demo-notice';
import { docxText } from '../support/docx-text';
import { startTestBot, type TestBot } from '../support/bot';
import { attachments, parseMime, partOfType } from '../support/mime';
import { startSmtp, type TestServer } from '../support/smtp-server';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;
let smtp: TestServer;

beforeEach(async () => {
  smtp = await startSmtp();
  bot = await startTestBot({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    BLOB_CONTAINER: `pieces-${Date.now()}`,
    DOCUMENT_SIGNING_KEY: 'k'.repeat(40),
    LAW_FIRM_MANDATE_START: '2026-11-01',
  });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await demoNoticeReceived(bot.stores, bot.ladder);
  await bot.runJob({ trigger: 'cli' });
});

afterEach(async () => {
  await bot.stop();
  await smtp.close();
  await bot.stores.storage.dropTables();
});

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The bordereau's lines: number, piece, status, details. */
function bordereau(dossier: string) {
  return [...dossier.matchAll(/^(\d+)\t([^\t]+)\t(Jointe|Non jointe)\t([^\n]*)$/gm)].map((m) => ({
    number: Number(m[1]),
    title: m[2]!,
    attached: m[3] === 'Jointe',
    detail: m[4]!,
  }));
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

it('attaches each piece the bordereau marks « Jointe » — invoice PDF, the mise en demeure as stored — and says why the others are not', async () => {
  const action = (await bot.stores.actions.get(MONDAY, 'C007', 'J+30'))!;
  // Propreté Services' transfer claims one invoice; its PDF was imported from accounting.
  const [imported] = action.invoices.map((i) => i.number);
  const pdf = Buffer.from(`%PDF-1.4\n% facture ${imported}\n${'x'.repeat(3000)}\n%%EOF\n`);
  const report = await importInvoicePdfs(
    { stores: bot.stores, documents: bot.documents, clock: { now: () => new Date() } },
    {
      folder: 'factures',
      files: [{ name: `Facture ${imported}.pdf`, size: pdf.length, read: async () => pdf }],
      actor: { id: 'test', name: 'Test' },
    },
  );
  expect(report.counts.stored).toBe(1);

  // The mise en demeure as stored when it was posted (the journal names it, with its SHA-256); the
  // J+10 letter's stored copy was altered since (its SHA-256 no longer matches the journal's).
  const notice = Buffer.from('PK mise en demeure LRAR 1A 123 456 7890 1');
  const noticeDoc = await bot.documents.save(
    {
      kind: 'formal-notice',
      fileName: 'Mise en demeure 1A 123 456 7890 1.docx',
      contentType: DOCX_CONTENT_TYPE,
      bytes: notice,
    },
    new Date(),
  );
  const letterDoc = await bot.documents.save(
    {
      kind: 'reminder-letter',
      fileName: 'Lettre de relance.docx',
      contentType: DOCX_CONTENT_TYPE,
      bytes: Buffer.from('PK letter'),
    },
    new Date(),
  );
  const target = { customerCodes: ['C007'], invoiceNumbers: action.invoices.map((i) => i.number) };
  const actor = { id: 'ctrl', name: 'Camille Roux' };
  await bot.stores.journal.append({
    actor,
    action: 'formal_notice.posted',
    target,
    details: {
      step: 'J+20',
      lrar: '1A 123 456 7890 1',
      documentId: noticeDoc.id,
      documentSha256: sha(notice),
    },
    outcome: 'ok',
  });
  await bot.stores.journal.append({
    actor,
    action: 'letter.generated',
    target,
    details: { step: 'J+10', documentId: letterDoc.id, sha256: sha(Buffer.from('another letter')) },
    outcome: 'ok',
  });

  const done = await bot.click('action.transfer', { date: MONDAY, customer: 'C007', step: 'J+30' });
  expect(done.text).toContain('transmis au cabinet');
  expect(smtp.received).toHaveLength(1);
  const files = attachments(parseMime(smtp.received[0]!.raw));
  const dossierFile = files.find((f) => f.filename.startsWith('Dossier de recouvrement'))!;
  const dossierText = flat(await docxText(dossierFile.content));
  const lines = bordereau(dossierText);
  const noticePiece = lines.find((l) => l.title === 'Lettre de mise en demeure (J+20)')!;
  expect(dossierText).toContain(
    `Lettre de mise en demeure (J+20) : pièce n° ${noticePiece.number} du bordereau.`,
  );
  expect(dossierText).toContain('Réponses du débiteur');

  // The same list: every « Jointe » line with a file is an attachment, in order, same name and size.
  const joined = lines
    .filter((l) => l.attached)
    .map((l) => /Fichier « (.+?) »(?: \((.+?)\))?/.exec(l.detail))
    .filter((m) => m !== null)
    .map((m) => ({ filename: m[1], size: m[2] ?? null }));
  expect(joined).toEqual(
    files.map((f) => ({
      filename: f.filename,
      size: f === dossierFile ? null : flat(formatFileSize(f.content.length)),
    })),
  );
  expect(files.map((f) => f.filename)).toEqual([
    'Transmission au cabinet — Propreté Services Rhône-Alpes.docx',
    'Dossier de recouvrement — Propreté Services Rhône-Alpes.docx',
    `Facture ${imported}.pdf`,
    'Mise en demeure 1A 123 456 7890 1.docx',
  ]);
  expect(files[2]!.content.equals(pdf)).toBe(true);
  expect(files[3]!.content.equals(notice)).toBe(true);

  const line = (title: string) => lines.find((l) => l.title.startsWith(title))!;
  expect(line(`Facture n° ${imported}`).attached).toBe(true);
  expect(line('Lettre de relance (J+10)').attached).toBe(false);
  expect(line('Lettre de relance (J+10)').detail).toContain('ne correspond plus à son empreinte SHA-256');
  expect(line('Lettre de mise en demeure (J+20)').detail).toMatch(
    /^Générée par Relances, envoyée le 13 novembre 2026 \(LRAR n° 1A/,
  );
  expect(line('Avis de réception').detail).toMatch(/AR papier conservé par .+ — à demander à Camille Roux/);
  // Nothing is « Jointe » that the e-mail does not carry, nor the other way round.
  expect(lines.filter((l) => l.attached && !/Fichier «/.test(l.detail)).map((l) => l.title)).toEqual([
    'Historique des relances et des échanges',
  ]);
});

describe('the J+3 e-mail', () => {
  const importPdf = (name: string, bytes: Buffer) =>
    importInvoicePdfs(
      { stores: bot.stores, documents: bot.documents, clock: { now: () => new Date() } },
      {
        folder: 'factures',
        files: [{ name, size: bytes.length, read: async () => bytes }],
        actor: { id: 'test', name: 'Test' },
      },
    );

  it('carries the PDF of the invoice it claims, and says so', async () => {
    const [invoice] = (await bot.stores.actions.get(MONDAY, 'C001', 'J+3'))!.invoices;
    const pdf = Buffer.from(`%PDF-1.4\n% ${invoice!.number}\n%%EOF\n`);
    await importPdf(`${invoice!.number}.pdf`, pdf);

    const sent = await bot.click('action.sendEmail', { date: MONDAY, customer: 'C001', step: 'J+3' });
    expect(sent.text).toContain('E-mail envoyé');
    const mail = parseMime(smtp.received[0]!.raw);
    const files = attachments(mail);
    expect(files.map((f) => [f.filename, f.contentType])).toEqual([
      [`${invoice!.number}.pdf`, 'application/pdf'],
    ]);
    expect(files[0]!.content.equals(pdf)).toBe(true);
    const text = flat(partOfType(mail, 'text/plain')!.body.toString('utf8'));
    expect(text).toContain(`Vous trouverez ci-joint la copie de la facture n° ${invoice!.number}.`);
  });

  it('without an imported PDF, carries nothing and says nothing of it', async () => {
    await bot.click('action.sendEmail', { date: MONDAY, customer: 'C001', step: 'J+3' });
    const mail = parseMime(smtp.received[0]!.raw);
    expect(attachments(mail)).toEqual([]);
    expect(partOfType(mail, 'text/plain')!.body.toString('utf8')).not.toContain('ci-joint');
  });
});
