/**
 * The decision journal read back for the litigation dossier: what happened, in French, with the
 * documents produced, the LRAR number and the customer's answers. Pure.
 *
 * Journal entries are written by several use cases; their `details` are free-form, so the fields
 * read here are looked for under the names those use cases use (or may use), and an action code
 * without a label is shown as is rather than hidden.
 */
import {
  formatDateLongFr,
  formatDateShortFr,
  isCalendarDate,
  type CalendarDate,
} from '../domain/calendar-date';
import type { Channel } from '../domain/ladder';
import { CARRIED_OVER_ACTION, type JournalEntry } from '../domain/journal';
import { carriedOver, dossierHistoryDetail, journalLabel } from './journal';
import { CHANNEL_LABELS } from './ladder';

export interface HistoryRow {
  date: CalendarDate;
  /** `23/11/2026`, for tables. */
  shortDate: string;
  longDate: string;
  action: string;
  label: string;
  step: string | null;
  channel: string | null;
  documents: string[];
  registeredMailNumber: string | null;
  /** The customer's answer, a note, or why a step was withdrawn. */
  note: string | null;
  actor: string;
  /** For a reminder sent before Relances: the date of the export that said so (`23/11/2026`). */
  carriedOverFrom: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : null;

const texts = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(text).filter((v): v is string => v !== null)
    : [text(value)].filter((v): v is string => v !== null);

function first(details: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = text(details[key]);
    if (value) return value;
  }
  return null;
}

function datedNote(note: (date: string) => string, value: unknown): string | null {
  return isCalendarDate(value) ? note(formatDateLongFr(value)) : null;
}

function isChannel(value: string | null): value is Channel {
  return value !== null && value in CHANNEL_LABELS;
}

/**
 * When it happened: the day it was journaled, except a reminder carried over from an accounting
 * export, which happened on the day the export says (before Relances).
 */
function happenedOn(entry: JournalEntry): CalendarDate {
  const sentOn = entry.details?.sentOn;
  return entry.action === CARRIED_OVER_ACTION && isCalendarDate(sentOn) ? sentOn : entry.date;
}

function exportDate(entry: JournalEntry): string {
  const exportedOn = entry.details?.exportedOn;
  return formatDateShortFr(isCalendarDate(exportedOn) ? exportedOn : entry.date);
}

function carriedOverNote(entry: JournalEntry): string | null {
  return entry.action === CARRIED_OVER_ACTION ? carriedOver.note(exportDate(entry)) : null;
}

/**
 * The history of the reminders, oldest first. Only what actually happened is kept: an attempt
 * that was refused or failed is not a reminder the debtor received.
 */
export function historyRows(entries: readonly JournalEntry[]): HistoryRow[] {
  return entries
    .filter((e) => e.outcome === 'ok')
    .map((entry) => ({ entry, date: happenedOn(entry) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.entry.at.localeCompare(b.entry.at))
    .map(({ entry, date }) => {
      const details = entry.details ?? {};
      const channel = first(details, ['channel']);
      return {
        date,
        shortDate: formatDateShortFr(date),
        longDate: formatDateLongFr(date),
        action: entry.action,
        label: journalLabel(entry.action),
        step: first(details, ['step', 'stepLabel']),
        channel: isChannel(channel) ? CHANNEL_LABELS[channel] : channel,
        documents: [
          ...texts(details.documents),
          ...texts(details.document),
          ...texts(details.fileName),
          ...texts(details.attachments),
        ],
        registeredMailNumber: first(details, [
          'lrar',
          'lrarNumber',
          'registeredMailNumber',
          'trackingNumber',
        ]),
        note:
          carriedOverNote(entry) ??
          first(details, ['answer', 'note', 'reason', 'comment']) ??
          datedNote(dossierHistoryDetail.promisedFor, details.promisedDate) ??
          datedNote(dossierHistoryDetail.postponedTo, details.until) ??
          text(entry.reason),
        actor: entry.actor.name,
        carriedOverFrom: entry.action === CARRIED_OVER_ACTION ? exportDate(entry) : null,
      };
    });
}

/**
 * The codes that record a reminder actually sent or a letter actually produced. Other entries may
 * name a step too (a promise or a dispute recorded while a step was proposed): they do not mean
 * its document exists. Keep in step with the codes the sending use cases journal.
 */
export const STEP_DONE_ACTIONS: ReadonlySet<string> = new Set([
  'action.sent',
  'action.generated',
  'action.posted',
  'action.transferred',
  'reminder.pre_due_sent',
  'reminder.email_sent',
  'email.sent',
  'letter.generated',
  'letter.posted',
  'formal_notice.generated',
  'formal_notice.posted',
  'lrar.posted',
  'litigation.transferred',
]);

/** The reminder of one of these steps an accounting export says was sent before Relances, or null. */
export function stepCarriedOver(rows: readonly HistoryRow[], stepIds: readonly string[]): HistoryRow | null {
  return (
    rows.find((r) => r.step !== null && stepIds.includes(r.step) && r.action === CARRIED_OVER_ACTION) ?? null
  );
}

/** The entry showing that a ladder step was carried out (so its document exists), or null. */
export function stepDone(rows: readonly HistoryRow[], stepIds: readonly string[]): HistoryRow | null {
  const done = rows.filter(
    (r) => r.step !== null && stepIds.includes(r.step) && STEP_DONE_ACTIONS.has(r.action),
  );
  // A letter generated, then posted: it was sent the day it was posted, with its LRAR number.
  return done.find((r) => r.registeredMailNumber !== null) ?? done.at(-1) ?? null;
}
