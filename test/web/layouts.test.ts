/**
 * The browser console in real headless Chromium at the ways a driver holds it: a phone upright (390x844), a small phone
 * upright (360x640), a folding phone's narrow cover screen (280x653), a phone in a dash mount (844x390) and a laptop (1366x768). At each, a new driver goes through setup, the baseline test
 * and into a first workout, asks "how am I doing" with the workout under way, and at every step each control the step
 * needs (the answer buttons, every key of the keypad, the text box and Send) is inside the screen. A screenshot of each
 * step is kept in $BACKCOACH_SCREENSHOT_DIR (else a folder in the system's temp dir, named in the test's output).
 *
 * Chromium is looked for at $CHROMIUM_PATH, else /usr/bin/chromium; without it the test fails in CI and is skipped
 * elsewhere.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumAvailable, describeWithChromium } from '../support/chromium';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

const SHOTS = process.env.BACKCOACH_SCREENSHOT_DIR || join(tmpdir(), 'backcoach-layouts');

const HELD = [
  { name: 'a phone upright', width: 390, height: 844, phone: true },
  { name: 'a small phone upright', width: 360, height: 640, phone: true },
  { name: "a folding phone's cover screen", width: 280, height: 653, phone: true },
  { name: 'a phone in a dash mount', width: 844, height: 390, phone: true },
  { name: 'a laptop', width: 1366, height: 768, phone: false },
] as const;

/** The controls a driver may need at any step; each is checked where it is shown. */
/** About ten characters of the text box's font: what it takes to see what one is typing. */
const MIN_TEXT_BOX_PX = 100;

const CONTROLS = ['#sound', '#handsfree-label', '#choices button', '#keypad button', '#keypad-display', '#text', '#send', '#skip-rest', '#rep', '#countdown'];

/** One Chromium for every way the page is held, each in a context of its own (its own screen, storage and driver). */
let browser: Promise<Browser> | undefined;
const sharedBrowser = (): Promise<Browser> =>
  (browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] }));
afterAll(async () => {
  await (await browser)?.close();
});

describeWithChromium.each(HELD)('the page held as $name ($width x $height)', ({ name, width, height, phone }) => {
  let app: ConsoleApp;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let step = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startConsoleApp();
    context = await (await sharedBrowser()).newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone, locale: 'en-US', timezoneId: 'America/Chicago' });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  }, 120000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
  });

  /** Every control shown is wholly inside the screen (nothing below the fold, nothing off the side), and a screenshot is kept. */
  const expectControlsInView = async (what: string): Promise<void> => {
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    step += 1;
    await page.screenshot({ path: join(SHOTS, `${width}x${height}-${String(step).padStart(2, '0')}-${what.replace(/\W+/g, '-')}.png`) });
    const outside: string[] = [];
    for (const selector of CONTROLS) {
      for (const control of await page.locator(selector).all()) {
        if (!(await control.isVisible())) continue;
        const box = await control.boundingBox();
        const label = `${selector} "${(await control.innerText().catch(() => '')).trim()}"`;
        if (!box || box.y < -1 || box.x < -1 || box.y + box.height > height + 1 || box.x + box.width > width + 1) outside.push(label);
      }
    }
    // The text box shows a few words of what is typed, not a sliver beside the buttons.
    const text = page.locator('#text');
    if (await text.isVisible()) {
      const box = await text.boundingBox();
      if (!box || box.width < MIN_TEXT_BOX_PX) outside.push(`#text, ${String(Math.round(box?.width ?? 0))} px wide (under ${MIN_TEXT_BOX_PX})`);
    }
    // Nor does the page scroll sideways: a driver's thumb on a mounted phone would drag it off the text.
    const pageWidth = await page.evaluate('document.documentElement.scrollWidth');
    if (typeof pageWidth !== 'number' || pageWidth > width + 1) outside.push(`the page itself (${String(pageWidth)} px wide)`);
    expect({ at: what, held: name, outside }).toEqual({ at: what, held: name, outside: [] });
  };

  /** Does what sends a line (or opens the coach) and waits until the reply has been given in full. */
  const exchange = async (action: () => Promise<unknown>): Promise<void> => {
    const response = page.waitForResponse((r) => /\/console\/api\/(open|say)$/.test(new URL(r.url()).pathname), { timeout: 60000 });
    await action();
    await response;
    await page.locator('#answers.revealed, #restart:not([hidden])').first().waitFor({ timeout: 60000 });
  };
  const tap = (answer: string) => page.locator('#choices button', { hasText: answer }).click();
  const enter = async (keys: string): Promise<void> => {
    for (const key of keys) await page.locator(key === '.' ? '#keypad-point' : `#keypad button[data-digit="${key}"]`).click();
    await page.locator('#keypad-send').click();
  };

  it('keeps every control of each step on screen, from setup to a chart in the middle of a workout', async () => {
    await exchange(() => page.goto(`${app.url}/?speed=40&mute=1`));
    await expectControlsInView('units question');
    await exchange(() => tap('Pounds'));
    await exchange(() => tap('Left'));
    await expect(page.locator('#keypad-point').isVisible()).resolves.toBe(true);
    await expectControlsInView('weight keypad');

    // A weight takes a decimal point: 12.5 lb is sent as it was keyed.
    await exchange(() => enter('12.5'));
    await expect(page.locator('#st-exercise').innerText()).resolves.toBe('Single-arm dumbbell row, 12.5 lb');
    await expectControlsInView('is the truck parked');
    await exchange(() => tap('Yes'));
    await expectControlsInView('ready for the first side');
    await exchange(() => tap('Go'));
    // Reps are whole: no decimal point where a count is asked.
    await expect(page.locator('#keypad-point').isVisible()).resolves.toBe(false);
    await expectControlsInView('count keypad');
    await exchange(() => enter('9'));
    await exchange(() => enter('13'));
    await expect(page.locator('#card-title').innerText()).resolves.toMatch(/baseline test/i);
    await expectControlsInView('baseline result');

    // The test's card belongs to the test: it is put away once the workout is under way.
    await exchange(() => tap('Yes'));
    await expect(page.locator('#card').isHidden()).resolves.toBe(true);
    await expect(page.locator('#st-activity').innerText()).resolves.toMatch(/workout/i);
    await expectControlsInView('first workout, ready');

    // The chart never pushes the keypad or the text box off the screen.
    await exchange(() => tap('Go'));
    await expect(page.locator('#keypad').isVisible()).resolves.toBe(true);
    await exchange(async () => {
      await page.locator('#text').fill('how am I doing');
      await page.locator('#text').press('Enter');
    });
    await expect(page.locator('#progress').isVisible()).resolves.toBe(true);
    await page.locator('#progress').evaluate((details) => ((details as unknown as { open: boolean }).open = true));
    await expectControlsInView('progress chart mid-workout');
    await expect(page.locator('#keypad').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  }, 240000);
});

afterAll(() => {
  if (chromiumAvailable) process.stdout.write(`Screenshots of each layout: ${SHOTS}\n`);
});
