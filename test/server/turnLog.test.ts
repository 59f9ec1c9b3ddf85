/**
 * Every turn's log line, from the real server process (local mode: every host on, JSON logs on stderr): Alexa at
 * /alexa, Dialogflow at /dialogflow and the browser console each get one `turn` line with the platform's request
 * id, the host, the event and how long the turn took, and nothing the driver said is in the log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alexaEnvelope } from '../support/alexaEnvelopes';
import { buildWebhookRequest, toWireJson } from '../../support/dialogflowProtos';
import { LISTENING, startServerProcess, type ServerProcess } from '../support/serverProcess';

jest.setTimeout(300_000);

/** Words no prompt, intent or slot type of the coach contains: if the log has them, it logged what was said. */
const SAID = 'zebulon quixote';

let dataDir: string;
let server: ServerProcess;
let url: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-turnlog-'));
  server = startServerProcess({ BACKCOACH_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' }, ['--local']);
  [, url] = (await server.waitFor(LISTENING)) as unknown as [string, string];
});

afterAll(() => {
  server.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface LogLine {
  msg?: string;
  requestId?: string | null;
  host?: string;
  event?: string;
  eventSent?: string;
  ms?: number;
}

const loggedLines = (): LogLine[] =>
  server
    .stderr()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);

/** The turn line of one request, once the server has written it (it is written before the answer is sent). */
const turnLineOf = async (requestId: string): Promise<LogLine> => {
  for (let tries = 0; tries < 600; tries += 1) {
    const line = loggedLines().find((l) => l.msg === 'turn' && l.requestId === requestId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no turn line for ${requestId} in:\n${server.stderr()}`);
};

const postJson = async (target: string, body: unknown): Promise<number> => {
  const response = await fetch(`${url}${target}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.text();
  return response.status;
};

test('an Alexa turn logs its requestId, the host, the event and its duration, and not the slot the driver filled', async () => {
  const envelope = alexaEnvelope({
    userId: 'amzn1.ask.account.turn-log',
    intent: { name: 'SayIAmIntent', slots: { words: { name: 'words', value: `${SAID} wants to do my back workout now` } } },
  });
  expect(await postJson('/alexa', envelope)).toBe(200);
  const line = await turnLineOf((envelope.request as { requestId: string }).requestId);
  expect(line).toMatchObject({ host: 'alexa', eventSent: 'heard', event: expect.any(String), ms: expect.any(Number) });
});

test("a Dialogflow turn logs Dialogflow's responseId as its request id, and not the words", async () => {
  const request = toWireJson(buildWebhookRequest({ session: 'turn-log', intent: 'Default Fallback Intent', queryText: `hi, I am ${SAID}` })) as { responseId: string };
  expect(await postJson('/dialogflow', request)).toBe(200);
  const line = await turnLineOf(request.responseId);
  expect(line).toMatchObject({ host: 'dialogflow', eventSent: 'heard', event: expect.any(String), ms: expect.any(Number) });
});

test("a console turn logs the console's own request id, and not the words", async () => {
  const before = loggedLines().filter((l) => l.msg === 'turn' && l.host === 'console').length;
  expect(await postJson('/console/api/say', { conversationId: 'turn-log', text: `my name is ${SAID}` })).toBe(200);
  let lines: LogLine[] = [];
  for (let tries = 0; tries < 600 && lines.length <= before; tries += 1) {
    lines = loggedLines().filter((l) => l.msg === 'turn' && l.host === 'console');
    if (lines.length <= before) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(lines.at(-1)).toMatchObject({ requestId: expect.stringMatching(/^console-[0-9a-f-]{36}$/), eventSent: 'heard', event: expect.any(String), ms: expect.any(Number) });
});

test('after those turns, nothing the driver said is anywhere in the log', () => {
  expect(loggedLines().filter((l) => l.msg === 'turn').length).toBeGreaterThanOrEqual(3);
  expect(server.stderr().toLowerCase()).not.toContain('zebulon');
});
