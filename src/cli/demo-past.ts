/**
 * The demo portfolio's past, so that the history, the law firm's dossier and the director's answers
 * tell a story on first start: the reminders Relances sent (each on its business day), the
 * mise en demeure with its LRAR number and the date its avis de réception came back, a call logged,
 * a promise kept, a promise broken, a payment plan under way. Pure: dated journal entries and the
 * dunning state they leave; the seed writes them (src/cli/demo-seed.ts), relative to its « today ».
 *
 * The avis de réception is journaled as the card's « AR reçu » does (`formal_notice.received`) and kept
 * on the invoices it covers (`dunning.notice`), so the transfer's deadline runs from it.
 */
import { SYSTEM_ACTORS } from '../application/system-actors';
import type { BusinessCalendar } from '../domain/business-calendar';
import { addDays, type CalendarDate } from '../domain/calendar-date';
import { placeHold } from '../domain/holds';
import type { Actor, NewJournalEntry } from '../domain/journal';
import { importableSteps, type LadderConfig } from '../domain/ladder';
import type { FormalNoticeRecord, Installment, Invoice } from '../domain/ledger';
import { cents, type Cents } from '../domain/money';

export type DemoStory = 'call' | 'broken_promise' | 'plan' | 'kept_promise';

/** An invoice of the demo with a past. */
export interface PastInvoice {
  number: string;
  customerCode: string;
  customerEmail: string;
  dueDate: CalendarDate;
  amountInclTax: Cents;
  /** The last step Relances sent, by rank in the ladder, and its day (the earlier ones on theirs). */
  lastStep?: number;
  lastStepDate?: CalendarDate;
  story?: DemoStory;
  /** When it was paid (a promise kept). */
  paidOn?: CalendarDate;
}

export interface DemoPast {
  /** Oldest first; `at` is when it was journaled. */
  entries: Array<{ at: Date; entry: NewJournalEntry }>;
  /** What the past leaves on the invoices (last step, pauses, alerts). */
  changes: Array<{ customerCode: string; number: string; change: (invoice: Invoice) => Invoice | null }>;
}

export interface PastContext {
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  /** The last business day on or before today: nothing in the past happens on or after it. */
  anchor: CalendarDate;
  controller: Actor;
}

const back = (calendar: BusinessCalendar, date: CalendarDate, businessDays: number) => {
  let d = date;
  for (let i = 0; i < businessDays; i++) d = calendar.previousBusinessDayOnOrBefore(addDays(d, -1));
  return d;
};

/** A plan in three monthly installments, agreed two weeks ago; the first (last week) is paid. */
export function demoPlan(
  calendar: BusinessCalendar,
  anchor: CalendarDate,
  total: Cents,
): { agreedOn: CalendarDate; installments: Installment[] } {
  const agreedOn = back(calendar, anchor, 10);
  const first = calendar.addBusinessDays(agreedOn, 5);
  const third = Math.floor(total / 3);
  return {
    agreedOn,
    installments: [
      { dueDate: first, amount: cents(third) },
      { dueDate: calendar.nextBusinessDayOnOrAfter(addDays(first, 30)), amount: cents(third) },
      { dueDate: calendar.nextBusinessDayOnOrAfter(addDays(first, 60)), amount: cents(total - 2 * third) },
    ],
  };
}

export function demoPast(invoices: readonly PastInvoice[], context: PastContext): DemoPast {
  const { ladder, calendar, anchor, controller } = context;
  const steps = importableSteps(ladder);
  const dated: Array<{ on: CalendarDate; entry: NewJournalEntry }> = [];
  const changes: DemoPast['changes'] = [];
  const journal = (
    on: CalendarDate,
    inv: PastInvoice,
    action: string,
    details: Record<string, unknown>,
    actor = controller,
  ) => {
    if (on >= anchor) return;
    dated.push({
      on,
      entry: {
        actor,
        action,
        target: { invoiceNumbers: [inv.number], customerCodes: [inv.customerCode] },
        details,
        outcome: 'ok',
      },
    });
  };

  for (const inv of invoices) {
    let last: { step: string; on: CalendarDate } | null = null;
    let notice: FormalNoticeRecord | null = null;
    const rank = Math.min(inv.lastStep ?? -1, steps.length - 1);
    for (let k = 0; k <= rank; k++) {
      const step = steps[k]!;
      const planned = calendar.nextBusinessDayOnOrAfter(addDays(inv.dueDate, step.offsetDays));
      const on = k === rank && inv.lastStepDate ? inv.lastStepDate : planned;
      last = { step: step.id, on };
      if (step.channel === 'email') {
        journal(on, inv, 'email.sent', {
          step: step.id,
          messageId: `<${inv.number}.${k}@demo.greenova.example>`,
          to: [inv.customerEmail],
        });
      } else if (step.channel === 'letter') {
        journal(on, inv, 'letter.generated', { step: step.id });
        journal(on, inv, 'letter.posted', { step: step.id });
      } else if (step.channel === 'registered_letter') {
        const digits = `${inv.number.replace(/\D/g, '').slice(-4)}${on.replace(/-/g, '')}`.padEnd(11, '0');
        const lrar = `1A ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 10)} ${digits.slice(10, 11)}`;
        const receivedOn = calendar.addBusinessDays(on, 2);
        journal(on, inv, 'formal_notice.generated', { step: step.id });
        journal(on, inv, 'formal_notice.posted', { step: step.id, lrar });
        // As « AR reçu » on the card records it (application/decisions/record-notice-event.ts).
        if (receivedOn < anchor) {
          journal(receivedOn, inv, 'formal_notice.received', {
            step: step.id,
            event: 'received',
            on: receivedOn,
            lrar,
            postedOn: on,
          });
        }
        notice = {
          postedOn: on,
          lrar,
          event: receivedOn < anchor ? { kind: 'received', on: receivedOn } : null,
        };
      }
    }
    const changesOf: Array<(i: Invoice) => Invoice | null> = [];
    if (last && !inv.paidOn) {
      const { step, on } = last;
      const covered = notice;
      changesOf.push((i) => ({
        ...i,
        dunning: { ...i.dunning, lastStep: step, lastStepDate: on, ...(covered ? { notice: covered } : {}) },
      }));
    }
    const step = last?.step;

    switch (inv.story) {
      case 'call': {
        const on = calendar.addBusinessDays(last?.on ?? inv.dueDate, 2);
        journal(on, inv, 'customer.called', {
          step,
          note: 'La directrice attend le versement de la CAF ; règlement annoncé dès réception',
        });
        break;
      }
      case 'broken_promise': {
        // Broken yesterday (the last business day before the anchor), after its grace period.
        const brokenOn = calendar.previousBusinessDayOnOrBefore(addDays(anchor, -1));
        const promisedDate = back(calendar, brokenOn, ladder.promiseGraceBusinessDays + 1);
        const calledOn = back(calendar, promisedDate, 2);
        journal(calledOn, inv, 'customer.called', {
          step,
          note: 'Le responsable du magasin promet un virement sous deux jours',
        });
        journal(calledOn, inv, 'promise.recorded', { step, promisedDate });
        journal(
          brokenOn,
          inv,
          'promise.broken',
          { since: brokenOn, hold: { kind: 'promise', promisedDate, since: calledOn } },
          SYSTEM_ACTORS.job,
        );
        changesOf.push((i) => ({
          ...i,
          status: i.status === 'promised' ? 'open' : i.status,
          dunning: { ...i.dunning, hold: null, alert: { kind: 'broken_promise', since: brokenOn } },
        }));
        break;
      }
      case 'plan': {
        const plan = demoPlan(calendar, anchor, inv.amountInclTax);
        journal(plan.agreedOn, inv, 'customer.called', {
          step,
          note: 'Le service facturier demande à régler cette facture en trois fois',
        });
        journal(plan.agreedOn, inv, 'plan.agreed', { step, installments: plan.installments });
        const first = plan.installments[0]!;
        journal(first.dueDate, inv, 'payment.received', { amount: first.amount });
        changesOf.push((i) => {
          const placed = placeHold(i, {
            kind: 'plan',
            installments: plan.installments,
            paidAtStart: cents(0),
            since: plan.agreedOn,
          });
          return placed.ok ? placed.invoice : null;
        });
        break;
      }
      case 'kept_promise': {
        const paidOn = inv.paidOn!;
        const calledOn = back(calendar, calendar.previousBusinessDayOnOrBefore(paidOn), 3);
        journal(calledOn, inv, 'customer.called', {
          step,
          note: 'La comptable confirme le virement, bloqué par un changement de banque',
        });
        journal(calledOn, inv, 'promise.recorded', { step, promisedDate: paidOn });
        journal(paidOn, inv, 'payment.received', { amount: inv.amountInclTax });
        break;
      }
      case undefined:
        break;
    }
    if (changesOf.length > 0) {
      changes.push({
        customerCode: inv.customerCode,
        number: inv.number,
        change: (i) => changesOf.reduce<Invoice | null>((acc, f) => (acc ? f(acc) : null), i),
      });
    }
  }

  // Within a day, in the order written (09:00, 09:01…), so the history reads in order.
  const ordered = dated
    .map((d, index) => ({ ...d, index }))
    .sort((a, b) => a.on.localeCompare(b.on) || a.index - b.index);
  return {
    entries: ordered.map(({ on, entry }, i) => ({
      at: new Date(new Date(`${on}T09:00:00+01:00`).getTime() + i * 60_000),
      entry,
    })),
    changes,
  };
}
