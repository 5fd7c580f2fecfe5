/**
 * A TCP proxy on loopback in front of a real server (Azurite, an SMTP server), to play network
 * faults: `pass` forwards, `hang` accepts and never answers (and freezes open connections),
 * `down` refuses (closes every connection at once, new ones are reset).
 */
import net, { type AddressInfo, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'hang' | 'down';

export interface TcpProxy {
  port: number;
  /** Connections accepted so far. */
  readonly connections: number;
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let mode: ProxyMode = 'pass';
  let connections = 0;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => undefined);
  };
  const server = net.createServer((client) => {
    connections++;
    track(client);
    if (mode === 'down') {
      client.resetAndDestroy();
      return;
    }
    if (mode === 'hang') {
      client.pause();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    track(upstream);
    // Data flows while passing; once hung, both directions stop where they are.
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (mode === 'pass') to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get connections() {
      return connections;
    },
    setMode(next) {
      mode = next;
      if (next === 'down') for (const socket of open) socket.resetAndDestroy();
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
