/**
 * A Spanish-speaking driver at the terminal (`--lang es-US`): the real console service, turn runner,
 * the NLU the build saved (Spanish's read from dist/understanding-es.nlu) and a store in a temp directory. The coach
 * speaks Spanish and understands the driver's Spanish.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import pino from 'pino';
import { createConsoleService, type ConsoleService } from '../../src/console/consoleService';
import { loadBuiltNlu } from '../../src/nlu/builtNlu';
import type { Nlu } from '../../src/nlu/nlu';
import { LowdbUserStore } from '../../src/store';
import { runConversation } from '../../src/terminal/conversation';
import { createTurnRunner } from '../../src/turns/turnRunner';

jest.setTimeout(300_000);

const USER = 'amzn1.ask.account.terminal-spanish';
let nlu: Nlu;
let dataDir: string;
let store: LowdbUserStore;
let service: ConsoleService;

beforeAll(async () => {
  nlu = (await loadBuiltNlu()).nlu;
});

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'backcoach-terminal-es-'));
  store = new LowdbUserStore(dataDir);
  const logger = pino({ level: 'silent' });
  const runTurn = createTurnRunner({ store, logger });
  service = createConsoleService({ runTurn, nlu: () => Promise.resolve(nlu), defaultTimeZone: 'America/Chicago', clock: () => new Date('2026-11-23T15:00:00Z'), logger, vehicle: 'notInVehicle' });
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const run = async (lines: string, locale: string): Promise<string> => {
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await runConversation({
    console: service,
    userId: USER,
    timeZone: 'America/Chicago',
    locale,
    input: Readable.from([lines]),
    output,
    errors: new PassThrough(),
    interactive: false,
    live: false,
    speed: 0,
    color: false,
    debug: true,
  });
  return out;
};

test('in es-US the driver answers in Spanish: units, the weak side, the weight and a count of the baseline test', async () => {
  const out = await run('sí, en libras\nel izquierdo\ntreinta y cinco\nlisto\nhice doce\n', 'es-US');
  expect(out).toMatch(/Coach: ¿Te cuento las pesas en libras\?/);
  expect(out).toMatch(/You: sí, en libras\n {2}\(heard: units unit=lb\)\nCoach: Muy bien, en libras\./);
  expect(out).toMatch(/You: el izquierdo\n {2}\(heard: side side=left\)/);
  expect(out).toMatch(/You: treinta y cinco\n.*\nCoach: 35 libras\./);
  expect(out).toMatch(/You: hice doce\n {2}\(heard: count value=12\)\nCoach: 12 del lado izquierdo\./);
  const doc = await store.get(USER);
  expect(doc).toMatchObject({ units: 'lb', weakSide: 'left' });
});

test('in en-US the same words are not Spanish to the coach: it asks again', async () => {
  const out = await run('en libras\n', 'en-US');
  expect(out).toMatch(/Coach: Should I count your weights in pounds\?/);
  expect(out).not.toMatch(/pounds it is/);
  expect((await store.get(USER))?.units ?? null).toBeNull();
});

test('in es-US a side taken back is the last one said, and a reminder time typed "8:30 p.m." or said "un cuarto para las nueve" is the time the coach names', async () => {
  const out = await run('sí, en libras\nel izquierdo, no, perdón, el derecho\ntreinta y cinco\nlisto\nhice doce\nhice quince\nrecuérdame entrenar a las 8:30 p.m.\nrecuérdame entrenar a un cuarto para las nueve de la noche\n', 'es-US');
  expect(out).toMatch(/You: el izquierdo, no, perdón, el derecho\n {2}\(heard: side side=right\)/);
  // The terminal sets no reminders; it names the days and the time they would be at.
  expect(out).toMatch(/You: recuérdame entrenar a las 8:30 p\.m\.\n(.*\n)*?Coach: Tus días de entrenamiento serían .*, a las 8:30 p\.m\./);
  expect(out).toMatch(/You: recuérdame entrenar a un cuarto para las nueve de la noche\n(.*\n)*?Coach: Tus días de entrenamiento serían .*, a las 8:45 p\.m\./);
  expect(await store.get(USER)).toMatchObject({ weakSide: 'right' });
});
