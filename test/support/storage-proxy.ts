/**
 * A TCP stand-in for the storage, on loopback, in front of the test Azurite: it forwards (`pass`),
 * accepts connections and never answers (`hang`: a storage that is hung), or refuses them
 * (`down`: ECONNREFUSED, a storage that is stopped). A bot started on `connectionString` then
 * meets the storage outage the test chooses, at the moment it chooses.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'hang' | 'down';

export interface StorageProxy {
  /** The test Azurite's connection string, its endpoints rewritten to go through the proxy. */
  connectionString: string;
  mode(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

interface Endpoint {
  server: Server;
  port: number;
  targetPort: number;
  sockets: Set<Socket>;
}

export async function startStorageProxy(connectionString: string): Promise<StorageProxy> {
  let current: ProxyMode = 'pass';
  const endpoints: Endpoint[] = [];

  const serve = (endpoint: Endpoint) =>
    createServer((client) => {
      endpoint.sockets.add(client);
      client.on('close', () => endpoint.sockets.delete(client));
      client.on('error', () => undefined);
      if (current === 'hang') return; // accepted, and never answered
      const upstream = connect(endpoint.targetPort, '127.0.0.1');
      endpoint.sockets.add(upstream);
      // `end`, not `destroy`: what the storage wrote must reach the client before it closes.
      upstream.on('close', () => {
        endpoint.sockets.delete(upstream);
        client.end();
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
    });

  const listen = (endpoint: Endpoint, port: number) =>
    new Promise<void>((resolve, reject) => {
      endpoint.server.once('error', reject);
      endpoint.server.listen(port, '127.0.0.1', () => {
        const address = endpoint.server.address();
        endpoint.port = typeof address === 'object' && address ? address.port : port;
        resolve();
      });
    });

  const stop = (endpoint: Endpoint) =>
    new Promise<void>((resolve) => {
      for (const socket of endpoint.sockets) socket.destroy();
      endpoint.sockets.clear();
      if (!endpoint.server.listening) return resolve();
      endpoint.server.close(() => resolve());
    });

  let rewritten = connectionString;
  for (const m of connectionString.matchAll(/(Blob|Table)Endpoint=http:\/\/127\.0\.0\.1:(\d+)/g)) {
    const endpoint: Endpoint = {
      server: undefined as unknown as Server,
      port: 0,
      targetPort: Number(m[2]),
      sockets: new Set(),
    };
    endpoint.server = serve(endpoint);
    await listen(endpoint, 0);
    endpoints.push(endpoint);
    rewritten = rewritten.replace(m[0], `${m[1]}Endpoint=http://127.0.0.1:${endpoint.port}`);
  }
  if (endpoints.length === 0) throw new Error('no http://127.0.0.1 endpoint in the connection string');

  return {
    connectionString: rewritten,
    mode: async (mode) => {
      current = mode;
      for (const endpoint of endpoints) {
        // Connections already open (kept alive by the SDK) follow the new mode too.
        await stop(endpoint);
        if (mode !== 'down') {
          endpoint.server = serve(endpoint);
          await listen(endpoint, endpoint.port);
        }
      }
    },
    close: async () => {
      for (const endpoint of endpoints) await stop(endpoint);
    },
  };
}
