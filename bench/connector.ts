/**
 * The least of a Bot Framework connector the invoke path needs, on loopback: the member lookup
 * (how the bot learns a user's e-mail, hence their role) and activity posts and updates answering an
 * id (teams-ai updates the card in place after an Action.Execute). Kept here rather than borrowed
 * from test/: the bench must not depend on test helpers, and it counts calls instead of recording
 * bodies, so that thousands of invokes do not grow its memory.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface ConnectorMember {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
}

export interface BenchConnector {
  /** Base URL to give activities as `serviceUrl`. */
  url: string;
  /** Calls per `METHOD kind`: `GET member`, `POST activity`, `PUT activity`, `POST conversation`… */
  counts: Map<string, number>;
  close(): Promise<void>;
}

async function drain(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBenchConnector(members: readonly ConnectorMember[]): Promise<BenchConnector> {
  const byId = new Map(members.map((m) => [m.id, m]));
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  let sequence = 0;
  let url = '';
  const server: Server = createServer((req, res) => {
    void drain(req).then((text) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://connector').pathname);
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      let m: RegExpExecArray | null;
      if (req.method === 'GET' && (m = /\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path))) {
        count('GET member');
        const member = byId.get(m[2]!);
        if (!member)
          return send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
        return send(200, { ...member, userPrincipalName: member.email });
      }
      if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(path)) {
        // The job may open a 1:1 chat to deliver the digest proactively.
        count('POST conversation');
        const body = text ? (JSON.parse(text) as { members?: Array<{ id: string }> }) : {};
        return send(201, { id: `a:1on1-${body.members?.[0]?.id ?? 'x'}`, serviceUrl: url });
      }
      if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path)) {
        count('POST activity');
        return send(201, { id: `activity-${++sequence}` });
      }
      if (req.method === 'PUT' && /\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path)) {
        count('PUT activity');
        return send(200, { id: path.split('/').pop() });
      }
      count(`${req.method ?? '?'} unknown`);
      send(404, { error: { code: 'NotFound', message: path } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  return {
    url,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        // The bot's HTTP agent keeps connections alive: close them, or close() waits for them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
