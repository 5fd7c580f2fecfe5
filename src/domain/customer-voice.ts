/**
 * One voice per customer. A customer's stage — the most advanced step done on any of its open
 * invoices, « au cabinet » when one is in litigation — governs every message it receives:
 *
 * - at the law firm: nothing more from Relances; each of its other invoices, once due for an
 *   escalation step, is proposed once as a supplement to the firm's file (a transfer);
 * - at formal notice (a mise en demeure posted, not transferred yet): no pre-due reminder and no
 *   step before the mise en demeure for its other invoices; they wait, attached to the mise en
 *   demeure, and join the transfer when it happens;
 * - one communication per customer per day: the most advanced step due; the lower-step overdue
 *   invoices ride in it (recorded as reminded at their own step), unless that step is the mise en
 *   demeure (they wait) or the transfer (they join it); a pre-due reminder waits for a quiet day.
 *
 * Pure: the plan of the day and the send-time guard both apply it.
 */
import type { CalendarDate } from './calendar-date';
import type { Decision } from './dunning-engine';
import { formalNoticeOf } from './dunning-engine';
import { noticeStep, stepIndex, transferStep, type Channel, type LadderConfig } from './ladder';
import { isClosed, type FormalNoticeRecord, type Invoice, type StepId } from './ledger';

export type CustomerStage =
  | { kind: 'ordinary' }
  /** The earliest mise en demeure still covering an open invoice. */
  | { kind: 'formal_notice'; notice: FormalNoticeRecord; invoices: string[] }
  | { kind: 'law_firm' };

export function customerStage(invoices: readonly Invoice[], ladder: LadderConfig): CustomerStage {
  const open = invoices.filter((i) => !isClosed(i));
  if (open.some((i) => i.status === 'litigation')) return { kind: 'law_firm' };
  const notice = noticeStep(ladder);
  if (!notice) return { kind: 'ordinary' };
  const noticeIndex = stepIndex(ladder, notice.id);
  const covered = open
    .filter((i) => stepIndex(ladder, i.dunning.lastStep) >= noticeIndex)
    .map((i) => ({ invoice: i, notice: formalNoticeOf(i, ladder) }))
    .filter((c): c is { invoice: Invoice; notice: FormalNoticeRecord } => c.notice !== null);
  if (covered.length === 0) return { kind: 'ordinary' };
  const first = covered.reduce((a, b) => (b.notice.postedOn < a.notice.postedOn ? b : a));
  return {
    kind: 'formal_notice',
    notice: first.notice,
    invoices: covered.map((c) => c.invoice.number).sort(),
  };
}

export type DueDecision = Extract<Decision, { kind: 'due' }>;

/** One communication proposed today: its step, and each invoice with the step it is at. */
export interface VoiceGroup {
  step: StepId;
  channel: Channel;
  /** A transfer adding invoices to a file already at the law firm (« complément au dossier »). */
  supplement: boolean;
  invoices: Array<{ invoice: Invoice; decision: DueDecision }>;
}

export interface CustomerVoice {
  stage: CustomerStage;
  groups: VoiceGroup[];
  /** Invoices due today that wait, attached to the customer's mise en demeure. */
  attached: Invoice[];
  /** Invoices due today held back by the rules (a pre-due reminder, a step under the notice…). */
  heldBack: Array<{ invoice: Invoice; decision: DueDecision }>;
}

/**
 * Today's communications for one customer, from the decisions of its invoices that are due.
 * `invoices` are all the customer's invoices (its stage is read from the open ones).
 */
export function customerVoice(
  invoices: readonly Invoice[],
  due: ReadonlyArray<{ invoice: Invoice; decision: DueDecision }>,
  ladder: LadderConfig,
): CustomerVoice {
  const stage = customerStage(invoices, ladder);
  const voice: CustomerVoice = { stage, groups: [], attached: [], heldBack: [] };
  if (due.length === 0) return voice;
  const transfer = transferStep(ladder);
  const notice = noticeStep(ladder);
  const noticeIndex = notice ? stepIndex(ladder, notice.id) : Infinity;
  const index = (d: DueDecision) => stepIndex(ladder, d.step);
  const escalations = due.filter((d) => index(d.decision) >= 0);
  const preDue = due.filter((d) => index(d.decision) < 0);

  if (stage.kind === 'law_firm') {
    voice.heldBack.push(...preDue);
    if (transfer && escalations.length > 0)
      voice.groups.push({ step: transfer.id, channel: 'transfer', supplement: true, invoices: escalations });
    else voice.heldBack.push(...escalations);
    return voice;
  }

  const top = Math.max(...due.map((d) => index(d.decision)));
  const topStep = top >= 0 ? ladder.steps[top]! : null;
  const atTop = due.filter((d) => index(d.decision) === top);
  const below = escalations.filter((d) => index(d.decision) < top);

  if (topStep?.channel === 'transfer') {
    // The transfer takes the invoices fallen due since the mise en demeure along.
    voice.heldBack.push(...preDue);
    voice.groups.push({
      step: topStep.id,
      channel: 'transfer',
      supplement: false,
      invoices: [...atTop, ...below],
    });
    return voice;
  }
  if (stage.kind === 'formal_notice') {
    voice.heldBack.push(...preDue);
    for (const d of escalations) if (index(d.decision) < noticeIndex) voice.attached.push(d.invoice);
    const notices = escalations.filter((d) => index(d.decision) >= noticeIndex);
    if (notices.length > 0 && topStep)
      voice.groups.push({ step: topStep.id, channel: topStep.channel, supplement: false, invoices: notices });
    return voice;
  }
  if (!topStep) {
    voice.groups.push({
      step: atTop[0]!.decision.step,
      channel: atTop[0]!.decision.channel,
      supplement: false,
      invoices: atTop,
    });
    return voice;
  }
  voice.heldBack.push(...preDue);
  if (top >= noticeIndex) {
    // The mise en demeure goes alone; the other invoices wait and will be attached to it.
    voice.heldBack.push(...below);
    voice.groups.push({ step: topStep.id, channel: topStep.channel, supplement: false, invoices: atTop });
    return voice;
  }
  voice.groups.push({
    step: topStep.id,
    channel: topStep.channel,
    supplement: false,
    invoices: [...atTop, ...below],
  });
  return voice;
}

/**
 * Whether a customer at this stage may receive a communication at this step, and why not:
 * the send-time check of the one-voice rule (the customer may have moved on since the job).
 */
export function stageForbids(
  stage: CustomerStage,
  step: StepId,
  channel: Channel,
  ladder: LadderConfig,
): { stage: 'law_firm' } | { stage: 'formal_notice'; since: CalendarDate } | null {
  if (stage.kind === 'law_firm') return channel === 'transfer' ? null : { stage: 'law_firm' };
  if (stage.kind === 'formal_notice') {
    const notice = noticeStep(ladder);
    if (notice && stepIndex(ladder, step) < stepIndex(ladder, notice.id))
      return { stage: 'formal_notice', since: stage.notice.postedOn };
  }
  return null;
}
