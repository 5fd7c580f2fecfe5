/**
 * A business day's plan, from the open invoices: one action per customer and step (invoices of a
 * customer at the same step are grouped into one communication), the pauses that ended badly, and
 * what the controller should keep an eye on (promises due, open disputes). Pure.
 */
import { decide, type Decision, type EngineContext } from './dunning-engine';
import type { Channel } from './ladder';
import {
  balanceOf,
  type Customer,
  type DunningAlert,
  type Invoice,
  type RiskSegment,
  type StepId,
} from './ledger';
import { cents, type Cents } from './money';
import type { CalendarDate } from './calendar-date';

export interface ActionInvoice {
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTax: Cents;
  balance: Cents;
  daysLate: number;
}

/** What the job proposes to do today for one customer at one step. */
export interface ProposedAction {
  /** Deterministic: the same customer, step and day always give the same id. */
  id: string;
  date: CalendarDate;
  customerCode: string;
  customerName: string;
  risk: RiskSegment;
  salesRepEmail: string | null;
  step: StepId;
  channel: Channel;
  invoices: ActionInvoice[];
  total: Cents;
  maxDaysLate: number;
  alerts: DunningAlert['kind'][];
}

export interface LapsedHold {
  invoice: Invoice;
  alert: DunningAlert;
}

export interface WatchItem {
  customerCode: string;
  customerName: string;
  invoiceNumber: string;
  balance: Cents;
  /** Promised date, or the dispute's reason. */
  detail: string;
  since: CalendarDate;
}

export interface DailyPlan {
  date: CalendarDate;
  actions: ProposedAction[];
  lapsedHolds: LapsedHold[];
  promisesDue: WatchItem[];
  openDisputes: WatchItem[];
  /** Open invoices read, and how many were decided each way. */
  counts: {
    invoices: number;
    due: number;
    waiting: number;
    paused: number;
    finished: number;
    unknownCustomer: number;
  };
}

export function actionId(date: CalendarDate, customerCode: string, step: StepId): string {
  return `${date}|${customerCode}|${step}`;
}

export function planDay(
  openInvoices: readonly Invoice[],
  customers: ReadonlyMap<string, Customer>,
  context: EngineContext,
): DailyPlan {
  const { today } = context;
  const plan: DailyPlan = {
    date: today,
    actions: [],
    lapsedHolds: [],
    promisesDue: [],
    openDisputes: [],
    counts: { invoices: openInvoices.length, due: 0, waiting: 0, paused: 0, finished: 0, unknownCustomer: 0 },
  };
  const groups = new Map<
    string,
    {
      customer: Customer;
      decisions: Array<{ invoice: Invoice; decision: Extract<Decision, { kind: 'due' }> }>;
    }
  >();

  for (const invoice of openInvoices) {
    const customer = customers.get(invoice.customerCode);
    if (!customer) {
      plan.counts.unknownCustomer++;
      continue;
    }
    const decision = decide(invoice, customer, context);
    plan.counts[decision.kind === 'due' ? 'due' : decision.kind]++;
    if ((decision.kind === 'due' || decision.kind === 'waiting') && decision.alert && invoice.dunning.hold) {
      plan.lapsedHolds.push({ invoice, alert: decision.alert });
    }
    watch(plan, invoice, customer, today);
    if (decision.kind !== 'due') continue;
    const key = `${customer.code}|${decision.step}`;
    const group = groups.get(key) ?? { customer, decisions: [] };
    group.decisions.push({ invoice, decision });
    groups.set(key, group);
  }

  for (const { customer, decisions } of groups.values()) {
    const first = decisions[0]!.decision;
    const invoices = decisions
      .map(({ invoice, decision }) => ({
        number: invoice.number,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        amountInclTax: invoice.amountInclTax,
        balance: decision.balance,
        daysLate: decision.daysLate,
      }))
      .sort((a, b) =>
        a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number),
      );
    plan.actions.push({
      id: actionId(today, customer.code, first.step),
      date: today,
      customerCode: customer.code,
      customerName: customer.legalName,
      risk: customer.risk,
      salesRepEmail: customer.salesRepEmail,
      step: first.step,
      channel: first.channel,
      invoices,
      total: cents(invoices.reduce((s, i) => s + i.balance, 0)),
      maxDaysLate: Math.max(...invoices.map((i) => i.daysLate)),
      alerts: [
        ...new Set(decisions.flatMap(({ decision }) => (decision.alert ? [decision.alert.kind] : []))),
      ],
    });
  }
  plan.actions.sort(
    (a, b) =>
      b.maxDaysLate - a.maxDaysLate || b.total - a.total || a.customerCode.localeCompare(b.customerCode),
  );
  return plan;
}

function watch(plan: DailyPlan, invoice: Invoice, customer: Customer, today: CalendarDate): void {
  const hold = invoice.dunning.hold;
  const item = {
    customerCode: customer.code,
    customerName: customer.legalName,
    invoiceNumber: invoice.number,
    balance: balanceOf(invoice),
  };
  if (hold?.kind === 'promise' && hold.promisedDate <= today) {
    plan.promisesDue.push({ ...item, detail: hold.promisedDate, since: hold.since });
  } else if (hold?.kind === 'dispute') {
    plan.openDisputes.push({ ...item, detail: hold.reason, since: hold.since });
  }
}
