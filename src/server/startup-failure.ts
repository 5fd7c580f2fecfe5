/**
 * What an operator reads when the bot cannot start because its storage refuses it, in French: which
 * way to the storage was used and what to check — never a key (the precise error is in the logs).
 */
import { isStatus } from '../store/table-storage';
import type { StorageAccess } from '../store/storage-access';

function isCredentialFailure(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return (
    name === 'CredentialUnavailableError' ||
    name === 'AuthenticationError' ||
    name === 'AggregateAuthenticationError' ||
    (error instanceof Error && /bearer token|credential/i.test(error.message))
  );
}

export function startupFailureText(storage: StorageAccess, error: unknown): string {
  const start = 'Démarrage impossible : ';
  if (storage.kind === 'identity') {
    if (isCredentialFailure(error))
      return `${start}l’identité managée n’a pas obtenu de jeton pour le stockage ${storage.tableEndpoint} (identité managée activée sur l’App Service ? en local, « az login »). Détail dans le journal.`;
    if (isStatus(error, 403))
      return `${start}le stockage ${storage.tableEndpoint} refuse l’identité managée : donnez-lui les rôles « Storage Table Data Contributor » et « Storage Blob Data Contributor » sur le compte. Détail dans le journal.`;
    return `${start}le stockage ${storage.tableEndpoint} ne répond pas. Détail dans le journal.`;
  }
  if (isStatus(error, 403))
    return `${start}le stockage refuse la chaîne de connexion (clé du compte changée ?). Détail dans le journal.`;
  return `${start}le stockage ne répond pas. Détail dans le journal.`;
}
