/**
 * Links to generated documents: `GET /documents/:id?exp=…&kid=…&sig=…`, signed with HMAC-SHA256
 * over the id and the expiry, valid DOCUMENT_LINK_DAYS days. A link cannot be forged, altered or
 * used after it expired (403). Only what is signed is served.
 *
 * `kid` names the key that signed the link (a digest of it, not the key). A link signed with
 * another key — an earlier development key, a key rotated in production, or a link made before
 * links carried `kid` — was genuine once: it is answered as expired, with how to get a new one,
 * never as « modifié ». Only a link whose signature fails under the current key is invalid.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { isServiceUnavailable } from '../application/unavailable';
import { withinDeadline } from '../application/within-deadline';
import type { Logger } from '../config/logger';
import { fr } from '../i18n/fr';
import type { BlobDocumentStore } from '../store/document-store';

export type LinkVerdict = 'ok' | 'expired' | 'other-key' | 'invalid';

export class DocumentLinks {
  private readonly keyId: string;

  constructor(
    private readonly baseUrl: () => string,
    private readonly key: Buffer,
    private readonly validityMs: number,
  ) {
    this.keyId = createHash('sha256')
      .update('relances-document-key.')
      .update(key)
      .digest('base64url')
      .slice(0, 8);
  }

  private signature(id: string, expiresAt: number): string {
    return createHmac('sha256', this.key).update(`${id}.${expiresAt}`).digest('base64url');
  }

  url(id: string, now: Date): string {
    const expiresAt = Math.floor((now.getTime() + this.validityMs) / 1000);
    return `${this.baseUrl().replace(/\/$/, '')}/documents/${id}?exp=${expiresAt}&kid=${this.keyId}&sig=${this.signature(id, expiresAt)}`;
  }

  /** `kid` absent: a link from before links named their key. */
  verify(id: string, exp: unknown, sig: unknown, now: Date, kid?: unknown): LinkVerdict {
    if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return 'invalid';
    const expected = Buffer.from(this.signature(id, Number(exp)));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return kid === this.keyId ? 'invalid' : 'other-key';
    return Number(exp) * 1000 < now.getTime() ? 'expired' : 'ok';
  }
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Characters that would be markup in the page. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A person opened the link in a browser: what went wrong is a short French page. */
function frenchPage(res: Response, status: number, message: string): void {
  const html =
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(fr.documents.pageTitle)}</title></head>` +
    `<body><p>${escapeHtml(message)}</p></body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(html);
}

/** How long a document may take to come out of storage before the page says « réessayez ». */
const DOCUMENT_DEADLINE_MS = 10_000;

export function mountDocumentRoute(
  links: DocumentLinks,
  documents: Pick<BlobDocumentStore, 'get'>,
  now: () => Date,
  logger: Logger,
  deadlineMs = DOCUMENT_DEADLINE_MS,
): (server: Server) => void {
  return (server) => {
    server.get('/documents/:id', async (req: Request, res: Response) => {
      const id = String(req.params.id ?? '');
      const query = new URL(req.url ?? '', 'http://x').searchParams;
      const verdict = links.verify(
        id,
        query.get('exp') ?? undefined,
        query.get('sig') ?? undefined,
        now(),
        query.get('kid') ?? undefined,
      );
      if (verdict !== 'ok') {
        logger.warn({ id, verdict, remote: req.socket.remoteAddress }, 'refused a document link');
        frenchPage(res, 403, verdict === 'invalid' ? fr.documents.linkInvalid : fr.documents.linkExpired);
        return;
      }
      let found: Awaited<ReturnType<BlobDocumentStore['get']>> | 'pending';
      try {
        found = await withinDeadline(documents.get(id), deadlineMs);
      } catch (error) {
        const unavailable = isServiceUnavailable(error);
        logger.error({ err: error, id }, 'could not read a document');
        frenchPage(
          res,
          unavailable ? 503 : 500,
          unavailable ? fr.documents.unavailable : fr.documents.failed,
        );
        return;
      }
      if (found === 'pending') {
        logger.warn({ id, deadlineMs }, 'a document did not come out of storage in time');
        frenchPage(res, 503, fr.documents.unavailable);
        return;
      }
      if (!found) {
        frenchPage(res, 404, fr.documents.notFound);
        return;
      }
      // A chart is shown in the card (inline) and never changes under its name (it is named by its
      // content): the client may keep it until the link expires, a day at most.
      const image = found.document.kind === 'chart' && found.document.contentType === 'image/png';
      const secondsLeft = Math.max(0, Number(query.get('exp')) - Math.floor(now().getTime() / 1000));
      res.writeHead(200, {
        'content-type': found.document.contentType,
        'content-length': found.bytes.length,
        'content-disposition': image
          ? contentDisposition(found.document.fileName).replace(/^attachment/, 'inline')
          : contentDisposition(found.document.fileName),
        'x-content-sha256': found.document.sha256,
        'x-content-type-options': 'nosniff',
        'cache-control': image
          ? `private, max-age=${Math.min(secondsLeft, 86_400)}, immutable`
          : 'private, no-store',
      });
      res.end(found.bytes);
    });
  };
}
