/**
 * « Tout envoyer »: every e-mail still proposed in a section goes into a queue that is the actions
 * themselves (« en file d’attente », with who asked), then is sent one after the other, each
 * claimed like a single click. The queue survives a restart: the sweeper (./sweeper.ts) resumes it,
 * and two instances working it send each e-mail once.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { addDays } from '../../domain/calendar-date';
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import { dayHeader } from '../../i18n/fr/customer';
import { failureText, outcomeText } from '../../i18n/reasons';
import type { StepId } from '../../domain/ledger';
import { refuse } from './dependencies';
import { sendReminderEmail, type MailDependencies } from './send-email';
import { deciderOfAction } from './sending';

export interface SendAllRequest {
  date: ActionRef['date'];
  step: StepId;
}

/** How far back a queue left by a stopped process is resumed. */
const QUEUE_LOOKBACK_DAYS = 10;

export async function sendAllEmails(
  deps: MailDependencies,
  decider: Decider,
  request: SendAllRequest,
  onEach: () => Promise<void>,
): Promise<Outcome> {
  if (!decider.canAct) return refuse(deps, decider, 'email.send_all', request, { code: 'not_allowed' });
  const proposed = (await deps.stores.actions.listForDate(request.date)).filter(
    (a) => a.step === request.step && a.channel === 'email' && a.status === 'proposed',
  );
  if (proposed.length === 0)
    return refuse(deps, decider, 'email.send_all', request, { code: 'nothing_to_send' });
  const at = deps.clock.now().toISOString();
  let queued = 0;
  for (const action of proposed) {
    const after = await deps.stores.actions.modify(action.date, action.customerCode, action.step, (a) =>
      a.status === 'proposed' ? { ...a, status: 'queued', decidedBy: decider.actor, decidedAt: at } : null,
    );
    if (after?.status === 'queued' && after.decidedAt === at) queued++;
  }
  await deps.stores.journal.append({
    actor: decider.actor,
    action: 'email.send_all',
    target: { customerCodes: proposed.map((a) => a.customerCode) },
    details: { date: request.date, step: request.step, queued },
    outcome: 'ok',
  });
  deps.background.start('send the queue', () => sendQueued(deps, deps.clock.today(), onEach));
  return { kind: 'done', customer: '', done: { kind: 'send_all_started', count: queued } };
}

/**
 * Sends every queued e-mail of the last days, one after the other, on behalf of who queued it.
 * Safe to run in several processes at once: each e-mail is claimed before it is sent.
 */
export async function sendQueued(
  deps: MailDependencies,
  today: CalendarDate,
  onEach: () => Promise<void> = async () => undefined,
): Promise<number> {
  let sent = 0;
  /** What became of each queued e-mail, per day and step: journaled as « Tout envoyer »'s summary. */
  const summaries = new Map<string, SendAllSummary>();
  try {
    sent = await sendEach(deps, today, onEach, summaries);
  } finally {
    for (const summary of summaries.values()) await journalSummary(deps, summary);
  }
  return sent;
}

interface SendAllSummary {
  date: CalendarDate;
  step: StepId;
  actor: Decider['actor'];
  customers: string[];
  sent: string[];
  failed: string[];
  skipped: string[];
}

async function journalSummary(deps: MailDependencies, summary: SendAllSummary): Promise<void> {
  try {
    await deps.stores.journal.append({
      actor: summary.actor,
      action: 'email.send_all_done',
      target: { customerCodes: summary.customers },
      details: {
        date: summary.date,
        step: summary.step,
        sent: summary.sent,
        failed: summary.failed,
        skipped: summary.skipped,
      },
      outcome: summary.failed.length > 0 ? 'failed' : 'ok',
    });
  } catch (error) {
    deps.logger.error({ err: error }, '« Tout envoyer »: its summary could not be journaled');
  }
}

async function sendEach(
  deps: MailDependencies,
  today: CalendarDate,
  onEach: () => Promise<void>,
  summaries: Map<string, SendAllSummary>,
): Promise<number> {
  let sent = 0;
  for (let back = QUEUE_LOOKBACK_DAYS; back >= 0; back--) {
    const day = addDays(today, -back);
    for (const action of await deps.stores.actions.listForDate(day)) {
      if (action.status !== 'queued') continue;
      // Stopping: the rest stays queued, resumed by the sweeper of the next start.
      if (deps.background.stopping) return sent;
      const ref = { date: action.date, customer: action.customerCode, step: action.step };
      const outcome = await sendReminderEmail(deps, deciderOfAction(action), ref, ['queued']).catch(
        (error: unknown) => {
          deps.logger.error({ err: error, action: action.id }, 'a queued e-mail failed');
          return null;
        },
      );
      if (outcome?.kind === 'done') sent++;
      const key = `${action.date}|${action.step}`;
      const summary = summaries.get(key) ?? {
        date: action.date,
        step: action.step,
        actor: deciderOfAction(action).actor,
        customers: [],
        sent: [],
        failed: [],
        skipped: [],
      };
      summaries.set(key, summary);
      summary.customers.push(action.customerCode);
      const name = action.customerName;
      if (!outcome) summary.failed.push(dayHeader.why(name, failureText({ code: 'unexpected' })));
      else if (outcome.kind === 'done') summary.sent.push(name);
      else if (outcome.kind === 'failed')
        summary.failed.push(dayHeader.why(name, failureText(outcome.failure)));
      else if (outcome.kind === 'uncertain') summary.failed.push(outcomeText(outcome, deps.texts));
      else summary.skipped.push(outcomeText(outcome, deps.texts));
      await onEach();
    }
  }
  return sent;
}
