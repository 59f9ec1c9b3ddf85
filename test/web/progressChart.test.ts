/**
 * The browser console's progress chart in real headless Chromium (Debian's `chromium`, driven by playwright-core),
 * in front of the real console router, service, NLU and a lowdb store (./consoleApp). The driver's history, a
 * baseline test and two workouts, is made by the real coach and stored for the page's user; the driver then types
 * "how am I doing" and sees each workout's and the test's bars, numbers and dates.
 *
 * Chromium is looked for at $CHROMIUM_PATH, else /usr/bin/chromium; without it the test fails in CI and is skipped
 * elsewhere. Set BACKCOACH_SCREENSHOT_DIR to keep a screenshot of the chart.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeWithChromium, PAGE_DEADLINE_MS } from '../support/chromium';
import { userIdFor } from '../../src/web/consoleRouter';
import { Conversation, fastForward } from '../../support/conversation';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

const CONVERSATION = 'progress-chart-test';
/** Friday, May 10, 2024, 10:00 in Chicago: an hour after the third workout. */
const FRIDAY = new Date('2024-05-10T15:00:00Z');

describeWithChromium('the progress chart in the browser console', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let finishers: number[] = [];

  beforeAll(async () => {
    app = await startConsoleApp({ clock: () => FRIDAY });
    // Baseline (left 9, right 13) on Monday, May 6, then workouts that Monday, on Wednesday, May 8 and on Friday, May 10.
    const history = fastForward(new Conversation({ userId: userIdFor(CONVERSATION) }), {
      workouts: 3,
      plan: (i) => ({ rows: i < 2 ? [12, 12, 12] : [10, 11, 9] }),
    });
    finishers = history.doc.workouts.map((w) => w.finisherReps ?? 0);
    await app.store.update(history.userId, () => ({ next: history.doc, result: null }));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/Chicago' });
    await context.addInitScript(`window.localStorage.setItem('backcoach.conversationId', '${CONVERSATION}');`);
    page = await context.newPage();
    page.setDefaultTimeout(PAGE_DEADLINE_MS);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const replied = () => page.waitForResponse((r) => /\/console\/api\/(open|say)$/.test(new URL(r.url()).pathname), { timeout: PAGE_DEADLINE_MS });
  const given = () => page.locator('#answers.revealed, #restart:not([hidden])').first().waitFor({ timeout: PAGE_DEADLINE_MS });

  it('asked "how am I doing", it draws the weak side\'s sets and the weight per workout, the step up and the baseline\'s gap', async () => {
    const opened = replied();
    await page.goto(`${app.url}/?speed=0&mute=1`);
    await opened;
    await given();
    await expect(page.locator('#progress').isVisible()).resolves.toBe(false);

    const answered = replied();
    await page.locator('#text').fill('how am I doing');
    await page.locator('#send').click();
    await answered;
    await given();
    await expect(page.locator('#progress').isVisible()).resolves.toBe(true);
    await expect(page.locator('#progress').getAttribute('open')).resolves.not.toBeNull();
    await expect(page.locator('#progress-legend .key').allInnerTexts()).resolves.toEqual([
      'Left side reps per set',
      '12 reps',
      'Weight (lb)',
      'Step up',
      'Test: Left and Right side',
    ]);

    const chart = page.locator('#progress-charts svg');
    await expect(chart.locator('title').textContent()).resolves.toMatch(/Left side reps per set of rows and the weight/);
    // The baseline's column, then three workouts: the day under each.
    await expect(chart.locator('text.label.axis').allTextContents()).resolves.toEqual(['0', 'May 6', 'May 6', 'May 8', 'May 10']);
    await expect(chart.locator('text.label.gap').allTextContents()).resolves.toEqual(['Baseline', 'Gap 4 (31%)']);
    // Twelve reps in every set of two workouts earned the third a step up, marked with its weight.
    await expect(chart.locator('text.label.step').allTextContents()).resolves.toEqual(['▲40']);
    await expect(chart.locator('text.label.weight').allTextContents()).resolves.toEqual(['35']);
    // A dot per set of the weak side (three workouts of three sets), none for the strong side's sets.
    const dots = await chart.locator('path.mark.reps').getAttribute('d');
    expect(dots?.match(/M/g)).toHaveLength(9);
    await expect(chart.locator('path.mark.testStrong').count()).resolves.toBe(1);
    // The marks are drawn, not only in the page's tree: coloured, and of a size.
    const box = await chart.locator('path.mark.reps').boundingBox();
    expect(box && box.width > 40 && box.height > 4).toBe(true);
    const fillOf = (selector: string): Promise<unknown> => page.evaluate(`getComputedStyle(document.querySelector('#progress-charts ${selector}')).fill`);
    await expect(fillOf('path.mark.reps')).resolves.toBe('rgb(245, 166, 35)');
    await expect(fillOf('path.mark.step')).resolves.toBe('rgb(95, 208, 104)');
    expect(finishers).toHaveLength(3);

    const shot = process.env.BACKCOACH_SCREENSHOT_DIR;
    if (shot) await page.screenshot({ path: join(shot, 'backcoach-console-progress.png') });
    expect(problems).toEqual([]);
  }, 300000);
});
