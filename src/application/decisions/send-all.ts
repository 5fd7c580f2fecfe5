/**
 * « Tout envoyer »: every e-mail still proposed in a section, one after the other, each claimed
 * like a single click (a parallel click sends nothing twice). Started now, carried out in the
 * background by the caller's task runner; `onEach` lets the edge refresh the card as it goes.
 */
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import type { StepId } from '../../domain/ledger';
import type { BackgroundTasks } from '../background-tasks';
import { refuse } from './dependencies';
import { sendReminderEmail, type MailDependencies } from './send-email';

export interface SendAllRequest {
  date: ActionRef['date'];
  step: StepId;
}

export async function sendAllEmails(
  deps: MailDependencies & { background: BackgroundTasks },
  decider: Decider,
  request: SendAllRequest,
  onEach: () => Promise<void>,
): Promise<Outcome> {
  if (!decider.canAct) return refuse(deps, decider, 'email.send_all', request, { code: 'not_allowed' });
  const proposed = (await deps.stores.actions.listForDate(request.date)).filter(
    (a) => a.step === request.step && a.channel === 'email' && a.status === 'proposed',
  );
  if (proposed.length === 0) return { kind: 'refused', refusal: { code: 'nothing_to_send' } };
  deps.background.start('send all', async () => {
    for (const action of proposed) {
      await sendReminderEmail(deps, decider, {
        date: request.date,
        customer: action.customerCode,
        step: action.step,
      }).catch((error: unknown) =>
        deps.logger.error({ err: error, action: action.id }, 'send all: one e-mail failed'),
      );
      await onEach();
    }
  });
  return { kind: 'done', customer: '', done: { kind: 'send_all_started', count: proposed.length } };
}
