/**
 * A browser page's clock held by the test where the page and the test would otherwise race: the test acts inside a
 * timed stretch (a rest it skips, a set it answers early, a count it reads) that, on a busy machine, could end before
 * the test gets there. The clock is Playwright's (`clock.install()` before the page loads); it runs on its own until
 * held, then the page's timers fire only as the test moves it on, and it runs on its own again once released.
 */
import type { Locator, Page } from 'playwright-core';

/** How far the clock moves per step while held: well under any stretch the tests act in, even at ?speed=40. */
const STEP_MS = 50;
/** How much page time may run while waiting for a moment to come: a guard against a hang. */
const LIMIT_MS = 10 * 60_000;
/** How far ahead of the page's time a hold may be aimed before giving up. */
const MOST_AHEAD_MS = 120_000;

/**
 * Holds the page's clock. Called while the page waits for the user, with nothing timed under way: Playwright pauses
 * at a time ahead of the page's own, so the pause is aimed a little ahead (an idle page loses nothing by the jump).
 */
export async function holdClock(page: Page): Promise<void> {
  for (let ahead = 1000; ; ahead *= 2) {
    const now = await page.evaluate(() => Date.now());
    try {
      return await page.clock.pauseAt(now + ahead);
    } catch (error) {
      // The page's time passed the mark before the pause reached it (a busy machine): aim further ahead.
      if (!/past/.test(String(error)) || ahead > MOST_AHEAD_MS) throw error;
    }
  }
}

/** Moves the held clock on in small steps until `moment` is visible; the clock stays held there. */
export async function runClockUntil(page: Page, moment: Locator): Promise<void> {
  for (let ran = 0; !(await moment.isVisible()); ran += STEP_MS) {
    if (ran > LIMIT_MS) throw new Error(`Not shown after ${ran / 1000} s of the page's time: ${String(moment)}`);
    await page.clock.runFor(STEP_MS);
  }
}

/** Lets the page's clock run on its own again. */
export const releaseClock = (page: Page): Promise<void> => page.clock.resume();
