/**
 * The decision journal's entries: who did what, when, on which invoices and customers, with what
 * outcome. Append-only — the Journal port has no way to change an entry once written.
 */
import type { CalendarDate } from './calendar-date';

export interface Actor {
  /** AAD object id of a Teams user, or a system name such as `cli` or `job`. */
  id: string;
  name: string;
}

export type JournalOutcome = 'ok' | 'refused' | 'failed';

export interface JournalTarget {
  invoiceNumbers?: string[];
  customerCodes?: string[];
  /** Free reference: an import file name, a job run id, an action id. */
  ref?: string;
}

export interface NewJournalEntry {
  actor: Actor;
  action: string;
  target: JournalTarget;
  details?: Record<string, unknown>;
  outcome: JournalOutcome;
  /** Why, when refused or failed (French, as shown to users). */
  reason?: string;
}

export interface JournalEntry extends NewJournalEntry {
  id: string;
  at: string;
  /** The Europe/Paris calendar date of `at`. */
  date: CalendarDate;
}

/**
 * The entry the import journals for a reminder an accounting export says was sent before Relances
 * (`derniere_relance`): details `{ step, sentOn, exportedOn, exportFile }`.
 */
export const CARRIED_OVER_ACTION = 'reminder.carried_over';
