/**
 * Databases that stop answering, on 127.0.0.1 only: a server that accepts
 * connections and never says a word, and a proxy in front of a real one that
 * can go silent mid-session.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface SilentServer {
  port: number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

function closer(server: Server, sockets: Set<Socket>) {
  server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  return async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
}

/** Accepts every connection, reads what it is sent, and never answers. */
export async function silentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => socket.resume());
  const close = closer(server, sockets);
  return { port: await listen(server), close };
}

export interface SilenceableProxy extends SilentServer {
  /** From now on, nothing passes either way; connections stay open. */
  silence(): void;
}

/** Forwards to 127.0.0.1:`target` until silenced. */
export async function silenceableProxy(target: number): Promise<SilenceableProxy> {
  const sockets = new Set<Socket>();
  let silent = false;
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: target });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.on('data', (data) => void (silent || upstream.write(data)));
    upstream.on('data', (data) => void (silent || client.write(data)));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const close = closer(server, sockets);
  return { port: await listen(server), close, silence: () => (silent = true) };
}
