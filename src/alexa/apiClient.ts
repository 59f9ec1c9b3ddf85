/**
 * The client ask-sdk uses for Alexa's service APIs (the Settings API, the Reminders API, progressive responses), with a
 * deadline: a call's own, and the turn's (`endsAt`). ask-sdk's DefaultApiClient waits for as long as the service takes; a call that outlived the turn kept
 * its socket open, one per turn, until the process ran out of file descriptors. Here every call is aborted when
 * its deadline passes: the request is destroyed, its socket closed, and the caller gets an error it can ignore.
 */
import type { Agent, IncomingHttpHeaders } from 'node:http';
import type { services } from 'ask-sdk-model';

/** Alexa answers within 8 s in all; a service call must leave most of that to the turn. */
export const ALEXA_API_TIMEOUT_MS = 1500;

/** The service APIs answer a few hundred bytes; nothing legitimate comes near this. */
const MAX_RESPONSE_BYTES = 256 * 1024;

export class AlexaApiTimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`No answer from ${url} within ${timeoutMs} ms; the call was aborted`);
    this.name = 'AlexaApiTimeoutError';
  }
}

export interface DeadlineApiClientOptions {
  /** Longest time one call may take, from sending the request to the last byte of the answer. */
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** The connection pool (Node's global agents by default); it must speak the endpoint's protocol. */
  agent?: Agent;
  /** When every call must be over (epoch ms; the turn's budget): a call gets `timeoutMs` or what is left, the lesser. */
  endsAt?: number;
}

const headerObject = (headers: services.ApiClientRequest['headers']): Record<string, string[]> => {
  const object: Record<string, string[]> = {};
  for (const { key, value } of headers) {
    const values = Object.hasOwn(object, key) ? object[key] : undefined;
    if (values) values.push(value);
    else object[key] = [value];
  }
  return object;
};

const headerArray = (headers: IncomingHttpHeaders): services.ApiClientResponse['headers'] =>
  Object.entries(headers).flatMap(([key, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => ({ key, value: v }))));

/**
 * Node's HTTP client for the endpoint's protocol, loaded at the first call rather than at start: a launch that calls
 * no Alexa API does not load the TLS stack (about 10 ms of a cold start).
 */
const transportFor = (protocol: string): typeof import('node:http') | typeof import('node:https') | null =>
  protocol === 'https:' ? process.getBuiltinModule('node:https') : protocol === 'http:' ? process.getBuiltinModule('node:http') : null;

export class DeadlineApiClient implements services.ApiClient {
  readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly agent: Agent | undefined;
  private readonly endsAt: number;

  constructor(options: DeadlineApiClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? ALEXA_API_TIMEOUT_MS;
    this.maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
    this.agent = options.agent;
    this.endsAt = options.endsAt ?? Infinity;
  }

  /** The same client, with every call over by `endsAt` (or sooner, by this client's own end). */
  until(endsAt: number): DeadlineApiClient {
    return new DeadlineApiClient({ timeoutMs: this.timeoutMs, maxResponseBytes: this.maxResponseBytes, agent: this.agent, endsAt: Math.min(endsAt, this.endsAt) });
  }

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    return new Promise((resolve, reject) => {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        reject(new Error('The Alexa API endpoint is not a URL'));
        return;
      }
      const transport = transportFor(url.protocol);
      if (!transport) {
        reject(new Error(`The Alexa API endpoint uses an unsupported protocol ${url.protocol}`));
        return;
      }

      const timeoutMs = Math.min(this.timeoutMs, this.endsAt - Date.now());
      if (timeoutMs <= 0) {
        reject(new AlexaApiTimeoutError(url.origin + url.pathname, 0));
        return;
      }
      const controller = new AbortController();
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const fail = (error: Error): void => finish(() => reject(error));
      const timer = setTimeout(() => {
        fail(new AlexaApiTimeoutError(url.origin + url.pathname, timeoutMs));
        controller.abort();
      }, timeoutMs);

      const target = {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || undefined,
        path: url.pathname + url.search,
        method: request.method,
        headers: headerObject(request.headers),
        signal: controller.signal,
        agent: this.agent,
      };
      // One options object rather than (url, options): request interceptors in test tools (old nock) read only that.
      const outgoing = transport.request(target, (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.maxResponseBytes) {
            fail(new Error(`The answer from ${url.origin} is larger than ${this.maxResponseBytes} bytes`));
            controller.abort();
            return;
          }
          chunks.push(chunk);
        });
        incoming.on('end', () =>
          finish(() => resolve({ statusCode: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: headerArray(incoming.headers) })),
        );
        incoming.on('error', fail);
        incoming.on('close', () => fail(new Error(`The connection to ${url.origin} closed before the answer was complete`)));
      });
      outgoing.on('error', fail);
      if (request.body) outgoing.write(request.body);
      outgoing.end();
    });
  }
}
