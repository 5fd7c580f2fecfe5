/**
 * A business day's plan, from the open invoices: one action per customer and step (invoices of a
 * customer at the same step are grouped into one communication), the pauses that ended badly, and
 * what the controller should keep an eye on (promises due, open disputes). Pure.
 */
import { customerVoice, type CustomerVoice } from './customer-voice';
import { insolvencyWatch, isFrozenByProceedings, type InsolvencyWatch } from './insolvency';
import { decide, type Decision, type EngineContext, type WaitReason } from './dunning-engine';
import { transferStep, type Channel } from './ladder';
import {
  balanceOf,
  type Customer,
  type DunningAlert,
  type FormalNoticeRecord,
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
  /**
   * The invoice's own step when it differs from the action's: an overdue invoice riding in a more
   * advanced communication, or joining a transfer (absent on actions stored before).
   */
  step?: StepId;
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
  /** A transfer adding invoices to the customer's file already at the law firm. */
  supplement?: boolean;
}

/** Where a customer under a mise en demeure stands: the card's row for it. */
export interface NoticeWatch {
  customerCode: string;
  customerName: string;
  notice: FormalNoticeRecord;
  /** The open invoices the mise en demeure covers. */
  invoices: string[];
  total: Cents;
  /** Invoices fallen due since, waiting attached to the mise en demeure. */
  attached: string[];
  transfer:
    | { kind: 'due' }
    | { kind: 'waiting'; on: CalendarDate; why: WaitReason }
    | { kind: 'returned' }
    | { kind: 'none' };
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
  /** Customers under a mise en demeure: its events, the invoices waiting, when the transfer comes. */
  notices: NoticeWatch[];
  /** Customers under collective proceedings with invoices to declare (./insolvency.ts). */
  insolvencies: InsolvencyWatch[];
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
    notices: [],
    insolvencies: [],
    counts: { invoices: openInvoices.length, due: 0, waiting: 0, paused: 0, finished: 0, unknownCustomer: 0 },
  };
  type Entry = {
    customer: Customer;
    invoices: Invoice[];
    decisions: Map<string, Decision>;
    due: DueDecisionOf[];
  };
  const byCustomer = new Map<string, Entry>();

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
    const entry: Entry = byCustomer.get(customer.code) ?? {
      customer,
      invoices: [],
      decisions: new Map(),
      due: [],
    };
    entry.invoices.push(invoice);
    entry.decisions.set(invoice.number, decision);
    if (decision.kind === 'due') entry.due.push({ invoice, decision });
    byCustomer.set(customer.code, entry);
  }

  for (const { customer, invoices: all, decisions: decided, due } of byCustomer.values()) {
    // Invoices frozen by collective proceedings no longer set the customer's stage: a later invoice
    // (« créance postérieure ») is dunned from the start of the ladder.
    const live = customer.insolvency
      ? all.filter((i) => !isFrozenByProceedings(i, customer.insolvency))
      : all;
    const voice = customerVoice(live, due, context.ladder);
    const insolvency = insolvencyWatch(customer, all, today, context.calendar);
    if (insolvency) plan.insolvencies.push(insolvency);
    const notice = noticeWatch(customer, all, decided, voice, context);
    if (notice) plan.notices.push(notice);
    for (const group of voice.groups) {
      const decisions = group.invoices;
      const invoices = decisions
        .map(({ invoice, decision }) => ({
          number: invoice.number,
          issueDate: invoice.issueDate,
          dueDate: invoice.dueDate,
          amountInclTax: invoice.amountInclTax,
          balance: decision.balance,
          daysLate: decision.daysLate,
          ...(decision.step !== group.step ? { step: decision.step } : {}),
        }))
        .sort((a, b) =>
          a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number),
        );
      plan.actions.push({
        id: actionId(today, customer.code, group.step),
        date: today,
        customerCode: customer.code,
        customerName: customer.legalName,
        risk: customer.risk,
        salesRepEmail: customer.salesRepEmail,
        step: group.step,
        channel: group.channel,
        invoices,
        total: cents(invoices.reduce((s, i) => s + i.balance, 0)),
        maxDaysLate: Math.max(...invoices.map((i) => i.daysLate)),
        alerts: [
          ...new Set(decisions.flatMap(({ decision }) => (decision.alert ? [decision.alert.kind] : []))),
        ],
        ...(group.supplement ? { supplement: true } : {}),
      });
    }
  }
  plan.actions.sort(
    (a, b) =>
      b.maxDaysLate - a.maxDaysLate || b.total - a.total || a.customerCode.localeCompare(b.customerCode),
  );
  return plan;
}

type DueDecisionOf = { invoice: Invoice; decision: Extract<Decision, { kind: 'due' }> };

/** The row of a customer under a mise en demeure (null when it is not under one). */
function noticeWatch(
  customer: Customer,
  invoices: readonly Invoice[],
  decisions: ReadonlyMap<string, Decision>,
  voice: CustomerVoice,
  context: EngineContext,
): NoticeWatch | null {
  const stage = voice.stage;
  if (stage.kind !== 'formal_notice') return null;
  const transfer = transferStep(context.ladder);
  let status: NoticeWatch['transfer'] = { kind: 'none' };
  for (const number of stage.invoices) {
    const decision = decisions.get(number);
    if (!decision) continue;
    if (decision.kind === 'due' && decision.step === transfer?.id) {
      status = { kind: 'due' };
      break;
    }
    if (decision.kind === 'paused' && decision.reason === 'notice_returned') status = { kind: 'returned' };
    else if (
      decision.kind === 'waiting' &&
      decision.step === transfer?.id &&
      status.kind !== 'returned' &&
      (status.kind !== 'waiting' || decision.dueOn < status.on)
    )
      status = { kind: 'waiting', on: decision.dueOn, why: decision.why };
  }
  const covered = invoices.filter((i) => stage.invoices.includes(i.number));
  return {
    customerCode: customer.code,
    customerName: customer.legalName,
    notice: stage.notice,
    invoices: stage.invoices,
    total: cents(covered.reduce((s, i) => s + balanceOf(i), 0)),
    attached: voice.attached.map((i) => i.number).sort(),
    transfer: status,
  };
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
