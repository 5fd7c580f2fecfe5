/**
 * Links to generated documents: `GET /documents/:id?exp=…&sig=…`, signed with HMAC-SHA256 over the
 * id and the expiry, valid DOCUMENT_LINK_DAYS days. A link cannot be forged, altered or used after
 * it expired (403). Only what is signed is served.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../config/logger';
import { fr } from '../i18n/fr';
import type { BlobDocumentStore } from '../store/document-store';

export class DocumentLinks {
  constructor(
    private readonly baseUrl: () => string,
    private readonly key: Buffer,
    private readonly validityMs: number,
  ) {}

  /** A key for a process that was given none: links then die with the process (development). */
  static ephemeralKey(): Buffer {
    return randomBytes(32);
  }

  private signature(id: string, expiresAt: number): string {
    return createHmac('sha256', this.key).update(`${id}.${expiresAt}`).digest('base64url');
  }

  url(id: string, now: Date): string {
    const expiresAt = Math.floor((now.getTime() + this.validityMs) / 1000);
    return `${this.baseUrl().replace(/\/$/, '')}/documents/${id}?exp=${expiresAt}&sig=${this.signature(id, expiresAt)}`;
  }

  verify(id: string, exp: unknown, sig: unknown, now: Date): 'ok' | 'expired' | 'invalid' {
    if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return 'invalid';
    const expected = Buffer.from(this.signature(id, Number(exp)));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
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

export function mountDocumentRoute(
  links: DocumentLinks,
  documents: BlobDocumentStore,
  now: () => Date,
  logger: Logger,
): (server: Server) => void {
  return (server) => {
    server.get('/documents/:id', async (req: Request, res: Response) => {
      const id = String(req.params.id ?? '');
      const query = new URL(req.url ?? '', 'http://x').searchParams;
      const verdict = links.verify(id, query.get('exp') ?? undefined, query.get('sig') ?? undefined, now());
      if (verdict !== 'ok') {
        logger.warn({ id, verdict, remote: req.socket.remoteAddress }, 'refused a document link');
        res.send(403, { error: verdict === 'expired' ? fr.documents.linkExpired : fr.documents.linkInvalid });
        return;
      }
      const found = await documents.get(id);
      if (!found) {
        res.send(404, { error: fr.documents.notFound });
        return;
      }
      res.writeHead(200, {
        'content-type': found.document.contentType,
        'content-length': found.bytes.length,
        'content-disposition': contentDisposition(found.document.fileName),
        'x-content-sha256': found.document.sha256,
        'cache-control': 'private, no-store',
      });
      res.end(found.bytes);
    });
  };
}
