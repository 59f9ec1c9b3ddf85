/**
 * DynamoDB on loopback for tests: dynalite (in memory, in this process), and a proxy in front of it that can
 * answer as DynamoDB does when it throttles or fails (`ThrottlingException`, 500), hang, answer slowly, or lose the
 * answer to a request it did forward. Nothing is downloaded; every server is stopped by `close()`.
 */
import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { createDynamoDocumentClient } from '../src/store/dynamoClient';

// The SDK warns once per process that its releases after January 2027 need Node 22; this project runs on 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export const LOCAL_REGION = 'us-east-1';

const listen = async (server: Server): Promise<string> => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const stop = (server: Server): Promise<void> =>
  new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });

export interface LocalDynamo {
  endpoint: string;
  /** Creates an empty users table (`userId` string key, on demand) and returns its name. */
  createUsersTable(): Promise<string>;
  /** A document client as the app builds it, on `endpoint` (or another, such as a proxy's). */
  client(endpoint?: string): DynamoDBDocumentClient;
  /** A driver's item as the table holds it (read consistently), or undefined when there is none. */
  item(table: string, userId: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

let tables = 0;

export const startLocalDynamo = async (): Promise<LocalDynamo> => {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const endpoint = await listen(server);
  const clients: DynamoDBDocumentClient[] = [];
  const client = (at = endpoint): DynamoDBDocumentClient => {
    const made = createDynamoDocumentClient({ region: LOCAL_REGION, endpoint: at, placeholderCredentials: true });
    clients.push(made);
    return made;
  };
  /** The client `item` reads with, made at its first read. */
  let reader: DynamoDBDocumentClient | undefined;
  const admin = new DynamoDBClient({ region: LOCAL_REGION, endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return {
    endpoint,
    async createUsersTable() {
      tables += 1;
      const name = `backcoach-users-${tables}`;
      await admin.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      // dynalite makes the table ACTIVE on the next tick with createTableMs 0.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return name;
    },
    client,
    async item(table, userId) {
      reader ??= client();
      return (await reader.send(new GetCommand({ TableName: table, Key: { userId }, ConsistentRead: true }))).Item;
    },
    async close() {
      for (const made of clients.splice(0)) made.destroy();
      admin.destroy();
      await stop(server);
    },
  };
};

/** What the proxy does with one request. */
export type Fault =
  /** 400 with DynamoDB's ThrottlingException body; nothing reaches the server. */
  | 'throttle'
  /** 500 InternalServerError; nothing reaches the server. */
  | 'server-error'
  /** Never answers; nothing reaches the server. */
  | 'hang'
  /** Forwards the request (it takes effect) but answers 500, as when the answer is lost on the way back. */
  | 'answer-lost'
  /** Forwards the request (it takes effect) and never answers. */
  | 'applied-then-hang';

const ERROR_BODIES: Record<'throttle' | 'server-error', { status: number; type: string; message: string }> = {
  throttle: { status: 400, type: 'ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' },
  'server-error': { status: 500, type: 'InternalServerError', message: 'Internal server error' },
};

export interface ProxiedRequest {
  /** The DynamoDB operation: GetItem, PutItem, DeleteItem... */
  operation: string;
  /** The status the client got. */
  status: number;
  /** The error type the client got (`ConditionalCheckFailedException`), or null. */
  error: string | null;
  fault: Fault | null;
}

/** Chooses the fault for a request, or null to forward it. */
export type FaultRule = (operation: string, index: number) => Fault | null;

export class FaultyProxy {
  readonly requests: ProxiedRequest[] = [];
  /** Forwards everything until told otherwise. */
  rule: FaultRule = () => null;
  /** Every request waits this long before it is forwarded (a slow DynamoDB). */
  delayMs = 0;
  private readonly hooks: { operation: string; run: () => Promise<void> }[] = [];

  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
    private readonly target: URL,
  ) {}

  static async start(target: string): Promise<FaultyProxy> {
    const started: { proxy?: FaultyProxy } = {};
    const server = createServer((req, res) => {
      void started.proxy?.handle(req, res);
    });
    started.proxy = new FaultyProxy(server, await listen(server), new URL(target));
    return started.proxy;
  }

  /** The first `count` requests (of `operation`, if given) get `fault`; the rest are forwarded. */
  failFirst(count: number, fault: Fault, operation?: string): void {
    let seen = 0;
    this.rule = (op) => {
      if (operation !== undefined && op !== operation) return null;
      seen += 1;
      return seen <= count ? fault : null;
    };
  }

  /** Every request (of `operation`, if given) gets `fault`. */
  failAll(fault: Fault, operation?: string): void {
    this.rule = (op) => (operation === undefined || op === operation ? fault : null);
  }

  heal(): void {
    this.rule = () => null;
  }

  /** Runs `hook` once, before the next request of `operation` is forwarded (to let another writer in first). */
  beforeNext(operation: string, hook: () => Promise<void>): void {
    this.hooks.push({ operation, run: hook });
  }

  count(operation: string, error?: string | null): number {
    return this.requests.filter((r) => r.operation === operation && (error === undefined || r.error === error)).length;
  }

  close(): Promise<void> {
    return stop(this.server);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    const index = this.hooks.findIndex((h) => h.operation === operation);
    const hook = index >= 0 ? this.hooks.splice(index, 1)[0] : undefined;
    if (hook) await hook.run();
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const fault = this.rule(operation, this.requests.length);
    if (fault === 'hang') {
      this.requests.push({ operation, status: 0, error: null, fault });
      return;
    }
    if (fault === 'throttle' || fault === 'server-error') {
      this.answerError(res, operation, fault);
      return;
    }
    const answer = await this.forward(req, body);
    if (fault === 'applied-then-hang') {
      this.requests.push({ operation, status: 0, error: null, fault });
      return;
    }
    if (fault === 'answer-lost') {
      this.answerError(res, operation, 'server-error', fault);
      return;
    }
    const error = answer.status >= 400 ? errorTypeOf(answer.body) : null;
    this.requests.push({ operation, status: answer.status, error, fault: null });
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }

  private answerError(res: ServerResponse, operation: string, kind: 'throttle' | 'server-error', fault: Fault = kind): void {
    const { status, type, message } = ERROR_BODIES[kind];
    this.requests.push({ operation, status, error: type, fault });
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `proxy-${this.requests.length}` });
    res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }));
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstream = request(
        { host: this.target.hostname, port: this.target.port, method: req.method, path: req.url, headers: { ...req.headers, host: this.target.host } },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(parts) }));
          answer.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  }
}

const errorTypeOf = (body: Buffer): string | null => {
  try {
    const type = (JSON.parse(body.toString('utf8')) as { __type?: unknown }).__type;
    return typeof type === 'string' ? (type.split('#').pop() ?? type) : null;
  } catch {
    return null;
  }
};
