/**
 * When the console's server refuses a line or fails, the driver reads the page's own words for it, in the page's
 * language, never the server's message (English, for developers): in real headless Chromium in front of the real
 * console router, service and store (./consoleApp), whose guard fails the next line as a server can: an error inside
 * (500), a proxy's page that is no JSON (502), and a line longer than the API takes, as speech recognition can write
 * one. (A 401 from the password guard is met by the browser's own password prompt first.)
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RequestHandler } from 'express';
import { PAGE_EN } from '../../src/languages/en/page';
import { PAGE_ES } from '../../src/languages/es/page';
import type { PageTable } from '../../src/languages/words';
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeWithChromium, PAGE_DEADLINE_MS } from '../support/chromium';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

type Failure = 'inside' | 'proxy' | null;

/** The server's own messages for these failures (src/json/errors.ts, src/web/consoleRouter.ts). */
const SERVER_MESSAGES = /Something went wrong on the server|text must be|Bad gateway/;

describeWithChromium("the page words the server's errors itself, in its language", () => {
  let app: ConsoleApp;
  let browser: Browser;
  /** How the server fails the next line the page sends; null: it answers. */
  let failNext: Failure = null;

  const guard: RequestHandler = (req, res, next) => {
    if (req.originalUrl !== '/console/api/say') return next();
    const failure = failNext;
    failNext = null;
    if (failure === 'inside') next(new Error('the store is out of space'));
    else if (failure === 'proxy') res.status(502).type('html').send('<html><body>Bad gateway</body></html>');
    else next();
  };

  beforeAll(async () => {
    app = await startConsoleApp({ guard });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const opened = async (locale: string): Promise<Page> => {
    const context = await browser.newContext({ locale, timezoneId: 'America/Chicago' });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_DEADLINE_MS);
    await page.goto(`${app.url}/?speed=40&mute=1`);
    await page.locator('#answers.revealed, #restart:not([hidden])').first().waitFor();
    return page;
  };

  /** Sends a line the server fails as asked, and returns the note the page shows for it. */
  const noteFor = async (page: Page, failure: Failure, line = 'doce'): Promise<string> => {
    failNext = failure;
    const notes = page.locator('#transcript li.note');
    const before = await notes.count();
    await page.locator('#text').fill(line);
    await page.locator('#text').press('Enter');
    await notes.nth(before).waitFor();
    return (await notes.nth(before).innerText()).trim();
  };

  const note = (words: PageTable, why: string): string => words.CANNOT_REACH.replace('{{why}}', why);

  it.each<[string, PageTable]>([
    ['es-MX', PAGE_ES],
    ['en-US', PAGE_EN],
  ])('in %s, each failure is told in the page words for its code, and the driver can answer again', async (locale, words) => {
    const page = await opened(locale);
    const shown = [
      await noteFor(page, 'inside'),
      await noteFor(page, 'proxy'),
      // A line longer than the API takes, as speech recognition can write one (the text box stops typing at 500).
      await (async () => {
        await page.locator('#text').evaluate((input: { removeAttribute(name: string): void }) => input.removeAttribute('maxlength'));
        return noteFor(page, null, 'doce '.repeat(120));
      })(),
    ];
    expect(shown).toEqual([
      note(words, words.SERVER_FAILED),
      note(words, words.SERVER_ANSWERED.replace('{{status}}', '502')),
      note(words, words.LINE_TOO_LONG),
    ]);
    for (const text of shown) expect(text).not.toMatch(SERVER_MESSAGES);
    // The question is still open: the answers are offered again.
    await page.locator('#answers.revealed').waitFor();
    await page.context().close();
  }, 300000);
});
