/**
 * Bank statements imported into a real (Azurite) ledger: confident credits become payments once
 * (re-import changes nothing), doubtful ones wait on « Paiements à rapprocher », IBANs are
 * learned, a malformed statement writes nothing, and a payment that arrived before the job
 * spares its invoice the day's reminder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../src/config/logger';
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { importStatement, type StatementImportResult } from '../../src/application/bank/import-statement';
import { assignCredit, finishInterruptedAssignments } from '../../src/application/bank/reconcile';
import { runDailyJob } from '../../src/application/day/run-daily-job';
import type { DailyDigest } from '../../src/application/day/digest';
import type { Notifier } from '../../src/application/ports';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { calendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { balanceOf } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { camt053, cfonb120, type GenMovement } from '../support/bank-statements';
import { aCustomer, anInvoice } from '../support/fixtures';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

jest.setTimeout(60_000);

const MONDAY = calendarDate(2026, 11, 23);
const FRIDAY = calendarDate(2026, 11, 20);
const IBAN_BIOCOOP = 'FR7610107001011234567890129';
let stores: TableStores;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(MONDAY));
});
afterEach(async () => {
  await stores.storage.dropTables();
});

async function seedLedger(): Promise<void> {
  await stores.customers.upsertMany([
    aCustomer({ code: 'C001', legalName: 'Biocoop Lyon Croix-Rousse' }),
    aCustomer({ code: 'C003', legalName: 'Hôtel du Parc' }),
  ]);
  await stores.invoices.upsertMany([
    anInvoice({ number: 'F2026-1042', customerCode: 'C001', amountInclTax: cents(120000) }),
    anInvoice({ number: 'F2026-1043', customerCode: 'C001', amountInclTax: cents(30000) }),
    anInvoice({ number: 'F2026-1044', customerCode: 'C001', amountInclTax: cents(45000) }),
    anInvoice({ number: 'F2026-1045', customerCode: 'C001', amountInclTax: cents(25000) }),
    anInvoice({ number: 'F2026-1046', customerCode: 'C001', amountInclTax: cents(80000) }),
    anInvoice({ number: 'F2026-1047', customerCode: 'C001', amountInclTax: cents(61000) }),
    anInvoice({ number: 'F2026-2001', customerCode: 'C003', amountInclTax: cents(50000) }),
    anInvoice({ number: 'F2026-2002', customerCode: 'C003', amountInclTax: cents(50000) }),
  ]);
}

const one = (
  entryRef: string,
  amount: number,
  tx: Omit<GenMovement['txs'][number], 'amount'>,
  direction: 'credit' | 'debit' = 'credit',
): GenMovement => ({
  direction,
  amount: cents(amount),
  bookingDate: FRIDAY,
  entryRef,
  txs: [{ amount: cents(amount), ...tx }],
});

const MOVEMENTS: GenMovement[] = [
  one('BQ-01', 120000, {
    payerName: 'BIOCOOP LYON',
    payerIban: IBAN_BIOCOOP,
    remittance: ['REGLEMENT F2026-1042'],
  }),
  one('BQ-02', 100000, { payerName: 'BIOCOOP LYON', remittance: ['FACT 1043 FACT 1044 FACT 1045'] }),
  one('BQ-03', 20000, { payerName: 'BIOCOOP LYON', references: ['F2026-1046'] }),
  one('BQ-04', 50000, { payerName: 'HOTEL DU PARC', remittance: ['VIREMENT'] }),
  one('BQ-05', 9900, { payerName: 'EDF', remittance: ['PRLV EDF'] }, 'debit'),
  one('BQ-06', 1234, { payerName: 'INTERETS CREDITEURS', remittance: ['INTERETS'] }),
];

const bytes = (text: string) => new TextEncoder().encode(text);
const run = (text: string, fileName = 'releve.xml'): Promise<StatementImportResult> =>
  importStatement(stores, {
    fileName,
    actor: { id: 'cli', name: 'Test' },
    today: MONDAY,
    file: { bytes: bytes(text) },
  });

async function paid(): Promise<Record<string, number>> {
  const all = [
    ...(await stores.invoices.listByCustomer('C001')),
    ...(await stores.invoices.listByCustomer('C003')),
  ];
  return Object.fromEntries(all.map((i) => [i.number, i.amountPaid]));
}

it('applies confident credits as payments, once, and leaves the doubtful one for the controller', async () => {
  await seedLedger();
  const result = await run(camt053(MOVEMENTS, { version: '001.02' }));
  expect(result.status).toBe('imported');
  expect(result.counts).toMatchObject({
    lines: 6,
    matched: 3,
    matchedAmount: 240000,
    proposed: 1,
    proposedAmount: 50000,
    debits: 1,
    others: 1,
    already: 0,
  });
  expect(await paid()).toEqual({
    'F2026-1042': 120000,
    'F2026-1043': 30000,
    'F2026-1044': 45000,
    'F2026-1045': 25000,
    'F2026-1046': 20000,
    'F2026-1047': 0,
    'F2026-2001': 0,
    'F2026-2002': 0,
  });
  const grouped = await stores.invoices.get('C001', 'F2026-1044');
  expect([grouped?.status, grouped?.closedOn]).toEqual(['paid', FRIDAY]);
  expect((await stores.invoices.get('C001', 'F2026-1046'))?.status).toBe('partially_paid');
  expect(await stores.payments.listByInvoice('F2026-1042')).toEqual([
    expect.objectContaining({ amount: 120000, date: FRIDAY, method: 'virement', reference: 'BQ-01' }),
  ]);
  const journal = await stores.journal.listForInvoice('F2026-1043');
  expect(journal).toEqual([
    expect.objectContaining({
      action: 'bank.matched',
      details: expect.objectContaining({ remittance: 'FACT 1043 FACT 1044 FACT 1045', amount: 100000 }),
    }),
  ]);
  const pending = await stores.bank.listPending();
  expect(pending).toHaveLength(1);
  expect(pending[0]).toMatchObject({ amount: 50000, payerName: 'HOTEL DU PARC', customerCode: 'C003' });
  expect(pending[0]!.candidates.map((c) => c.allocations.map((a) => a.invoiceNumber))).toEqual(
    expect.arrayContaining([['F2026-2001'], ['F2026-2002']]),
  );
  expect(result.report).toContain(`3 paiements affectés automatiquement (${formatEuros(cents(240000))})`);
  expect(result.report).toContain('1 paiement à rapprocher');
  expect(result.report).toContain('1 débit ignoré');

  // The same statement again (a file sent twice): nothing changes.
  const again = await run(camt053(MOVEMENTS, { version: '001.02' }));
  expect(again.counts).toMatchObject({ lines: 6, matched: 0, proposed: 0, already: 6 });
  expect((await paid())['F2026-1042']).toBe(120000);
  expect(await stores.payments.listByInvoice('F2026-1043')).toHaveLength(1);
  expect(await stores.bank.listPending()).toHaveLength(1);
  expect(again.report).toContain('6 lignes déjà importées');
});

it('learns the payer’s IBAN from a match on the number, and uses it on the next statement', async () => {
  await seedLedger();
  await run(camt053(MOVEMENTS.slice(0, 1)));
  // A week later: no number, a name the customer search does not know, the IBAN and an exact amount.
  const next = await run(
    camt053(
      [one('BQ-11', 61000, { payerName: 'SCI LES TILLEULS', payerIban: IBAN_BIOCOOP, remittance: ['VIR'] })],
      {
        version: '001.08',
      },
    ),
    'releve-2.xml',
  );
  expect(next.counts).toMatchObject({ matched: 1, proposed: 0 });
  expect((await stores.invoices.get('C001', 'F2026-1047'))?.status).toBe('paid');
  const entry = (await stores.journal.listForInvoice('F2026-1047')).find((e) => e.action === 'bank.matched');
  expect(entry?.details).toMatchObject({ evidence: ['iban', 'amount'] });
});

it('reads the same statement as CFONB 120', async () => {
  await seedLedger();
  const result = await run(cfonb120(MOVEMENTS), 'RELEVE.TXT');
  expect(result).toMatchObject({ status: 'imported', format: 'cfonb120' });
  expect(result.counts).toMatchObject({ matched: 3, proposed: 1, debits: 1, others: 1 });
  expect((await paid())['F2026-1045']).toBe(25000);
});

it('refuses a malformed statement whole, naming the line, and writes nothing', async () => {
  await seedLedger();
  const text = camt053(MOVEMENTS).replace('<Dt>2026-11-20</Dt></BookgDt>', '<Dt>2026-11-31</Dt></BookgDt>');
  const result = await run(text);
  expect(result.status).toBe('refused');
  expect(result.report).toMatch(
    /^Relevé refusé, rien n’a été enregistré\u00a0: 1 erreur à corriger\.\n- ligne \d+\u00a0: la date «\u00a02026-11-31\u00a0»/u,
  );
  expect(Object.values(await paid()).every((v) => v === 0)).toBe(true);
  expect(await stores.bank.listPending()).toEqual([]);
  const notStatement = await run('code_client;raison_sociale\nC001;Biocoop\n', 'clients.csv');
  expect(notStatement.report).toContain('ce fichier n’est pas un relevé bancaire');
});

class RecordingNotifier implements Notifier {
  digests: DailyDigest[] = [];
  async publishDigest(digest: DailyDigest) {
    this.digests.push(digest);
    return { delivered: 1, unreachable: [] };
  }
}

it('a payment on this morning’s statement spares its invoices the day’s reminder', async () => {
  await seedDemoIfEmpty(stores, MONDAY, GREENOVA_LADDER);
  const owed = (await stores.invoices.listByCustomer('C001')).filter(
    (i) => balanceOf(i) > 0 && i.status !== 'paid',
  );
  expect(owed.length).toBeGreaterThan(0);
  const total = owed.reduce((s, i) => s + balanceOf(i), 0);
  await run(
    camt053([
      one('BQ-77', total, {
        payerName: 'BIOCOOP LYON CROIX ROUSSE',
        remittance: [`REGLEMENT ${owed.map((i) => i.number).join(' ')}`],
      }),
    ]),
  );
  const result = await runDailyJob(
    {
      stores,
      ladder: GREENOVA_LADDER,
      calendar: frenchBusinessCalendar(),
      rates: DEFAULT_RATE_TABLE,
      notifier: new RecordingNotifier(),
      logger: silentLogger(),
      clock: fixedClock(MONDAY),
      instance: 'test',
    },
    { trigger: 'cli' },
  );
  expect(result.status).toBe('completed');
  if (result.status !== 'completed') return;
  expect(result.digest.actions.map((a) => a.customerCode)).not.toContain('C001');
  // The other customers' reminders are still there.
  expect(result.digest.actions.length).toBeGreaterThan(0);
});

describe('the examples', () => {
  const examples = join(__dirname, '..', '..', 'examples');
  it.each(['releve-camt053.xml', 'releve-cfonb120.txt'])(
    '%s matches the examples’ ledger: 4 credits applied, 1 to reconcile, 1 debit, 1 other',
    async (file) => {
      for (const [kind, name] of [
        ['customers', 'clients.csv'],
        ['invoices', 'factures.csv'],
        ['payments', 'paiements.csv'],
      ] as const) {
        const imported = await importLedgerFile(stores, {
          kind,
          fileName: name,
          bytes: readFileSync(join(examples, name)),
          actor: { id: 'cli', name: 'Test' },
          today: MONDAY,
          ladder: GREENOVA_LADDER,
        });
        expect(imported.status).toBe('imported');
      }
      const result = await importStatement(stores, {
        fileName: file,
        actor: { id: 'cli', name: 'Test' },
        today: MONDAY,
        file: { bytes: readFileSync(join(examples, file)) },
      });
      expect(result.counts).toMatchObject({ matched: 4, proposed: 1, debits: 1, others: 1 });
      expect((await stores.invoices.get('C002', 'F2026-0032'))?.status).toBe('paid');
      expect((await stores.invoices.get('C001', 'F2026-0050'))?.amountPaid).toBe(100000);
      expect((await stores.bank.listPending())[0]).toMatchObject({
        payerName: 'M OU MME MARTIN',
        candidates: [{ allocations: [expect.objectContaining({ invoiceNumber: 'F2026-0038' })] }],
      });
    },
  );
});

describe('a statement import that fails midway', () => {
  /** The stores with one write failing, as a crash or a storage outage at that point would. */
  // The payments' rows, the invoices and the journal are written side by side: each may fail while
  // the others complete.
  function failing(where: 'invoices' | 'journal' | 'payments'): TableStores {
    const fault = () => Promise.reject(new Error('injected storage fault'));
    if (where === 'payments')
      return { ...stores, payments: Object.assign(Object.create(stores.payments), { recordMany: fault }) };
    return where === 'invoices'
      ? { ...stores, invoices: Object.assign(Object.create(stores.invoices), { saveMany: fault }) }
      : { ...stores, journal: Object.assign(Object.create(stores.journal), { appendMany: fault }) };
  }
  const writes = { invoices: 'invoice writes', journal: 'journal writes', payments: 'payment rows' };

  for (const where of ['invoices', 'journal', 'payments'] as const) {
    it(`fault on the ${writes[where]}: importing again completes it, each payment and journal entry once`, async () => {
      await seedLedger();
      const text = camt053(MOVEMENTS, { version: '001.02' });
      await expect(
        importStatement(failing(where), {
          fileName: 'releve.xml',
          actor: { id: 'cli', name: 'Test' },
          today: MONDAY,
          file: { bytes: bytes(text) },
        }),
      ).rejects.toThrow('injected storage fault');
      // The payments may be recorded, the lines are not marked done: nothing on the card yet.
      expect(await stores.bank.listPending()).toHaveLength(0);

      const again = await run(text);
      expect(again.counts).toMatchObject({ matched: 3, matchedAmount: 240000, proposed: 1, already: 0 });
      expect(await paid()).toMatchObject({
        'F2026-1042': 120000,
        'F2026-1043': 30000,
        'F2026-1044': 45000,
        'F2026-1045': 25000,
        'F2026-1046': 20000,
      });
      for (const number of ['F2026-1042', 'F2026-1043', 'F2026-1046']) {
        expect(await stores.payments.listByInvoice(number)).toHaveLength(1);
        const entries = await stores.journal.listForInvoice(number);
        expect(entries.filter((e) => e.action === 'bank.matched')).toHaveLength(1);
      }
      expect(await stores.bank.listPending()).toHaveLength(1);

      // And a third time: nothing left to do.
      const third = await run(text);
      expect(third.counts).toMatchObject({ matched: 0, already: 6 });
      expect(
        (await stores.journal.listForInvoice('F2026-1042')).filter((e) => e.action === 'bank.matched'),
      ).toHaveLength(1);
    });
  }

  it('the lines’ « applying » mark failing: nothing written, though the invoices were read meanwhile', async () => {
    await seedLedger();
    const text = camt053(MOVEMENTS, { version: '001.02' });
    const before = await paid();
    let invoicesRead = false;
    const broken: TableStores = {
      ...stores,
      invoices: Object.assign(Object.create(stores.invoices), {
        listByCustomersVersioned: (
          ...args: Parameters<TableStores['invoices']['listByCustomersVersioned']>
        ) => stores.invoices.listByCustomersVersioned(...args).finally(() => (invoicesRead = true)),
      }),
      bank: Object.assign(Object.create(stores.bank), {
        // The first mark (the matched lines, « applying ») fails once the invoices were read.
        markSeen: async () => {
          while (!invoicesRead) await new Promise((r) => setTimeout(r, 5));
          throw new Error('injected storage fault');
        },
      }),
    };
    await expect(
      importStatement(broken, {
        fileName: 'releve.xml',
        actor: { id: 'cli', name: 'Test' },
        today: MONDAY,
        file: { bytes: bytes(text) },
      }),
    ).rejects.toThrow('injected storage fault');
    expect(invoicesRead).toBe(true);
    expect(await paid()).toEqual(before);
    for (const number of ['F2026-1042', 'F2026-1043', 'F2026-1046']) {
      expect(await stores.payments.listByInvoice(number)).toHaveLength(0);
      expect(
        (await stores.journal.listForInvoice(number)).filter((e) => e.action === 'bank.matched'),
      ).toHaveLength(0);
    }
    const again = await run(text);
    expect(again.counts).toMatchObject({ matched: 3, matchedAmount: 240000, proposed: 1, already: 0 });
    for (const number of ['F2026-1042', 'F2026-1043', 'F2026-1046']) {
      expect(await stores.payments.listByInvoice(number)).toHaveLength(1);
      expect(
        (await stores.journal.listForInvoice(number)).filter((e) => e.action === 'bank.matched'),
      ).toHaveLength(1);
    }
  });

  it('a crash after the journal but before the lines were marked done: no second journal entry', async () => {
    await seedLedger();
    const text = camt053(MOVEMENTS, { version: '001.02' });
    const broken: TableStores = {
      ...stores,
      bank: Object.assign(Object.create(stores.bank), {
        addPending: () => Promise.reject(new Error('injected storage fault')),
      }),
    };
    await expect(
      importStatement(broken, {
        fileName: 'releve.xml',
        actor: { id: 'cli', name: 'Test' },
        today: MONDAY,
        file: { bytes: bytes(text) },
      }),
    ).rejects.toThrow('injected storage fault');
    const again = await run(text);
    expect(again.counts).toMatchObject({ matched: 3, proposed: 1 });
    for (const number of ['F2026-1042', 'F2026-1043', 'F2026-1046']) {
      expect(await stores.payments.listByInvoice(number)).toHaveLength(1);
      expect(
        (await stores.journal.listForInvoice(number)).filter((e) => e.action === 'bank.matched'),
      ).toHaveLength(1);
    }
    expect((await stores.invoices.get('C001', 'F2026-1046'))?.amountPaid).toBe(20000);
  });
});

describe('« Affecter à … » through faults', () => {
  const controller = { actor: { id: 'ctl', name: 'Camille Martin' }, canAct: true };
  const brokenInvoices = (): TableStores => ({
    ...stores,
    invoices: Object.assign(Object.create(stores.invoices), {
      saveMany: () => Promise.reject(new Error('injected storage fault')),
    }),
  });

  async function claimLeftInProgress(): Promise<string> {
    await seedLedger();
    await run(camt053(MOVEMENTS, { version: '001.02' }));
    const [credit] = await stores.bank.listPending();
    // The process stops once the credit is claimed, before its payment is written.
    await expect(
      assignCredit(brokenInvoices(), controller, {
        key: credit!.key,
        invoices: ['F2026-2002'],
        today: MONDAY,
      }),
    ).rejects.toThrow('injected storage fault');
    expect((await stores.bank.getPending(credit!.key))?.status).toBe('assigning');
    expect(await stores.bank.listPending()).toHaveLength(0);
    expect((await stores.invoices.get('C003', 'F2026-2002'))?.amountPaid).toBe(0);
    return credit!.key;
  }

  async function expectAssignedOnce(key: string): Promise<void> {
    expect((await stores.bank.getPending(key))?.status).toBe('assigned');
    expect((await stores.invoices.get('C003', 'F2026-2002'))?.status).toBe('paid');
    expect((await stores.invoices.get('C003', 'F2026-2001'))?.amountPaid).toBe(0);
    expect(await stores.payments.listByInvoice('F2026-2002')).toHaveLength(1);
    const entries = (await stores.journal.listForInvoice('F2026-2002')).filter(
      (e) => e.action === 'bank.assigned',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actor).toEqual(controller.actor);
  }

  it('the sweeper finishes a claim left « en cours » with its target; another target is refused meanwhile', async () => {
    const key = await claimLeftInProgress();
    expect(await assignCredit(stores, controller, { key, invoices: ['F2026-2001'], today: MONDAY })).toEqual({
      kind: 'refused',
      refusal: 'in_progress',
    });
    expect(await finishInterruptedAssignments(stores)).toBe(1);
    await expectAssignedOnce(key);
    expect(await finishInterruptedAssignments(stores)).toBe(0);
    expect(
      await assignCredit(stores, controller, { key, invoices: ['F2026-2002'], today: MONDAY }),
    ).toMatchObject({
      kind: 'refused',
      refusal: 'already_done',
    });
    await expectAssignedOnce(key);
  });

  it('the same click again finishes it, once', async () => {
    const key = await claimLeftInProgress();
    expect(await assignCredit(stores, controller, { key, invoices: ['F2026-2002'], today: MONDAY })).toEqual({
      kind: 'assigned',
      amount: 50000,
      invoices: ['F2026-2002'],
    });
    await expectAssignedOnce(key);
    expect(await finishInterruptedAssignments(stores)).toBe(0);
    await expectAssignedOnce(key);
  });
});
