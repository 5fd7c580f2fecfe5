/**
 * « Transmettre au cabinet »: the cover letter and the dossier (with the whole journal history) are
 * e-mailed to the law firm — exactly once (see ./sending.ts) — then the invoices go into
 * litigation and the sales rep is told.
 */
import type { ActionFailure, ActionNote, DunningAction } from '../../domain/actions';
import { calendarDateAt } from '../../domain/calendar-date';
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import type { Customer } from '../../domain/ledger';
import { fr } from '../../i18n/fr';
import { failureText, refusalText } from '../../i18n/reasons';
import type { OutgoingMail } from '../ports';
import { transferHeld } from '../../domain/escalation-guard';
import { claimAction, finish, markStepDone, release } from './claim';
import { actionTarget, loadActionFor, record, refuse } from './dependencies';
import { assembleDossier } from './dossier-mail';
import { letterInput, type LetterDependencies } from './letter-input';
import type { SendFrom } from './send-email';
import { journalOnce, persistently, recordSent, SENDING, sendForAction } from './sending';

export interface TransferDependencies extends LetterDependencies {
  /** Told when a customer's file went to the firm (the sales rep's notice). */
  onTransferred?: (customer: Customer, invoiceNumbers: readonly string[]) => Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * What follows a dossier sent to the firm: the invoices go into litigation (as of the day it was
 * sent), the journal records it once, the action closes. Never sends anything.
 */
export async function completeTransfer(
  deps: Pick<TransferDependencies, 'stores' | 'lawFirm'>,
  decider: Decider,
  action: DunningAction,
): Promise<void> {
  const messageId = action.details[SENDING.messageId] ?? '';
  const sentAt = action.details[SENDING.sentAt] ?? new Date(0).toISOString();
  const numbers = action.invoices.map((i) => i.number);
  const moved = await markStepDone(deps, action, numbers, calendarDateAt(new Date(sentAt)), true);
  await journalOnce(
    deps.stores,
    {
      actor: decider.actor,
      action: 'litigation.transferred',
      target: { ...actionTarget(action), invoiceNumbers: moved },
      details: {
        step: action.step,
        lawFirm: deps.lawFirm.name,
        messageId,
        documentId: action.details.documentId,
        coverDocumentId: action.details.coverDocumentId,
        documentSha256: action.details.documentSha256,
        ...(action.supplement ? { supplement: true } : {}),
      },
      outcome: 'ok',
    },
    action.customerCode,
    messageId,
  );
  await finish(deps, action, { status: 'transferred', note: null });
}

/** The cover letter and the dossier, rendered and stored; the e-mail that carries them. */
async function prepareDossier(
  deps: TransferDependencies,
  action: DunningAction,
  customer: Customer,
  invoices: Parameters<typeof letterInput>[2],
): Promise<Omit<OutgoingMail, 'messageId'>> {
  const { base, journal } = await letterInput(deps, customer, invoices);
  const payments = (await Promise.all(invoices.map((i) => deps.stores.payments.listByInvoice(i.number))))
    .flat()
    .filter((p) => p.customerCode === customer.code);
  const input = { ...base, lawFirm: deps.lawFirm, ladder: deps.ladder, journal, payments };
  // Every piece the bordereau marks « Jointe » is attached, from the same list (./dossier-mail.ts).
  const assembled = await assembleDossier(deps, customer, invoices, input);
  await finish(deps, action, {
    details: {
      documentId: assembled.dossierDocumentId,
      coverDocumentId: assembled.coverDocumentId,
      documentSha256: assembled.dossierSha256,
    },
  });
  // A supplement to a file already at the firm says so (« complément au dossier »).
  const body = (action.supplement ? fr.formalNotice.supplement.body : fr.letters.transferBody)(
    deps.lawFirm.contact.name,
    customer.legalName,
    deps.company.controller.name,
  );
  return {
    to: [deps.lawFirm.email],
    replyTo: deps.company.controller.email,
    subject: (action.supplement ? fr.formalNotice.supplement.subject : fr.letters.transferSubject)(
      customer.legalName,
      invoices.map((i) => i.number).join(', '),
    ),
    text: body,
    html: `<p>${escapeHtml(body).replace(/\n/g, '<br>')}</p>`,
    attachments: assembled.attachments,
  };
}

function noteOf(held: NonNullable<ReturnType<typeof transferHeld>>): ActionNote {
  return held.code === 'transfer_held'
    ? { kind: 'transfer_held' }
    : { kind: 'transfer_not_yet', on: held.on, why: held.why };
}

/** Why the transfer may not go yet, from the invoices as they are now (null: it may). */
async function heldBack(deps: TransferDependencies, action: DunningAction) {
  const [customer, invoices] = await Promise.all([
    deps.stores.customers.get(action.customerCode),
    deps.stores.invoices.listByCustomer(action.customerCode),
  ]);
  if (!customer) return null;
  return transferHeld(
    action.invoices.map((i) => ({ number: i.number, step: i.step })),
    new Map(invoices.map((i) => [i.number, i])),
    customer,
    { ladder: deps.ladder, calendar: deps.calendar, today: deps.clock.today() },
  );
}

export async function transferToLawFirm(
  deps: TransferDependencies,
  decider: Decider,
  ref: ActionRef,
  from: readonly SendFrom[] = ['proposed'],
): Promise<Outcome> {
  const verb = 'litigation.transfer';
  const loaded = await loadActionFor(deps, decider, verb, ref);
  if ('refused' in loaded) return loaded.refused;
  if (loaded.action.channel !== 'transfer')
    return refuse(deps, decider, verb, ref, { code: 'wrong_channel' });
  const held = await heldBack(deps, loaded.action);
  if (held) {
    // Not possible yet (the notice's deadline, the firm's mandate) or the letter came back: refused
    // with the reason, and the proposal withdrawn — the card shows when it will be proposed.
    await deps.stores.actions.modify(
      loaded.action.date,
      loaded.action.customerCode,
      loaded.action.step,
      (a) => (a.status === 'proposed' ? { ...a, status: 'withdrawn', note: noteOf(held) } : null),
    );
    // Journaled on the customer's file, so that its history says why the file did not go.
    await record(
      deps,
      decider,
      verb,
      actionTarget(loaded.action),
      { input: ref, refusal: held.code, ...(held.code === 'transfer_not_yet' ? { on: held.on } : {}) },
      'refused',
      refusalText(held, deps.texts),
    );
    return { kind: 'refused', refusal: held };
  }
  const claim = await claimAction(deps, decider, loaded.action, from);
  if ('outcome' in claim) return claim.outcome;
  const { action, customer, invoices } = claim.claimed;

  const fail = async (failure: ActionFailure): Promise<Outcome> => {
    await release(deps, action, { kind: 'failed', failure });
    await record(
      deps,
      decider,
      'litigation.transfer_failed',
      actionTarget(action),
      { step: action.step },
      'failed',
      failureText(failure),
    );
    return { kind: 'failed', failure };
  };

  let result;
  try {
    result = await sendForAction(deps, action, await prepareDossier(deps, action, customer, invoices));
  } catch (error) {
    // The documents or the intent could not be recorded (storage): nothing was sent.
    deps.logger.error({ err: error, action: action.id }, 'transfer to the law firm not attempted');
    return fail({ code: 'unexpected' });
  }
  if (result.kind === 'failed') return fail(result.failure);
  if (result.kind === 'uncertain') {
    await finish(deps, action, { status: 'uncertain', note: { kind: 'failed', failure: result.failure } });
    await record(
      deps,
      decider,
      'litigation.transfer_uncertain',
      actionTarget(action),
      { step: action.step, messageId: action.details[SENDING.messageId] ?? null },
      'failed',
      failureText(result.failure),
    );
    return { kind: 'uncertain', customer: customer.legalName, reason: result.failure.reason };
  }

  // Sent: from here on, completing is retried, never the sending.
  const sent = result.sent;
  const numbers = invoices.map((i) => i.number);
  const complete = async () => {
    await recordSent(deps.stores, action, sent, deps.clock.now());
    const current = (await deps.stores.actions.get(action.date, action.customerCode, action.step)) ?? action;
    await completeTransfer(deps, decider, {
      ...current,
      invoices: current.invoices.filter((i) => numbers.includes(i.number)),
    });
  };
  try {
    await complete();
  } catch (error) {
    deps.logger.error(
      { err: error, action: action.id },
      'file sent to the firm, recording it failed: retrying',
    );
    deps.background.start('complete a transfer', () => persistently(complete, deps.completionRetryDelaysMs));
  }
  await deps
    .onTransferred?.(customer, numbers)
    .catch((error: unknown) =>
      deps.logger.warn({ err: error, action: action.id }, 'could not tell the sales rep about the transfer'),
    );
  return {
    kind: 'done',
    customer: customer.legalName,
    done: { kind: 'transferred', lawFirm: deps.lawFirm.name },
  };
}
