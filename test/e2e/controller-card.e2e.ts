/**
 * The credit controller's morning in the Playground: the day's card arrives after the welcome,
 * « Envoyer l’e-mail » is clicked, the row turns to sent, and the e-mail reaches the SMTP server.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningStack } from '../../src/cli/stack';
import { startSmtp, type TestServer } from '../support/smtp-server';
import { launchBrowser, screenshot, startE2eStack } from './support';

let stack: RunningStack;
let smtp: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  smtp = await startSmtp();
  stack = await startE2eStack({ MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.close();
});

it('shows the day’s card, sends a J+3 e-mail in one click, and the row turns to sent', async () => {
  await page.goto(stack.playground!.url);
  await page.getByText('Relances du', { exact: false }).first().waitFor({ timeout: 30_000 });
  await page.getByText('J+3 — e-mails de relance').first().waitFor();
  await screenshot(page, 'e2e-digest');

  const send = page.getByRole('button', { name: 'Envoyer l’e-mail' }).first();
  await send.scrollIntoViewIfNeeded();
  await send.click();
  await page
    .getByText(/E-mail envoyé par Camille Roux/)
    .first()
    .waitFor({ timeout: 20_000 });
  await screenshot(page, 'e2e-digest-sent');

  expect(smtp.received).toHaveLength(1);
  const sent = (await stack.bot.stores.actions.listForDate(stack.bot.dunningDay())).filter(
    (a) => a.status === 'sent',
  );
  expect(sent).toHaveLength(1);
  const customer = await stack.bot.stores.customers.get(sent[0]!.customerCode);
  expect(smtp.received[0]!.rcptTo).toEqual(customer!.billingEmails);
});
