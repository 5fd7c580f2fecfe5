/**
 * When the sales rep who owns a customer must hear from Relances, before the law firm calls their
 * client: when the customer reaches the formal notice (the registered letter before the transfer),
 * and again N business days before the planned transfer. Pure: computed from the open invoices.
 * A notice is identified by customer, stage and invoices, so the same one is never sent twice.
 */
import type { BusinessCalendar } from './business-calendar';
import type { CalendarDate } from './calendar-date';
import { decide, type EngineContext } from './dunning-engine';
import type { LadderConfig, LadderStep } from './ladder';
import type { Actor } from './journal';
import type { Customer, Invoice } from './ledger';

export const SALES_STAGES = ['formal_notice', 'pre_transfer', 'transferred'] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

export interface SalesNoticeDue {
  /** customer|stage|invoice numbers: the same notice is never sent twice. */
  key: string;
  customerCode: string;
  stage: SalesStage;
  repEmail: string;
  invoiceNumbers: string[];
  /** The date the file is planned to go to the law firm (null when there is no transfer step). */
  plannedTransfer: CalendarDate | null;
}

/** What the rep answered on their card. */
export type SalesAnswer =
  | { kind: 'agreement'; expectedDate: CalendarDate }
  | { kind: 'dispute'; reason: string }
  | { kind: 'calling'; outcome: string | null }
  | { kind: 'nothing' };

/** A notice as stored: created once, delivered (or not), answered (or not). */
export interface SalesNotice extends SalesNoticeDue {
  /**
   * pending: created, not yet delivered (a re-run retries); unreachable: the controller is told;
   * superseded: no longer true when the rep could at last be reached (see sales-notice-freshness),
   * so never delivered.
   */
  status: 'pending' | 'delivered' | 'unreachable' | 'superseded';
  reason: string | null;
  createdAt: string;
  notifiedAt: string | null;
  answer: SalesAnswer | null;
  answeredAt: string | null;
  answeredBy: Actor | null;
}

export function salesNoticeKey(
  customerCode: string,
  stage: SalesStage,
  invoiceNumbers: readonly string[],
): string {
  return `${customerCode}|${stage}|${[...invoiceNumbers].sort().join(',')}`;
}

/** The transfer step, and the step just before it (the formal notice), in a ladder. */
export function escalationSteps(ladder: LadderConfig): {
  transfer: LadderStep | null;
  notice: LadderStep | null;
} {
  const index = ladder.steps.findIndex((s) => s.channel === 'transfer');
  if (index < 0) return { transfer: null, notice: null };
  return { transfer: ladder.steps[index]!, notice: ladder.steps[index - 1] ?? null };
}

/** When the transfer would be due if the notice step were done today. */
function transferDateAfterNotice(
  invoice: Invoice,
  customer: Customer,
  context: EngineContext,
  noticeStep: string,
): CalendarDate | null {
  const afterNotice: Invoice = {
    ...invoice,
    dunning: {
      ...invoice.dunning,
      lastStep: noticeStep,
      lastStepDate: context.today,
      hold: null,
      alert: null,
    },
  };
  const decision = decide(afterNotice, customer, context);
  return decision.kind === 'waiting' || decision.kind === 'due' ? decision.dueOn : null;
}

export function salesNoticesDue(
  openInvoices: readonly Invoice[],
  customers: ReadonlyMap<string, Customer>,
  context: EngineContext & { calendar: BusinessCalendar },
  businessDaysBeforeTransfer: number,
): SalesNoticeDue[] {
  const { transfer, notice } = escalationSteps(context.ladder);
  if (!transfer) return [];
  const groups = new Map<
    string,
    { customer: Customer; stage: SalesStage; invoices: string[]; planned: CalendarDate[] }
  >();
  const add = (customer: Customer, stage: SalesStage, invoice: Invoice, planned: CalendarDate | null) => {
    const id = `${customer.code}|${stage}`;
    const group = groups.get(id) ?? { customer, stage, invoices: [], planned: [] };
    group.invoices.push(invoice.number);
    if (planned) group.planned.push(planned);
    groups.set(id, group);
  };
  for (const invoice of openInvoices) {
    const customer = customers.get(invoice.customerCode);
    if (!customer?.salesRepEmail) continue;
    const decision = decide(invoice, customer, context);
    if (notice && decision.kind === 'due' && decision.step === notice.id) {
      add(customer, 'formal_notice', invoice, transferDateAfterNotice(invoice, customer, context, notice.id));
    } else if ((decision.kind === 'waiting' || decision.kind === 'due') && decision.step === transfer.id) {
      const daysLeft =
        decision.kind === 'due' ? 0 : context.calendar.businessDaysBetween(context.today, decision.dueOn);
      // A transfer already due (caught up) happens on the next business day, not on a past date.
      const planned =
        decision.kind === 'due' ? context.calendar.nextBusinessDayOnOrAfter(context.today) : decision.dueOn;
      if (daysLeft <= businessDaysBeforeTransfer) add(customer, 'pre_transfer', invoice, planned);
    }
  }
  return [...groups.values()].map((g) => ({
    key: salesNoticeKey(g.customer.code, g.stage, g.invoices),
    customerCode: g.customer.code,
    stage: g.stage,
    repEmail: g.customer.salesRepEmail!.toLowerCase(),
    invoiceNumbers: [...g.invoices].sort(),
    plannedTransfer: g.planned.length ? g.planned.reduce((a, b) => (a < b ? a : b)) : null,
  }));
}
