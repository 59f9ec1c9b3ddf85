/**
 * The measure on Alexa's own NLU (./alexaProfiler.ts) against a loopback stand-in for SMAPI's utterance profiler:
 * the request Amazon documents goes out, and the intent Alexa selects is read as the skill reads it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { profilerListener, ProfilerError } from './alexaProfiler';

interface Seen {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/** Answers like the profiler: the line "hit twelve" as the count, "okay so I knocked out nine" by its opening word. */
const startProfiler = async (status = 200, throttledFirst = 0) => {
  const seen: Seen[] = [];
  let throttled = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as { utterance: string };
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      if (throttled < throttledFirst) {
        throttled++;
        res.writeHead(429).end();
        return;
      }
      if (status !== 200) {
        res.writeHead(status, { 'content-type': 'application/json' }).end('{"message":"no"}');
        return;
      }
      const selectedIntent =
        body.utterance === 'hit twelve'
          ? { name: 'CountIntent', confirmationStatus: 'NONE', slots: { count: { name: 'count', value: '12', confirmationStatus: 'NONE' } } }
          : body.utterance.startsWith('okay ')
            ? { name: 'OpensWithFiller', confirmationStatus: 'NONE', slots: { words: { name: 'words', value: body.utterance.slice('okay '.length) } } }
            : undefined;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sessionEnded: false, selectedIntent, consideredIntents: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

test('each line goes to the skill\'s profileNlu with the token; Alexa\'s intent, or the skill\'s reading of an opening-word line, comes back', async () => {
  const profiler = await startProfiler();
  try {
    const listen = profilerListener({ skillId: 'amzn1.ask.skill.x', accessToken: 'Atza|token', endpoint: profiler.url, nlu: sharedNlu });
    expect(await listen('hit twelve')).toEqual({ intent: 'CountIntent', slots: { count: { value: '12', id: null } } });
    expect(await listen('okay so I knocked out nine')).toEqual({ intent: 'CountIntent', slots: { count: { value: '9' } } });
    expect(await listen('what is the weather')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
    expect(profiler.seen[0]).toEqual({
      path: '/v1/skills/amzn1.ask.skill.x/stages/development/interactionModel/locales/en-US/profileNlu',
      authorization: 'Atza|token',
      body: { utterance: 'hit twelve' },
    });
  } finally {
    await profiler.close();
  }
});

test('a throttled call is asked again; a refused one stops the measure with what SMAPI said', async () => {
  const throttled = await startProfiler(200, 2);
  try {
    const listen = profilerListener({ skillId: 's', accessToken: 't', endpoint: throttled.url, nlu: sharedNlu, retryAfterMs: 1 });
    expect((await listen('hit twelve')).intent).toBe('CountIntent');
    expect(throttled.seen).toHaveLength(3);
  } finally {
    await throttled.close();
  }
  const refused = await startProfiler(403);
  try {
    const listen = profilerListener({ skillId: 's', accessToken: 't', endpoint: refused.url, nlu: sharedNlu });
    await expect(listen('hit twelve')).rejects.toThrow(new ProfilerError('profileNlu answered 403: {"message":"no"}'));
  } finally {
    await refused.close();
  }
});
