/**
 * Another name for a customer (« alias SGH pour Société Générale d’Hygiène »), confirmed on a card
 * in the chat: added to `Customer.aliases` so that questions and commands find the customer by it.
 * Only the credit controllers may add one; every attempt is journaled, refusals too. An alias is
 * kept as written; one the customer already has (case and accents aside) changes nothing, and one
 * another customer already has, or that is another customer's name, is refused: it would make the
 * name ambiguous.
 */
import type { Decider } from '../../domain/decisions';
import { normalizeText } from '../../domain/customer-search';
import type { Customer } from '../../domain/ledger';
import { chatCommands } from '../../i18n/fr/chat-commands';
import type { Stores } from '../ports';

export interface AddAliasDependencies {
  stores: Pick<Stores, 'customers' | 'journal'>;
}

export type AliasRefusal =
  | { code: 'not_allowed' }
  | { code: 'unknown_customer' }
  | { code: 'bad_alias' }
  | { code: 'taken'; by: Pick<Customer, 'code' | 'legalName'> };

export type AliasOutcome =
  | { kind: 'added'; customer: Customer; alias: string }
  | { kind: 'already'; customer: Customer; alias: string }
  | { kind: 'refused'; refusal: AliasRefusal };

export const MAX_ALIAS_LENGTH = 60;

/** The alias as it will be kept: trimmed, single spaces, no quotes around it. */
export function cleanAlias(alias: string): string {
  return alias
    .replace(/^[\s«"“'’]+|[\s»"”'’]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function aliasRefusalText(refusal: AliasRefusal): string {
  const t = chatCommands.alias.refused;
  return refusal.code === 'taken' ? t.taken(refusal.by.legalName) : t[refusal.code];
}

export async function addCustomerAlias(
  deps: AddAliasDependencies,
  decider: Decider,
  customerCode: string,
  typed: string,
): Promise<AliasOutcome> {
  const alias = cleanAlias(typed);
  const journal = async (
    outcome: 'ok' | 'refused',
    details: Record<string, unknown>,
    reason?: string,
    customer?: string,
  ) =>
    deps.stores.journal.append({
      actor: decider.actor,
      action: outcome === 'ok' ? 'customer.alias_added' : 'customer.alias',
      target: customer ? { customerCodes: [customer] } : {},
      details: { alias, ...details },
      outcome,
      ...(reason ? { reason } : {}),
    });
  const refuse = async (refusal: AliasRefusal, customer?: string): Promise<AliasOutcome> => {
    await journal('refused', { refusal: refusal.code }, aliasRefusalText(refusal), customer);
    return { kind: 'refused', refusal };
  };
  if (!decider.canAct) return refuse({ code: 'not_allowed' }, customerCode);
  const customer = await deps.stores.customers.get(customerCode);
  if (!customer) return refuse({ code: 'unknown_customer' });
  const key = normalizeText(alias);
  if (!key || alias.length > MAX_ALIAS_LENGTH) return refuse({ code: 'bad_alias' }, customer.code);
  const own = [customer.legalName, ...(customer.aliases ?? [])].map(normalizeText);
  if (own.includes(key)) return { kind: 'already', customer, alias };
  const other = (await deps.stores.customers.list()).find(
    (c) =>
      c.code !== customer.code &&
      (normalizeText(c.code) === key ||
        [c.legalName, ...(c.aliases ?? [])].some((name) => normalizeText(name) === key)),
  );
  if (other)
    return refuse({ code: 'taken', by: { code: other.code, legalName: other.legalName } }, customer.code);
  const updated: Customer = { ...customer, aliases: [...(customer.aliases ?? []), alias] };
  await deps.stores.customers.upsertMany([updated]);
  await journal('ok', { aliases: updated.aliases }, undefined, customer.code);
  return { kind: 'added', customer: updated, alias };
}
