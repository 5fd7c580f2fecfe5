/**
 * « Envoyer l’e-mail »: the pre-due reminder or the J+3 reminder, to the customer's billing
 * addresses, Reply-To the controller, through the configured transport. Sent once; the invoices
 * move past the step only when the transport accepted the message; the message id is journaled.
 */
import type { CompanyIdentity } from '../domain/identity';
import { cents } from '../domain/money';
import { renderEmail, type EmailTemplate } from '../documents/email-templates';
import { fr } from '../i18n/fr';
import { isMailError, type Mailer } from '../application/ports';
import { claimAction, finish, invoicesAsOfToday, markStepDone, release } from './carry-out';
import {
  actionTarget,
  loadActionFor,
  record,
  type ActionRefInput,
  type Decider,
  type DecisionDependencies,
  type Outcome,
} from './decision-context';

export interface MailDependencies extends DecisionDependencies {
  mailer: Mailer;
  company: CompanyIdentity;
}

function templateFor(deps: MailDependencies, step: string): EmailTemplate {
  const name =
    deps.ladder.preDue?.id === step
      ? deps.ladder.preDue.template
      : deps.ladder.steps.find((s) => s.id === step)?.template;
  return name === 'pre-due-email' ? 'pre-due-email' : 'reminder-email';
}

export async function sendReminderEmail(
  deps: MailDependencies,
  decider: Decider,
  input: ActionRefInput,
): Promise<Outcome> {
  const loaded = await loadActionFor(deps, decider, 'email.send', input);
  if ('refused' in loaded) return loaded.refused;
  if (loaded.action.channel !== 'email') {
    return { ok: false, message: fr.decisions.refused(fr.decisions.wrongChannel) };
  }
  const claim = await claimAction(deps, decider, loaded.action, ['proposed']);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices, dropped } = claim.claimed;
  const today = deps.clock.today();

  if (customer.billingEmails.length === 0) {
    await release(deps, action, fr.decisions.noBillingEmail);
    await record(
      deps,
      decider,
      'email.failed',
      actionTarget(action),
      { step: action.step },
      'failed',
      fr.decisions.noBillingEmail,
    );
    return { ok: false, message: fr.decisions.failed(fr.decisions.noBillingEmail) };
  }
  const listed = invoicesAsOfToday(invoices, today);
  const email = renderEmail(templateFor(deps, action.step), {
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
    const note = dropped.length ? dropped.map((d) => `${d.number} ${d.reason}`).join(' ; ') : null;
    await finish(deps, action, {
      status: 'sent',
      statusReason: note,
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
    return { ok: true, message: fr.decisions.emailSent(customer.legalName, sent.accepted.join(', ')) };
  } catch (error) {
    const reason = isMailError(error) ? error.reason : fr.decisions.unexpected;
    deps.logger.error({ err: error, action: action.id }, 'reminder e-mail not sent');
    await release(deps, action, fr.decisions.sendFailed(reason));
    await record(
      deps,
      decider,
      'email.failed',
      actionTarget(action),
      { step: action.step },
      'failed',
      reason,
    );
    return { ok: false, message: fr.decisions.failed(reason) };
  }
}
