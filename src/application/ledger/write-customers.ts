/** The customers of a valid file into the ledger: new ones created, changed ones replaced. */
import { isDeepStrictEqual } from 'node:util';
import { normalizeText } from '../../domain/customer-search';
import type { Customer } from '../../domain/ledger';
import type { Stores } from '../ports';
import type { ReadValidRows, WriteOutcome } from './import-writing';

/** Customers written per call to the store. */
const BATCH = 1_000;

/**
 * The file's aliases, then those Relances already knew (added in the chat with « alias … », or by an
 * earlier file) that the file does not repeat: an export that knows nothing of aliases loses none.
 */
function keepAliases(imported: Customer, before: Customer | undefined): Customer {
  const known = before?.aliases ?? [];
  if (known.length === 0) return imported;
  const aliases = [...(imported.aliases ?? [])];
  const seen = new Set(aliases.map(normalizeText));
  for (const alias of known) {
    if (!seen.has(normalizeText(alias))) {
      seen.add(normalizeText(alias));
      aliases.push(alias);
    }
  }
  return { ...imported, aliases };
}

export async function writeCustomers(
  stores: Pick<Stores, 'customers'>,
  rows: ReadValidRows<Customer>,
  outcome: WriteOutcome,
): Promise<void> {
  // A ledger has thousands of customers at most: all of them are compared in memory.
  const existing = new Map((await stores.customers.list()).map((c) => [c.code, c]));
  let changed: Customer[] = [];
  let done = 0;
  const flush = async () => {
    if (changed.length > 0) await stores.customers.upsertMany(changed);
    changed = [];
    outcome.progress(done);
  };
  for await (const { record: imported } of rows()) {
    const before = existing.get(imported.code);
    // Collective proceedings are recorded in Relances, not in the accounting export: kept.
    const withAliases = keepAliases(imported, before);
    const customer = before?.insolvency ? { ...withAliases, insolvency: before.insolvency } : withAliases;
    if (!before) outcome.counts.created++;
    else if (isDeepStrictEqual(before, customer)) outcome.counts.unchanged++;
    else outcome.counts.updated++;
    if (!before || !isDeepStrictEqual(before, customer)) changed.push(customer);
    done++;
    if (changed.length >= BATCH) await flush();
  }
  await flush();
}
