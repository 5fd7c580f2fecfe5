/**
 * The customer a command named, from the codes the parser matched (src/questions/commands.ts
 * `CustomerRef`), checked against what the asker may see: the same outcomes as `findCustomer` by
 * name — one, several to choose from, none (« aucun client ne correspond »), or not theirs.
 */
import type { Customer } from '../../domain/ledger';
import { inScope, type Scope } from '../../questions/scope';
import type { Stores } from '../ports';

export type CustomerRefResult =
  | { kind: 'one'; customer: Customer }
  | { kind: 'choose'; candidates: Customer[] }
  | { kind: 'not_found' }
  | { kind: 'not_yours' };

/** At most this many customers are offered to choose from. */
export const MAX_CANDIDATES = 6;

export async function customerOfRef(
  stores: Pick<Stores, 'customers'>,
  scope: Scope,
  ref: { codes: readonly string[] },
): Promise<CustomerRefResult> {
  if (ref.codes.length === 0) return { kind: 'not_found' };
  const visible = ref.codes.filter((code) => inScope(scope, code));
  if (visible.length === 0) return { kind: 'not_yours' };
  if (visible.length === 1) {
    const customer = await stores.customers.get(visible[0]!);
    return customer ? { kind: 'one', customer } : { kind: 'not_found' };
  }
  const wanted = new Set(visible);
  const candidates = (await stores.customers.list()).filter((c) => wanted.has(c.code));
  if (candidates.length === 0) return { kind: 'not_found' };
  if (candidates.length === 1) return { kind: 'one', customer: candidates[0]! };
  return { kind: 'choose', candidates: candidates.slice(0, MAX_CANDIDATES) };
}
