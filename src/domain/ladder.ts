/**
 * The dunning ladder as configuration: which steps exist, when (days from the due date), through
 * which channel and with which template. Greenova's calendar is the default; another company's
 * calendar is another `LadderConfig`, not code.
 */
import type { CalendarDate } from './calendar-date';
import type { RiskSegment, StepId } from './ledger';
import { cents, type Cents } from './money';

export const CHANNELS = ['email', 'letter', 'registered_letter', 'transfer'] as const;
/** email: reminder e-mail; letter: simple letter; registered_letter: LRAR (mise en demeure);
 * transfer: the file goes to the law firm (litigation). */
export type Channel = (typeof CHANNELS)[number];

export interface LadderStep {
  id: StepId;
  /** Days after the due date (0 = on the due date). */
  offsetDays: number;
  channel: Channel;
  /** Template name in templates/ (documents issue). */
  template: string;
  /** Shown to users: « J+3 ». */
  label: string;
}

export interface PreDueReminder {
  id: StepId;
  /** Days before the due date, per risk segment; null = no pre-due reminder for that segment. */
  daysBeforeBySegment: Record<RiskSegment, number | null>;
  channel: Channel;
  template: string;
  label: string;
}

export interface LadderConfig {
  /** Escalation steps in order; each is done only after the previous one. */
  steps: LadderStep[];
  preDue: PreDueReminder | null;
  /** Minimum calendar days between two escalation steps of one invoice. */
  minimumGapDays: number;
  /** A promise to pay pauses the ladder until the promised date plus these business days. */
  promiseGraceBusinessDays: number;
  /** A missed installment of a payment plan resumes the ladder after these business days. */
  installmentGraceBusinessDays: number;
  /** A balance under this counts as settled. */
  balanceTolerance: Cents;
  /**
   * The mise en demeure's deadline, which gates the transfer: days after the AR (or the « avisé non
   * réclamé » presentation), or after the posting when neither was recorded. Absent: no deadline
   * beyond the ladder's offsets.
   */
  formalNotice?: FormalNoticeDelays;
  /** No transfer to the law firm before this date (the firm's mandate start); absent: none. */
  transferNotBefore?: CalendarDate | null;
}

export interface FormalNoticeDelays {
  daysAfterReceipt: number;
  daysWithoutReceipt: number;
}

/** Greenova's: 8 days given by the letter, 15 days after posting when no AR comes back. */
export const DEFAULT_FORMAL_NOTICE_DELAYS: FormalNoticeDelays = {
  daysAfterReceipt: 8,
  daysWithoutReceipt: 15,
};

/** The formal-notice step (the registered letter) and the transfer step, found by channel. */
export function noticeStep(ladder: Pick<LadderConfig, 'steps'>): LadderStep | null {
  return ladder.steps.find((s) => s.channel === 'registered_letter') ?? null;
}

export function transferStep(ladder: Pick<LadderConfig, 'steps'>): LadderStep | null {
  return ladder.steps.find((s) => s.channel === 'transfer') ?? null;
}

/** The index of a step in the ladder; -1 for the pre-due reminder or no step. */
export function stepIndex(ladder: Pick<LadderConfig, 'steps'>, id: StepId | null): number {
  return id === null ? -1 : ladder.steps.findIndex((s) => s.id === id);
}

/** Greenova (seed 000): J+3 e-mail, J+10 letter, J+20 mise en demeure (LRAR), J+30 Aptos. */
export const GREENOVA_LADDER: LadderConfig = {
  steps: [
    { id: 'J+3', offsetDays: 3, channel: 'email', template: 'reminder-email', label: 'J+3' },
    { id: 'J+10', offsetDays: 10, channel: 'letter', template: 'reminder-letter', label: 'J+10' },
    { id: 'J+20', offsetDays: 20, channel: 'registered_letter', template: 'formal-notice', label: 'J+20' },
    { id: 'J+30', offsetDays: 30, channel: 'transfer', template: 'litigation-transfer', label: 'J+30' },
  ],
  preDue: {
    id: 'J-5',
    daysBeforeBySegment: { low: null, moderate: 5, high: 5 },
    channel: 'email',
    template: 'pre-due-email',
    label: 'Prévenance',
  },
  minimumGapDays: 5,
  promiseGraceBusinessDays: 2,
  installmentGraceBusinessDays: 2,
  balanceTolerance: cents(100),
  formalNotice: DEFAULT_FORMAL_NOTICE_DELAYS,
};

export class InvalidLadderError extends Error {}

/** Checks a ladder read from configuration; throws with a French message naming the problem. */
export function validateLadder(ladder: LadderConfig): LadderConfig {
  const fail = (message: string): never => {
    throw new InvalidLadderError(`calendrier de relance invalide : ${message}`);
  };
  if (ladder.steps.length === 0) fail('aucune étape');
  const ids = new Set<string>();
  ladder.steps.forEach((step, i) => {
    if (ids.has(step.id)) fail(`étape ${step.id} en double`);
    ids.add(step.id);
    if (!Number.isInteger(step.offsetDays) || step.offsetDays < 0)
      fail(`délai de l’étape ${step.id} invalide`);
    const previous = ladder.steps[i - 1];
    if (previous && step.offsetDays <= previous.offsetDays)
      fail(`l’étape ${step.id} doit venir après ${previous.id}`);
    if (!CHANNELS.includes(step.channel)) fail(`canal inconnu pour ${step.id}`);
  });
  if (ladder.preDue) {
    if (ids.has(ladder.preDue.id))
      fail(`l’identifiant ${ladder.preDue.id} de la prévenance est déjà une étape`);
    for (const days of Object.values(ladder.preDue.daysBeforeBySegment)) {
      if (days !== null && (!Number.isInteger(days) || days < 1)) fail('délai de prévenance invalide');
    }
  }
  if (!Number.isInteger(ladder.minimumGapDays) || ladder.minimumGapDays < 0) fail('écart minimal invalide');
  if (ladder.formalNotice) {
    const { daysAfterReceipt, daysWithoutReceipt } = ladder.formalNotice;
    if (![daysAfterReceipt, daysWithoutReceipt].every((d) => Number.isInteger(d) && d >= 1 && d <= 90))
      fail('délai de la mise en demeure invalide');
  }
  if (!Number.isInteger(ladder.balanceTolerance) || ladder.balanceTolerance < 0)
    fail('tolérance de solde invalide');
  return ladder;
}

export function stepById(ladder: LadderConfig, id: StepId): LadderStep | undefined {
  return ladder.steps.find((s) => s.id === id);
}

export function stepLabel(ladder: LadderConfig, id: StepId): string {
  if (ladder.preDue?.id === id) return ladder.preDue.label;
  return stepById(ladder, id)?.label ?? id;
}

/** The steps an accounting export may say were already sent by hand: those before the transfer. */
export function importableSteps(ladder: LadderConfig): LadderStep[] {
  const transfer = ladder.steps.findIndex((s) => s.channel === 'transfer');
  return transfer < 0 ? [...ladder.steps] : ladder.steps.slice(0, transfer);
}
