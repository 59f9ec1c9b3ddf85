/**
 * The browser console in real headless Chromium (Debian's `chromium`, driven by playwright-core) at a phone's size,
 * 390x844, in front of the real console router, service, NLU and a lowdb store (./consoleApp): a new user taps
 * through the baseline test and a whole first workout with the answer buttons and the keypad, as a driver would.
 *
 * The page runs at ?speed=40 (pauses pass forty times faster: a 60 s rest takes 1.5 s) and ?mute=1. What the
 * screen shows is recorded in the page as it changes (a MutationObserver), so the order of what was shown is
 * checked, never how long anything took. navigator.wakeLock is replaced by a recorder before the page loads.
 * The page's clock is Playwright's: it runs on its own, and where the test acts inside a timed stretch (skips a
 * rest, answers during a set, talks over a rest) the test holds it and moves it on step by step (../support/pageClock),
 * so the stretch cannot end before the test acts, however busy the machine.
 *
 * Chromium is looked for at $CHROMIUM_PATH, else /usr/bin/chromium; without it the test fails in CI and is
 * skipped elsewhere. Set BACKCOACH_SCREENSHOT_DIR to keep a screenshot taken during a count.
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeWithChromium, PAGE_DEADLINE_MS } from '../support/chromium';
import type { ConsoleAnswer } from '../../src/console/answer';
import { userIdFor } from '../../src/web/consoleRouter';
import { holdClock, releaseClock, runClockUntil } from '../support/pageClock';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

/** The page's globals, as far as the functions run inside it use them (this project's types have no DOM). */
declare const document: { getElementById(id: string): { textContent: string | null } | null };
declare const window: { wakeLockProbe: { calls: string[] } };
declare const requestAnimationFrame: (callback: () => void) => void;

const ARGS = [...CHROMIUM_ARGS, '--disable-quic'];
const PHONE = { width: 390, height: 844 };
const FAST = '?speed=40&mute=1';

/** One state of the screen, as the page recorded it: null for a part that is hidden. */
interface Screen {
  panel: string | null;
  rep: string | null;
  countdown: string | null;
  skipRest: string | null;
  answerNow: string | null;
  /** The newest line of the transcript. */
  newest: string | null;
}

/**
 * Runs in the page before its own scripts: a wake lock that records its calls, and a recorder of every change in
 * what the panel, the rep counter, the countdown, the Skip the rest and Answer now buttons and the newest line show.
 */
const PAGE_PROBES = `(() => {
  const calls = [];
  const held = new Set();
  class Sentinel extends EventTarget {
    constructor() { super(); this.type = 'screen'; this.released = false; }
    release() {
      if (!this.released) {
        this.released = true;
        held.delete(this);
        calls.push('release');
        this.dispatchEvent(new Event('release'));
      }
      return Promise.resolve();
    }
  }
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: { request(type) { calls.push('request ' + type); const s = new Sentinel(); held.add(s); return Promise.resolve(s); } },
  });
  window.wakeLockProbe = {
    calls,
    // What the browser does when the page is hidden: it lets go of the lock on its own.
    drop() {
      for (const s of [...held]) { s.released = true; held.delete(s); calls.push('dropped'); s.dispatchEvent(new Event('release')); }
    },
  };

  const screens = [];
  window.screens = screens;
  const shown = (id) => {
    const el = document.getElementById(id);
    return el && !el.hidden ? el.innerText.replace(/\\s+/g, ' ').trim() : null;
  };
  const record = () => {
    const newest = document.querySelector('#transcript > li:last-child');
    const screen = {
      panel: shown('status') ?? shown('status-empty'),
      rep: shown('rep'),
      countdown: shown('countdown'),
      skipRest: shown('skip-rest'),
      answerNow: shown('answer-now'),
      newest: newest ? newest.innerText : null,
    };
    const last = screens[screens.length - 1];
    if (!last || JSON.stringify(last) !== JSON.stringify(screen)) screens.push(screen);
  };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})();`;

describeWithChromium('browser console on a phone, in Chromium', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  /** Every answer the page received, in order. */
  const replies: ConsoleAnswer[] = [];
  const sent: { path: string; body: Record<string, unknown> }[] = [];
  /** The API calls the server answered, with their status: a beacon sent as a page unloads is seen only there. */
  const served: string[] = [];

  beforeAll(async () => {
    app = await startConsoleApp({
      guard: (req, res, next) => {
        if (req.method === 'POST') res.on('finish', () => served.push(`${req.originalUrl} ${res.statusCode}`));
        next();
      },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
    context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-US', timezoneId: 'America/Denver' });
    await context.addInitScript(PAGE_PROBES);
    await context.clock.install();
    page = await context.newPage();
    page.setDefaultTimeout(PAGE_DEADLINE_MS);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('request', (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/console/api/')) sent.push({ path, body: JSON.parse(request.postData() ?? '{}') as Record<string, unknown> });
    });
    page.on('response', async (response) => {
      if (!/\/console\/api\/(open|say)$/.test(new URL(response.url()).pathname)) return;
      replies.push((await response.json()) as ConsoleAnswer);
    });
  }, 300000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  const lastReply = (): ConsoleAnswer => {
    const reply = replies[replies.length - 1];
    if (!reply) throw new Error('No reply yet');
    return reply;
  };
  const screens = (): Promise<Screen[]> => page.evaluate<Screen[]>('window.screens');
  const wakeLockCalls = (): Promise<string[]> => page.evaluate<string[]>('window.wakeLockProbe.calls');
  const lines = (): Promise<string[]> => page.locator('#transcript li').allInnerTexts();
  const choices = (): Promise<string[]> => page.locator('#choices:not([hidden]) button').allInnerTexts();

  /** Waits until the reply has been given in full: its answers are offered (or the coach has stopped listening). */
  const replyGiven = async (): Promise<void> => {
    await page.locator('#answers.revealed, #restart:not([hidden])').first().waitFor({ timeout: PAGE_DEADLINE_MS });
  };

  /** Does something that sends a line or opens the coach, and waits for the reply to be received and given. */
  const exchange = async (action: () => Promise<void>): Promise<ConsoleAnswer> => {
    const response = page.waitForResponse((r) => /\/console\/api\/(open|say)$/.test(new URL(r.url()).pathname), { timeout: PAGE_DEADLINE_MS });
    await action();
    const reply = (await (await response).json()) as ConsoleAnswer;
    await replyGiven();
    await expectAnswersMatch(reply);
    await expectNewestInView();
    return reply;
  };

  /** The buttons and keypad shown are the answers the reply's question invites. */
  const expectAnswersMatch = async (reply: ConsoleAnswer): Promise<void> => {
    expect(await choices()).toEqual(reply.expects?.choices.map((c) => c.say) ?? []);
    await expect(page.locator('#keypad').isVisible()).resolves.toBe(Boolean(reply.expects?.number));
  };

  /** The newest transcript line is in view, and so are the answers and the text box: nothing below the fold. */
  const expectNewestInView = async (): Promise<void> => {
    // Measured once the screen has been drawn, as the driver sees it.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The list, its newest line and the text box measured in one go, so a layout change in between cannot mix two states.
    type Box = { y: number; height: number } | null;
    const { list, newest, form } = await page.evaluate<Record<'list' | 'newest' | 'form', Box>>(`(() => {
      const box = (element) => { if (!element) return null; const r = element.getBoundingClientRect(); return { y: r.y, height: r.height }; };
      return { list: box(document.querySelector('#transcript')), newest: box(document.querySelector('#transcript > li:last-child')), form: box(document.querySelector('#say')) };
    })()`);
    if (!list || !newest || !form) throw new Error('The transcript, its newest line or the text box is not on screen');
    expect(newest.y + newest.height).toBeLessThanOrEqual(Math.min(list.y + list.height, PHONE.height) + 1);
    expect(newest.y).toBeGreaterThanOrEqual(Math.min(list.y, list.y + list.height - newest.height) - 1);
    expect(form.y + form.height).toBeLessThanOrEqual(PHONE.height);
    for (const part of ['#answers', '#keypad', '#choices']) {
      if (!(await page.locator(part).isVisible())) continue;
      const box = await page.locator(part).boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    }
  };

  /** What the rep counter showed, each number once (the countdown beside it changes more often). */
  const repsShown = (shown: Screen[]): string[] =>
    shown.flatMap((s) => (s.rep === null ? [] : [s.rep])).filter((rep, i, all) => rep !== all[i - 1]);
  const counted = (n: number): string[] => Array.from({ length: n }, (_, i) => `Rep ${i + 1} of ${n}`);

  /** What the countdown showed while it was labelled `label` ("Rest", "Your set"), in order. */
  const clocks = (shown: Screen[], label: string): string[] =>
    shown.flatMap((s) => (s.countdown?.startsWith(`${label} `) ? [s.countdown] : []));
  const secondsOn = (clock: string): number => {
    const [m, s] = clock.slice(clock.lastIndexOf(' ') + 1).split(':').map(Number);
    return (m ?? 0) * 60 + (s ?? 0);
  };
  /** A timed stretch's length as the countdown starts it (whole seconds, rounded up). */
  const clockStart = (label: string, seconds: number): string => {
    const whole = Math.ceil(seconds - 1e-6);
    return `${label} ${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  };

  /**
   * The screens from the first to the last on which the countdown was labelled `label` all show it: it runs on across
   * the words said inside the stretch ("30 seconds.") rather than stopping for them.
   */
  const expectCountdownThrough = (shown: Screen[], label: string): Screen[] => {
    const first = shown.findIndex((s) => s.countdown?.startsWith(`${label} `));
    const last = shown.length - 1 - [...shown].reverse().findIndex((s) => s.countdown?.startsWith(`${label} `));
    expect(first).toBeGreaterThanOrEqual(0);
    const stretch = shown.slice(first, last + 1);
    for (const s of stretch) expect(s.countdown).toMatch(new RegExp(`^${label} \\d:\\d\\d$`));
    return stretch;
  };

  /** The rest ran as one countdown from `start` down across its spoken cues, with Skip the rest beside it. */
  const expectOneRest = (shown: Screen[], start: string): void => {
    const resting = expectCountdownThrough(shown, 'Rest');
    const seconds = resting.map((s) => secondsOn(s.countdown ?? ''));
    expect(resting[0]?.countdown).toBe(start);
    expect(new Set(seconds).size).toBeGreaterThan(5);
    const half = secondsOn(start) / 2;
    const belowHalf = seconds.findIndex((s) => s < half);
    expect(belowHalf).toBeGreaterThan(0);
    expect(Math.max(...seconds.slice(belowHalf))).toBeLessThan(half + 1);
    for (const s of resting) expect(s.skipRest).toBe('Skip the rest');
  };

  /** The driver's own set started at `start` ("Your set 0:35"), and the clock never showed more. */
  const expectSetWindow = (shown: Screen[], start: string): void => {
    const set = clocks(shown, 'Your set');
    expect(set[0]).toBe(start);
    expect(Math.max(...set.map(secondsOn))).toBe(secondsOn(start));
  };

  /**
   * "Answer now" answers the question about the set under way: it is offered during that set, and never while the
   * strong side is counted or the driver rests before it.
   */
  const expectAnswerNowOnlyForTheSet = (shown: Screen[]): void => {
    const before = shown.filter((s) => s.rep !== null || /^(Rest|Strong side) /.test(s.countdown ?? ''));
    expect(before.length).toBeGreaterThan(0);
    for (const s of before) expect(s.answerNow).toBeNull();
    expect(shown.some((s) => s.countdown?.startsWith('Your set ') && s.answerNow === 'Answer now')).toBe(true);
  };

  /** The seconds of the first rest of a reply, as the coach timed it. */
  const firstRestSeconds = (reply: ConsoleAnswer): number => {
    const rest = reply.speech.find((s) => s.kind === 'pause' && s.purpose === 'rest');
    if (rest?.kind !== 'pause' || rest.total === undefined) throw new Error('The reply has no timed rest');
    return rest.total;
  };

  const tap = (name: string) => page.locator('#choices button', { hasText: name }).click();
  const key = async (digits: string): Promise<void> => {
    for (const digit of digits) await page.locator(`#keypad button[data-digit="${digit}"]`).click();
  };
  const enter = async (digits: string): Promise<void> => {
    await key(digits);
    await page.locator('#keypad-send').click();
  };
  /** Does `action`, and returns what it came to and what the screen showed meanwhile. */
  const watch = async <T>(action: () => Promise<T>): Promise<{ result: T; shown: Screen[] }> => {
    const before = (await screens()).length;
    const result = await action();
    return { result, shown: (await screens()).slice(before) };
  };

  it('takes a new user through the baseline test with the buttons and the keypad', async () => {
    let reply = await exchange(() => page.goto(`${app.url}/${FAST}`).then(() => undefined));
    expect(await choices()).toEqual(['Pounds', 'Kilograms']);
    expect((await lines()).join(' ')).toMatch(/not medical advice/i);
    await expect(page.locator('#card-title').innerText()).resolves.toMatch(/safety notice/i);
    await expect(page.locator('#status-empty').isVisible()).resolves.toBe(true);
    const opened = sent.find((s) => s.path === '/console/api/open');
    expect(opened?.body).toMatchObject({ timeZone: 'America/Denver', locale: 'en-US', conversationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    reply = await exchange(() => tap('Pounds'));
    expect(await choices()).toEqual(['Left', 'Right']);
    expect(await lines()).toContain('You:Pounds');

    reply = await exchange(() => tap('Left'));
    await expect(page.locator('#keypad-label').innerText()).resolves.toBe('Weight in pounds');
    await expect(page.locator('#keypad-range').innerText()).resolves.toBe('2.5 to 200');
    await expect(page.locator('#st-activity').innerText()).resolves.toBe('Baseline test');

    // The page cannot tell whether it is in the cab: before the first set it asks, as Echo Auto's rule would have it.
    reply = await exchange(() => enter('40'));
    expect(await choices()).toEqual(['Yes', 'No']);
    expect((await lines()).slice(-1)[0]).toMatch(/^Coach:.*Before your first set: I never coach exercises while the truck may be moving\. Is it parked\?$/);
    reply = await exchange(() => tap('Yes'));
    expect(await choices()).toEqual(['Go']);
    await expect(page.locator('#st-exercise').innerText()).resolves.toBe('Single-arm dumbbell row, 40 lb');

    // The first side has nothing to be sized from: 45 s.
    expectSetWindow((await watch(() => exchange(() => tap('Go')))).shown, 'Your set 0:45');
    await expect(page.locator('#keypad-label').innerText()).resolves.toBe('Reps');
    await expect(page.locator('#keypad-range').innerText()).resolves.toBe('1 to 40');
    // A count out of range is not sent: the keypad says what it accepts.
    await key('41');
    await expect(page.locator('#keypad-send').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#keypad.outside').count()).resolves.toBe(1);
    await page.locator('#keypad-clear').click();
    await expect(page.locator('#keypad-value').innerText()).resolves.toBe('–');

    const baselineRest = await watch(() => exchange(() => enter('9')));
    reply = baselineRest.result;
    const shown = baselineRest.shown;
    expect(reply.status).toMatchObject({ activity: 'test', cap: 9 });
    // The 60 s rest between the sides runs as one countdown across its spoken cues, then the other side's set, sized
    // from the first side's 9 reps (3 s a rep and 5 s, rounded up to 5 s).
    expectOneRest(shown, 'Rest 1:00');
    expectSetWindow(shown, 'Your set 0:35');
    const afterRest = await lines();
    expect(afterRest).not.toContain('Coach:Rest is over.');
    expect(afterRest.slice(-2)).toEqual([
      'Coach:Now your right side, as many perfect reps as you can. Go.',
      'Coach:How many perfect reps did you get on your right side?',
    ]);

    reply = await exchange(() => enter('13'));
    expect(await choices()).toEqual(['Yes', 'No']);
    expect(reply.status).toBeNull();
    await expect(page.locator('#status-empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('#card-title').innerText()).resolves.toMatch(/baseline test/i);
    // The screen stays on while the test runs, and may sleep once it is over.
    expect(await wakeLockCalls()).toEqual(['request screen', 'release']);
    expect(problems).toEqual([]);
  }, 300000);

  it('counts the strong side with a big rep counter, the panel on that set until the count is over, then rests into the next set', async () => {
    await exchange(() => tap('Yes'));
    expect(await choices()).toEqual(['Go']);
    await expect(page.locator('#st-step').innerText()).resolves.toBe('Set 1 of 3');
    // The first set of an exercise is explained in full in a driver's first workouts.
    expect(await lines()).toContain('Coach:Aim for 12 perfect reps.');
    expect(await wakeLockCalls()).toEqual(['request screen', 'release', 'request screen']);
    // Sized from the baseline's 9 reps on the weak side, not the 45 s of a set with nothing to go on.
    expectSetWindow((await watch(() => exchange(() => tap('Go')))).shown, 'Your set 0:35');

    const count = page.waitForFunction(() => Number(document.getElementById('rep-n')?.textContent) >= 6);
    let { shown } = await watch(async () => {
      const set1 = exchange(() => enter('12'));
      await count;
      const shot = process.env.BACKCOACH_SCREENSHOT_DIR;
      if (shot) await page.screenshot({ path: join(shot, 'backcoach-console-count.png') });
      await set1;
    });
    const counting = shown.filter((s) => s.rep !== null);
    expect(repsShown(counting)).toEqual(counted(12));
    for (const s of counting) {
      expect(s.panel).toContain('Set 1 of 3');
      expect(s.panel).toContain('Right side: 12 reps, then stop');
    }
    // The count is timed too, from its first beat.
    const countClock = counting.flatMap((s) => (s.countdown === null ? [] : [s.countdown]));
    expect(countClock.length).toBeGreaterThan(0);
    for (const clock of countClock) expect(clock).toMatch(/^Strong side 0:\d\d$/);
    expect(shown[shown.length - 1]?.panel).toContain('Set 2 of 3');
    expect((await lines()).filter((l) => l.startsWith('Coach:1 '))).toEqual(['Coach:1 2 3 4 5 6 7 8 9 10 11 12']);
    // After the rest the next set starts in the same reply, on a short cue and without a "go" from the driver; its
    // window is sized from the 12 reps just done.
    // The weak side has rested through the strong side's 12 reps: what is left of its minute is timed.
    expectOneRest(shown, 'Rest 0:24');
    expectSetWindow(shown, 'Your set 0:45');
    expect((await lines()).slice(-3)).toEqual(['Coach:Set 2 of 3, left side.', 'Coach:Go.', 'Coach:How many on the left?']);
    expect(await choices()).toEqual([]);
    expectAnswerNowOnlyForTheSet(shown);

    ({ shown } = await watch(() => exchange(() => enter('11'))));
    expect(repsShown(shown)).toEqual(counted(11));
    expect(await lines()).toContain('Coach:Right side: exactly 11, then stop. Go.');
    await expect(page.locator('#st-step').innerText()).resolves.toBe('Set 3 of 3');
    expectSetWindow(shown, 'Your set 0:40');
    expectAnswerNowOnlyForTheSet(shown);

    // Set 3: counted to 12, then the finisher; the rest before it can be skipped.
    // The clock is held from the count on, so the rest is still under way when Skip the rest is tapped.
    await holdClock(page);
    const set3AndSkip = await watch(async () => {
      await enter('12');
      await runClockUntil(page, page.locator('#countdown', { hasText: 'Rest' }));
      await expect(page.locator('#st-step').innerText()).resolves.toBe('Finisher, weak side only');
      return exchange(async () => {
        await page.locator('#skip-rest').click();
        await releaseClock(page);
      });
    });
    shown = set3AndSkip.shown;
    expect(set3AndSkip.result.heard?.type).toBe('skipRest');
    const transcript = await lines();
    expect(transcript).toContain('You:Skip the rest');
    expect(transcript.slice(transcript.indexOf('You:Skip the rest'))).toEqual([
      'You:Skip the rest',
      'Coach:Skipping the rest.',
      'Coach:Finisher: your left side only, 8 to 10 reps. Your right side sits this one out.',
      expect.stringMatching(/^Coach:Go\. .*tell me your count\.$/),
      'Coach:How many reps did you get on the finisher?',
    ]);
    const set3 = shown.filter((s) => s.rep !== null);
    expect(repsShown(set3)).toEqual(counted(12));
    for (const s of set3) expect(s.panel).toMatch(/Set 3 of 3.*Right side: 12 reps, then stop/);
    const lastCount = shown.findIndex((s) => s.rep === 'Rep 12 of 12');
    const finisher = shown.findIndex((s) => s.panel?.includes('Finisher, weak side only'));
    expect(finisher).toBeGreaterThan(lastCount);
    expect(shown.some((s) => s.rep !== null && s.panel?.includes('Finisher'))).toBe(false);
    const resting = shown.filter((s) => s.countdown?.startsWith('Rest '));
    expect(resting.length).toBeGreaterThan(0);
    for (const s of resting) {
      expect(s.skipRest).toBe('Skip the rest');
      expect(s.panel).toContain('Finisher, weak side only');
    }
    expectSetWindow(shown, 'Your set 0:35');
    await expect(page.locator('#skip-rest').isHidden()).resolves.toBe(true);
    await expect(page.locator('#keypad-label').innerText()).resolves.toBe('Reps');
    expect(problems).toEqual([]);
  }, 300000);

  it('holds the screen on through the workout, takes it again when visible, and lets go when the workout stops', async () => {
    await page.evaluate('window.wakeLockProbe.drop()');
    await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    await page.waitForFunction(() => window.wakeLockProbe.calls.length >= 5);
    expect(await wakeLockCalls()).toEqual(['request screen', 'release', 'request screen', 'dropped', 'request screen']);

    // Stopping by typing: the place is saved, the coach stops listening, the screen may sleep.
    const stopped = await exchange(async () => {
      await page.locator('#text').fill('stop');
      await page.locator('#text').press('Enter');
    });
    expect(stopped.endSession).toBe(true);
    await expect(page.locator('#restart').isVisible()).resolves.toBe(true);
    expect(await wakeLockCalls()).toEqual(['request screen', 'release', 'request screen', 'dropped', 'request screen', 'release']);
    expect(problems).toEqual([]);
  }, 300000);

  it('is the same user after a reload, and offers to carry on', async () => {
    const id = await page.evaluate("localStorage.getItem('backcoach.conversationId')");
    served.length = 0;
    const again = await exchange(() => page.reload().then(() => undefined));
    // The coach had stopped listening: nothing to leave.
    expect(served).toEqual(['/console/api/open 200']);
    expect(await page.evaluate("localStorage.getItem('backcoach.conversationId')")).toBe(id);
    expect(again.speech.some((s) => s.kind === 'text' && /pick up where you left off/.test(s.text))).toBe(true);
    expect(await choices()).toEqual(['Yes', 'No']);
    expect((await lines()).join(' ')).not.toMatch(/not medical advice/i);
    await expect(page.locator('#st-activity').innerText()).resolves.toBe('Workout');
    await expect(page.locator('#st-step').innerText()).resolves.toBe('Finisher, weak side only');
    const stored = await app.store.get(userIdFor(String(id)));
    expect(stored?.timeZone).toBe('America/Denver');

    // Carried on, then the page is left mid-conversation: it says so with a beacon, and the next page offers to resume.
    // A reload is a new session: the truck may have moved since, so the coach asks again before the set.
    await exchange(() => tap('Yes'));
    expect((await lines()).slice(-1)[0]).toMatch(/Is it parked\?$/);
    await exchange(() => tap('Yes'));
    expect(await choices()).toEqual(['Go']);
    served.length = 0;
    await exchange(() => page.goto(`${app.url}/?speed=4&mute=1`).then(() => undefined));
    expect([...served].sort()).toEqual(['/console/api/leave 200', '/console/api/open 200']);
    expect(await choices()).toEqual(['Yes', 'No']);
    expect(problems).toEqual([]);
  }, 300000);

  it('answers early during a set, and talks over the coach', async () => {
    // This page runs at ?speed=4. A new page is a new session: picked up, and the truck said to be parked.
    await exchange(() => tap('Yes'));
    await exchange(() => tap('Yes'));
    // The clock is held through the set and into the rest: the test answers inside the one and talks over the other.
    await holdClock(page);
    await tap('Go');
    await runClockUntil(page, page.locator('#countdown', { hasText: 'Your set' }));
    await page.locator('#answer-now').click();
    await expect(page.locator('#keypad').isVisible()).resolves.toBe(true);
    await expect(page.locator('#countdown').isVisible()).resolves.toBe(true);
    await key('10');
    const { shown } = await watch(async () => {
      await page.locator('#keypad-send').click();
      // The set's countdown goes once the answer is taken, which waits on the server's reply, not on the page's clock.
      await page.locator('#countdown', { hasText: 'Your set' }).waitFor({ state: 'hidden' });
      // The answer cuts the set short and the coach answers at once: 10 on the finisher, then the rest, at the start
      // of which the band pulldowns are set up.
      await runClockUntil(page, page.locator('#countdown', { hasText: 'Rest' }));
    });
    await expect(page.locator('#st-activity').innerText()).resolves.toBe('Workout');
    expect(shown.some((s) => s.newest === 'Coach:10 on the finisher.' && s.panel?.includes('Finisher, weak side only'))).toBe(true);
    // During that rest the panel is on what it sets up: the pulldowns' first set, which starts when the rest is over.
    const resting = shown.filter((s) => s.countdown?.startsWith('Rest '));
    expect(resting[0]?.newest).toBe('Coach:Next: band pulldowns. Anchor the band overhead.');
    for (const s of resting) {
      expect(s.panel).toMatch(/Set 1 of 2.*Single-arm band pulldown.*Left \(weak\)/);
      expect(s.skipRest).toBe('Skip the rest');
      expect(s.answerNow).toBeNull();
    }
    // Esc quiets the coach mid-rest and offers the answers at once: the count of the pulldowns' first set.
    await page.keyboard.press('Escape');
    await releaseClock(page);
    await page.locator('#countdown').waitFor({ state: 'hidden' });
    expect(lastReply().expects?.choices).toEqual([]);
    expect(lastReply().expects?.number).toMatchObject({ measure: 'reps' });
    await expectAnswersMatch(lastReply());
    await expectNewestInView();
    const transcript = await lines();
    expect(transcript.filter((l) => l === '(interrupted)')).toHaveLength(2);
    expect(transcript.slice(transcript.indexOf('You:10') - 1, transcript.indexOf('You:10') + 1)).toEqual(['(interrupted)', 'You:10']);
    await expect(page.locator('#st-exercise').innerText()).resolves.toBe('Single-arm band pulldown');
    await expect(page.locator('#st-step').innerText()).resolves.toBe('Set 1 of 2');
    expect(problems).toEqual([]);
  }, 300000);

  it('sets the next exercise up at the start of the rest and starts it after the rest, then ends the workout', async () => {
    // Opened again at full speed, the driver picks up at the pulldowns' first set, explained in full.
    served.length = 0;
    await exchange(() => page.goto(`${app.url}/${FAST}`).then(() => undefined));
    expect([...served].sort()).toEqual(['/console/api/leave 200', '/console/api/open 200']);
    await exchange(() => tap('Yes'));
    await exchange(() => tap('Yes')); // parked
    expect(await choices()).toEqual(['Go']);
    await expect(page.locator('#st-step').innerText()).resolves.toBe('Set 1 of 2');
    expect(await lines()).toContain('Coach:Aim for 12 perfect reps.');
    expectSetWindow((await watch(() => exchange(() => tap('Go')))).shown, 'Your set 0:45');
    expect((await lines()).slice(-1)).toEqual(['Coach:How many reps did you get on your left side?']);

    let { shown } = await watch(() => exchange(() => enter('12')));
    expect(repsShown(shown)).toEqual(counted(12));
    expectSetWindow(shown, 'Your set 0:45');
    expect((await lines()).slice(-3)).toEqual(['Coach:Set 2 of 2, left side.', 'Coach:Go.', 'Coach:How many on the left?']);

    // The last pulldown's count: the count, the rest with the carries set up at its start, then their first round.
    const toCarries = await watch(() => exchange(() => enter('12')));
    shown = toCarries.shown;
    expect(repsShown(shown)).toEqual(counted(12));
    const countOver = shown.findIndex((s) => s.newest === "Coach:Stop. That's 12.");
    const resting = expectCountdownThrough(shown, 'Rest');
    expect(shown.indexOf(resting[0] as Screen)).toBeGreaterThan(countOver);
    // The setup's speaking time comes out of the 60 s rest.
    const restSeconds = firstRestSeconds(toCarries.result);
    expect(restSeconds).toBeGreaterThan(55);
    expect(restSeconds).toBeLessThan(60);
    expectOneRest(shown, clockStart('Rest', restSeconds));
    expect(resting[0]?.newest).toBe('Coach:Next: suitcase carries with your dumbbell.');
    for (const s of resting) expect(s.panel).toMatch(/Round 1 of 2.*Suitcase carry, 40 lb/);
    // The carry is timed by the coach, who calls the time through one countdown.
    expectCountdownThrough(shown, 'Your set');
    expectSetWindow(shown, 'Your set 1:00');
    expectAnswerNowOnlyForTheSet(shown);
    const transcript = await lines();
    const sinceCount = transcript.slice(transcript.lastIndexOf('You:12'));
    const carriesStarted = [
      'Coach:Next: suitcase carries with your dumbbell.',
      'Coach:Round 1 of 2: suitcase carry, 40 pounds, left side first.',
      'Coach:Go. Walk tall.',
      'Coach:Time. Put it down.',
      'Coach:How many seconds did you carry it in your left hand?',
    ];
    expect(sinceCount.filter((l) => carriesStarted.includes(l))).toEqual(carriesStarted);
    expect(sinceCount.filter((l) => l.startsWith('You:'))).toEqual(['You:12']);
    expect(transcript[transcript.length - 1]).toBe(carriesStarted[carriesStarted.length - 1]);
    expect(await choices()).toEqual([]);
    await expect(page.locator('#keypad-label').innerText()).resolves.toBe('Seconds');
    await expect(page.locator('#keypad-range').innerText()).resolves.toBe('1 to 300');

    ({ shown } = await watch(() => exchange(() => enter('30'))));
    expectSetWindow(shown, 'Your set 0:35');
    expect(await lines()).toContain('Coach:Round 2 of 2, left hand, up to 35 seconds.');
    await expect(page.locator('#st-step').innerText()).resolves.toBe('Round 2 of 2');

    // The last count ends the workout: the coach stops listening, the panel empties and the screen may sleep.
    expect(await wakeLockCalls()).toEqual(['request screen']);
    const done = await exchange(() => enter('30'));
    expect(done.endSession).toBe(true);
    expect(done.status).toBeNull();
    await expect(page.locator('#restart').isVisible()).resolves.toBe(true);
    await expect(page.locator('#status-empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('#card-title').innerText()).resolves.toMatch(/^back coach: workout$/i);
    // Folded on a phone, one tap away.
    await expect(page.locator('#card-text').textContent()).resolves.toMatch(/finisher \(left only\): 10/);
    expect(await lines()).toContain('Coach:That\'s the workout done. Rows today: 12, 11 and 12.');
    expect(await wakeLockCalls()).toEqual(['request screen', 'release']);
    expect(problems).toEqual([]);
  }, 300000);
});
