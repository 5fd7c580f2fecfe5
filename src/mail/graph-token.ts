/**
 * An app-only access token for Microsoft Graph, by the OAuth2 client-credentials grant
 * (`POST {authority}/{tenant}/oauth2/v2.0/token`), cached until shortly before it expires.
 *
 * Why not @azure/identity's ClientSecretCredential: it refuses any authority that is not https
 * (« The authorityHost address must use the 'https' protocol »), so it cannot be exercised against
 * a local server in tests, and the grant is a single form POST.
 */
import { fr } from '../i18n/fr';
import { MailError } from '../application/ports';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphTokenOptions {
  /** `https://login.microsoftonline.com` */
  authority: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  /** Milliseconds since the epoch; injected for tests of expiry. */
  now?: () => number;
}

export interface AccessToken {
  token: string;
  /** False when it came from the cache: a 401 with it is worth one retry with a new token. */
  fresh: boolean;
}

export interface GraphTokenProvider {
  getToken(): Promise<AccessToken>;
  /** Forget the cached token (Graph answered 401 with it). */
  invalidate(): void;
}

/** Renew this long before the announced expiry, so a token never expires between read and use. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

interface TokenResponse {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

export function createGraphTokenProvider(options: GraphTokenOptions): GraphTokenProvider {
  const now = options.now ?? Date.now;
  const url = `${options.authority.replace(/\/+$/, '')}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0/token`;
  let cached: { token: string; renewAt: number } | null = null;
  // Concurrent sends share one token request instead of each asking for its own.
  let pending: Promise<AccessToken> | null = null;

  async function requestToken(): Promise<AccessToken> {
    const requestedAt = now();
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: options.clientId,
          client_secret: options.clientSecret,
          scope: GRAPH_SCOPE,
          grant_type: 'client_credentials',
        }).toString(),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new MailError(
        'transient',
        fr.mail.graphUnreachable,
        `token request failed: ${describeError(error)}`,
      );
    }
    const payload = (await response.json().catch(() => ({}))) as TokenResponse;
    if (!response.ok || typeof payload.access_token !== 'string') {
      const detail = `token endpoint HTTP ${response.status} ${String(payload.error ?? '')} ${String(payload.error_description ?? '')}`;
      if (response.status === 429 || response.status >= 500) {
        throw new MailError('transient', fr.mail.graphUnavailable(response.status), detail);
      }
      throw new MailError('permanent', fr.mail.graphAuthRefused(firstSentence(payload)), detail);
    }
    const lifetimeMs = Number(payload.expires_in) * 1000 || 0;
    // A short-lived token (unusual) is renewed at half its life rather than never cached.
    const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2);
    cached = { token: payload.access_token, renewAt: requestedAt + lifetimeMs - margin };
    return { token: payload.access_token, fresh: true };
  }

  return {
    async getToken(): Promise<AccessToken> {
      if (cached && now() < cached.renewAt) return { token: cached.token, fresh: false };
      pending ??= requestToken().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate(): void {
      cached = null;
    },
  };
}

/** Entra's descriptions run on (« AADSTS7000215: Invalid client secret provided. … Trace ID: … »). */
function firstSentence(payload: TokenResponse): string {
  const description = typeof payload.error_description === 'string' ? payload.error_description : '';
  const first = description.split(/\r?\n|(?<=\.)\s/)[0]?.trim();
  return first || (typeof payload.error === 'string' ? payload.error : fr.mail.graphNoDetail);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}
