/**
 * « Envoyer la facture de pénalités »: bills a customer's invoices paid late, exactly once.
 *
 * 1. The invoices shown on the card must all still be billable (else « la carte a changé »).
 * 2. The bill is recorded with its invoices in one transaction: a double click or a second
 *    controller finds them taken (« déjà facturées ») and nothing is done twice.
 * 3. Its number is taken in the penalty sequence (conditional insert: never twice, never skipped).
 * 4. Before the e-mail is attempted, the bill records « sending » with its Message-ID under its
 *    ETag — only one click can do that. Sent: « sent », journaled `late_fees.billed`. A failure that
 *    may have delivered it: « uncertain », never sent again without a person. A failure that sent
 *    nothing: « failed », the bill keeps its number and the button sends it again.
 */
import { currentRates, type Rates } from '../rates/effective-rates';
import { randomUUID } from 'node:crypto';
import { addDays, yearOf, type Clock } from '../../domain/calendar-date';
import type { CompanyIdentity } from '../../domain/identity';
import type { Decider } from '../../domain/decisions';
import type { Customer } from '../../domain/ledger';
import {
  lateFeeId,
  type LateFeeOutcome,
  type LateFeeRefusal,
  type PenaltyBill,
} from '../../domain/late-fees';
import type { Cents } from '../../domain/money';
import { lateFeeOutcomeText, penaltyAttachmentName, penaltyEmail } from '../../i18n/late-fees';
import {
  DOCX_CONTENT_TYPE,
  isMailError,
  type DocumentStore,
  type Logger,
  type Mailer,
  type RenderLetter,
  type Stores,
} from '../ports';
import { billableFor, type LateFeeStores } from './proposals';

export interface LateFeeSettings {
  /** A customer's billable total from which the card proposes the bill. */
  threshold: Cents;
  /** `PEN` in `PEN-2026-0001`. */
  numberPrefix: string;
  /** Days the customer has to pay the penalty invoice. */
  paymentDays: number;
}

export interface LateFeeDependencies {
  stores: LateFeeStores & Pick<Stores, 'journal'>;
  /** A fixed table or the live one (set from Teams), read when a bill is made. */
  rates: Rates;
  clock: Clock;
  settings: LateFeeSettings;
  mailer: Mailer;
  company: CompanyIdentity;
  renderLetter: RenderLetter;
  documents: DocumentStore;
  logger: Logger;
}

/** What the button carries: the customer and the invoices the card showed. */
export interface LateFeeRequest {
  customer: string;
  invoices: readonly string[];
}

async function refused(
  deps: Pick<LateFeeDependencies, 'stores'>,
  decider: Decider,
  action: 'late_fees.bill' | 'late_fees.waive',
  request: LateFeeRequest,
  refusal: LateFeeRefusal,
): Promise<LateFeeOutcome> {
  const outcome: LateFeeOutcome = { kind: 'refused', refusal };
  await deps.stores.journal.append({
    actor: decider.actor,
    action,
    target: { customerCodes: [request.customer], invoiceNumbers: [...request.invoices] },
    details: { refusal },
    outcome: 'refused',
    reason: lateFeeOutcomeText(outcome),
  });
  return outcome;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The customer and the lines the card showed, re-read and checked: all still billable, nothing
 * else expected. Shared by the bill and the waiver.
 */
export async function checkRequest(
  deps: Pick<LateFeeDependencies, 'stores' | 'rates' | 'clock'>,
  decider: Decider,
  request: LateFeeRequest,
): Promise<
  | { refusal: LateFeeRefusal; customer?: Customer }
  | { customer: Customer; billable: Awaited<ReturnType<typeof billableFor>> }
> {
  if (!decider.canAct) return { refusal: 'not_allowed' };
  const customer = await deps.stores.customers.get(request.customer);
  if (!customer) return { refusal: 'unknown_customer' };
  const billable = await billableFor(
    deps.stores,
    await currentRates(deps.rates),
    customer,
    deps.clock.today(),
  );
  const shown = billable.lines.filter((l) => request.invoices.includes(l.number));
  if (
    !sameSet(
      shown.map((l) => l.number),
      request.invoices,
    )
  ) {
    const settled = await deps.stores.lateFees.settledInvoices(customer.code);
    return { refusal: request.invoices.every((n) => settled.has(n)) ? 'already_done' : 'changed', customer };
  }
  const interest = shown.reduce((s, l) => s + l.interest, 0) as Cents;
  const indemnity = shown.reduce((s, l) => s + l.indemnity, 0) as Cents;
  return {
    customer,
    billable: { ...billable, lines: shown, interest, indemnity, total: (interest + indemnity) as Cents },
  };
}

export async function billLateFees(
  deps: LateFeeDependencies,
  decider: Decider,
  request: LateFeeRequest,
): Promise<LateFeeOutcome> {
  const { stores, clock } = deps;
  const id = lateFeeId(request.customer, request.invoices);
  // The same click again on a bill that failed to send: send it again (same number).
  const existing = await stores.lateFees.getBill(request.customer, id);
  let bill: PenaltyBill;
  let customer: Customer;
  if (existing) {
    const found = await stores.customers.get(request.customer);
    if (!decider.canAct) return refused(deps, decider, 'late_fees.bill', request, 'not_allowed');
    if (!found) return refused(deps, decider, 'late_fees.bill', request, 'unknown_customer');
    if (existing.status === 'sending') return stuckSending(deps, decider, found, existing);
    if (existing.status !== 'failed' && existing.status !== 'claimed')
      return refused(deps, decider, 'late_fees.bill', request, 'already_done');
    customer = found;
    bill = existing;
  } else {
    const checked = await checkRequest(deps, decider, request);
    if ('refusal' in checked) return refused(deps, decider, 'late_fees.bill', request, checked.refusal);
    customer = checked.customer;
    if (await stores.lateFees.getCustomerWaiver(customer.code))
      return refused(deps, decider, 'late_fees.bill', request, 'customer_waived');
    if (customer.billingEmails.length === 0)
      return refused(deps, decider, 'late_fees.bill', request, 'no_billing_email');
    const { billable } = checked;
    bill = {
      id,
      customerCode: customer.code,
      number: null,
      issuedOn: clock.today(),
      lines: billable.lines,
      interest: billable.interest,
      indemnity: billable.indemnity,
      total: billable.total,
      status: 'claimed',
      decidedBy: decider.actor,
      decidedAt: clock.now().toISOString(),
      messageId: null,
      attempt: null,
      sentAt: null,
      sentTo: [],
      failure: null,
      collected: 0 as Cents,
      collectedOn: null,
    };
    if (!(await stores.lateFees.claim({ kind: 'bill', bill })))
      return refused(deps, decider, 'late_fees.bill', request, 'already_done');
  }
  if (customer.billingEmails.length === 0)
    return refused(deps, decider, 'late_fees.bill', request, 'no_billing_email');

  const number =
    bill.number ??
    (await stores.lateFees.takeNumber(
      deps.settings.numberPrefix,
      yearOf(bill.issuedOn),
      customer.code,
      bill.id,
    ));
  // Drawn before the attempt: a document that cannot be drawn leaves the bill as it was.
  const payBy = addDays(bill.issuedOn, deps.settings.paymentDays);
  const bytes = await deps.renderLetter('penalty-invoice', {
    company: deps.company,
    customer,
    bill: { ...bill, number },
    payBy,
  });
  const email = penaltyEmail({
    companyName: deps.company.legalName,
    customerName: customer.legalName,
    number,
    issuedOn: bill.issuedOn,
    total: bill.total,
    invoices: bill.lines.map((l) => l.number),
    payBy,
    iban: deps.company.iban,
    bic: deps.company.bic,
    controller: deps.company.controller,
  });
  // Only one click moves the bill to « sending »: the one whose attempt is recorded.
  const attempt = randomUUID();
  const messageId = bill.messageId ?? deps.mailer.newMessageId();
  const started = await stores.lateFees.modifyBill(customer.code, bill.id, (current) =>
    current.status === 'claimed' || current.status === 'failed'
      ? {
          ...current,
          number,
          status: 'sending',
          messageId,
          attempt,
          sendingAt: clock.now().toISOString(),
          failure: null,
        }
      : null,
  );
  if (!started || started.status !== 'sending' || started.attempt !== attempt)
    return refused(
      deps,
      decider,
      'late_fees.bill',
      request,
      started?.status === 'sending' ? 'in_progress' : 'already_done',
    );
  bill = started;

  const fileName = penaltyAttachmentName(number);
  const target = {
    customerCodes: [customer.code],
    invoiceNumbers: bill.lines.map((l) => l.number),
    ref: number,
  };
  try {
    const sent = await deps.mailer.send({
      messageId,
      to: customer.billingEmails,
      replyTo: deps.company.controller.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: [{ filename: fileName, content: bytes, contentType: DOCX_CONTENT_TYPE }],
    });
    const sentAt = clock.now().toISOString();
    await stores.lateFees.modifyBill(customer.code, bill.id, (current) => ({
      ...current,
      status: 'sent',
      sentAt,
      sentTo: sent.accepted,
      failure: null,
    }));
    const stored = await deps.documents
      .save({ kind: 'penalty-invoice', fileName, contentType: DOCX_CONTENT_TYPE, bytes }, clock.now())
      .catch((error: unknown) => {
        deps.logger.error({ err: error, bill: number }, 'penalty invoice sent, not stored');
        return null;
      });
    await stores.journal.append({
      actor: decider.actor,
      action: 'late_fees.billed',
      target,
      details: {
        number,
        messageId: sent.messageId,
        to: sent.accepted,
        subject: email.subject,
        interest: bill.interest,
        indemnity: bill.indemnity,
        total: bill.total,
        invoices: bill.lines.map((l) => ({ number: l.number, interest: l.interest, indemnity: l.indemnity })),
        documentId: stored?.id ?? null,
        sha256: stored?.sha256 ?? null,
      },
      outcome: 'ok',
    });
    return { kind: 'billed', customer: customer.legalName, number, total: bill.total, to: sent.accepted };
  } catch (error) {
    const uncertain = isMailError(error) && error.kind === 'uncertain';
    const reason = isMailError(error) ? error.reason : 'Erreur inattendue.';
    deps.logger.warn({ err: error, bill: number }, 'penalty invoice not sent');
    await stores.lateFees.modifyBill(customer.code, bill.id, (current) => ({
      ...current,
      status: uncertain ? 'uncertain' : 'failed',
      failure: reason,
    }));
    const outcome: LateFeeOutcome = uncertain
      ? { kind: 'uncertain', customer: customer.legalName, number }
      : { kind: 'failed', customer: customer.legalName, number, reason };
    await stores.journal.append({
      actor: decider.actor,
      action: uncertain ? 'late_fees.uncertain' : 'late_fees.send_failed',
      target,
      details: { number, messageId, total: bill.total },
      outcome: 'failed',
      reason: lateFeeOutcomeText(outcome),
    });
    return outcome;
  }
}

/** How long a send may take before a bill still « sending » is taken for one a stopped process left. */
export const SENDING_STALE_MS = 5 * 60_000;

/**
 * A bill still « sending »: another click is sending it right now, or the process stopped during
 * the attempt — then nobody knows whether the e-mail left: « à vérifier », never sent again.
 */
async function stuckSending(
  deps: LateFeeDependencies,
  decider: Decider,
  customer: Customer,
  bill: PenaltyBill,
): Promise<LateFeeOutcome> {
  const request = { customer: customer.code, invoices: bill.lines.map((l) => l.number) };
  const since = Date.parse(bill.sendingAt ?? bill.decidedAt);
  if (deps.clock.now().getTime() - since < SENDING_STALE_MS)
    return refused(deps, decider, 'late_fees.bill', request, 'in_progress');
  const marked = await deps.stores.lateFees.modifyBill(customer.code, bill.id, (current) =>
    current.status === 'sending' && current.attempt === bill.attempt
      ? { ...current, status: 'uncertain' }
      : null,
  );
  if (marked?.status !== 'uncertain' || marked.attempt !== bill.attempt)
    return refused(deps, decider, 'late_fees.bill', request, 'already_done');
  const outcome: LateFeeOutcome = {
    kind: 'uncertain',
    customer: customer.legalName,
    number: bill.number ?? '',
  };
  await deps.stores.journal.append({
    actor: decider.actor,
    action: 'late_fees.uncertain',
    target: {
      customerCodes: [customer.code],
      invoiceNumbers: request.invoices,
      ref: bill.number ?? undefined,
    },
    details: { number: bill.number, messageId: bill.messageId, total: bill.total, interrupted: true },
    outcome: 'failed',
    reason: lateFeeOutcomeText(outcome),
  });
  return outcome;
}
