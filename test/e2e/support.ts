/**
 * End-to-end support: the whole local stack (as `npm start` runs it, with Azurite in memory and
 * free ports) and Debian's Chromium driven by playwright-core — never a downloaded browser.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { silentLogger } from '../../src/config/logger';
import { parseSettings } from '../../src/config/settings';
import YAML from 'yaml';
import { startPlayground, type RunningPlayground } from '../../src/cli/playground';
import { configAs } from '../../src/cli/playground-config';
import { startStack, type RunningStack } from '../../src/cli/stack';
import { freePort } from '../../src/store/azurite';
import { runningClockFrom } from '../../src/store/system-clock';

export const RESULTS_DIR = resolve(__dirname, '..', '..', 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The instant every e2e stack starts at, whatever the day the suite runs: a Monday after the job's
 * hour (the job is caught up as the bot starts), the last of a month (late-fee bills on the card),
 * the firm's mandate (`LAW_FIRM_MANDATE_START`, 1 December 2026) starting within the rep's notice
 * time, so a customer is about to be transferred. The demo is built relative to it, so what the
 * pages show does not depend on the day the suite runs. `start.e2e` runs `npm start` on the real
 * date.
 */
export const E2E_START = new Date('2026-11-30T10:00:00+01:00');

export async function startE2eStack(overrides: Record<string, string> = {}): Promise<RunningStack> {
  const parsed = parseSettings({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    TABLE_PREFIX: `e2e${Date.now().toString(36)}`,
    AZURITE_BLOB_PORT: String(await freePort()),
    AZURITE_TABLE_PORT: String(await freePort()),
    PLAYGROUND_PORT: String(await freePort()),
    DATA_DIR: resolve(RESULTS_DIR, 'data'),
    CONTROLLER_EMAILS: 'camille.roux@greenova.example',
    DIRECTOR_EMAILS: 'helene.garnier@greenova.example',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return startStack({
    settings: parsed.settings,
    logger: silentLogger(),
    clock: runningClockFrom(E2E_START),
    inMemory: true,
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = resolve(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Types a message in the Playground's compose box and sends it, as a user would. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  // The compose box is a Lexical editor: a contenteditable textbox, typed into like a person would.
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/**
 * A second Playground as another person of the demo (a rep, the director), against the stack's
 * bot — what `npm run playground:as -- <name>` does.
 */
export async function startPlaygroundAs(stack: RunningStack, who: string): Promise<RunningPlayground> {
  const config = YAML.parse(
    readFileSync(resolve(__dirname, '..', '..', '.m365agentsplayground.yml'), 'utf8'),
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const configPath = resolve(RESULTS_DIR, `playground-${who}.yml`);
  writeFileSync(configPath, YAML.stringify(configAs(config, who)));
  return startPlayground({
    port: await freePort(),
    botEndpoint: `${stack.botUrl}/api/messages`,
    configPath,
    logFile: resolve(RESULTS_DIR, `playground-${who}.log`),
  });
}
