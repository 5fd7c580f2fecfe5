/**
 * Renders the example letters of the README (docs/examples/*.png) from the demo portfolio:
 * `npx tsx scripts/render-example-letters.ts` — needs LibreOffice and poppler-utils (Debian
 * packages libreoffice-writer-nogui and poppler-utils), used only to picture the .docx.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { companyIdentity, lawFirm } from '../src/config/identity';
import { parseSettings, readEnvironment } from '../src/config/settings';
import { demoFiles } from '../src/cli/demo-seed';
import { calendarDate } from '../src/domain/calendar-date';
import { GREENOVA_LADDER, importableSteps } from '../src/domain/ladder';
import { DEFAULT_RATE_TABLE } from '../src/domain/rate-table';
import { renderFormalNotice, renderLitigationDossier, renderReminderLetter } from '../src/documents/letters';
import { parseImportFile } from '../src/import';
import type { Customer, Invoice } from '../src/domain/ledger';
import { EMPTY_DUNNING } from '../src/domain/ledger';

async function main(): Promise<void> {
  const parsed = parseSettings(readEnvironment({ APP_ENV: 'local' }, resolve(__dirname, '..')));
  if (!parsed.ok) throw new Error('settings');
  const company = companyIdentity(parsed.settings);
  const firm = lawFirm(parsed.settings);
  // Penalties need a rate for every half-year: invoices of spring 2026, as of June.
  const today = calendarDate(2026, 6, 8);
  const files = demoFiles(calendarDate(2026, 5, 26), GREENOVA_LADDER);
  const customers = parseImportFile('customers', Buffer.from(files.customers), {}).rows.map((r) => r.record);
  const invoices = parseImportFile('invoices', Buffer.from(files.invoices), {
    knownCustomerCodes: new Set(customers.map((c) => c.code)),
    steps: importableSteps(GREENOVA_LADDER),
  }).rows.map((r) => r.record);
  const sgh = customers.find((c) => c.code === 'C002') as Customer;
  const claimed: Invoice[] = invoices
    .filter((i) => i.customerCode === 'C002' && i.dueDate < today && i.amountPaid < i.amountInclTax)
    .map((i) => ({
      ...i,
      status: 'open',
      dunning: { ...EMPTY_DUNNING },
      closedOn: null,
      appliedPaymentIds: [],
    }));
  const base = { company, customer: sgh, invoices: claimed, today, rates: DEFAULT_RATE_TABLE };
  const out = resolve(__dirname, '..', 'docs', 'examples');
  const work = mkdtempSync(join(tmpdir(), 'relances-render-'));
  const documents: Array<[string, Buffer]> = [
    ['relance-j10', await renderReminderLetter(base)],
    ['mise-en-demeure', await renderFormalNotice({ ...base, lawFirm: firm })],
    [
      'dossier-aptos',
      await renderLitigationDossier({ ...base, lawFirm: firm, ladder: GREENOVA_LADDER, journal: [] }),
    ],
  ];
  for (const [name, bytes] of documents) {
    writeFileSync(join(work, `${name}.docx`), bytes);
    execFileSync(
      'libreoffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.docx`)],
      { stdio: 'ignore' },
    );
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      join(work, `${name}.pdf`),
      join(work, name),
    ]);
    const page = readdirSync(work).find((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))!;
    renameSync(join(work, page), join(out, `${name}.png`));
  }
  process.stdout.write(`${documents.length} pictures written to ${out}\n`);
}

void main();
