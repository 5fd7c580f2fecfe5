/**
 * The query service against Azurite, on a generated portfolio with every state an invoice can be in
 * (paid on time or late, paid without a known date, partially paid, disputed, promised, on a plan,
 * at the law firm, written off), payments, journal entries and proposed actions. Every expected
 * figure is computed here, directly from the generated data with plain loops — never with the
 * service's own code.
 */
import { mulberry32 } from '../../bench/portfolio';
import { buildAnswerCard } from '../../src/bot/questions/answer-card';
import { cardSize, MAX_CARD_BYTES } from '../../src/bot/card-templates';
import { addDays, calendarDate, daysBetween, type CalendarDate } from '../../src/domain/calendar-date';
import { newAction, type DunningAction } from '../../src/domain/actions';
import {
  EMPTY_DUNNING,
  type Customer,
  type Invoice,
  type Payment,
  type RiskSegment,
} from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { QueryService } from '../../src/questions/service';
import type { QueryAnswer, QueryOutcome, WatchAnswer } from '../../src/questions/results';
import { customersScope, EVERYONE, type Scope } from '../../src/questions/scope';
import type { QuerySources } from '../../src/questions/sources';
import type { StructuredQuery } from '../../src/questions/query';
import { openStores, type TableStores } from '../../src/store';
import { TableJournal } from '../../src/store/journal';
import { fixedClock } from '../../src/store/system-clock';
import { aCustomer } from '../support/fixtures';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';
import { cardText } from '../support/bot';

const TODAY = calendarDate(2026, 11, 23);
const YESTERDAY = addDays(TODAY, -1);
const CLAIRE = 'claire.martin@greenova.example';
const KARIM = 'karim.benali@greenova.example';

// ---------------------------------------------------------------- the generated portfolio

interface Generated {
  customers: Customer[];
  invoices: Invoice[];
  payments: Payment[];
}

function generate(seed: number): Generated {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const risks: RiskSegment[] = ['low', 'moderate', 'high'];
  const customers = Array.from({ length: 30 }, (_, i) =>
    aCustomer({
      code: `Q${String(i + 1).padStart(3, '0')}`,
      legalName: `Établissement Numéro ${i + 1} ${['Nord', 'Sud', 'Est'][i % 3]}`,
      risk: risks[i % 3]!,
      paymentTermsDays: [30, 45, 60][i % 3]!,
      salesRepEmail: i % 2 === 0 ? CLAIRE : KARIM,
    }),
  );
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  for (let k = 0; k < 1200; k++) {
    const customer = customers[int(0, customers.length - 1)]!;
    const issueDate = addDays(TODAY, -int(0, 700));
    const dueDate = addDays(issueDate, customer.paymentTermsDays);
    const ttc = cents(int(1_000, 1_200_000));
    const ht = cents(Math.round(ttc / 1.2));
    const base: Invoice = {
      number: `G-${String(k + 1).padStart(5, '0')}`,
      customerCode: customer.code,
      issueDate,
      dueDate,
      amountExclTax: ht,
      vatAmount: cents(ttc - ht),
      amountInclTax: ttc,
      amountPaid: cents(0),
      currency: 'EUR',
      orderRef: null,
      status: 'open',
      dunning: { ...EMPTY_DUNNING },
      closedOn: null,
      appliedPaymentIds: [],
    };
    const pay = (amount: number, date: CalendarDate) => {
      const id = `P-${base.number}-${payments.length}`;
      payments.push({
        id,
        invoiceNumber: base.number,
        customerCode: customer.code,
        date,
        amount: cents(amount),
        method: 'virement',
        reference: null,
      });
      return id;
    };
    const step = [null, 'J+3', 'J+10', 'J+20'][int(0, 3)]!;
    const late = {
      ...EMPTY_DUNNING,
      lastStep: step,
      lastStepDate: step ? addDays(dueDate, Number(step.slice(2))) : null,
    };
    const r = random();
    let invoice: Invoice;
    if (dueDate >= TODAY) {
      if (r < 0.7) invoice = base;
      else if (r < 0.9) {
        const paid = Math.floor(ttc / 3);
        invoice = {
          ...base,
          status: 'partially_paid',
          amountPaid: cents(paid),
          appliedPaymentIds: [pay(paid, addDays(issueDate, 1) > TODAY ? TODAY : addDays(issueDate, 1))],
        };
      } else {
        const closedOn = addDays(issueDate, int(0, 5)) > TODAY ? TODAY : addDays(issueDate, int(0, 5));
        invoice = {
          ...base,
          status: 'paid',
          amountPaid: ttc,
          closedOn,
          appliedPaymentIds: [pay(ttc, closedOn)],
        };
      }
    } else if (r < 0.5) {
      const candidate = addDays(dueDate, int(-20, 40));
      const closedOn = candidate > TODAY ? TODAY : candidate;
      const recorded = random() < 0.7;
      invoice = {
        ...base,
        status: 'paid',
        amountPaid: ttc,
        closedOn,
        appliedPaymentIds: recorded ? [pay(ttc, closedOn)] : [],
      };
    } else if (r < 0.55) invoice = { ...base, status: 'paid', amountPaid: ttc, closedOn: null };
    else if (r < 0.57) {
      // Paid but for a few cents: under the 1 € tolerance, settled.
      invoice = {
        ...base,
        status: 'paid',
        amountPaid: cents(ttc - 50),
        closedOn: addDays(dueDate, 2) > TODAY ? TODAY : addDays(dueDate, 2),
      };
    } else if (r < 0.7) invoice = { ...base, dunning: late };
    else if (r < 0.76) {
      const paid = Math.floor(ttc / 2);
      invoice = {
        ...base,
        status: 'partially_paid',
        amountPaid: cents(paid),
        dunning: late,
        appliedPaymentIds: [pay(paid, addDays(dueDate, 1) > TODAY ? TODAY : addDays(dueDate, 1))],
      };
    } else if (r < 0.8) {
      invoice = {
        ...base,
        status: 'disputed',
        dunning: {
          ...late,
          hold: { kind: 'dispute', reason: `Contestation ${k}`, since: addDays(dueDate, 5) },
        },
      };
    } else if (r < 0.84) {
      invoice = {
        ...base,
        status: 'promised',
        dunning: {
          ...late,
          hold: { kind: 'promise', promisedDate: addDays(TODAY, int(-10, 10)), since: addDays(TODAY, -15) },
        },
      };
    } else if (r < 0.86) {
      invoice = {
        ...base,
        status: 'open',
        dunning: { ...late, hold: null, alert: { kind: 'broken_promise', since: addDays(TODAY, -3) } },
      };
    } else if (r < 0.89) {
      const third = Math.floor(ttc / 3);
      invoice = {
        ...base,
        status: 'payment_plan',
        amountPaid: cents(third),
        dunning: {
          ...late,
          hold: {
            kind: 'plan',
            paidAtStart: cents(0),
            since: addDays(TODAY, -40),
            installments: [
              { dueDate: addDays(TODAY, -30), amount: cents(third) },
              { dueDate: addDays(TODAY, int(-5, 20)), amount: cents(third) },
              { dueDate: addDays(TODAY, 50), amount: cents(ttc - 2 * third) },
            ],
          },
        },
      };
    } else if (r < 0.94) {
      invoice = {
        ...base,
        status: 'litigation',
        dunning: {
          ...EMPTY_DUNNING,
          lastStep: 'J+30',
          lastStepDate: addDays(dueDate, 30) > TODAY ? TODAY : addDays(dueDate, 30),
        },
      };
    } else {
      const candidate = addDays(dueDate, int(30, 400));
      invoice = {
        ...base,
        status: 'written_off',
        closedOn: candidate > TODAY ? TODAY : candidate,
        amountPaid: cents(Math.floor(ttc / 10)),
      };
    }
    invoices.push(invoice);
  }
  return { customers, invoices, payments };
}

// ---------------------------------------------------------------- the oracle (plain loops)

const balance = (i: Invoice) => Math.max(0, i.amountInclTax - i.amountPaid);
const isOwed = (i: Invoice) => i.status !== 'paid' && i.status !== 'written_off' && balance(i) >= 100;
const isLate = (i: Invoice) => isOwed(i) && i.dueDate < TODAY;
const lateDays = (i: Invoice) => daysBetween(i.dueDate, TODAY);
const sum = (list: readonly Invoice[]) => list.reduce((s, i) => s + balance(i), 0);

function oracleDso(invoices: readonly Invoice[]): number | null {
  let remaining = sum(invoices.filter(isOwed));
  if (remaining === 0) return 0;
  let days = 0;
  for (let back = 0; back < 24; back++) {
    const first = new Date(Date.UTC(2026, 10 - back, 1));
    const month = first.toISOString().slice(0, 7);
    const monthDays =
      back === 0 ? 23 : new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    const sales = invoices
      .filter((i) => i.issueDate.startsWith(month) && i.issueDate <= TODAY)
      .reduce((s, i) => s + i.amountInclTax, 0);
    if (sales > 0 && remaining <= sales) return days + (monthDays * remaining) / sales;
    days += monthDays;
    remaining -= Math.max(0, sales);
  }
  return null;
}

function oracleLateRate(invoices: readonly Invoice[], from: string, to: string) {
  let late = 0;
  let onTime = 0;
  let unknown = 0;
  for (const i of invoices) {
    if (i.dueDate < from || i.dueDate > to || i.dueDate >= TODAY) continue;
    if (i.status === 'written_off' || isOwed(i)) late++;
    else if (i.closedOn === null) unknown++;
    else if (i.closedOn > i.dueDate) late++;
    else onTime++;
  }
  return { late, onTime, unknown, rate: late + onTime > 0 ? (100 * late) / (late + onTime) : null };
}

// ---------------------------------------------------------------- the store

let stores: TableStores;
let data: Generated;
let calls: string[];
let sources: QuerySources;
let service: QueryService;
const claireCodes = () => data.customers.filter((c) => c.salesRepEmail === CLAIRE).map((c) => c.code);

beforeAll(async () => {
  data = generate(20_261_123);
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
  await stores.customers.upsertMany(data.customers);
  await stores.invoices.upsertMany(data.invoices);
  for (const p of data.payments) await stores.payments.record(p);
  const yesterdayJournal = new TableJournal(stores.storage, fixedClock(YESTERDAY));
  const actor = { id: 'u1', name: 'Camille Roux' };
  await yesterdayJournal.append({
    actor,
    action: 'action.sent',
    target: { customerCodes: ['Q001'] },
    details: { step: 'J+3' },
    outcome: 'ok',
  });
  await yesterdayJournal.append({
    actor,
    action: 'action.posted',
    target: { customerCodes: ['Q002'] },
    details: { step: 'J+20' },
    outcome: 'ok',
  });
  await yesterdayJournal.append({
    actor,
    action: 'import.invoices',
    target: { ref: 'factures.csv' },
    outcome: 'ok',
  });
  await stores.journal.append({
    actor,
    action: 'action.sent',
    target: { customerCodes: ['Q003'] },
    details: { step: 'J+3' },
    outcome: 'ok',
  });
  const proposal = (code: string, step: string, total: number): DunningAction =>
    newAction({
      id: `${TODAY}|${code}|${step}`,
      date: TODAY,
      customerCode: code,
      customerName: code,
      risk: 'low',
      salesRepEmail: null,
      step,
      channel: 'email',
      invoices: [],
      total: cents(total),
      maxDaysLate: 3,
      alerts: [],
    });
  await stores.actions.createMany([proposal('Q001', 'J+3', 120_000), proposal('Q002', 'J+10', 80_050)]);
  calls = [];
  const spy = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${name}.${String(property)}${args.length ? `(${JSON.stringify(args)})` : ''}`);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  sources = {
    invoices: spy('invoices', stores.invoices),
    customers: stores.customers,
    payments: stores.payments,
    journal: stores.journal,
    actions: stores.actions,
  };
  service = new QueryService(sources);
}, 120_000);

afterAll(async () => {
  await stores.storage.dropTables();
});

/** The answer type of an intent (the watch lists share one). */
type AnswerOf<I extends QueryAnswer['intent']> = I extends WatchAnswer['intent']
  ? WatchAnswer
  : Extract<QueryAnswer, { intent: I }>;

async function answer<I extends QueryAnswer['intent']>(
  query: StructuredQuery & { intent: I },
  scope: Scope = EVERYONE,
): Promise<AnswerOf<I>> {
  calls = [];
  const outcome: QueryOutcome = await service.execute(query, { scope, today: TODAY });
  if (outcome.kind !== 'answer') throw new Error(`expected an answer, got ${outcome.kind}`);
  return outcome.answer as AnswerOf<I>;
}

const numbers = (list: ReadonlyArray<{ number: string }>) => list.map((i) => i.number).sort();

// ---------------------------------------------------------------- unpaid invoices

it('« impayés ce mois »: past due in November, not fully paid, read from the November partition only', async () => {
  const expected = data.invoices.filter(
    (i) => isLate(i) && i.dueDate >= '2026-11-01' && i.dueDate <= '2026-11-30',
  );
  const result = await answer({
    intent: 'unpaid_invoices',
    period: { from: calendarDate(2026, 11, 1), to: calendarDate(2026, 11, 30) },
  });
  expect(expected.length).toBeGreaterThan(3);
  expect(result.count).toBe(expected.length);
  expect(result.allTotal).toBe(sum(expected));
  expect(numbers(result.invoices)).toEqual(numbers(expected));
  expect(calls).toEqual(['invoices.listDueIn([["2026-11"]])']);
});

it('filters by amount (strictly more than), days late, issue date, cut-off, step and risk', async () => {
  const big = data.invoices.filter((i) => isLate(i) && balance(i) > 500_000 && lateDays(i) >= 31);
  const r1 = await answer({
    intent: 'unpaid_invoices',
    amount: { gt: cents(500_000) },
    daysLate: { min: 31 },
  });
  expect([r1.count, r1.allTotal]).toEqual([big.length, sum(big)]);
  expect(big.length).toBeGreaterThan(5);

  const issued = data.invoices.filter(
    (i) => isLate(i) && i.issueDate >= '2026-09-01' && i.issueDate <= '2026-09-30',
  );
  const r2 = await answer({
    intent: 'unpaid_invoices',
    period: { from: calendarDate(2026, 9, 1), to: calendarDate(2026, 9, 30) },
    dateBasis: 'issue',
  });
  expect(numbers(r2.invoices)).toEqual(numbers(issued));

  const cutOff = data.invoices.filter((i) => isLate(i) && i.dueDate <= '2026-09-30');
  const r3 = await answer({ intent: 'unpaid_invoices', asOf: calendarDate(2026, 9, 30) });
  expect([r3.count, r3.allTotal]).toEqual([cutOff.length, sum(cutOff)]);

  const highRisk = new Set(data.customers.filter((c) => c.risk === 'high').map((c) => c.code));
  const notices = data.invoices.filter(
    (i) => isLate(i) && i.dunning.lastStep === 'J+20' && highRisk.has(i.customerCode),
  );
  const r4 = await answer({ intent: 'unpaid_invoices', step: 'J+20', risk: 'high' });
  expect(numbers(r4.invoices)).toEqual(numbers(notices));
  expect(notices.length).toBeGreaterThan(2);
});

it('ranks « les 10 plus gros impayés » and groups by customer', async () => {
  const late = data.invoices.filter(isLate);
  const top = [...late].sort((a, b) => balance(b) - balance(a)).slice(0, 10);
  const ranked = await answer({ intent: 'unpaid_invoices', limit: 10 });
  expect(ranked.invoices.map((i) => i.balance)).toEqual(top.map(balance));
  expect(ranked.total).toBe(sum(top));
  expect(ranked.allTotal).toBe(sum(late));

  const grouped = await answer({ intent: 'unpaid_invoices', groupBy: 'customer' });
  const perCustomer = new Map<string, number>();
  for (const i of late) perCustomer.set(i.customerCode, (perCustomer.get(i.customerCode) ?? 0) + balance(i));
  expect(new Map(grouped.groups!.map((g) => [g.key, g.amount]))).toEqual(perCustomer);
});

// ---------------------------------------------------------------- a customer's account

it('« combien nous doit Q007 »: its receivables, the overdue part, from its partition only', async () => {
  const mine = data.invoices.filter((i) => i.customerCode === 'Q007');
  const owed = mine.filter(isOwed);
  const result = await answer({ intent: 'customer_balance', customerCodes: ['Q007'] });
  expect(result.total).toBe(sum(owed));
  expect(result.overdue).toBe(sum(owed.filter((i) => i.dueDate < TODAY)));
  expect(result.overdueCount).toBe(owed.filter((i) => i.dueDate < TODAY).length);
  expect(numbers(result.invoices)).toEqual(numbers(owed));
  const yearAgo = addDays(TODAY, -365);
  const paid = mine.filter((i) => i.status === 'paid' && i.closedOn !== null && i.closedOn > yearAgo);
  expect(result.paidLastYear).toEqual({
    count: paid.length,
    amount: paid.reduce((s, i) => s + i.amountInclTax, 0),
  });
  expect(calls).toEqual(['invoices.listByCustomer(["Q007"])']);
});

// ---------------------------------------------------------------- KPIs

it('aged balance and overdue ratio from the open partition, never the whole history', async () => {
  const owed = data.invoices.filter(isOwed);
  const bucket = (i: Invoice) => {
    const d = lateDays(i);
    return d <= 0 ? 'not_due' : d <= 30 ? 'd1_30' : d <= 60 ? 'd31_60' : d <= 90 ? 'd61_90' : 'over_90';
  };
  const aged = await answer({ intent: 'aged_balance' });
  for (const b of aged.buckets) {
    const inBucket = owed.filter((i) => bucket(i) === b.bucket);
    expect([b.bucket, b.count, b.amount]).toEqual([b.bucket, inBucket.length, sum(inBucket)]);
  }
  expect(aged.total).toBe(sum(owed));
  expect(calls).toEqual(['invoices.listOpen']);

  const ratio = await answer({ intent: 'overdue_ratio' });
  const overdue = sum(owed.filter((i) => i.dueDate < TODAY));
  expect(ratio.overdue).toBe(overdue);
  expect(ratio.total).toBe(sum(owed));
  expect(ratio.ratio).toBeCloseTo((100 * overdue) / sum(owed), 10);
  expect(calls).toEqual(['invoices.listOpen']);
});

it('DSO by the countback method equals a month-by-month walk over the invoices issued', async () => {
  const result = await answer({ intent: 'dso' });
  const expected = oracleDso(data.invoices);
  expect(expected).not.toBeNull();
  expect(result.days).toBeCloseTo(expected!, 9);
  expect(result.receivables).toBe(sum(data.invoices.filter(isOwed)));
  expect(calls.some((c) => c.startsWith('invoices.scanAll'))).toBe(false);
});

it('top late payers: customers by overdue amount', async () => {
  const perCustomer = new Map<string, number>();
  for (const i of data.invoices.filter(isLate))
    perCustomer.set(i.customerCode, (perCustomer.get(i.customerCode) ?? 0) + balance(i));
  const expected = [...perCustomer].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const result = await answer({ intent: 'top_late_payers', limit: 5 });
  expect(result.rows.map((r) => [r.customer.code, r.overdue])).toEqual(expected);
  expect(result.customersLate).toBe(perCustomer.size);
});

it('late rate over 2026 and by risk segment, unknown payment dates left out', async () => {
  const result = await answer({
    intent: 'late_rate',
    period: { from: calendarDate(2026, 1, 1), to: calendarDate(2026, 12, 31) },
    groupBy: 'risk',
  });
  const expected = oracleLateRate(data.invoices, '2026-01-01', '2026-12-31');
  expect([result.late, result.onTime, result.unknown]).toEqual([
    expected.late,
    expected.onTime,
    expected.unknown,
  ]);
  expect(result.rate).toBeCloseTo(expected.rate!, 10);
  expect(expected.unknown).toBeGreaterThan(0);
  for (const group of result.groups!) {
    const codes = new Set(data.customers.filter((c) => c.risk === group.key).map((c) => c.code));
    const one = oracleLateRate(
      data.invoices.filter((i) => codes.has(i.customerCode)),
      '2026-01-01',
      '2026-12-31',
    );
    expect([group.key, group.rate.late, group.rate.onTime]).toEqual([group.key, one.late, one.onTime]);
  }
});

// ---------------------------------------------------------------- watch lists

it('litigation, disputes, promises (due, upcoming, broken) and payment plans', async () => {
  const litigation = await answer({ intent: 'litigation' });
  const atFirm = data.invoices.filter((i) => i.status === 'litigation' && isOwed(i));
  expect(numbers(litigation.items.map((w) => w.invoice))).toEqual(numbers(atFirm));
  expect(litigation.total).toBe(sum(atFirm));

  const disputes = await answer({ intent: 'disputes' });
  expect(numbers(disputes.items.map((w) => w.invoice))).toEqual(
    numbers(data.invoices.filter((i) => i.dunning.hold?.kind === 'dispute')),
  );

  const promises = await answer({ intent: 'promises' });
  const promised = data.invoices.filter((i) => i.dunning.hold?.kind === 'promise');
  const broken = data.invoices.filter((i) => !i.dunning.hold && i.dunning.alert?.kind === 'broken_promise');
  const due = promised.filter(
    (i) => i.dunning.hold?.kind === 'promise' && i.dunning.hold.promisedDate <= TODAY,
  );
  expect(promises.items.filter((w) => w.state === 'due').length).toBe(due.length);
  expect(promises.items.filter((w) => w.state === 'broken').length).toBe(broken.length);
  expect(promises.items.length).toBe(promised.length + broken.length);

  const plans = await answer({ intent: 'payment_plans' });
  const onPlan = data.invoices.filter((i) => i.dunning.hold?.kind === 'plan');
  expect(plans.items.length).toBe(onPlan.length);
  // One third was paid: the second installment is next, whole.
  for (const w of plans.items) {
    const invoice = onPlan.find((i) => i.number === w.invoice.number)!;
    const hold = invoice.dunning.hold;
    if (hold?.kind !== 'plan') throw new Error('not a plan');
    expect([w.date, w.amount]).toEqual([hold.installments[1]!.dueDate, hold.installments[1]!.amount]);
  }
});

// ---------------------------------------------------------------- flows

it('money collected in October 2026, from the payments recorded', async () => {
  const october = data.payments.filter((p) => p.date >= '2026-10-01' && p.date <= '2026-10-31');
  const result = await answer({
    intent: 'collected',
    period: { from: calendarDate(2026, 10, 1), to: calendarDate(2026, 10, 31) },
  });
  expect(result.count).toBe(october.length);
  expect(result.total).toBe(october.reduce((s, p) => s + p.amount, 0));
  expect(october.length).toBeGreaterThan(3);
});

it('write-offs of 2026 against 2025 (by closing date, amount not recovered)', async () => {
  const result = await answer({
    intent: 'written_off',
    period: { from: calendarDate(2026, 1, 1), to: calendarDate(2026, 12, 31) },
  });
  const lost = (year: string) =>
    data.invoices.filter((i) => i.status === 'written_off' && i.closedOn!.startsWith(year));
  expect([result.count, result.total]).toEqual([lost('2026').length, sum(lost('2026'))]);
  expect([result.previousCount, result.previousTotal]).toEqual([lost('2025').length, sum(lost('2025'))]);
  expect(lost('2025').length).toBeGreaterThan(0);
});

it('the journal of yesterday, and the actions proposed today', async () => {
  const journal = await answer({ intent: 'journal_activity', period: { from: YESTERDAY, to: YESTERDAY } });
  expect(journal.entries.map((e) => e.action).sort()).toEqual([
    'action.posted',
    'action.sent',
    'import.invoices',
  ]);
  const notices = await answer({
    intent: 'journal_activity',
    period: { from: YESTERDAY, to: YESTERDAY },
    step: 'J+20',
  });
  expect(notices.entries.map((e) => e.target.customerCodes)).toEqual([['Q002']]);

  const planned = await answer({ intent: 'planned_actions', period: { from: TODAY, to: TODAY } });
  expect(planned.actions.map((a) => [a.customer.code, a.step])).toEqual([
    ['Q001', 'J+3'],
    ['Q002', 'J+10'],
  ]);
  expect(planned.total).toBe(200_050);
});

// ---------------------------------------------------------------- scope and cut-offs

it('a sales rep’s figures are computed over their customers only', async () => {
  const codes = claireCodes();
  const scope = customersScope(codes);
  const mine = data.invoices.filter((i) => codes.includes(i.customerCode));
  const unpaid = await answer({ intent: 'unpaid_invoices' }, scope);
  expect(numbers(unpaid.invoices)).toEqual(numbers(mine.filter(isLate)));
  const aged = await answer({ intent: 'aged_balance' }, scope);
  expect(aged.total).toBe(sum(mine.filter(isOwed)));
  const dso = await answer({ intent: 'dso' }, scope);
  expect(dso.days).toBeCloseTo(oracleDso(mine)!, 9);
  const journal = await answer({ intent: 'journal_activity', period: { from: YESTERDAY, to: TODAY } }, scope);
  // Claire owns Q001 and Q003 (odd numbers); the import, about no customer, is not hers to see.
  expect(journal.entries.map((e) => e.target.customerCodes).sort()).toEqual([['Q001'], ['Q003']]);

  const karims = data.customers.find((c) => c.salesRepEmail === KARIM)!.code;
  const refused = await service.execute(
    { intent: 'customer_balance', customerCodes: [karims] },
    { scope, today: TODAY },
  );
  expect(refused.kind).toBe('not_visible');
});

it('gives no snapshot figure at a past date, and reads « au » as year-to-date for flows', async () => {
  const past = await service.execute(
    { intent: 'aged_balance', asOf: calendarDate(2026, 9, 30) },
    { scope: EVERYONE, today: TODAY },
  );
  expect(past).toEqual({ kind: 'past_cut_off', query: { intent: 'aged_balance', asOf: '2026-09-30' } });
  const collected = await answer({ intent: 'collected', asOf: calendarDate(2026, 9, 30) });
  const ytd = data.payments.filter((p) => p.date >= '2026-01-01' && p.date <= '2026-09-30');
  expect(collected.period).toEqual({ from: '2026-01-01', to: '2026-09-30' });
  expect(collected.total).toBe(ytd.reduce((s, p) => s + p.amount, 0));
});

it('never answers about an unknown customer code', async () => {
  const outcome = await service.execute(
    { intent: 'unpaid_invoices', customerCodes: ['NOPE'] },
    { scope: EVERYONE, today: TODAY },
  );
  expect(outcome.kind).toBe('not_visible');
});

it('fits every answer in a Teams card (28 KB), long lists page by page', async () => {
  const all = await answer({ intent: 'unpaid_invoices' });
  expect(all.invoices.length).toBeGreaterThan(100);
  const pages = Math.ceil(all.invoices.length / 10);
  const first = buildAnswerCard(all, 0);
  expect(cardSize(first)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  expect(cardText(first)).toContain(`Lignes 1 à 10 sur ${all.invoices.length}`);
  expect(cardText(first)).toContain(`Voir la suite (2/${pages})`);
  // A page past the end shows the last one.
  const last = cardText(buildAnswerCard(all, 10_000));
  expect(last).toContain(`sur ${all.invoices.length}`);
  expect(last).not.toContain('Voir la suite');
  for (const query of [
    { intent: 'aged_balance', groupBy: 'customer' },
    { intent: 'late_rate', groupBy: 'customer' },
    { intent: 'customer_balance', customerCodes: ['Q001', 'Q002', 'Q003'] },
    { intent: 'written_off' },
    { intent: 'promises' },
  ] satisfies StructuredQuery[]) {
    const outcome = await service.execute(query, { scope: EVERYONE, today: TODAY });
    if (outcome.kind !== 'answer') throw new Error(outcome.kind);
    expect(cardSize(buildAnswerCard(outcome.answer))).toBeLessThanOrEqual(MAX_CARD_BYTES);
  }
});
