/**
 * A Bot Framework connector stand-in on loopback, as the Playground's mocked connector: it knows
 * the members of the tenant, records every activity the bot posts or updates, and creates 1:1
 * conversations on request. Tests point activities' `serviceUrl` at it.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Member {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
  userPrincipalName?: string;
}

export interface RecordedCall {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
}

export interface ConnectorStub {
  url: string;
  calls: RecordedCall[];
  members: Map<string, Member>;
  /** Activities posted (new messages), in order, with the id the connector gave them. */
  posted(): Array<{ conversationId: string; id: string; activity: Record<string, unknown> }>;
  /** Updates of earlier activities (card refreshed in place). */
  updated(): Array<{ conversationId: string; id: string; activity: Record<string, unknown> }>;
  /** When set, member lookups answer 404 (a user the tenant does not know). */
  failMembers: boolean;
  /** When set, new activities are answered only once it resolves (a connector that hangs). */
  holdPosts: Promise<void> | null;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

export async function startConnectorStub(members: Member[] = []): Promise<ConnectorStub> {
  const calls: RecordedCall[] = [];
  const byId = new Map(members.map((m) => [m.id, m]));
  let sequence = 0;
  const stub: Partial<ConnectorStub> = { calls, members: byId, failMembers: false, holdPosts: null };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const path = decodeURIComponent(url.pathname);
    const body = await readBody(req);
    calls.push({ method: req.method ?? 'GET', path, body });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && (m = /\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path))) {
      const member = stub.failMembers ? undefined : byId.get(m[2]!);
      if (!member)
        return send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      return send(200, { ...member, userPrincipalName: member.userPrincipalName ?? member.email });
    }
    if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(path)) {
      const member = (body?.members as Array<{ id: string }> | undefined)?.[0];
      return send(201, { id: `a:1on1-${member?.id ?? 'x'}`, serviceUrl: stub.url });
    }
    if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path)) {
      if (stub.holdPosts) await stub.holdPosts;
      return send(201, { id: `activity-${++sequence}` });
    }
    if (req.method === 'PUT' && /\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path)) {
      return send(200, { id: path.split('/').pop() });
    }
    send(404, { error: { code: 'NotFound', message: path } });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  stub.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const activityCalls = (method: string) =>
    calls
      .map((call, index) => ({ call, index }))
      .filter(
        ({ call }) =>
          call.method === method && /\/v3\/conversations\/[^/]+\/activities/.test(call.path) && call.body,
      )
      .map(({ call, index }) => {
        const parts = call.path.split('/');
        const conversationId = parts[parts.indexOf('conversations') + 1]!;
        const id =
          method === 'PUT'
            ? parts[parts.length - 1]!
            : `activity-${calls.slice(0, index + 1).filter((c) => c.method === 'POST' && /\/activities(\/[^/]+)?$/.test(c.path)).length}`;
        return { conversationId, id, activity: call.body! };
      });
  stub.posted = () => activityCalls('POST');
  stub.updated = () => activityCalls('PUT');
  stub.close = () => new Promise<void>((r) => server.close(() => r()));
  return stub as ConnectorStub;
}
