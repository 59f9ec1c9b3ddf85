/** The skill's guards: skill ID verification, spoken errors that change nothing. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import pino from 'pino';
import { createAlexaSkill } from '../../src/alexa/skill';
import { LowdbUserStore } from '../../src/store';
import { createTurnRunner } from '../../src/turns/turnRunner';

const SKILL = 'amzn1.ask.skill.backcoach-test';
const USER = 'amzn1.ask.account.skill-test';

const launch = (applicationId: string): RequestEnvelope =>
  ({
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.1', application: { applicationId }, user: { userId: USER } },
    context: { System: { application: { applicationId }, user: { userId: USER }, device: { deviceId: 'd1', supportedInterfaces: {} }, apiEndpoint: 'http://127.0.0.1:9' } },
    request: { type: 'LaunchRequest', requestId: 'r1', timestamp: '2026-11-23T15:00:00Z', locale: 'en-US' },
  }) as unknown as RequestEnvelope;

const silent = pino({ level: 'silent' });
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-skill-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('with a skill ID configured, a request for another skill is refused and nothing is stored', async () => {
  const store = new LowdbUserStore(dir);
  const skill = createAlexaSkill({ runTurn: createTurnRunner({ store, logger: silent }), defaultTimeZone: 'America/Chicago', skillId: SKILL, logger: silent });
  await expect(skill.invoke(launch('amzn1.ask.skill.someone-else'))).rejects.toThrow(/skill id verification failed/i);
  expect(await store.get(USER)).toBeNull();
  const ok = await skill.invoke(launch(SKILL));
  expect(ok.response.outputSpeech).toBeDefined();
  expect(await store.get(USER)).not.toBeNull();
});

test('a corrupt user file is answered in words, logged, and left exactly as it was', async () => {
  const store = new LowdbUserStore(dir);
  const skill = createAlexaSkill({ runTurn: createTurnRunner({ store, logger: silent }), defaultTimeZone: 'America/Chicago', logger: silent });
  await skill.invoke(launch(SKILL));
  const [file] = fs.readdirSync(path.join(dir, 'users'));
  const full = path.join(dir, 'users', file!);
  fs.writeFileSync(full, '{"schemaVersion": 1, "userId": ');
  const logged: string[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
  const withLog = createAlexaSkill({ runTurn: createTurnRunner({ store, logger }), defaultTimeZone: 'America/Chicago', logger });
  const reply = await withLog.invoke(launch(SKILL));
  expect(JSON.stringify(reply.response.outputSpeech)).toMatch(/couldn&apos;t read your saved workouts/);
  expect(reply.response.reprompt).toBeDefined();
  expect(logged.join('\n')).toContain(file);
  expect(fs.readFileSync(full, 'utf8')).toBe('{"schemaVersion": 1, "userId": ');
});
