/**
 * The paper steps and the transfer to the law firm, through the card: documents generated and
 * stored, signed links that serve them, steps done when posted, the dossier e-mailed to the firm.
 */
import { createHash } from 'node:crypto';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { placeHold } from '../../src/domain/holds';
import { docxText } from '../support/docx-text';
import { startTestBot, type TestBot } from '../support/bot';
import { attachments, header, parseMime, partOfType } from '../support/mime';
import { startSmtp, type TestServer } from '../support/smtp-server';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;
let smtp: TestServer;

function openUrls(card: unknown): string[] {
  return (JSON.stringify(card).match(/"type":"Action\.OpenUrl","title":"[^"]*","url":"([^"]+)"/g) ?? []).map(
    (m) => JSON.parse(`{${m}}`).url as string,
  );
}

const ref = (customer: string, step: string) => ({ date: MONDAY, customer, step });

beforeEach(async () => {
  smtp = await startSmtp();
  bot = await startTestBot({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    BLOB_CONTAINER: `docs-${Date.now()}`,
    DOCUMENT_SIGNING_KEY: 'k'.repeat(40),
    // The firm's mandate has started (by default it starts on 1 December, after MONDAY).
    LAW_FIRM_MANDATE_START: '2026-11-01',
  });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.runJob({ trigger: 'cli' });
});

/**
 * The AR of Propreté Services' mise en demeure (posted on 13 November) came back on the 14th: its
 * 8 days have run, the transfer is proposed (without an AR it would wait 15 days after posting).
 */
async function arReceivedForC007() {
  const recorded = await bot.click('notice.event', {
    date: MONDAY,
    customer: 'C007',
    event: 'received',
    'noticeDate|C007': '2026-11-14',
  });
  expect(recorded.text).toContain('AR de la mise en demeure');
  await bot.runJob({ trigger: 'cli' });
}

afterEach(async () => {
  await bot.stop();
  await smtp.close();
  await bot.stores.storage.dropTables();
});

it('J+10: generates the letter (stored, signed link), then « Marquer posté » does the step', async () => {
  const generated = await bot.click('action.generate', ref('C005', 'J+10'));
  expect(generated.text).toContain('📄 Courrier généré pour Dupont & Fils <SARL>');
  const action = (await bot.stores.actions.get(MONDAY, 'C005', 'J+10'))!;
  expect(action.status).toBe('generated');

  const [url] = openUrls(generated.card);
  const response = await fetch(url!);
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(action.details.documentSha256);
  const text = await docxText(bytes);
  expect(text).toContain('Dupont & Fils <SARL>');
  expect(text).toContain(action.invoices[0]!.number);
  const journal = await bot.stores.journal.listForCustomer('C005');
  expect(journal.at(-1)).toMatchObject({
    action: 'letter.generated',
    details: { documentId: action.details.documentId },
  });

  const posted = await bot.click('action.markPosted', ref('C005', 'J+10'));
  expect(posted.text).toContain('✅ Courrier à Dupont & Fils <SARL> marqué posté.');
  const invoice = await bot.stores.invoices.get('C005', action.invoices[0]!.number);
  expect(invoice?.dunning).toMatchObject({ lastStep: 'J+10', lastStepDate: MONDAY });
  expect((await bot.click('action.markPosted', ref('C005', 'J+10'))).text).toContain('Déjà traité');
});

it('J+20: the mise en demeure is marked sent only with its LRAR number, kept in the stored copy', async () => {
  await bot.click('action.generate', ref('C008', 'J+20'));
  const noNumber = await bot.click('action.markRegistered', ref('C008', 'J+20'));
  expect(noNumber.text).toContain('saisissez le numéro de la lettre recommandée');
  const sent = await bot.click('action.markRegistered', {
    ...ref('C008', 'J+20'),
    'lrar|C008|J+20': '1a 123 456 7890 1',
  });
  expect(sent.text).toContain('envoyée en LRAR n° 1A 123 456 7890 1');
  const action = (await bot.stores.actions.get(MONDAY, 'C008', 'J+20'))!;
  expect(action).toMatchObject({ status: 'posted', details: { lrar: '1A 123 456 7890 1' } });
  const copy = await bot.documents.get(action.details.documentId!);
  const text = await docxText(copy!.bytes);
  expect(text).toContain('MISE EN DEMEURE');
  expect(text).toContain('1A 123 456 7890 1');
  expect((await bot.stores.invoices.get('C008', action.invoices[0]!.number))?.dunning.lastStep).toBe('J+20');
});

it('J+30: asks for confirmation, then e-mails the dossier to the firm and puts the invoices in litigation', async () => {
  await arReceivedForC007();
  const confirm = await bot.click('action.confirmTransfer', ref('C007', 'J+30'));
  expect(confirm.text).toContain(
    'Transmettre le dossier Propreté Services Rhône-Alpes au cabinet Aptos Avocats ?',
  );
  expect(await bot.stores.actions.get(MONDAY, 'C007', 'J+30')).toMatchObject({ status: 'proposed' });
  expect(smtp.received).toHaveLength(0);

  const done = await bot.click('action.transfer', ref('C007', 'J+30'));
  expect(done.text).toContain('⚖ Dossier Propreté Services Rhône-Alpes transmis au cabinet Aptos Avocats');
  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0]!.rcptTo).toEqual(['recouvrement@aptos-avocats.example']);
  const mail = parseMime(smtp.received[0]!.raw);
  expect(header(mail, 'subject')).toContain('Propreté Services Rhône-Alpes');
  // An avocat is greeted by title, without the first name (« Maître Anne Lambert » is configured).
  const body = partOfType(mail, 'text/plain')!.body.toString('utf8');
  expect(body.split('\n')[0]).toBe('Bonjour Maître,');
  const files = attachments(mail);
  expect(files.map((f) => f.filename)).toEqual([
    'Transmission au cabinet — Propreté Services Rhône-Alpes.docx',
    'Dossier de recouvrement — Propreté Services Rhône-Alpes.docx',
  ]);
  const dossier = (await docxText(files[1]!.content)).replace(/[\u00a0\u202f]/g, ' ');
  const customer = await bot.stores.customers.get('C007');
  expect(dossier).toContain(customer!.siren!.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'));

  const action = (await bot.stores.actions.get(MONDAY, 'C007', 'J+30'))!;
  expect(action.status).toBe('transferred');
  for (const i of action.invoices)
    expect((await bot.stores.invoices.get('C007', i.number))?.status).toBe('litigation');
  const journal = await bot.stores.journal.listForCustomer('C007');
  expect(journal.find((e) => e.action === 'litigation.transferred')).toMatchObject({
    action: 'litigation.transferred',
    details: { messageId: action.details.messageId },
  });
});

it('does not transfer a file whose invoice was disputed in the meantime', async () => {
  await arReceivedForC007();
  const action = (await bot.stores.actions.get(MONDAY, 'C007', 'J+30'))!;
  await bot.stores.invoices.modify('C007', action.invoices[0]!.number, (inv) => {
    const t = placeHold(inv, { kind: 'dispute', reason: 'facture contestée', since: MONDAY });
    return t.ok ? t.invoice : null;
  });
  const done = await bot.click('action.transfer', ref('C007', 'J+30'));
  expect(done.text).toContain('↩ Relance retirée pour Propreté Services Rhône-Alpes');
  expect(done.text).toContain('en litige');
  expect(smtp.received).toHaveLength(0);
});
