/**
 * A real SMTP server on loopback (smtp-server) for the tests: it keeps every message it accepts,
 * and can answer MAIL FROM or RCPT TO with an error reply to play a busy or refusing server.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface Received {
  raw: Buffer;
  mailFrom: string;
  rcptTo: string[];
  user: string | undefined;
}

export type SmtpReply = Error & { responseCode?: number };

export function reply(code: number, message: string): SmtpReply {
  const error: SmtpReply = new Error(message);
  error.responseCode = code;
  return error;
}

export interface TestServer {
  port: number;
  received: Received[];
  counts: { mailFrom: number; rcptTo: number };
  close(): Promise<void>;
}

/**
 * A loopback SMTP server. `refuse` may answer a MAIL FROM or RCPT TO with an error reply
 * (the n-th call is passed, from 1) to play a busy or a refusing server.
 */
export async function startSmtp(
  refuse: { mailFrom?: (n: number) => SmtpReply | null; rcptTo?: (n: number) => SmtpReply | null } = {},
): Promise<TestServer> {
  const received: Received[] = [];
  const counts = { mailFrom: 0, rcptTo: 0 };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.password === 'wrong') return callback(new Error('Invalid username or password'));
      callback(null, { user: auth.username });
    },
    onMailFrom(_address, _session, callback) {
      counts.mailFrom++;
      callback(refuse.mailFrom?.(counts.mailFrom) ?? undefined);
    },
    onRcptTo(_address, _session, callback) {
      counts.rcptTo++;
      callback(refuse.rcptTo?.(counts.rcptTo) ?? undefined);
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          raw: Buffer.concat(chunks),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    counts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
