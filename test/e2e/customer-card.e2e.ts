/**
 * The customer's card in the Playground: « fiche Biocoop » shows the contacts and open invoices,
 * « Appel passé » opens its form in place and the confirmation appears next to the buttons,
 * « Litige » pauses an invoice, and « Annuler » puts it back as it was.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningStack } from '../../src/cli/stack';
import { launchBrowser, screenshot, sendMessage, startE2eStack } from './support';

let stack: RunningStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('walks the customer’s card: contacts, a call logged, a dispute, and « Annuler »', async () => {
  const before = await stack.bot.stores.invoices.listByCustomer('C001');
  await page.goto(stack.playground!.url);
  await page.getByText('Relances du', { exact: false }).first().waitFor({ timeout: 30_000 });

  await sendMessage(page, 'fiche Biocoop');
  await page.getByText('Fiche client — Biocoop Lyon Croix-Rousse').last().waitFor({ timeout: 20_000 });
  await page.getByText('04 78 28 12 34').last().waitFor();
  await screenshot(page, 'e2e-customer-card');

  // « Appel passé »: the form opens in place; the answer replaces only this card.
  await page.getByRole('button', { name: 'Appel passé' }).last().click();
  await page.getByText('Client joint').last().click();
  await page.getByRole('button', { name: 'Enregistrer' }).last().click();
  await page
    .getByText(/Appel enregistré \(Client joint\)/)
    .last()
    .waitFor({ timeout: 20_000 });
  const calls = (await stack.bot.stores.journal.listForCustomer('C001')).filter(
    (e) => e.action === 'customer.called',
  );
  expect(calls).toHaveLength(1);

  // « Litige » on the first invoice: it pauses; « Annuler » restores every invoice exactly.
  await page.getByRole('button', { name: 'Litige', exact: true }).last().click();
  await page.getByPlaceholder('ex. livraison incomplète').last().fill('Palette livrée abîmée');
  await page.getByRole('button', { name: 'Enregistrer' }).last().click();
  await page
    .getByText(/Litige ouvert sur/)
    .last()
    .waitFor({ timeout: 20_000 });
  await screenshot(page, 'e2e-customer-card-dispute');
  const disputed = await stack.bot.stores.invoices.listByCustomer('C001');
  expect(disputed.filter((i) => i.status === 'disputed')).toHaveLength(1);

  await page
    .getByRole('button', { name: /^Annuler \(jusqu/ })
    .last()
    .click();
  await page
    .getByText(/Décision annulée/)
    .last()
    .waitFor({ timeout: 20_000 });
  expect(await stack.bot.stores.invoices.listByCustomer('C001')).toEqual(before);
});
