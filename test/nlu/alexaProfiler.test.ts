/**
 * The measure on Alexa's own NLU (./alexaProfiler.ts) against a loopback stand-in for SMAPI's utterance profiler:
 * the request Amazon documents goes out, and the intent Alexa selects is read as the skill reads it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { profilerReader, ProfilerError } from './alexaProfiler';

interface Seen {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/** Answers like the profiler: the line "hit twelve" as the count, "okay so I knocked out nine" by its carrier phrase. */
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
          : body.utterance.startsWith('okay so ')
            ? { name: 'SayAfterFillerIntent', confirmationStatus: 'NONE', slots: { words: { name: 'words', value: body.utterance.slice('okay so '.length) } } }
            : undefined;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sessionEnded: false, selectedIntent, consideredIntents: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

test('each line goes to the skill\'s profileNlu with the token; Alexa\'s intent, or the skill\'s reading of a carrier-phrase line, comes back read at its question', async () => {
  const profiler = await startProfiler();
  try {
    const read = profilerReader({ skillId: 'amzn1.ask.skill.x', accessToken: 'Atza|token', endpoint: profiler.url, nlu: sharedNlu });
    expect(await read({ at: 'count', text: 'hit twelve', expect: { type: 'count', value: 12 } })).toEqual({ type: 'count', value: 12 });
    expect(await read({ at: 'count', text: 'okay so I knocked out nine', expect: { type: 'count', value: 9 } })).toEqual({ type: 'count', value: 9 });
    expect(await read({ at: 'menu', text: 'what is the weather', expect: { type: 'fallback' } })).toEqual({ type: 'fallback' });
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
    const read = profilerReader({ skillId: 's', accessToken: 't', endpoint: throttled.url, nlu: sharedNlu, retryAfterMs: 1 });
    expect(await read({ at: 'count', text: 'hit twelve', expect: { type: 'count', value: 12 } })).toEqual({ type: 'count', value: 12 });
    expect(throttled.seen).toHaveLength(3);
  } finally {
    await throttled.close();
  }
  const refused = await startProfiler(403);
  try {
    const read = profilerReader({ skillId: 's', accessToken: 't', endpoint: refused.url, nlu: sharedNlu });
    await expect(read({ at: 'count', text: 'hit twelve', expect: { type: 'count', value: 12 } })).rejects.toThrow(new ProfilerError('profileNlu answered 403: {"message":"no"}'));
  } finally {
    await refused.close();
  }
});
