/**
 * A loopback stand-in for the Alexa APIs the skill calls, named as the request's `apiEndpoint`: the Settings API's
 * time zone, the Reminders API (list, create, delete) and the directive API (progressive responses). It records every
 * call and answers as Amazon documents them: 201 with an alert token for a created reminder, 200 for a delete, 404
 * for an unknown one, 204 for a directive; and, when a test says so, 401 (permission missing), 403, 500, or no
 * answer at all, and every answer late.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/**
 * How the Reminders API answers a create: created, a status of its own, never (a hung call), or it creates the
 * reminder and then never answers, or answers with JSON that does not parse.
 */
export type RemindersBehaviour = 'ok' | 401 | 403 | 500 | 503 | 'hang' | 'create-then-hang' | 'malformed';

export interface AlexaApi {
  url: string;
  timeZone: string | null;
  /** How creates are answered from now on (deletes too, when not 'ok'). */
  reminders: RemindersBehaviour;
  /** After this many creates succeed, the rest are answered as `reminders` says (default: from the first). */
  okCreatesFirst: number;
  /** How the list of held reminders (GET /v1/alerts/reminders) is answered. */
  listing: 'ok' | 401 | 500 | 'hang';
  /** How the directive API answers. */
  directives: 'ok' | 500 | 'hang';
  /** How the Settings API answers: with `timeZone`, or never. */
  settings: 'ok' | 'hang';
  /** Every answer of every API waits this long first (a slow Amazon). */
  answerAfterMs: number;
  readonly calls: ApiCall[];
  /** The reminders held now, by alert token. */
  readonly held: Map<string, Record<string, unknown>>;
  remindersCalls(): ApiCall[];
  /** Calls still waiting for an answer on a connection the skill keeps open (a call given up must close its own). */
  callsLeftOpen(): number;
  close(): Promise<void>;
}

const readBody = (req: http.IncomingMessage): Promise<unknown> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : null);
      } catch {
        resolve(text);
      }
    });
  });

const json = (res: http.ServerResponse, status: number, body?: unknown): void => {
  if (body === undefined) res.writeHead(status).end();
  else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

const refusal = (res: http.ServerResponse, status: number): void => {
  const code = status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'FORBIDDEN' : 'INTERNAL_ERROR';
  json(res, status, { code, message: `Refused by the test (${status})` });
};

export const startAlexaApi = async (timeZone: string | null = 'America/Chicago'): Promise<AlexaApi> => {
  let next = 0;
  let createsAnswered = 0;
  const api = {
    timeZone,
    reminders: 'ok' as RemindersBehaviour,
    okCreatesFirst: 0,
    listing: 'ok' as AlexaApi['listing'],
    directives: 'ok' as AlexaApi['directives'],
    settings: 'ok' as AlexaApi['settings'],
    answerAfterMs: 0,
    calls: [] as ApiCall[],
    held: new Map<string, Record<string, unknown>>(),
    remindersCalls: () => api.calls.filter((c) => c.path.startsWith('/v1/alerts/reminders')),
  };
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const path = req.url ?? '';
    const body = await readBody(req);
    api.calls.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body });
    if (api.answerAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, api.answerAfterMs));
    if (req.method === 'GET' && /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path)) {
      if (api.settings === 'hang') return;
      if (api.timeZone) json(res, 200, api.timeZone);
      else json(res, 404, {});
      return;
    }
    if (req.method === 'POST' && path === '/v1/directives') {
      if (api.directives === 'hang') return;
      json(res, api.directives === 'ok' ? 204 : 500, api.directives === 'ok' ? undefined : {});
      return;
    }
    if (req.method === 'GET' && path === '/v1/alerts/reminders') {
      if (api.listing === 'hang') return;
      if (api.listing !== 'ok') return refusal(res, api.listing);
      const alerts = [...api.held].map(([alertToken, held]) => ({ alertToken, status: 'ON', version: '1', trigger: held.trigger, alertInfo: held.alertInfo }));
      json(res, 200, { totalCount: String(alerts.length), alerts });
      return;
    }
    if (req.method === 'POST' && path === '/v1/alerts/reminders') {
      const behaviour = createsAnswered < api.okCreatesFirst ? 'ok' : api.reminders;
      createsAnswered += 1;
      if (behaviour === 'hang') return;
      if (behaviour !== 'ok' && behaviour !== 'create-then-hang' && behaviour !== 'malformed') return refusal(res, behaviour);
      next += 1;
      const alertToken = `alert-${next}`;
      api.held.set(alertToken, body as Record<string, unknown>);
      if (behaviour === 'create-then-hang') return;
      if (behaviour === 'malformed') {
        res.writeHead(201, { 'content-type': 'application/json' }).end(`{"alertToken": "${alertToken}", "status": `);
        return;
      }
      const now = new Date().toISOString();
      json(res, 201, { alertToken, createdTime: now, updatedTime: now, status: 'ON', version: '1', href: `/v1/alerts/reminders/${alertToken}` });
      return;
    }
    const deleted = /^\/v1\/alerts\/reminders\/([^/]+)$/.exec(path);
    if (req.method === 'DELETE' && deleted?.[1]) {
      if (api.reminders === 'hang') return;
      if (typeof api.reminders === 'number') return refusal(res, api.reminders);
      const token = decodeURIComponent(deleted[1]);
      if (!api.held.delete(token)) return json(res, 404, { code: 'NOT_FOUND', message: 'No such reminder' });
      json(res, 200, {});
      return;
    }
    json(res, 404, {});
  };
  const waiting = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    waiting.add(res);
    // Answered, or its connection closed by the caller: no longer waiting.
    res.on('close', () => waiting.delete(res));
    void answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(api, {
    url,
    callsLeftOpen: () => waiting.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
};
