/**
 * « AR reçu », « Avisé non réclamé », « Pli retourné » on the row of a customer under a mise en
 * demeure: what La Poste said, with its date, is stored on every invoice the letter covers and
 * journaled. The AR (or the presentation) starts the 8 days the letter gives; a returned letter
 * starts nothing (the address must be checked).
 */
import { customerStage } from '../../domain/customer-voice';
import type { CalendarDate } from '../../domain/calendar-date';
import type { Decider, Outcome } from '../../domain/decisions';
import { formalNoticeOf } from '../../domain/dunning-engine';
import type { NoticeEvent } from '../../domain/ledger';
import { record, refuse, type DecisionDependencies } from './dependencies';

export interface NoticeEventRequest {
  customer: string;
  event: NoticeEvent['kind'];
  /** The date typed on the card; null when missing or malformed. */
  on: CalendarDate | null;
}

export async function recordNoticeEvent(
  deps: DecisionDependencies,
  decider: Decider,
  request: NoticeEventRequest,
): Promise<Outcome> {
  const verb = `formal_notice.${request.event}`;
  if (!decider.canAct) return refuse(deps, decider, verb, request, { code: 'not_allowed' });
  const [customer, invoices] = await Promise.all([
    deps.stores.customers.get(request.customer),
    deps.stores.invoices.listByCustomer(request.customer),
  ]);
  const stage = customerStage(invoices, deps.ladder);
  if (!customer || stage.kind !== 'formal_notice')
    return refuse(deps, decider, verb, request, { code: 'no_notice' });
  const on = request.on;
  if (!on || on > deps.clock.today() || on < stage.notice.postedOn)
    return refuse(deps, decider, verb, request, { code: 'bad_event_date' });

  const event: NoticeEvent = { kind: request.event, on };
  const covered: string[] = [];
  for (const number of stage.invoices) {
    let changed = false;
    await deps.stores.invoices.modify(request.customer, number, (current) => {
      changed = false;
      const notice = formalNoticeOf(current, deps.ladder);
      if (!notice || notice.postedOn !== stage.notice.postedOn) return null;
      changed = true;
      return { ...current, dunning: { ...current.dunning, notice: { ...notice, event } } };
    });
    if (changed) covered.push(number);
  }
  await record(
    deps,
    decider,
    verb,
    { invoiceNumbers: covered, customerCodes: [request.customer] },
    { event: event.kind, on, lrar: stage.notice.lrar, postedOn: stage.notice.postedOn },
    'ok',
  );
  return {
    kind: 'done',
    customer: customer.legalName,
    done: { kind: 'notice_event', event: event.kind, on },
  };
}
