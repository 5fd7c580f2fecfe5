/**
 * « Envoyer l’e-mail »: the pre-due reminder or the J+3 reminder, to the customer's billing
 * addresses, Reply-To the controller, through the configured transport — exactly once (see
 * ./sending.ts): the intent is recorded before the attempt, a possibly delivered message is never
 * sent again without a person deciding, and what follows a sent message (invoices moved past the
 * step, journal, action closed) is completed even if the storage fails at that moment.
 */
import type { ActionFailure, DunningAction } from '../../domain/actions';
import { calendarDateAt } from '../../domain/calendar-date';
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import type { DroppedInvoice } from '../../domain/escalation-guard';
import type { CompanyIdentity } from '../../domain/identity';
import type { LadderConfig } from '../../domain/ladder';
import { cents } from '../../domain/money';
import { failureText } from '../../i18n/reasons';
import type { BackgroundTasks } from '../background-tasks';
import { invoiceCopiesText } from '../../i18n/invoice-pdfs';
import type { DocumentStore, EmailTemplate, Mailer, RenderEmail } from '../ports';
import { invoiceCopies, type InvoiceCopies } from './invoice-copies';
import { claimAction, droppedNote, finish, invoicesAsOfToday, markStepDone, release } from './claim';
import { actionTarget, loadActionFor, record, refuse, type DecisionDependencies } from './dependencies';
import { journalOnce, persistently, recordSent, SENDING, sendForAction } from './sending';

export interface MailDependencies extends DecisionDependencies {
  mailer: Mailer;
  /** Where the invoices' PDFs are (attached to reminder e-mails); without it, none are attached. */
  documents?: DocumentStore;
  company: CompanyIdentity;
  renderEmail: RenderEmail;
  /** Where completions that outlive the click run (a storage outage after a send). */
  background: BackgroundTasks;
  /** Pauses between attempts to complete a sent message while the storage fails. */
  completionRetryDelaysMs?: readonly number[];
}

/** The text of a sent e-mail kept in its journal entry, at most (an entry is one table property). */
export const SENT_TEXT_MAX_CHARS = 12_000;

function templateFor(ladder: LadderConfig, step: string): EmailTemplate {
  const name =
    ladder.preDue?.id === step ? ladder.preDue.template : ladder.steps.find((s) => s.id === step)?.template;
  return name === 'pre-due-email' ? 'pre-due-email' : 'reminder-email';
}

/** Which statuses a sending may start from: a fresh proposal, « Tout envoyer »'s queue, or a resend. */
export type SendFrom = 'proposed' | 'queued' | 'uncertain';

/**
 * What follows a sent e-mail: the invoices move past the step (as of the day it was sent), the
 * journal records it once, the action closes. Run after the send, again by a retry, or by the
 * sweeper when the process stopped in between: never sends anything.
 */
export async function completeSentEmail(
  deps: Pick<MailDependencies, 'stores'>,
  decider: Decider,
  action: DunningAction,
  extra: { subject?: string; text?: string; dropped?: readonly DroppedInvoice[] } = {},
): Promise<void> {
  const messageId = action.details[SENDING.messageId] ?? '';
  const sentAt = action.details[SENDING.sentAt] ?? new Date(0).toISOString();
  const to = (action.details[SENDING.sentTo] ?? '').split(', ').filter(Boolean);
  const numbers = action.invoices.map((i) => i.number);
  const moved = await markStepDone(deps, action, numbers, calendarDateAt(new Date(sentAt)), false);
  await journalOnce(
    deps.stores,
    {
      actor: decider.actor,
      action: 'email.sent',
      target: { ...actionTarget(action), invoiceNumbers: moved },
      details: {
        step: action.step,
        messageId,
        to,
        subject: extra.subject,
        // What was sent, to be read again from the customer's card (bounded: one journal entry).
        text: extra.text?.slice(0, SENT_TEXT_MAX_CHARS),
        dropped: extra.dropped ?? [],
      },
      outcome: 'ok',
    },
    action.customerCode,
    messageId,
  );
  await finish(deps, action, {
    status: 'sent',
    note: droppedNote(extra.dropped ?? []),
    details: { to: to.join(', ') },
  });
}

export async function sendReminderEmail(
  deps: MailDependencies,
  decider: Decider,
  ref: ActionRef,
  from: readonly SendFrom[] = ['proposed'],
): Promise<Outcome> {
  const loaded = await loadActionFor(deps, decider, 'email.send', ref);
  if ('refused' in loaded) return loaded.refused;
  if (loaded.action.channel !== 'email')
    return refuse(deps, decider, 'email.send', ref, { code: 'wrong_channel' });
  const claim = await claimAction(deps, decider, loaded.action, from);
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
  let copies: InvoiceCopies;
  try {
    // The invoices' PDFs, when imported: gathered before the send (nothing is sent on a failure here).
    copies = await invoiceCopies(
      deps,
      customer.code,
      listed.map((i) => i.number),
    );
  } catch (error) {
    deps.logger.error({ err: error, action: action.id }, 'reminder e-mail not attempted (invoice PDFs)');
    return fail({ code: 'unexpected' });
  }
  const email = deps.renderEmail(templateFor(deps.ladder, action.step), {
    company: deps.company,
    customer: { legalName: customer.legalName, type: customer.type, billingEmails: customer.billingEmails },
    invoices: listed,
    total: cents(listed.reduce((s, i) => s + i.balance, 0)),
    today,
    invoiceCopies: {
      attached: invoiceCopiesText.attached(copies.attached),
      onRequest: invoiceCopiesText.onRequest(copies.onRequest),
    },
  });
  let result;
  try {
    result = await sendForAction(deps, action, {
      to: customer.billingEmails,
      replyTo: deps.company.controller.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(copies.attachments.length > 0 ? { attachments: copies.attachments } : {}),
    });
  } catch (error) {
    // The intent could not be recorded (storage): nothing was sent.
    deps.logger.error({ err: error, action: action.id }, 'reminder e-mail not attempted');
    return fail({ code: 'unexpected' });
  }
  if (result.kind === 'failed') {
    deps.logger.warn({ action: action.id, failure: result.failure }, 'reminder e-mail not sent');
    return fail(result.failure);
  }
  if (result.kind === 'uncertain') return markUncertain(deps, decider, action, result.failure);

  // Sent: from here on, nothing may send it again — completing is retried, never the sending.
  const sent = result.sent;
  const invoiceNumbers = invoices.map((i) => i.number);
  const scoped = { ...action, invoices: action.invoices.filter((i) => invoiceNumbers.includes(i.number)) };
  const complete = async () => {
    await recordSent(deps.stores, action, sent, deps.clock.now());
    const current = (await deps.stores.actions.get(action.date, action.customerCode, action.step)) ?? action;
    await completeSentEmail(
      deps,
      decider,
      { ...current, invoices: scoped.invoices },
      { subject: email.subject, text: email.text, dropped },
    );
  };
  try {
    await complete();
  } catch (error) {
    deps.logger.error({ err: error, action: action.id }, 'e-mail sent, recording it failed: retrying');
    deps.background.start('complete a sent e-mail', () =>
      persistently(complete, deps.completionRetryDelaysMs),
    );
  }
  return { kind: 'done', customer: customer.legalName, done: { kind: 'email_sent', to: sent.accepted } };
}

/** The message may have reached the customer: « à vérifier », journaled; nothing is sent again. */
async function markUncertain(
  deps: MailDependencies,
  decider: Decider,
  action: DunningAction,
  failure: Extract<ActionFailure, { code: 'uncertain' }>,
): Promise<Outcome> {
  await finish(deps, action, { status: 'uncertain', note: { kind: 'failed', failure } });
  await record(
    deps,
    decider,
    'email.uncertain',
    actionTarget(action),
    { step: action.step, messageId: action.details[SENDING.messageId] ?? null },
    'failed',
    failureText(failure),
  );
  return { kind: 'uncertain', customer: action.customerName, reason: failure.reason };
}
