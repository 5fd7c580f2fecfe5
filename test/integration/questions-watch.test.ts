/** The watch lists in French: litigation at the law firm, open disputes, promises, payment plans. */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { demoNoticeReceived } from '../support/demo-notice';
import { calendarDate } from '../../src/domain/calendar-date';
import { placeHold } from '../../src/domain/holds';
import { formatEuros } from '../../src/domain/money';
import { balanceOf } from '../../src/domain/ledger';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot();
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await demoNoticeReceived(bot.stores, bot.ladder);
  await bot.runJob({ trigger: 'cli' });
  // A promise on the Hôtel du Parc's invoice, and the PSRA file at the law firm.
  const hotel = (await bot.stores.invoices.listByCustomer('C003')).find(
    (i) => i.dueDate < MONDAY && i.status === 'open',
  )!;
  await bot.stores.invoices.modify('C003', hotel.number, (inv) => {
    const t = placeHold(inv, { kind: 'promise', promisedDate: calendarDate(2026, 11, 27), since: MONDAY });
    return t.ok ? t.invoice : null;
  });
  await bot.click('action.transfer', { date: MONDAY, customer: 'C007', step: 'J+30' });
});
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function ask(text: string) {
  const { body } = await postActivity(bot.url, bot.activity({ text }, PEOPLE.director));
  return cardText((body as ExpectedReplies).activities.at(-1)!.attachments![0]!.content);
}

it('lists what is at the law firm, the open disputes and the promises, with their balances', async () => {
  const psra = (await bot.stores.invoices.listByCustomer('C007')).filter((i) => i.status === 'litigation');
  const atFirm = await ask('qu’est-ce qui est chez Aptos ?');
  expect(atFirm).toContain('Propreté Services Rhône-Alpes');
  expect(atFirm).toContain(formatEuros(balanceOf(psra[0]!)));

  const disputes = await ask('litiges ouverts');
  expect(disputes).toContain('La Vie Claire Annecy');
  expect(disputes).toContain('Livraison incomplète contestée');

  const promises = await ask('promesses de paiement');
  expect(promises).toContain('Hôtel du Parc');
  expect(promises).toContain('27/11/2026');
});
