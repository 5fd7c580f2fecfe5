import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { calendarDate, addDays } from '../../src/domain/calendar-date';
import { balanceOf } from '../../src/domain/ledger';
import { demoFiles, seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { DEMO_SNAPSHOT_DAYS } from '../../src/cli/demo-snapshots';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { QueryService } from '../../src/questions/service';
import { EVERYONE } from '../../src/questions/scope';
import type { WrittenOffAnswer } from '../../src/questions/intents/written-off/answer';
import { openStores, type TableStores } from '../../src/store';
import { renderFormalNotice } from '../../src/documents/letters';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import type { CompanyIdentity, LawFirm } from '../../src/domain/identity';
import { docxText } from '../support/docx-text';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const today = calendarDate(2026, 11, 23);
let stores: TableStores;

beforeAll(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(today));
});
afterAll(async () => {
  await stores.storage.dropTables();
});

it('loads the demo portfolio through the import once, relative to today', async () => {
  const report = await seedDemoIfEmpty(stores, today, GREENOVA_LADDER);
  // Every row of the demo's files is imported (their counts read from the files, not written here).
  const files = demoFiles(today, GREENOVA_LADDER);
  const rows = (text: string) => text.split('\r\n').length - 1;
  expect(report).toEqual({
    customers: rows(files.customers),
    invoices: rows(files.invoices),
    payments: rows(files.payments),
    disputes: 1,
    snapshots: DEMO_SNAPSHOT_DAYS,
  });
  expect(report!.customers).toBe(14);
  expect(await seedDemoIfEmpty(stores, today, GREENOVA_LADDER)).toBeNull();

  const open = await stores.invoices.listOpen();
  const overdueBy = (days: number) =>
    open
      .filter((i) => i.dueDate === addDays(today, -days))
      .map((i) => i.customerCode)
      .sort();
  expect(overdueBy(3)).toEqual(['C001', 'C001', 'C003', 'C009']);
  expect(overdueBy(10)).toEqual(['C005']);
  expect(overdueBy(20)).toEqual(['C002', 'C008']);
  expect(overdueBy(30)).toEqual(['C007']);

  const partial = open.find((i) => i.customerCode === 'C004' && i.dueDate === addDays(today, -4))!;
  expect(partial.status).toBe('partially_paid');
  expect(balanceOf(partial)).toBe(partial.amountInclTax - 200000);
  // A payment plan under way: its first installment paid.
  const plan = open.find((i) => i.status === 'payment_plan')!;
  expect(plan.customerCode).toBe('C004');
  expect(plan.dunning.hold?.kind === 'plan' && plan.dunning.hold.installments[0]!.amount).toBe(
    plan.amountPaid,
  );

  const disputed = open.filter((i) => i.status === 'disputed');
  expect(disputed.map((i) => i.customerCode)).toEqual(['C006']);
  expect((await stores.journal.listForInvoice(disputed[0]!.number)).map((e) => e.action)).toEqual([
    'email.sent',
    'invoice.disputed',
  ]);

  const sgh = await stores.customers.get('C002');
  expect(sgh?.legalName).toBe('Société Générale d’Hygiène');
  expect(sgh?.address.lines).toEqual(['ZI des Bruyères', '8 allée des Artisans']);
  // The paid history is paid through the payments file, with dates: nothing of it is still open.
  const november = await stores.payments.listByMonth('2026-11');
  expect(november.length).toBeGreaterThan(0);
  expect(open.filter((i) => i.dueDate < addDays(today, -34))).toEqual([]);
  const dupont = (await stores.invoices.listByCustomer('C005')).find(
    (i) => i.dueDate === addDays(today, -10),
  );
  expect(dupont?.dunning.lastStep).toBe('J+3');
});

it('makes the hospital a public buyer, and claims SGH’s penalties at 12,40 % in today’s mise en demeure', async () => {
  await seedDemoIfEmpty(stores, today, GREENOVA_LADDER);
  expect((await stores.customers.get('C004'))?.type).toBe('PUBLIC');

  const sgh = (await stores.customers.get('C002'))!;
  const invoices = (await stores.invoices.listByCustomer('C002')).filter(
    (i) => i.dueDate === addDays(today, -20) || i.dueDate === addDays(today, -21),
  );
  expect(invoices.map((i) => i.amountInclTax).sort((a, b) => a - b)).toEqual([151_800, 940_800]);
  const payments = (await Promise.all(invoices.map((i) => stores.payments.listByInvoice(i.number)))).flat();
  const company = {
    legalName: 'Greenova',
    legalForm: 'SAS',
    address: { lines: ['12 rue des Artisans'], postalCode: '69100', city: 'Villeurbanne', country: 'France' },
    siren: '814526737',
    vatNumber: null,
    iban: 'FR76 3000',
    bic: 'BNPAFRPPXXX',
    phone: null,
    email: 'c@greenova.example',
    website: null,
    city: 'Villeurbanne',
    controller: {
      name: 'Camille Roux',
      title: 'Responsable du crédit client',
      email: 'c@greenova.example',
      phone: null,
    },
    backupController: null,
    logoFile: null,
  } as unknown as CompanyIdentity;
  const lawFirm = {
    name: 'Cabinet Aptos Avocats',
    address: { lines: ['45 cours Lafayette'], postalCode: '69003', city: 'Lyon', country: 'France' },
    email: 'r@aptos.example',
    contact: { name: 'Maître Anne Lambert', title: 'Avocate', email: 'r@aptos.example', phone: null },
    mandateStart: today,
  } as LawFirm;
  const text = (
    await docxText(
      await renderFormalNotice({
        company,
        customer: sgh,
        invoices,
        today,
        rates: DEFAULT_RATE_TABLE,
        payments,
        lawFirm,
      }),
    )
  ).replace(/[\u00a0\u202f]/g, ' ');
  // ECB rate on 1 July 2026: 2,40 % + 10 points = 12,40 %, from the day after each due date:
  //   9 408,00 € due 3 November: 4 → 23 November = 20 days: 940 800 × 1 240 × 20 = 23 331 840 000
  //   1 518,00 € due 2 November: 3 → 23 November = 21 days: 151 800 × 1 240 × 21 =  3 952 872 000
  //   sum 27 284 712 000 / 3 650 000 = 7 475,26 cents → 74,75 € (the issue said « about 74,73 € »)
  expect(text).toContain(
    'au taux de 12,40 % l’an (taux de la BCE au 1er juillet 2026, 2,40 %, majoré de 10 points)',
  );
  expect(text).toContain('74,75 € de pénalités de retard arrêtées au 23 novembre 2026');
  // 10 926,00 € + 74,75 € + 2 × 40,00 € = 11 080,75 €
  expect(text).toContain('la somme de 11 080,75 €');
  expect(text).not.toMatch(/compléter/);
});

it('tells its losses: about 10 000 € written off this year against 6 000 € last year, decided by the controller', async () => {
  await seedDemoIfEmpty(stores, today, GREENOVA_LADDER);
  const customers = await stores.customers.list();
  const parsed = parseQuestion('pertes cette année vs l’an dernier', {
    today,
    customers,
    lawFirm: 'Aptos Avocats',
  });
  if (parsed.kind !== 'query') throw new Error(`not understood: ${parsed.kind}`);
  expect(parsed.query.intent).toBe('written_off');
  const service = new QueryService({
    invoices: stores.invoices,
    customers: stores.customers,
    payments: stores.payments,
    journal: stores.journal,
    actions: stores.actions,
  });
  const outcome = await service.execute(parsed.query, { scope: EVERYONE, today });
  if (outcome.kind !== 'answer') throw new Error(outcome.kind);
  const answer = outcome.answer as WrittenOffAnswer;
  expect([answer.total, answer.count]).toEqual([1000000, 5]);
  expect([answer.previousTotal, answer.previousCount]).toEqual([600000, 4]);
  expect(answer.byReason[0]).toEqual({ reason: 'liquidated', total: 720000, count: 2 });

  // In the ledger itself (what the snapshots replay): written off, closed on the write-off's day,
  // issued before due before written off, each journaled once as the controller's decision.
  const lost = await stores.invoices.listWrittenOff();
  expect(lost).toHaveLength(9);
  for (const invoice of lost) {
    const [w] = invoice.writeOffs!;
    expect(invoice.closedOn).toBe(w!.date);
    expect(invoice.issueDate < invoice.dueDate && invoice.dueDate < w!.date && w!.date <= today).toBe(true);
    const entries = (await stores.journal.listForInvoice(invoice.number)).filter(
      (e) => e.action === 'invoice.written_off',
    );
    expect(entries.map((e) => [e.actor.name, e.date])).toEqual([['Camille Roux', w!.date]]);
  }
  expect(
    lost
      .filter((i) => i.closedOn!.startsWith('2025'))
      .map((i) => i.customerCode)
      .sort(),
  ).toEqual(['C021', 'C021', 'C022', 'C023']);
});
