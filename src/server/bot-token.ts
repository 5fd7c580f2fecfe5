/**
 * Cheap checks of a Bot Framework bearer token before the adapter verifies its signature against
 * the published keys. They refuse obviously forged or misdirected tokens (wrong audience, expired,
 * unknown issuer, not a JWT) with a 401 at once, without any network call. A token that passes is
 * still verified in full by the adapter.
 */
export type TokenCheck = { ok: true } | { ok: false; reason: string };

const TRUSTED_ISSUERS = [
  /^https:\/\/api\.botframework\.com$/,
  /^https:\/\/sts\.windows\.net\/[0-9a-f-]{36}\/$/,
  /^https:\/\/login\.microsoftonline\.com\/[0-9a-f-]{36}\/v2\.0$/,
  /^https:\/\/api\.botframework\.us$/,
];

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function preflightBotToken(
  authorization: string | undefined,
  botId: string,
  nowSeconds: number,
): TokenCheck {
  const m = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!m) return { ok: false, reason: 'no bearer JWT' };
  const header = decodeSegment(m[1]!);
  const payload = decodeSegment(m[2]!);
  if (!header || !payload) return { ok: false, reason: 'undecodable JWT' };
  if (header.alg !== 'RS256') return { ok: false, reason: `unexpected alg ${String(header.alg)}` };
  const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audience.includes(botId) && !audience.includes(`api://${botId}`))
    return { ok: false, reason: 'audience is not this bot' };
  if (typeof payload.exp !== 'number' || payload.exp + 300 < nowSeconds)
    return { ok: false, reason: 'expired or no expiry' };
  if (typeof payload.iss !== 'string' || !TRUSTED_ISSUERS.some((re) => re.test(payload.iss as string))) {
    return { ok: false, reason: `untrusted issuer ${String(payload.iss)}` };
  }
  return { ok: true };
}
