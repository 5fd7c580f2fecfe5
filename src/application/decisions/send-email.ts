/**
 * « Envoyer l’e-mail »: the pre-due reminder or the J+3 reminder, to the customer's billing
 * addresses, Reply-To the controller, through the configured transport. Sent once; the invoices
 * move past the step only when the transport accepted the message; the message id is journaled.
 */
import type { ActionFailure } from '../../domain/actions';
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import type { CompanyIdentity } from '../../domain/identity';
import type { LadderConfig } from '../../domain/ladder';
import { cents } from '../../domain/money';
import { failureText } from '../../i18n/reasons';
import { isMailError, type EmailTemplate, type Mailer, type RenderEmail } from '../ports';
import { claimAction, droppedNote, finish, invoicesAsOfToday, markStepDone, release } from './claim';
import { actionTarget, loadActionFor, record, refuse, type DecisionDependencies } from './dependencies';

export interface MailDependencies extends DecisionDependencies {
  mailer: Mailer;
  company: CompanyIdentity;
  renderEmail: RenderEmail;
}

function templateFor(ladder: LadderConfig, step: string): EmailTemplate {
  const name =
    ladder.preDue?.id === step ? ladder.preDue.template : ladder.steps.find((s) => s.id === step)?.template;
  return name === 'pre-due-email' ? 'pre-due-email' : 'reminder-email';
}

export async function sendReminderEmail(
  deps: MailDependencies,
  decider: Decider,
  ref: ActionRef,
): Promise<Outcome> {
  const loaded = await loadActionFor(deps, decider, 'email.send', ref);
  if ('refused' in loaded) return loaded.refused;
  if (loaded.action.channel !== 'email')
    return refuse(deps, decider, 'email.send', ref, { code: 'wrong_channel' });
  const claim = await claimAction(deps, decider, loaded.action, ['proposed']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices, dropped } = claim.claimed;
  const today = deps.clock.today();

  const fail = async (failure: ActionFailure): Promise<Outcome> => {
    await release(deps, action, { kind: 'failed', failure });
    await record(
      deps,
      decider,
      'email.failed',
      actionTarget(action),
      { step: action.step, failure: failure.code },
      'failed',
      failureText(failure),
    );
    return { kind: 'failed', failure };
  };

  if (customer.billingEmails.length === 0) return fail({ code: 'no_billing_email' });
  const listed = invoicesAsOfToday(invoices, today);
  const email = deps.renderEmail(templateFor(deps.ladder, action.step), {
    company: deps.company,
    customer: { legalName: customer.legalName, type: customer.type, billingEmails: customer.billingEmails },
    invoices: listed,
    total: cents(listed.reduce((s, i) => s + i.balance, 0)),
    today,
  });
  try {
    const sent = await deps.mailer.send({
      to: customer.billingEmails,
      replyTo: deps.company.controller.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
    const moved = await markStepDone(deps, claim.claimed, false);
    await finish(deps, action, {
      status: 'sent',
      note: droppedNote(dropped),
      details: { messageId: sent.messageId, to: sent.accepted.join(', ') },
    });
    await record(
      deps,
      decider,
      'email.sent',
      { ...actionTarget(action), invoiceNumbers: moved },
      {
        step: action.step,
        messageId: sent.messageId,
        to: sent.accepted,
        subject: email.subject,
        transport: sent.transport,
        dropped,
      },
      'ok',
    );
    return { kind: 'done', customer: customer.legalName, done: { kind: 'email_sent', to: sent.accepted } };
  } catch (error) {
    deps.logger.error({ err: error, action: action.id }, 'reminder e-mail not sent');
    return fail(isMailError(error) ? { code: 'send_failed', reason: error.reason } : { code: 'unexpected' });
  }
}
