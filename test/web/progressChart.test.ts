/**
 * The browser console's progress chart in real headless Chromium (Debian's `chromium`, driven by playwright-core),
 * in front of the real console router, service, NLU and a lowdb store (./consoleApp). The driver's history, a
 * baseline test and two workouts, is made by the real coach and stored for the page's user; the driver then types
 * "how am I doing" and sees each workout's and the test's bars, numbers and dates.
 *
 * Chromium is looked for at $CHROMIUM_PATH, else /usr/bin/chromium; without it the test fails in CI and is skipped
 * elsewhere. Set BACKCOACH_SCREENSHOT_DIR to keep a screenshot of the chart.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { userIdFor } from '../../src/web/consoleRouter';
import { Conversation, fastForward } from '../../support/conversation';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

/** How long the page may take to show what it waits for: a guard against a hang, generous for a busy machine. */
const PAGE_DEADLINE_MS = 120_000;

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available && process.env.CI) throw new Error(`Chromium is not installed at ${executablePath} (apt-get install chromium)`);
const describeWithChromium = available ? describe : describe.skip;

/** An element of the page, as far as the functions run inside it use it (this project's types have no DOM). */
interface PageNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PageNode>;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CONVERSATION = 'progress-chart-test';
/** Friday, May 10, 2024, 10:00 in Chicago: two days after the second workout. */
const FRIDAY = new Date('2024-05-10T15:00:00Z');

describeWithChromium('the progress chart in the browser console', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let finishers: number[] = [];

  beforeAll(async () => {
    app = await startConsoleApp({ clock: () => FRIDAY });
    // Baseline (left 9, right 13) on Monday, May 6, then workouts that Monday and on Wednesday, May 8.
    const history = fastForward(new Conversation({ userId: userIdFor(CONVERSATION) }), {
      workouts: 2,
      plan: (i) => ({ rows: i === 0 ? [10, 10, 10] : [12, 11, 12] }),
    });
    finishers = history.doc.workouts.map((w) => w.finisherReps ?? 0);
    await app.store.update(history.userId, () => ({ next: history.doc, result: null }));
    browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
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

  it('asked "how am I doing", it shows each workout\'s rows per side and the baseline\'s gap', async () => {
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
    await expect(page.locator('#progress-legend').innerText()).resolves.toMatch(/Left \(weak\)\s+Right \(strong\)/);

    const charts = page.locator('#progress-charts svg');
    await expect(charts.locator('.chart-title').allTextContents()).resolves.toEqual(['Rows per workout', 'Max-rep tests']);
    const workouts = charts.nth(0).locator('g.bars');
    await expect(workouts.evaluateAll((groups: PageNode[]) => groups.map((g) => g.getAttribute('data-label')))).resolves.toEqual(['May 6', 'May 8']);
    // The weak side's rows include its finisher; the strong side stops at the weak side's number every set.
    const numbers = await workouts.evaluateAll((groups: PageNode[]) => groups.map((g) => Array.from(g.querySelectorAll('.bar-value'), (t) => t.textContent)));
    expect(numbers).toEqual([
      [String(30 + finishers[0]!), '30'],
      [String(35 + finishers[1]!), '35'],
    ]);
    const heights = await workouts.evaluateAll((groups: PageNode[]) => groups.map((g) => Array.from(g.querySelectorAll('rect'), (r) => Number(r.getAttribute('height')))));
    expect(heights[1]![0]).toBeGreaterThan(heights[0]![0]!);
    expect(heights[0]![0]).toBeGreaterThan(heights[0]![1]!);

    const test = charts.nth(1).locator('g.bars');
    await expect(test.locator('.bar-label').allTextContents()).resolves.toEqual(['Baseline May 6']);
    await expect(test.locator('.bar-note').allTextContents()).resolves.toEqual(['Gap 4 (31%)']);
    await expect(test.locator('.bar-value').allTextContents()).resolves.toEqual(['9', '13']);
    // The bars are drawn, not only in the page's tree.
    const box = await charts.nth(0).locator('rect.bar.weak').first().boundingBox();
    expect(box && box.width > 4 && box.height > 20).toBe(true);

    const shot = process.env.BACKCOACH_SCREENSHOT_DIR;
    if (shot) await page.screenshot({ path: join(shot, 'backcoach-console-progress.png') });
    expect(problems).toEqual([]);
  }, 300000);
});
