/**
 * Sends from a Microsoft 365 shared mailbox through Graph:
 * `POST {GRAPH_BASE_URL}/v1.0/users/{GRAPH_SENDER}/sendMail`, saved to its Sent Items so the
 * accounting team sees every reminder in Outlook.
 *
 * The JSON message has a single HTML body: Exchange derives the plain-text part itself, so
 * `OutgoingMail.text` is not sent by this transport.
 */
import { fr } from '../i18n/fr';
import { describeError, type GraphTokenProvider } from './graph-token';
import { allRecipients, assertSendable } from './mailer';
import { MailError, type Mailer, type OutgoingMail, type SentMail } from '../application/ports';
import { newMessageId } from './message-id';

export interface GraphMailerOptions {
  /** `https://graph.microsoft.com` */
  baseUrl: string;
  /** The shared mailbox that sends, e.g. `comptabilite@greenova.example`. */
  sender: string;
  tokens: GraphTokenProvider;
  timeoutMs?: number;
  /** Milliseconds since the epoch, to read a Retry-After given as a date. */
  now?: () => number;
}

interface GraphRecipient {
  emailAddress: { address: string };
}

const recipients = (addresses: readonly string[]): GraphRecipient[] =>
  addresses.map((address) => ({ emailAddress: { address } }));

/** The sendMail request body (https://learn.microsoft.com/graph/api/user-sendmail). */
export function graphMessage(mail: OutgoingMail, internetMessageId: string) {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'HTML', content: mail.html },
      toRecipients: recipients(mail.to),
      ccRecipients: recipients(mail.cc ?? []),
      replyTo: recipients([mail.replyTo]),
      // Graph's 202 carries no id: we set the message's own, so the journal holds the real one.
      internetMessageId,
      attachments: (mail.attachments ?? []).map((a) => ({
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: a.filename,
        contentType: a.contentType,
        contentBytes: a.content.toString('base64'),
      })),
    },
    saveToSentItems: true,
  };
}

export function createGraphMailer(options: GraphMailerOptions): Mailer {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/v1.0/users/${encodeURIComponent(options.sender)}/sendMail`;
  const now = options.now ?? Date.now;

  async function post(body: string, token: string): Promise<Response> {
    try {
      return await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      const detail = `sendMail request failed: ${describeError(error)}`;
      // Refused before any connection: nothing reached Graph. Anything later (a reset, no answer
      // in time) may have come after Graph took the message.
      if (neverConnected(error)) throw new MailError('transient', fr.mail.graphUnreachable, detail);
      throw new MailError('uncertain', fr.mail.graphUncertain, detail);
    }
  }

  return {
    newMessageId: () => newMessageId(options.sender),
    async send(mail: OutgoingMail): Promise<SentMail> {
      assertSendable(mail);
      const { messageId } = mail;
      const body = JSON.stringify(graphMessage(mail, messageId));
      let access = await options.tokens.getToken();
      let response = await post(body, access.token);
      if (response.status === 401 && !access.fresh) {
        // The cached token may have been revoked before its expiry: one more try with a new one.
        await response.body?.cancel();
        options.tokens.invalidate();
        access = await options.tokens.getToken();
        response = await post(body, access.token);
      }
      if (response.ok) {
        await response.body?.cancel();
        return { messageId, transport: 'graph', accepted: allRecipients(mail) };
      }
      throw await classifyGraphResponse(response, now());
    },
  };
}

/** Network failures that happen before a connection exists: the request never left. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function neverConnected(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_CONNECTED.has(code)) return true;
  }
  return false;
}

/**
 * 429 and 503: Graph or Exchange is busy and did not take the message, try again (after
 * Retry-After); 500, 502, 504: it may have taken it before failing — uncertain; any other 4xx is
 * final.
 */
export async function classifyGraphResponse(response: Response, nowMs: number): Promise<MailError> {
  const text = await response.text().catch(() => '');
  let code = '';
  let message = '';
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    code = typeof parsed.error?.code === 'string' ? parsed.error.code : '';
    message = typeof parsed.error?.message === 'string' ? parsed.error.message : '';
  } catch {
    // Not JSON (a proxy's HTML page): the status alone classifies it.
  }
  const detail = `sendMail HTTP ${response.status} ${code} ${message || text.slice(0, 200)}`.trim();
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), nowMs);
  if (response.status === 429)
    return new MailError('transient', fr.mail.graphThrottled, detail, retryAfterMs);
  if (response.status === 503) {
    return new MailError('transient', fr.mail.graphUnavailable(response.status), detail, retryAfterMs);
  }
  if (response.status >= 500) return new MailError('uncertain', fr.mail.graphUncertain, detail);
  return new MailError(
    'permanent',
    fr.mail.graphRefused(message || fr.mail.graphStatus(response.status)),
    detail,
  );
}

/** `Retry-After: 7` (seconds) or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
