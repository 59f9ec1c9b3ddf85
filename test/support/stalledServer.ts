/**
 * A TCP server on loopback that accepts connections and never answers: a remote service that has hung. It counts
 * the connections it has seen and the ones still open, so a test can tell whether the caller closed its side.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface StalledServer {
  port: number;
  url: string;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Connections the other side has not closed yet. */
  readonly open: number;
  /** Resolves once no connection is open (rejects after `timeoutMs`). */
  drained(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export const startStalledServer = async (): Promise<StalledServer> => {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    // Reads everything and answers nothing.
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    get accepted() {
      return accepted;
    },
    get open() {
      return sockets.size;
    },
    drained: async (timeoutMs = 2000) => {
      const deadline = Date.now() + timeoutMs;
      while (sockets.size > 0) {
        if (Date.now() > deadline) throw new Error(`${sockets.size} connection(s) still open after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
