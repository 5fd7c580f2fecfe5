/**
 * An SMTP sink on loopback that misbehaves on purpose, for the fault drills: after it has taken a
 * message's DATA it may confirm (250), drop the connection without a word, hang, or refuse
 * (4xx/5xx); MAIL FROM may be refused too. Every message whose DATA it took counts as delivered —
 * a real server that took it would deliver it — so duplicates are counted by Message-ID.
 */
import net, { type AddressInfo, type Socket } from 'node:net';

export type AfterData = 'accept' | 'drop' | 'hang' | { reply: string };

export interface SinkMessage {
  raw: string;
  messageId: string;
  rcptTo: string[];
}

export interface FaultSmtp {
  port: number;
  /** Messages whose DATA was taken, in order. */
  delivered: SinkMessage[];
  /** How many copies of each Message-ID were delivered. */
  copies(): Map<string, number>;
  close(): Promise<void>;
}

export interface FaultSmtpOptions {
  /** What to do once the n-th message's DATA is taken (n from 1). Default: accept. */
  afterData?: (n: number) => AfterData;
  /** An error reply to MAIL FROM for the n-th transaction (n from 1), or null to accept. */
  mailFrom?: (n: number) => string | null;
}

export async function startFaultSmtp(options: FaultSmtpOptions = {}): Promise<FaultSmtp> {
  const delivered: SinkMessage[] = [];
  const sockets = new Set<Socket>();
  let transactions = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let rcptTo: string[] = [];
    const say = (line: string) => socket.writable && socket.write(`${line}\r\n`);
    say('220 fault-smtp ESMTP');
    const onMessage = (raw: string) => {
      const messageId = /^message-id:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '';
      delivered.push({ raw, messageId, rcptTo });
      const behaviour = options.afterData?.(delivered.length) ?? 'accept';
      rcptTo = [];
      if (behaviour === 'accept') say('250 2.0.0 queued');
      else if (behaviour === 'drop') socket.destroy();
      else if (behaviour === 'hang') socket.pause();
      else say(behaviour.reply);
    };
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const raw = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          onMessage(raw);
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') say('250 fault-smtp');
        else if (verb === 'MAIL') {
          transactions++;
          say(options.mailFrom?.(transactions) ?? '250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          rcptTo.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          say('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          say('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          say('221 bye');
          socket.end();
        } else if (verb === 'RSET' || verb === 'NOOP') say('250 ok');
        else say('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    delivered,
    copies: () => {
      const counts = new Map<string, number>();
      for (const m of delivered) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
      return counts;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
