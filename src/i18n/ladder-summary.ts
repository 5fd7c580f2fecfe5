/**
 * The dunning calendar in a few words, as the welcome card shows it, from the configured ladder:
 * « J+3 : e-mail de relance », « J+30 : transmission du dossier au cabinet Aptos Avocats »; another
 * company's « Rappel à l'échéance (à l’échéance) : lettre de relance ».
 */
import type { LadderConfig, LadderStep, PreDueReminder } from '../domain/ladder';
import { toTheFirm } from './law-firm';

export interface LadderLine {
  label: string;
  text: string;
}

/** When a step falls, for a label that does not say it already (« J+10 » does). */
function whenOf(offsetDays: number): string {
  if (offsetDays === 0) return 'à l’échéance';
  return offsetDays > 0 ? `${offsetDays} jours après l’échéance` : `${-offsetDays} jours avant l’échéance`;
}

function whatOf(step: Pick<LadderStep, 'channel' | 'template'>, lawFirm: string): string {
  switch (step.channel) {
    case 'email':
      return step.template === 'pre-due-email'
        ? 'e-mail de prévenance avant l’échéance'
        : 'e-mail de relance courtois';
    case 'letter':
      return 'lettre de relance (courrier simple)';
    case 'registered_letter':
      return step.template === 'formal-notice'
        ? 'mise en demeure en recommandé avec AR'
        : 'relance en recommandé avec AR';
    case 'transfer':
      return `transmission du dossier ${toTheFirm(lawFirm)}`;
  }
}

function labelSaysWhen(label: string): boolean {
  return /^J\s*[+-]?\s*\d*$/i.test(label.trim());
}

const SEGMENTS = { low: 'faible', moderate: 'modéré', high: 'élevé' } as const;

function preDueLine(preDue: PreDueReminder): LadderLine | null {
  const reminded = (Object.keys(SEGMENTS) as Array<keyof typeof SEGMENTS>).filter(
    (segment) => preDue.daysBeforeBySegment[segment] !== null,
  );
  if (reminded.length === 0) return null;
  const before = Math.max(...reminded.map((segment) => preDue.daysBeforeBySegment[segment]!));
  const who =
    reminded.length === 3
      ? ''
      : `, clients à risque ${reminded.map((segment) => SEGMENTS[segment]).join(' ou ')}`;
  return { label: preDue.label, text: `${whatOf(preDue, '')} (${before} jours avant${who})` };
}

export function ladderSummary(ladder: LadderConfig, lawFirm: string): LadderLine[] {
  const steps = ladder.steps.map((step) => ({
    label: step.label,
    text: labelSaysWhen(step.label)
      ? whatOf(step, lawFirm)
      : `${whatOf(step, lawFirm)}, ${whenOf(step.offsetDays)}`,
  }));
  const preDue = ladder.preDue ? preDueLine(ladder.preDue) : null;
  return preDue ? [preDue, ...steps] : steps;
}
