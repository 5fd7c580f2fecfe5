/**
 * Reminders an accounting export says were sent before Relances (its `derniere_relance` and
 * `date_derniere_relance` columns): journaled once, when an invoice's dunning state is first built
 * from them, so the invoice's history and the law firm's dossier show them — as reminders carried
 * over from the export (« relance antérieure à Relances »), not as steps Relances produced.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { CARRIED_OVER_ACTION, type Actor } from '../../domain/journal';
import type { Invoice } from '../../domain/ledger';
import type { Stores } from '../ports';

export interface CarriedReminder {
  customerCode: string;
  invoiceNumber: string;
  step: string;
  sentOn: CalendarDate;
}

/** The reminder this export brings, when it is the first the ledger hears of the invoice's steps. */
export function carriedReminder(previous: Invoice | null, next: Invoice): CarriedReminder | null {
  const { lastStep, lastStepDate } = next.dunning;
  if (previous?.dunning.lastStep || !lastStep || !lastStepDate) return null;
  return {
    customerCode: next.customerCode,
    invoiceNumber: next.number,
    step: lastStep,
    sentOn: lastStepDate,
  };
}

/** One entry per customer, step and date (as one reminder covers a customer's invoices). */
export async function journalCarriedReminders(
  stores: Pick<Stores, 'journal'>,
  carried: readonly CarriedReminder[],
  from: { actor: Actor; fileName: string; today: CalendarDate },
): Promise<void> {
  const groups = new Map<string, CarriedReminder[]>();
  for (const c of carried) {
    const key = `${c.customerCode}|${c.step}|${c.sentOn}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const pending = [...groups.values()];
  const worker = async () => {
    for (let group = pending.shift(); group; group = pending.shift()) {
      const { customerCode, step, sentOn } = group[0]!;
      await stores.journal.append({
        actor: from.actor,
        action: CARRIED_OVER_ACTION,
        target: { invoiceNumbers: group.map((c) => c.invoiceNumber), customerCodes: [customerCode] },
        details: { step, sentOn, exportedOn: from.today, exportFile: from.fileName },
        outcome: 'ok',
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, pending.length) }, worker));
}
