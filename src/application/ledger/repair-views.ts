/**
 * Rewrites the derived views of the invoices (open invoices, due-month and number indexes) from
 * the source of truth — after a process died between writing an invoice and its views. Journaled.
 */
import type { Actor } from '../../domain/journal';
import type { Stores } from '../ports';

export async function repairViews(
  stores: Pick<Stores, 'invoices' | 'journal'>,
  actor: Actor,
): Promise<{ invoices: number }> {
  const invoices = await stores.invoices.rebuildViews();
  await stores.journal.append({
    actor,
    action: 'views.repaired',
    target: {},
    details: { invoices },
    outcome: 'ok',
  });
  return { invoices };
}
