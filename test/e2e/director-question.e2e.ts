/**
 * The director asks in French in the Playground — « quels impayés ce mois ? » — and the answer
 * card shows the total, checked here against the ledger independently.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningPlayground } from '../../src/cli/playground';
import type { RunningStack } from '../../src/cli/stack';
import { monthKey } from '../../src/domain/calendar-date';
import { balanceOf } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
import { launchBrowser, screenshot, sendMessage, startE2eStack, startPlaygroundAs } from './support';

let stack: RunningStack;
let directorPlayground: RunningPlayground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack();
  directorPlayground = await startPlaygroundAs(stack, 'helene');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await directorPlayground?.stop();
  await stack?.stop();
});

it('answers « quels impayés ce mois ? » with the right total', async () => {
  const today = stack.bot.clock.today();
  const due = await stack.bot.stores.invoices.listDueIn([monthKey(today)]);
  const unpaid = due.filter(
    (i) => i.dueDate < today && !['paid', 'written_off'].includes(i.status) && balanceOf(i) >= 100,
  );
  const total = formatEuros(cents(unpaid.reduce((s, i) => s + balanceOf(i), 0)));

  await page.goto(directorPlayground.url);
  await page.getByText('Bienvenue dans Relances').first().waitFor({ timeout: 30_000 });
  await sendMessage(page, 'quels impayés ce mois ?');
  await page.getByText(total, { exact: false }).first().waitFor({ timeout: 20_000 });
  await screenshot(page, 'e2e-director-question');
  const text = await page.locator('body').innerText();
  expect(text).toContain(`${unpaid.length} facture`);
});
