/** The console API over real HTTP, in front of the real console service, turn runner, NLU and store. */
import { randomUUID } from 'node:crypto';
import type { ConsoleAnswer, ConsoleSegment } from '../../src/console/answer';
import { userIdFor } from '../../src/web/consoleRouter';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

let app: ConsoleApp;

beforeAll(async () => {
  app = await startConsoleApp();
});

afterAll(async () => {
  await app.close();
});

/** What the server answers a refusal or a failure with: its JSON error (src/json/errors.ts). */
type ErrorAnswer = { error?: { status: number; code: string; message: string } };

const post = async (path: string, body: unknown, contentType = 'application/json'): Promise<{ status: number; json: Record<string, unknown> & ErrorAnswer }> => {
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & ErrorAnswer };
};

const turn = async (path: string, body: unknown): Promise<ConsoleAnswer> => {
  const { status, json } = await post(path, body);
  expect({ status, json }).toMatchObject({ status: 200 });
  return json as unknown as ConsoleAnswer;
};

const said = (answer: ConsoleAnswer): string =>
  answer.speech
    .filter((p) => p.kind === 'text')
    .map((p) => (p.kind === 'text' ? p.text : ''))
    .join(' ');

const pausesOf = (answer: ConsoleAnswer) => answer.speech.filter((s): s is Extract<ConsoleSegment, { kind: 'pause' }> => s.kind === 'pause');

describe('console API', () => {
  it('serves the page and its assets', async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await page.text();
    expect(html).toMatch(/<title>Back Coach<\/title>/);
    for (const asset of ['console/static/app.js', 'console/static/style.css']) {
      expect(html).toContain(asset);
      const response = await fetch(`${app.url}/${asset}`);
      expect(response.status).toBe(200);
    }
  });

  it('opens with the welcome and the safety notice, then asks for the weak side after "yes"', async () => {
    const conversationId = randomUUID();
    const welcome = await turn('/console/api/open', { conversationId });
    expect(said(welcome)).toMatch(/not medical advice/i);
    expect(welcome.card?.title).toMatch(/safety notice/i);
    expect(welcome.card?.text).toMatch(/not a substitute for professional medical advice/i);
    expect(welcome.endSession).toBe(false);
    expect(welcome.heard).toBeNull();
    expect(welcome.status).toBeNull();
    expect(welcome.expects).toEqual({ choices: [{ id: 'lb', say: 'Pounds' }, { id: 'kg', say: 'Kilograms' }], number: null });
    expect(welcome.phrases.skipRest).toBe('Skip the rest');

    const yes = await turn('/console/api/say', { conversationId, text: 'yes' });
    expect(yes.heard).toEqual({ type: 'yes' });
    expect(said(yes)).toMatch(/pounds it is/i);
    expect(said(yes)).toMatch(/which side feels weaker/i);
  });

  it('refuses an empty line, and changes nothing', async () => {
    const conversationId = randomUUID();
    for (const text of ['', '   ']) {
      const empty = await post('/console/api/say', { conversationId, text });
      expect(empty.status).toBe(400);
      expect(empty.json.error).toMatchObject({ status: 400, code: 'text_empty', message: expect.stringMatching(/empty/) });
    }
    expect(await app.store.get(userIdFor(conversationId))).toBeNull();
  });

  it('opens the coach when the first line is a greeting', async () => {
    const conversationId = randomUUID();
    const hello = await turn('/console/api/say', { conversationId, text: 'open back coach' });
    expect(hello.heard?.type).toBe('launch');
    expect(said(hello)).toMatch(/welcome to back coach/i);
  });

  it('answers a line it does not understand with the coach asking again, not an error', async () => {
    const conversationId = randomUUID();
    await turn('/console/api/open', { conversationId });
    const answer = await turn('/console/api/say', { conversationId, text: 'the weather is purple today' });
    expect(answer.heard?.type).toBe('fallback');
    expect(said(answer)).toMatch(/pounds/i);
  });

  it.each(['constructor', '__proto__'])('answers %j, a word the NLU library once failed on, as not understood', async (text) => {
    const conversationId = randomUUID();
    await turn('/console/api/open', { conversationId });
    const answer = await turn('/console/api/say', { conversationId, text });
    expect(answer.heard?.type).toBe('fallback');
    expect(said(answer)).toMatch(/pounds/i);
  });

  it('reads "i did constructor twelve" by the words it knows (a count of 12), the unknown word in it being no error, and asks its question again', async () => {
    const conversationId = randomUUID();
    await turn('/console/api/open', { conversationId });
    const answer = await turn('/console/api/say', { conversationId, text: 'i did constructor twelve' });
    expect(answer.heard).toMatchObject({ type: 'count', value: 12 });
    expect(said(answer)).toMatch(/pounds/i);
  });

  it.each([
    ['no id', { text: 'yes' }],
    ['a path', { text: 'yes', conversationId: '../../etc/passwd' }],
    ['dots', { text: 'yes', conversationId: 'amzn1.ask.account.x' }],
    ['too long', { text: 'yes', conversationId: 'a'.repeat(65) }],
    ['empty', { text: 'yes', conversationId: '' }],
    ['a number', { text: 'yes', conversationId: 42 }],
  ])('refuses a bad conversationId (%s) with 400', async (_name, body) => {
    const { status, json } = await post('/console/api/say', body);
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/conversationId/) });
  });

  it('refuses a body that is not JSON, too large, or has no text, each with its own code', async () => {
    const conversationId = randomUUID();
    const refused = async (path: string, body: unknown, contentType?: string) => {
      const { status, json } = await post(path, body, contentType);
      return { status, code: json.error?.code };
    };
    expect(await refused('/console/api/say', '{"text":', 'application/json')).toEqual({ status: 400, code: 'bad_json' });
    expect(await refused('/console/api/say', { conversationId, text: 'x'.repeat(5000) })).toEqual({ status: 413, code: 'body_too_large' });
    expect(await refused('/console/api/say', { conversationId, text: 'x'.repeat(501) })).toEqual({ status: 400, code: 'text_too_long' });
    expect((await post('/console/api/say', { conversationId, text: 'x'.repeat(501) })).json.error?.message).toMatch(/500 characters/);
    expect(await refused('/console/api/say', { conversationId })).toEqual({ status: 400, code: 'bad_request' });
    expect(await refused('/console/api/say', 'text=yes', 'application/x-www-form-urlencoded')).toEqual({ status: 400, code: 'bad_request' });
    expect(await refused('/console/api/nope', { conversationId })).toEqual({ status: 404, code: 'not_found' });
    expect(await app.store.get(userIdFor(conversationId))).toBeNull();
  });

  it('reports where the workout stands after a set, and times its rest from the reply\'s own pauses', async () => {
    const conversationId = randomUUID();
    await turn('/console/api/open', { conversationId });
    let answer: ConsoleAnswer | undefined;
    for (const text of ['yes', 'left', '40', 'go', '9']) answer = await turn('/console/api/say', { conversationId, text });
    expect(answer?.status).toMatchObject({ activity: 'test', testKind: 'baseline', side: 'left', strongSide: 'right', cap: 9, repsSoFar: 9, weight: 40, unit: 'lb' });
    // The 60 s rest between the test's sides is one stretch across its spoken cues, then the other side's set.
    const pauses = answer ? pausesOf(answer) : [];
    expect(pauses.map((p) => [p.purpose, p.total, p.left])).toEqual([
      ['rest', 59.6, 59.6],
      ['rest', 59.6, 29.8],
      ['rest', 59.6, 10],
      ['set', 35, 35],
    ]);

    for (const text of ['13', 'yes', 'go']) answer = await turn('/console/api/say', { conversationId, text });
    expect(answer?.status).toMatchObject({ activity: 'workout', exercise: 'row', set: 1, sets: 3, cap: null, repsSoFar: 0 });

    answer = await turn('/console/api/say', { conversationId, text: 'twelve' });
    expect(answer.heard).toEqual({ type: 'count', value: 12 });
    expect(said(answer)).toMatch(/exactly 12 reps, then stop/);
    // While the strong side is counted, the status is set 1's with its cap; set 2's comes after the count.
    const marks = answer.speech.flatMap((s) => (s.kind === 'status' ? [s.status] : []));
    expect(marks[0]).toMatchObject({ set: 1, working: 'strong', cap: 12, exerciseName: 'single-arm dumbbell row' });
    expect(marks[1]).toMatchObject({ set: 2, working: 'weak' });
    expect(answer.speech.filter((s) => s.kind === 'text' && s.counted).length).toBe(12);
    // The reply runs on through the strong side and the rest into set 2, so the status is set 2's.
    expect(answer.status).toMatchObject({
      activity: 'workout',
      exerciseName: 'single-arm dumbbell row',
      measure: 'reps',
      side: 'left',
      strongSide: 'right',
      working: 'weak',
      set: 2,
      sets: 3,
      cap: 12,
      capFromSet: 1,
      done: 1,
      repsSoFar: 12,
      paused: false,
    });
    const doc = await app.store.get(userIdFor(conversationId));
    expect(doc?.activity?.kind === 'workout' && doc.activity.workout.sets).toEqual([{ exercise: 'row', set: 1, weak: 12, strong: 12, formLost: false }]);

    answer = await turn('/console/api/say', { conversationId, text: '11' });
    expect(answer.status).toMatchObject({ set: 3, cap: 11, capFromSet: 2, repsSoFar: 23 });
  });

  it('keeps a returning browser the same user: opening again resumes the workout', async () => {
    const conversationId = randomUUID();
    await turn('/console/api/open', { conversationId });
    for (const text of ['yes', 'left', '40', 'go', '9', '13', 'yes']) await turn('/console/api/say', { conversationId, text });
    const again = await turn('/console/api/open', { conversationId });
    expect(again.status).toMatchObject({ activity: 'workout', set: 1 });
    expect(said(again)).not.toMatch(/not medical advice/i);
  });

  it('takes a new user through the baseline test and a whole workout, typed as a driver would say it', async () => {
    const conversationId = randomUUID();
    const say = (text: string) => turn('/console/api/say', { conversationId, text });
    await turn('/console/api/open', { conversationId });
    for (const line of ['yes', 'my left side']) await say(line);
    // The page cannot tell whether it is in the cab: the first set waits for the driver to say the truck is parked.
    expect(said(await say('40'))).toMatch(/Before your first set: .* Is it parked\?$/);
    for (const line of ["yes, I'm parked", 'go', 'I got nine']) await say(line);
    expect(said(await say('thirteen reps'))).toMatch(/gap of 4 reps, 31 percent/);
    await say('yes');
    await say('go');
    const rows = [await say('twelve'), await say('I got 11'), await say('12 reps')];
    expect(said(rows[0]!)).toMatch(/exactly 12 reps, then stop/);
    expect(said(rows[2]!)).toMatch(/Finisher: your left side only/);
    // The pulldowns are set up during the rest after the finisher, and their first set starts after it.
    const finisher = await say('ten');
    expect(said(finisher)).toMatch(/Next: band pulldowns\. Anchor the band overhead\. .*Set 1 of 2: single-arm band pulldown/);
    expect(finisher.expects).toEqual({ choices: [], number: { measure: 'reps', min: 1, max: 40, unit: null } });
    await say('twelve');
    expect(said(await say('twelve'))).toMatch(/suitcase carry/);
    await say('30 seconds');
    const done = await say('I held it 28 seconds');
    expect(said(done)).toMatch(/That's the workout done\. Rows today: 12, 11 and 12\./);
    expect(done.endSession).toBe(true);
    expect(done.status).toBeNull();
    const stored = await app.store.get(userIdFor(conversationId));
    expect(stored?.workouts).toHaveLength(1);
    expect(stored?.workouts[0]).toMatchObject({ completed: true, finisherReps: 10 });
  });

  it('"I\'m driving" typed on the page makes it the cab for the session, as Echo Auto is: nothing is coached until it is parked', async () => {
    const conversationId = randomUUID();
    const say = (text: string) => turn('/console/api/say', { conversationId, text });
    await turn('/console/api/open', { conversationId });
    for (const line of ['yes', 'my left side']) await say(line);
    expect(said(await say("I'm driving"))).toMatch(/How long is this drive/);
    await say('no');
    const refused = await say('40');
    expect(said(refused)).toMatch(/never coach exercises while the truck may be moving.*Drive safe\.$/);
    expect(refused.endSession).toBe(true);
    expect((await app.store.get(userIdFor(conversationId)))?.activity).toMatchObject({ kind: 'test', step: 'weight' });
    await say("I'm parked");
    expect(said(await say('40'))).toMatch(/40 pounds\./);
  });

  it('counts days in the time zone the browser reports, and keeps it as the last known one', async () => {
    const conversationId = randomUUID();
    await turn('/console/api/open', { conversationId, timeZone: 'Asia/Tokyo' });
    expect((await app.store.get(userIdFor(conversationId)))?.timeZone).toBe('Asia/Tokyo');
    await turn('/console/api/say', { conversationId, text: 'yes', timeZone: 'Not/AZone' });
    expect((await app.store.get(userIdFor(conversationId)))?.timeZone).toBe('Asia/Tokyo');
  });

  it('leaving mid-workout is remembered, and opening again offers to pick up', async () => {
    const conversationId = randomUUID();
    await turn('/console/api/open', { conversationId });
    for (const text of ['yes', 'left', '40', 'yes', 'go', '9', '13', 'yes', 'go']) await turn('/console/api/say', { conversationId, text });
    const left = await turn('/console/api/leave', { conversationId });
    expect(left.endSession).toBe(true);
    const doc = await app.store.get(userIdFor(conversationId));
    expect(doc?.activity?.kind === 'workout' && doc.activity.stoppedAt).toEqual(expect.any(String));
    const again = await turn('/console/api/open', { conversationId });
    expect(said(again)).toMatch(/pick up where you left off\?$/);
  });

  it('keeps conversations apart', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await turn('/console/api/open', { conversationId: a });
    await turn('/console/api/say', { conversationId: a, text: 'yes' });
    const other = await turn('/console/api/open', { conversationId: b });
    expect(said(other)).toMatch(/not medical advice/i);
    expect(await app.store.get(userIdFor(a))).not.toBeNull();
  });
});
