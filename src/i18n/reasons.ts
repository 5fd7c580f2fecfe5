/**
 * The domain's reason codes in French: why an invoice left an action, why a transition was
 * refused, what the card notes about an action, and what a decision came to.
 */
import type { ActionFailure, ActionNote } from '../domain/actions';
import { formatDateLongFr, formatDateShortFr, type CalendarDate } from '../domain/calendar-date';
import type { WaitReason } from '../domain/dunning-engine';
import type { Outcome, Refusal } from '../domain/decisions';
import type { DroppedInvoice, GuardReason } from '../domain/escalation-guard';
import type { TransitionRefusal } from '../domain/holds';
import { stepLabel, type LadderConfig } from '../domain/ladder';
import type { DigestWarning, JobSkip } from '../domain/job-run';
import type { StepId } from '../domain/ledger';
import type { Cents } from '../domain/money';
import { fr } from './fr';
import { semesterLabel } from './letters';
import { ratePercent } from './penalties';
import { toTheFirm } from './law-firm';
import { countOf } from './plural';
import { anyImport } from './import-any';

/** What texts need from the configuration: the ladder's labels and the firm's name. */

export interface TextContext {
  stepLabel(step: StepId): string;
  lawFirm: string;
  /** The claim under which a transfer to the firm is not worth it (the card warns); absent: none. */
  lawFirmMinClaim?: Cents;
}

export function textContext(ladder: LadderConfig, lawFirmName: string, lawFirmMinClaim?: Cents): TextContext {
  return {
    stepLabel: (step) => stepLabel(ladder, step),
    lawFirm: lawFirmName,
    ...(lawFirmMinClaim !== undefined ? { lawFirmMinClaim } : {}),
  };
}

const PAUSES = {
  dispute: 'en litige',
  promise: 'promesse de paiement en cours',
  plan: 'échéancier en cours',
  postponed: 'relance reportée',
  notice_returned: 'mise en demeure revenue (pli retourné)\u00a0: vérifiez l’adresse',
  insolvency:
    'client en procédure collective\u00a0: créance antérieure au jugement d’ouverture, à déclarer au mandataire (plus aucune relance)',
} as const;

const FINISHES = {
  closed: 'réglée ou passée en perte',
  settled: 'soldée',
  litigation: 'déjà au contentieux',
  ladder_complete: 'procédure de relance terminée',
  unknown_step: 'étape de relance inconnue',
} as const;

export function guardReasonText(reason: GuardReason, ctx: TextContext): string {
  switch (reason.code) {
    case 'missing':
      return 'facture introuvable';
    case 'unknown_customer':
      return 'client inconnu';
    case 'paused':
      return PAUSES[reason.pause];
    case 'finished':
      return FINISHES[reason.finish];
    case 'waiting':
      return reason.why && reason.why.code !== 'offset'
        ? `${fr.formalNotice.transferPossible(formatDateShortFr(reason.on), waitReasonText(reason.why, ctx))}`
        : `prochaine étape ${ctx.stepLabel(reason.step)} le ${formatDateShortFr(reason.on)}`;
    case 'customer_stage':
      return reason.stage === 'law_firm'
        ? fr.formalNotice.stage.lawFirm(toTheFirm(ctx.lawFirm))
        : fr.formalNotice.stage.formalNotice(formatDateShortFr(reason.since));
    case 'other_step':
      return `déjà à l’étape ${ctx.stepLabel(reason.step)}`;
  }
}

/** Why a step waits (the transfer's gates), as the card says it; empty for the ladder's offset. */
export function waitReasonText(why: WaitReason, ctx: TextContext, step?: StepId): string {
  const t = fr.formalNotice.why;
  const long = (d: CalendarDate) => formatDateLongFr(d).replace(/ \d{4}$/, '');
  switch (why.code) {
    case 'offset':
      return step ? t.offset(ctx.stepLabel(step)) : '';
    case 'notice_deadline':
      return why.basis === 'received'
        ? t.received(why.days, long(why.event))
        : t.unclaimed(why.days, long(why.event));
    case 'no_receipt':
      return t.noReceipt(why.days, long(why.posted));
    case 'mandate_start':
      return t.mandate(toTheFirm(ctx.lawFirm), formatDateLongFr(why.date));
  }
}

/** « F2026-1042 réglée ou passée en perte ; F2026-1043 en litige » */
export function droppedText(dropped: readonly DroppedInvoice[], ctx: TextContext): string {
  return dropped.map((d) => `${d.number} ${guardReasonText(d.reason, ctx)}`).join(' ; ');
}

export function transitionRefusalText(refusal: TransitionRefusal, ctx: TextContext): string {
  const invoice = `la facture ${refusal.invoice}`;
  switch (refusal.code) {
    case 'paid':
      return `${invoice} est réglée`;
    case 'written_off':
      return `${invoice} est passée en perte`;
    case 'litigation':
      return `${invoice} est au contentieux, confiée ${toTheFirm(ctx.lawFirm)}`;
    case 'not_paused':
      return `${invoice} n’est pas en pause`;
    case 'disputed':
      return `${invoice} est en litige : relance suspendue`;
    case 'missing':
      return `${refusal.invoice} : facture introuvable`;
  }
}

/** The failure in a few words (« le document n’a pas pu être généré »). */
export function failureText(failure: ActionFailure): string {
  switch (failure.code) {
    case 'no_billing_email':
      return fr.decisions.noBillingEmail;
    case 'send_failed':
      return failure.reason;
    case 'generation_failed':
      return fr.decisions.generationFailed;
    case 'unexpected':
      return fr.decisions.unexpected;
    case 'uncertain':
      return failure.reason;
    case 'interrupted':
      return fr.decisions.interrupted;
  }
}

export function actionNoteText(note: ActionNote, ctx: TextContext): string {
  switch (note.kind) {
    case 'superseded':
      return fr.job.superseded(formatDateShortFr(note.by));
    case 'no_longer_due':
      return fr.job.noLongerDue;
    case 'dropped':
      return droppedText(note.invoices, ctx);
    case 'postponed':
      return fr.decisions.postponedUntil(formatDateShortFr(note.until));
    case 'disputed':
      return fr.decisions.disputed(note.reason);
    case 'promised':
      return fr.decisions.promised(formatDateShortFr(note.date));
    case 'marked_paid':
      return note.count >= 2 ? 'factures marquées payées' : 'facture marquée payée';
    case 'transfer_not_yet':
      return fr.formalNotice.transferPossible(formatDateShortFr(note.on), waitReasonText(note.why, ctx));
    case 'transfer_held':
      return fr.formalNotice.refusals.transferReturned;
    case 'failed':
      return note.failure.code === 'send_failed'
        ? fr.decisions.sendFailed(note.failure.reason)
        : failureText(note.failure);
    case 'text':
      return note.text;
  }
}

export function refusalText(refusal: Refusal, ctx: TextContext): string {
  const d = fr.decisions;
  switch (refusal.code) {
    case 'not_allowed':
      return d.notAllowed;
    case 'unknown_action':
      return d.unknownAction;
    case 'wrong_channel':
      return d.wrongChannel;
    case 'lrar_required':
      return d.lrarRequired;
    case 'generate_first':
      return d.generateFirst;
    case 'note_required':
      return d.noteRequired;
    case 'reason_required':
      return d.reasonRequired;
    case 'bad_postpone_date':
      return d.badPostponeDate;
    case 'bad_promise_date':
      return d.badPromiseDate;
    case 'nothing_to_send':
      return d.sendAllNothing;
    case 'invoices_refused':
      return refusal.refusals.map((r) => transitionRefusalText(r, ctx)).join(' ; ');
    case 'no_notice':
      return fr.formalNotice.refusals.noNotice;
    case 'bad_event_date':
      return fr.formalNotice.refusals.badEventDate;
    case 'bad_lrar':
      return fr.formalNotice.refusals.badLrar;
    case 'transfer_not_yet':
      return fr.formalNotice.transferPossible(
        formatDateShortFr(refusal.on),
        waitReasonText(refusal.why, ctx),
      );
    case 'transfer_held':
      return fr.formalNotice.refusals.transferReturned;
  }
}

/** The line of feedback the card shows after a click. */
export function outcomeText(outcome: Outcome, ctx: TextContext): string {
  const d = fr.decisions;
  switch (outcome.kind) {
    case 'refused':
      return outcome.refusal.code === 'nothing_to_send'
        ? d.sendAllNothing
        : d.refused(refusalText(outcome.refusal, ctx));
    case 'failed':
      return d.failed(failureText(outcome.failure));
    case 'already_done':
      return d.alreadyDone(outcome.customer, outcome.by ?? '');
    case 'already_decided':
      return d.alreadyDecided(outcome.customer);
    case 'withdrawn':
      return d.withdrawn(outcome.customer, droppedText(outcome.dropped, ctx));
    case 'pending':
      return d.stillRunning(outcome.customer);
    case 'uncertain':
      return d.uncertain(outcome.customer, outcome.reason);
    case 'done':
      break;
  }
  const { customer, done } = outcome;
  switch (done.kind) {
    case 'email_sent':
      return d.emailSent(customer, done.to.join(', '));
    case 'letter_generated':
      return d.letterGenerated(customer);
    case 'notice_generated':
      return d.noticeGenerated(customer);
    case 'letter_posted':
      return d.posted(customer);
    case 'notice_registered':
      return d.registered(customer, done.lrar);
    case 'transferred':
      return d.transferred(customer, toTheFirm(done.lawFirm));
    case 'notice_event':
      return fr.formalNotice.recorded[done.event](customer, formatDateShortFr(done.on));
    case 'row_decided':
      return d.rowDone(
        customer,
        actionNoteText(done.note, ctx),
        done.notApplied.map((r) => transitionRefusalText(r, ctx)),
      );
    case 'call_recorded':
      return d.callRecorded(customer);
    case 'send_all_started':
      return d.sendAllStarted(countOf(done.count, 'e-mail'));
  }
}

/** A warning of the day's card. Runs recorded before warnings were structured hold French text. */
export function digestWarningText(warning: DigestWarning | string): string {
  if (typeof warning === 'string') return warning;
  switch (warning.kind) {
    case 'rate_missing':
      return fr.rates.missing(warning.semesterStart, warning.series ?? ['ecb']);
    case 'rates_due':
      return fr.rates.due(warning.semesterStart, warning.series);
    case 'unknown_customers':
      return fr.job.unknownCustomers(
        `${warning.invoices} ${warning.invoices >= 2 ? 'factures ouvertes' : 'facture ouverte'}`,
      );
    case 'drop_imports':
      return anyImport.dropLine(warning.imported, warning.refused, warning.failed);
    case 'contractual_rate_below_floor':
      return fr.job.rateBelowFloor(
        warning.customerName,
        ratePercent(warning.contractualRateBp),
        ratePercent(warning.floorBp),
        semesterLabel(warning.semesterStart),
      );
  }
}

export function jobSkipText(skip: JobSkip): string {
  switch (skip.code) {
    case 'future_date':
      return fr.job.futureDate(formatDateShortFr(skip.date));
    case 'not_business_day':
      return fr.job.notBusinessDay(formatDateShortFr(skip.date));
    case 'already_ran':
      return fr.job.alreadyRan(formatDateShortFr(skip.date));
    case 'lease_held':
      return fr.job.leaseHeld;
  }
}
