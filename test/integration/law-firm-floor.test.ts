/**
 * The floor under which a transfer to the law firm is not worth it (`LAW_FIRM_MIN_CLAIM`), over
 * HTTP: the transfer row of the day's card and the confirmation say so in French (never the
 * setting's name), the transfer stays one confirmation away, and the cover letter tells the firm
 * it was sent under the floor.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { formatEuros } from '../../src/domain/money';
import { asRead, startTestBot, type TestBot } from '../support/bot';
import { docxText } from '../support/docx-text';
import { attachments, parseMime } from '../support/mime';
import { startSmtp, type TestServer } from '../support/smtp-server';

const MONDAY = calendarDate(2026, 11, 23);
const ref = { date: MONDAY, customer: 'C007', step: 'J+30' };
/** What a person reads, no-break spaces as spaces (amounts included). */
const plain = (text: string) => asRead(text).replace(/\u00a0/g, ' ');
let bot: TestBot;
let smtp: TestServer;

async function start(floor: string) {
  smtp = await startSmtp();
  bot = await startTestBot({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    BLOB_CONTAINER: `docs-${Date.now()}`,
    DOCUMENT_SIGNING_KEY: 'k'.repeat(40),
    LAW_FIRM_MANDATE_START: '2026-11-01',
    LAW_FIRM_MIN_CLAIM: floor,
  });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.runJob({ trigger: 'cli' });
  // Propreté Services' mise en demeure (13 November) was received on the 14th: its transfer is due.
  await bot.click('notice.event', {
    date: MONDAY,
    customer: 'C007',
    event: 'received',
    'noticeDate|C007': '2026-11-14',
  });
  await bot.runJob({ trigger: 'cli' });
}

/** The e-mail to the firm's attachments (under load the click answers before the mail has gone). */
async function firmMail() {
  for (let i = 0; i < 100 && smtp.received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await bot.stores.actions.get(MONDAY, 'C007', 'J+30')).toMatchObject({ status: 'transferred' });
  return attachments(parseMime(smtp.received[0]!.raw));
}

afterEach(async () => {
  await bot.stop();
  await smtp.close();
  await bot.stores.storage.dropTables();
});

it('under the floor: the row and the confirmation warn, the cover letter tells the firm', async () => {
  await start('25000,00');
  const action = (await bot.stores.actions.get(MONDAY, 'C007', 'J+30'))!;
  expect(action.status).toBe('proposed');
  const total = plain(formatEuros(action.total));
  const warning = `Créance de ${total} : sous le seuil de 25 000,00 € fixé pour confier un dossier au cabinet`;

  const card = await bot.click('digest.refresh', { date: MONDAY, pages: {} });
  expect(plain(card.text)).toContain(warning);
  expect(card.text).not.toContain('LAW_FIRM');

  const confirm = await bot.click('action.confirmTransfer', ref);
  expect(plain(confirm.text)).toContain(warning);
  expect(confirm.text).not.toContain('LAW_FIRM');
  expect(await bot.stores.actions.get(MONDAY, 'C007', 'J+30')).toMatchObject({ status: 'proposed' });

  // One confirmation, as for any transfer: the controller may still send it.
  await bot.click('action.transfer', ref);
  const files = await firmMail();
  const cover = plain(await docxText(files[0]!.content));
  expect(cover).toContain(
    `inférieur au seuil de 25 000,00 € que nous avons fixé pour vous confier un dossier`,
  );
});

it('at or over the floor: no word about it', async () => {
  await start('500');
  const card = await bot.click('digest.refresh', { date: MONDAY, pages: {} });
  expect(asRead(card.text)).toContain('Propreté Services Rhône-Alpes');
  expect(card.text).not.toContain('sous le seuil');
  const confirm = await bot.click('action.confirmTransfer', ref);
  expect(confirm.text).not.toContain('sous le seuil');
  await bot.click('action.transfer', ref);
  const files = await firmMail();
  expect(await docxText(files[0]!.content)).not.toContain('seuil');
});
