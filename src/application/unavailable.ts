/**
 * Whether a failure means a service Relances depends on (its storage first) is down, hung or
 * overloaded — as opposed to a bug. The edge then answers « réessayez dans quelques minutes »
 * instead of « une erreur est survenue ». Judged on the error's shape only (no SDK types here):
 * network error codes, timeouts and aborts, 5xx/408/429 statuses, along the chain of causes.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'REQUEST_SEND_ERROR',
]);

export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    name?: unknown;
    code?: unknown;
    statusCode?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return true;
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || e.code.startsWith('UND_ERR_'))) return true;
  if (
    typeof e.statusCode === 'number' &&
    (e.statusCode >= 500 || e.statusCode === 408 || e.statusCode === 429)
  )
    return true;
  if (e.name === 'RestError' && e.statusCode === undefined) return true;
  if (
    typeof e.message === 'string' &&
    /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up)\b/.test(e.message)
  )
    return true;
  return isServiceUnavailable(e.cause, depth + 1);
}
