/**
 * A letter's interest follows the invoice's dated payments as stored (the payments table), not
 * today's balance for the whole period: what `letterInput` hands the letters.
 */
import { letterInput } from '../../src/application/decisions/letter-input';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { addDays, calendarDate } from '../../src/domain/calendar-date';
import type { CompanyIdentity } from '../../src/domain/identity';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { applyPayment, type Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { buildClaim } from '../../src/documents/letter-data';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const today = calendarDate(2026, 11, 23);
let stores: TableStores;

beforeAll(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(today));
  await seedDemoIfEmpty(stores, today, GREENOVA_LADDER);
});
afterAll(async () => {
  await stores.storage.dropTables();
});

it('hands the letters the dated payments, so a payment lowers the base from the day after it', async () => {
  const sgh = (await stores.customers.get('C002'))!;
  const due = addDays(today, -20);
  const invoice = (await stores.invoices.listByCustomer('C002')).find((i) => i.dueDate === due)!;
  expect(invoice.amountInclTax).toBe(940_800);
  // 4 000 € paid on 13 November 2026, ten days into the lateness.
  const payment: Payment = {
    id: 'pay-test-1',
    invoiceNumber: invoice.number,
    customerCode: 'C002',
    date: calendarDate(2026, 11, 13),
    amount: cents(400_000),
    method: 'virement',
    reference: null,
  };
  await stores.payments.record(payment);
  const paid = await stores.invoices.modify('C002', invoice.number, (current) =>
    applyPayment(current, payment),
  );
  const { base } = await letterInput(
    {
      stores,
      company: {} as CompanyIdentity,
      calendar: frenchBusinessCalendar(),
      clock: fixedClock(today),
      rates: DEFAULT_RATE_TABLE,
    },
    sgh,
    [paid!],
  );
  expect(base.payments.map((p) => [p.date, p.amount])).toEqual([['2026-11-13', 400_000]]);
  // 4 → 13 November: 10 days on 9 408,00 € at 12,40 %: 940 800 × 1 240 × 10 = 11 665 920 000
  // 14 → 23 November: 10 days on 5 408,00 €:          540 800 × 1 240 × 10 =  6 705 920 000
  // sum 18 371 840 000 / 3 650 000 = 5 033,38 → 50,33 € (the old constant base: 36,74 €)
  const claim = buildClaim(base);
  expect(claim.lines[0]!.periods.map((p) => [p.from, p.to, p.base])).toEqual([
    ['2026-11-04', '2026-11-13', 940_800],
    ['2026-11-14', '2026-11-23', 540_800],
  ]);
  expect(claim.lines[0]!.interest).toBe(5033);
});
