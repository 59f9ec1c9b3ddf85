/** The terminal conversation over the real console service, turn runner, NLU and a store in a temp directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import pino from 'pino';
import { createConsoleService, type ConsoleService } from '../../src/console/consoleService';
import type { Nlu } from '../../src/nlu/nlu';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { LowdbUserStore } from '../../src/store';
import { TERMINAL_EN } from '../../src/languages/en/terminal';
import { runConversation } from '../../src/terminal/conversation';
import { createTurnRunner } from '../../src/turns/turnRunner';

const USER = 'amzn1.ask.account.terminal-test';
let nlu: Nlu;
let dataDir: string;
let store: LowdbUserStore;
let service: ConsoleService;

beforeAll(async () => {
  nlu = await sharedNlu();
});

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'backcoach-terminal-'));
  store = new LowdbUserStore(dataDir);
  const logger = pino({ level: 'silent' });
  const runTurn = createTurnRunner({ store, logger });
  service = createConsoleService({ runTurn, nlu: () => Promise.resolve(nlu), defaultTimeZone: 'America/Chicago', clock: () => new Date('2026-11-23T15:00:00Z'), logger, vehicle: 'notInVehicle' });
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const run = async (lines: string, options: { debug?: boolean; console?: ConsoleService } = {}) => {
  const output = new PassThrough();
  const errors = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  errors.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await runConversation({
    console: options.console ?? service,
    userId: USER,
    timeZone: 'America/Chicago',
    input: Readable.from([lines]),
    output,
    errors,
    interactive: false,
    live: false,
    speed: 0,
    color: false,
    debug: options.debug ?? false,
  });
  return { out, err };
};

describe('the terminal conversation', () => {
  it('opens the coach, then answers each piped line in turn and prints every reply', async () => {
    const { out } = await run('pounds\nmy left side\n');
    const lines = out.split('\n');
    expect(lines[0]).toBe(TERMINAL_EN.BANNER);
    expect(lines[1]).toMatch(/^Coach: Welcome to Back Coach\./);
    expect(out).toMatch(/\[card\] Back Coach: safety notice: /);
    expect(out).toMatch(/You: pounds\nCoach: Okay, pounds it is\.\nCoach: Which side feels weaker to you, left or right\?\nYou: my left side\nCoach: Got it: your left side is the weaker one\./);
    expect((await store.get(USER))?.weakSide).toBe('left');
  });

  it('waits out the baseline test’s rest as one timed stretch', async () => {
    const { out } = await run('yes\nleft\n35\ngo\n9\n');
    expect(out).toMatch(/Coach: 9 on the left\.\nCoach: Rest 60 seconds\.\n {2}\[rest 60s\]\nCoach: 30 seconds\./);
  });

  it('leaving while the coach waits for an answer is a dropped session: the coach offers to resume next time', async () => {
    await run('yes\nleft\n35\ngo\n9\n13\nyes\ngo\nexit\nthis line is never read\n');
    const doc = await store.get(USER);
    expect(doc?.activity).toMatchObject({ kind: 'workout', stoppedAt: '2026-11-23T15:00:00.000Z' });
    const { out } = await run('');
    expect(out).toMatch(/You stopped your workout earlier today at single-arm dumbbell row, set 1 of 3\. Do you want to pick up where you left off\?/);
  });

  it('reports a coach that cannot answer clearly, and carries on', async () => {
    let calls = 0;
    const flaky: ConsoleService = {
      ...service,
      say: async (userId, text, where) => {
        calls += 1;
        if (calls === 1) throw new Error('the NLU is not trained');
        return service.say(userId, text, where);
      },
    };
    const { out, err } = await run('pounds\npounds\n', { console: flaky });
    expect(err).toMatch(/\[error\] The coach could not answer:\nError: the NLU is not trained/);
    expect(out).toMatch(/Coach: Okay, pounds it is\./);
  });

  it('reads each line by the question asked, as a driver talks', async () => {
    const { out } = await run(
      [
        'uh hey', // a greeting in the middle of setup asks the question again
        'yes',
        'left',
        '1', // one pound is one pound
        '30',
        'make it 35 pounds', // before the first side lifts, the test's weight
        'go',
        'twelve, no eleven', // the last number is the one meant
        "thirteen, that's all I had", // a comment after the count
      ].join('\n') + '\n',
    );
    expect(out).toMatch(/You: uh hey\nCoach: Should I count your weights in pounds\? Say yes, or say kilograms\./);
    expect(out).not.toMatch(/Welcome back/);
    expect(out).toMatch(/You: 1\nCoach: 1 pound doesn't sound right for one dumbbell\./);
    expect(out).toMatch(/You: make it 35 pounds\nCoach: Got it, 35 pounds, not 30 pounds\./);
    expect(out).toMatch(/You: twelve, no eleven\nCoach: 11 on the left\./);
    expect(out).toMatch(/You: thirteen, that's all I had\nCoach: Left 11, right 13\./);
    expect((await store.get(USER))?.tests).toEqual([expect.objectContaining({ weight: 35, weakReps: 11, strongReps: 13 })]);
  });

  it('answers how much is left and the weight in kilos in the middle of a set, then asks for the count again', async () => {
    const { out } = await run('yes\nleft\n35\ngo\n11\n13\nyes\ngo\nhow much time is left\nwhat is the weight in kilos\n');
    expect(out).toMatch(/You: how much time is left\nCoach: 7 sets and the finisher to go, about \d+ minutes\.\nCoach: How many reps did you get on your left side\?/);
    expect(out).toMatch(/You: what is the weight in kilos\nCoach: You're using 35 pounds: that's about 16 kilos\.\nCoach: How many reps did you get on your left side\?/);
  });

  it('shows what each line was heard as, and the reprompt, when debugging', async () => {
    const { out } = await run('kilograms\n', { debug: true });
    expect(out).toContain('  (heard: units unit=kg)');
    expect(out).toContain('  (reprompt: Which side is weaker, left or right?)');
  });

  it('lets a person at a terminal talk over a countdown', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Once the weak side's 45-second set has started, the user talks over it.
      if (out.includes('[your set 45s]') && !input.writableEnded) input.end('stop\n');
    });
    await run('yes\nleft\n35\n');
    const started = Date.now();
    const running = runConversation({
      console: service,
      userId: USER,
      input,
      output,
      errors: new PassThrough(),
      interactive: true,
      live: false,
      speed: 1,
      color: false,
      debug: false,
    });
    setTimeout(() => input.write('go\n'), 300);
    await running;
    // The set's 45 s were not waited out (a busy machine may still take seconds).
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(out).toMatch(/\[your set 45s\]\n(stop\r?\n)? {2}\(interrupted\)\nYou: stop\nCoach: Okay, I've saved your test\./);
  });
});
