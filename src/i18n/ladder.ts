/**
 * How the dunning calendar reads in documents and messages: the days (« J+10 »), the channels,
 * the documents each template produces, the risk segments and who carries out each step.
 */
import type { Channel } from '../domain/ladder';
import type { RiskSegment } from '../domain/ledger';
import { fr } from './fr';

/** `J+10` after the due date, `J (échéance)` on it, `J-5` before it. */
export function offsetLabel(offsetDays: number): string {
  return offsetDays === 0 ? 'J (échéance)' : offsetDays > 0 ? `J+${offsetDays}` : `J${offsetDays}`;
}

/** Within a sentence or a history row: « lettre de mise en demeure (lettre recommandée avec AR, J+20) ». */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: 'e-mail',
  letter: 'courrier simple',
  registered_letter: 'lettre recommandée avec AR',
  transfer: 'transmission au cabinet',
};

/** As a table cell. */
export const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  email: 'E-mail',
  letter: 'Courrier simple',
  registered_letter: 'Lettre recommandée avec AR',
  transfer: 'Transmission au cabinet',
};

const DOCUMENT_LABELS: Readonly<Record<string, string>> = {
  'pre-due-email': 'E-mail de prévenance',
  'reminder-email': 'E-mail de rappel courtois',
  'reminder-letter': 'Lettre de relance',
  'formal-notice': 'Lettre de mise en demeure',
  'litigation-transfer': 'Lettre de transmission et dossier de recouvrement',
};

/** The document a template produces; another company's template names are shown as they are. */
export function documentLabel(template: string): string {
  return DOCUMENT_LABELS[template] ?? template;
}

/** « risque modéré » */
export function segmentLabel(segment: RiskSegment): string {
  return `risque ${fr.questions.risk[segment]}`;
}

/**
 * A step named after its day (Greenova's « J+10 ») is numbered, since its day is shown beside it;
 * otherwise its id and label are shown (« R1 — Rappel à l’échéance »).
 */
export function stepName(step: { id: string; label: string }, index: number): string {
  return step.label === step.id ? `Étape ${index + 1}` : `${step.id} — ${step.label}`;
}

/** Who carries out a step, for the procedure's calendar. */
export function stepActor(channel: Channel, controller: string, firm: string): string {
  switch (channel) {
    case 'transfer':
      return `${controller} transmet\u00a0; ${firm} prend le relais`;
    case 'email':
      return `${controller} (envoi depuis Relances)`;
    case 'letter':
    case 'registered_letter':
      return `${controller} (courrier généré par Relances, signé et posté)`;
  }
}
