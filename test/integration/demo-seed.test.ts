import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { calendarDate, addDays } from '../../src/domain/calendar-date';
import { balanceOf } from '../../src/domain/ledger';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { openStores, type TableStores } from '../../src/store';
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
  expect(report).toEqual({ customers: 10, invoices: 53, payments: 38, disputes: 1 });
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
