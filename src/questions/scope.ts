/**
 * Whose figures a user may see. Directors and the credit controllers see every customer; a sales
 * rep sees their own customers only — every read of the query service goes through this filter,
 * so a total is never computed over anything the asker may not see.
 */
export type Scope = { kind: 'all' } | { kind: 'customers'; codes: ReadonlySet<string> };

export const EVERYONE: Scope = { kind: 'all' };

export function customersScope(codes: readonly string[]): Scope {
  return { kind: 'customers', codes: new Set(codes) };
}

export function inScope(scope: Scope, customerCode: string): boolean {
  return scope.kind === 'all' || scope.codes.has(customerCode);
}
