/**
 * Echo Show screens, through the built Lambda bundle and the real interaction model: a device with APL gets the
 * document with the step being coached (and the rest's countdown) or the progress chart; a voice-only Echo and an
 * Echo Auto get no directive at all. Every binding of the document resolves against the data sent with it.
 */
import { readFileSync } from 'node:fs';
import type { RequestEnvelope, interfaces } from 'ask-sdk-model';
import { screenData, type ScreenData } from '../../src/alexa/screen/screenData';
import type { Reply } from '../../src/core/reply';
import { unresolvedBindings } from '../support/aplBindings';
import { onboardAndTest, Transcript, useDataDir, type Heard } from './transcript';

const dataDir = useDataDir();
const MONDAY = '2026-11-23T15:00:00Z'; // 9:00 in Chicago

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
type ExecuteCommands = interfaces.alexa.presentation.apl.ExecuteCommandsDirective;

let t: Transcript;
afterEach(async () => {
  await t?.close();
});

const rendered = (heard: Heard): RenderDocument => {
  const render = heard.directives.find((d) => (d as { type?: string }).type === 'Alexa.Presentation.APL.RenderDocument');
  if (!render) throw new Error(`No RenderDocument after "${heard.text.slice(0, 80)}…"`);
  return render as RenderDocument;
};

const screenOf = (heard: Heard): ScreenData => (rendered(heard).datasources as { screen: ScreenData }).screen;

const screenOfAny = (heard: Heard): ScreenData | null => {
  const render = heard.directives.find((d) => (d as { type?: string }).type === 'Alexa.Presentation.APL.RenderDocument') as RenderDocument | undefined;
  return render ? (render.datasources as { screen: ScreenData }).screen : null;
};

/** The directive is one Alexa accepts, and its document's every binding resolves against its data. */
const expectWellFormed = (heard: Heard): void => {
  const render = rendered(heard);
  expect(render.token).toBe('backcoach-screen');
  expect(render.document).toMatchObject({ type: 'APL', version: expect.stringMatching(/^\d+\.\d+$/) });
  expect(unresolvedBindings(render.document as Record<string, unknown>, render.datasources as Record<string, unknown>)).toEqual([]);
  for (const other of heard.directives.filter((d) => d !== render)) expect(other).toMatchObject({ type: 'Alexa.Presentation.APL.ExecuteCommands', token: render.token });
  expect(JSON.stringify(heard.directives).length).toBeLessThan(24_000);
};

test('the skill package declares the APL interface, without which Alexa refuses a response with the screen\'s directives', () => {
  const skill = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as { manifest: { apis: { custom: { interfaces?: { type: string }[] } } } };
  expect(skill.manifest.apis.custom.interfaces).toContainEqual({ type: 'ALEXA_PRESENTATION_APL' });
});

/**
 * Answers the coach until the workout is over: "go" when it waits for one, else the next count (the rows' counts,
 * then 12 reps or 30 seconds). Follows whatever the coach asks, so the order of its questions is not assumed.
 */
const finishWorkout = async (transcript: Transcript, first: Heard, rows: string[]): Promise<Heard[]> => {
  const heard = [first];
  const counts = [...rows];
  for (let turn = 0; turn < 30; turn++) {
    const last = heard[heard.length - 1]!;
    if (last.endSession) return heard;
    const asks = last.reprompt || last.text;
    if (/say go/i.test(asks)) heard.push(await transcript.say('go'));
    else if (/how many seconds/i.test(asks)) heard.push(await transcript.say('30 seconds'));
    else heard.push(await transcript.say(counts.shift() ?? '12'));
  }
  throw new Error('The workout did not end');
};

test('a device with APL: the step being coached, the strong side\'s number and the rest, each when the speech reaches it', async () => {
  t = (await Transcript.start(dataDir, MONDAY)).withScreen();
  const result = await onboardAndTest(t);
  // The baseline's result comes with the chart of its gap.
  expect(screenOf(result).view).toBe('progress');
  expect(screenOf(result).progress?.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Nov 23', 'Baseline', 'Gap 4 (31%)']));
  expectWellFormed(result);

  const start = await t.say('yes');
  expectWellFormed(start);
  expect(screenOf(start).view).toBe('workout');
  expect(screenOf(start).steps[0]).toMatchObject({
    atMs: 0,
    activity: 'Workout',
    exercise: 'Single-arm dumbbell row, 40 lb',
    set: 'Set 1 of 3',
    weak: 'Left side first',
    strong: 'Right side: after the left side',
  });

  await t.say('go');
  const logged = await t.say('I got ten');
  expectWellFormed(logged);
  const screen = screenOf(logged);
  const capped = screen.steps.find((s) => s.strong === 'Right side: 10 reps, then stop');
  expect(capped).toMatchObject({ exercise: 'Single-arm dumbbell row, 40 lb', set: 'Set 1 of 3' });
  const next = screen.steps.find((s) => s.set === 'Set 2 of 3');
  expect(next).toMatchObject({ weak: 'Left side first', strong: 'Right side: after the left side' });
  // The strong side's count (10 reps, a few seconds each) comes first; then the next set is shown, and the rest
  // counts down under it.
  expect(screen.rests).toHaveLength(1);
  const rest = screen.rests[0]!;
  expect(rest.seconds).toBeGreaterThanOrEqual(15);
  expect(rest.seconds).toBeLessThanOrEqual(60);
  expect(next!.atMs).toBeGreaterThan(capped!.atMs + 10 * 2000);
  expect(rest.atMs).toBeGreaterThanOrEqual(next!.atMs);

  // The pages turn and the rest counts down on the device, in step with the speech.
  const commands = logged.directives.find((d) => (d as { type?: string }).type === 'Alexa.Presentation.APL.ExecuteCommands') as ExecuteCommands;
  const text = JSON.stringify(commands.commands);
  expect(text).toContain(`"type":"SetPage","componentId":"steps","position":"absolute","value":${screen.steps.indexOf(next!)},"delay":${next!.atMs}`);
  expect(text).toContain(`"delay":${rest.atMs}`);
  expect(text).toContain(`"componentId":"restBar","duration":${Math.round(rest.seconds) * 1000}`);
  // The seconds left are shown every 5 s: first the whole rest, then 5 s less.
  const whole = Math.round(rest.seconds);
  expect(text).toContain(`"value":"${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}"`);
  expect(text).toContain(`"value":"0:${String(whole - 5).padStart(2, '0')}","delay":5000`);

  // The strong side's count shows each number as the speech says it: at the SSML's breaks and the coach's 0.4 s a word.
  const shownCount = liveTicks(commands);
  expect(shownCount.map((tick) => tick.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  const saidCount = countSaid(logged.ssml, 10);
  shownCount.forEach((tick, i) => expect(Math.abs(tick.delay - saidCount[i]!)).toBeLessThanOrEqual(TIMING_SLACK_MS));
  expect(screen.counts[0]).toMatchObject({ label: 'of 10' });
  // While the coach waits for the count of the next set, no answer is a button; at "say go", go is.
  expect(screen.buttons).toEqual([]);
  expect(screenOf(start).buttons).toEqual([{ id: 'go', label: 'Go' }]);
});

/** How far a shown number may be from the moment its word is said: rounding to whole milliseconds. */
const TIMING_SLACK_MS = 5;

/** The numbers the live count shows and when, from the speech's start. */
const liveTicks = (commands: ExecuteCommands): { value: string; delay: number }[] =>
  (JSON.parse(JSON.stringify(commands.commands)) as { commands: { componentId?: string; value?: string; delay?: number }[] }[])[0]!.commands
    .filter((c) => c.componentId === 'liveCount')
    .map((c) => ({ value: String(c.value), delay: c.delay ?? 0 }));

/** Milliseconds from the start of the speech to each word of the SSML, reading its breaks and 0.4 s a word. */
const wordTimes = (ssml: string): { word: string; atMs: number }[] => {
  const words: { word: string; atMs: number }[] = [];
  let ms = 0;
  for (const [, tag, text] of ssml.replace(/<\/?speak>/g, '').matchAll(/(<break time="[\d.]+m?s"\/>)|([^<]+)/g)) {
    if (tag) {
      const [, amount = '0', unit] = /time="([\d.]+)(m?s)"/.exec(tag) ?? [];
      ms += Number(amount) * (unit === 'ms' ? 1 : 1000);
    } else {
      for (const word of (text ?? '').split(/\s+/).filter(Boolean)) {
        words.push({ word, atMs: ms });
        ms += 400;
      }
    }
  }
  return words;
};

/** When the speech says each number of a count of 1 to `n`, each said alone between breaks. */
const countSaid = (ssml: string, n: number): number[] => {
  const words = wordTimes(ssml);
  const start = words.findIndex((w, i) => w.word === '1' && words[i + 1]?.word === '2');
  return words.slice(start, start + n).map((w, i) => {
    expect(w.word).toBe(String(i + 1));
    return w.atMs;
  });
};

test('a voice-only Echo and an Echo Auto get no directive', async () => {
  t = await Transcript.start(dataDir, MONDAY);
  const heard = [await t.launch(), await t.say('yes'), await t.say('my left side'), await t.say('40'), await t.say('go'), await t.say('I got nine'), await t.say('thirteen reps')];
  heard.push(await t.say('yes'), await t.say('go'), await t.say('ten'), await t.say('how am I doing'));
  for (const h of heard) expect(h.directives).toEqual([]);
  await t.close();

  t = (await Transcript.start(dataDir, MONDAY)).withScreen();
  await onboardAndTest(t);
  await t.say('no');
  t.alexa.filter((request: RequestEnvelope) => {
    request.request.timestamp = '2026-11-25T15:00:00Z';
    request.context.Automotive = {};
    request.context.System.device!.supportedInterfaces['Alexa.Presentation.APL'] = { runtime: { maxVersion: '2023.3' } };
  });
  const inCab = [await t.launch()];
  inCab.push(await t.say('how am I doing'));
  for (const h of inCab) expect(h.directives).toEqual([]);
  expect(inCab[1]!.text).toMatch(/gap/i);
});

test('"how am I doing" after the baseline and two workouts: each workout\'s rows per side and the baseline\'s gap on the chart', async () => {
  t = (await Transcript.start(dataDir, MONDAY)).withScreen();
  await onboardAndTest(t);
  await t.say('no');

  t.setTime('2026-11-25T15:00:00Z'); // Wednesday
  await t.launch();
  const first = await finishWorkout(t, await t.say('yes'), ['10', '11', '12']);
  const end = first[first.length - 1]!;
  // A carry's seconds count up on the screen, one a second, and reach each ten as the coach calls it ("10 seconds").
  const carries = first.filter((h) => screenOfAny(h)?.counts.some((c) => c.label === 'seconds'));
  expect(carries.length).toBeGreaterThan(0);
  for (const carry of carries) {
    expectWellFormed(carry);
    const commands = carry.directives.find((d) => (d as { type?: string }).type === 'Alexa.Presentation.APL.ExecuteCommands') as ExecuteCommands;
    const ticks = liveTicks(commands);
    for (const count of screenOfAny(carry)!.counts.filter((c) => c.label === 'seconds')) {
      // The time calls said inside the carry ("10 seconds.", "20 seconds."), not a rest's cues.
      const called = wordTimes(carry.ssml).filter(
        (w, i, all) => w.atMs >= count.atMs && w.atMs < count.endMs && /^\d+$/.test(w.word) && all[i + 1]?.word === 'seconds.',
      );
      expect(called.length).toBeGreaterThan(0);
      for (const call of called) expect(ticks.find((t) => t.value === call.word && Math.abs(t.delay - call.atMs) <= TIMING_SLACK_MS)).toBeDefined();
    }
  }
  // The end of a workout shows the chart too.
  expect(screenOf(end).view).toBe('progress');
  expectWellFormed(end);

  t.setTime('2026-11-27T15:00:00Z'); // Friday
  await t.launch();
  await finishWorkout(t, await t.say('yes'), ['12', '12', '11']);

  t.setTime('2026-11-28T15:00:00Z');
  await t.launch();
  const asked = await t.say('how am I doing');
  expectWellFormed(asked);
  const doc = await t.stored();
  const finisher = doc!.workouts.map((w) => w.finisherReps ?? 0);
  const progress = screenOf(asked);
  expect(progress.view).toBe('progress');
  const chart = progress.progress!;
  // The weak side's sets and the weight, workout by workout, and the test's gap: the strong side's sets are not drawn.
  expect(chart.legend.map((l) => l.text)).toEqual(['Left side reps per set', '12 reps', 'Weight (lb)', 'Step up', 'Test: Left and Right side']);
  expect(chart.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Nov 23', 'Baseline', 'Gap 4 (31%)', 'Nov 25', 'Nov 27']));
  // Three sets of rows in each of the two workouts, a dot each; the test's two sides, a dot each.
  expect(chart.paths.reps.match(/M/g)).toHaveLength(6);
  expect(chart.paths.testWeak.match(/M/g)).toHaveLength(1);
  expect(chart.paths.testStrong.match(/M/g)).toHaveLength(1);
  expect(chart.paths.gap).not.toBe('');
  expect(doc!.workouts).toHaveLength(2);
  expect(finisher).toHaveLength(2);
  // The document draws every role's path in its vector graphic, and passes each path to it.
  const document = rendered(asked).document as { graphics: Record<string, { parameters: string[] }> };
  const graphic = document.graphics.progressChart!;
  expect([...graphic.parameters].sort()).toEqual([...Object.keys(chart.paths), 'colors'].sort());
  const text = JSON.stringify(document);
  for (const role of Object.keys(chart.paths)) expect(text).toContain(`"${role}":"\${payload.screen.progress.paths.${role}}"`);
  expect(text).toContain('"colors":"${payload.screen.progress.colors}"');

  // The check reads every binding: a misspelt one, in the page, a bar or a layout's parameter, is caught.
  const render = rendered(asked);
  const misspelt = (from: string, to: string): string[] => {
    const text = JSON.stringify(render.document);
    expect(text).toContain(from);
    return unresolvedBindings(JSON.parse(text.replace(from, to)) as Record<string, unknown>, render.datasources as Record<string, unknown>);
  };
  expect(misspelt('${payload.screen.progress.title}', '${payload.screen.progress.titel}')).toEqual([expect.stringContaining('payload.screen.progress.titel')]);
  expect(misspelt('${data.left * scale}dp', '${data.lefft * scale}dp')).toEqual(expect.arrayContaining([expect.stringContaining('data.lefft')]));
  expect(misspelt('"${payload.screen.progress.labels}"', '"${payload.screen.progress.label}"')).toEqual(expect.arrayContaining([expect.stringContaining('not an array')]));
  expect(misspelt('${scale * 320}dp', '${scal * 320}dp')).toEqual(expect.arrayContaining([expect.stringContaining('"scal"')]));
});

test('an Echo Show in Spanish (es-MX) labels its answers in Spanish (the chips test holds each to a sample of its intent)', () => {
  const reply: Reply = {
    speech: [{ kind: 'text', text: '¿Quieres empezar tu primer entrenamiento ahora?' }],
    reprompt: [],
    endSession: false,
    card: null,
    status: null,
    progress: { unit: 'kg', weakSide: 'left', workouts: [], tests: [{ kind: 'baseline', day: '2026-11-23', weakReps: 9, strongReps: 13, gapReps: 4, gapPercent: 31 }] },
    expects: { choices: ['yes', 'no', 'skipRest'], number: null },
    deleteUser: false,
  };
  const screen = screenData(reply, 'es-MX');
  expect(screen?.buttons).toEqual([
    { id: 'yes', label: 'Sí' },
    { id: 'no', label: 'No' },
    { id: 'skipRest', label: 'Salta el descanso' },
  ]);
  expect(screen?.skipRestLabel).toBe('Salta el descanso');
  expect(screenData(reply, 'en-US')?.buttons.map((b) => b.label)).toEqual(['Yes', 'No', 'Skip the rest']);
});
