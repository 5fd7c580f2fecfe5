/**
 * « Annuler »: the last decision taken on a customer's card can be undone for a while (a setting).
 * Each undoable decision keeps, in its journal entry, the state of every invoice it changed before
 * and after; undoing restores the « before » exactly, and only when the invoice is still as the
 * decision left it (a payment imported meanwhile, a step done since: the undo is refused).
 */
import type { JournalEntry } from '../../domain/journal';
import type { Invoice } from '../../domain/ledger';

/** What a decision may change on an invoice: restored as a whole by « Annuler ». */
export type InvoiceState = Pick<
  Invoice,
  'status' | 'amountPaid' | 'appliedPaymentIds' | 'closedOn' | 'dunning' | 'writeOffs'
>;

export interface UndoRecord {
  number: string;
  before: InvoiceState;
  after: InvoiceState;
}

export const UNDONE_ACTION = 'decision.undone';

export function stateOf(invoice: Invoice): InvoiceState {
  return {
    status: invoice.status,
    amountPaid: invoice.amountPaid,
    appliedPaymentIds: [...invoice.appliedPaymentIds],
    closedOn: invoice.closedOn,
    dunning: invoice.dunning,
    // Only when there are some: states recorded before write-offs existed compare equal.
    ...(invoice.writeOffs?.length ? { writeOffs: [...invoice.writeOffs] } : {}),
  };
}

/** The invoice with a recorded state put back (write-offs included: none when it had none). */
export function restoreState(invoice: Invoice, state: InvoiceState): Invoice {
  const { writeOffs: _dropped, ...rest } = invoice;
  return { ...rest, ...state };
}

/** Same state, compared as stored (key order aside). */
export function sameState(a: InvoiceState, b: InvoiceState): boolean {
  const canonical = (s: InvoiceState) =>
    JSON.stringify(s, (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)))
        : value,
    );
  return canonical(a) === canonical(b);
}

export function undoRecordsOf(entry: JournalEntry): UndoRecord[] | null {
  const undo = entry.details?.undo;
  return Array.isArray(undo) ? (undo as UndoRecord[]) : null;
}

/**
 * The decision « Annuler » would undo: the latest undoable decision not undone yet, if it was
 * taken less than `minutes` ago. Older decisions are never reached past a newer one.
 */
export function lastUndoable(
  journal: readonly JournalEntry[],
  now: Date,
  minutes: number,
): { entry: JournalEntry; until: string } | null {
  if (minutes <= 0) return null;
  const undone = new Set(
    journal.filter((e) => e.action === UNDONE_ACTION && e.outcome === 'ok').map((e) => e.target.ref),
  );
  const latest = journal
    .filter((e) => e.outcome === 'ok' && undoRecordsOf(e) && !undone.has(e.id))
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))[0];
  if (!latest) return null;
  const until = new Date(new Date(latest.at).getTime() + minutes * 60_000);
  return until > now ? { entry: latest, until: until.toISOString() } : null;
}
