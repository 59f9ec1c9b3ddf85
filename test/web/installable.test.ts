/**
 * The browser page as a web app a driver adds to the home screen, in real headless Chromium: its manifest and icons,
 * Chromium's own installability check (DevTools' Page.getInstallabilityErrors), the service worker looking after the
 * whole page and keeping its modules at once, and the page opening without the network and saying plainly that the coach cannot be reached.
 *
 * Chromium is looked for at $CHROMIUM_PATH, else /usr/bin/chromium; without it the test fails in CI and is skipped
 * elsewhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, describeWithChromium } from '../support/chromium';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string }[];
}

/** A PNG's width and height, from its header. */
const pngSize = (png: Buffer): string => `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;

describeWithChromium('the page as an installable web app, in Chromium', () => {
  let app: ConsoleApp;
  // A profile of its own on disk: Chromium does not offer to install a web app in an incognito window.
  const profile = mkdtempSync(join(tmpdir(), 'backcoach-profile-'));
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startConsoleApp();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${app.url}/?mute=1&speed=40`);
    await page.locator('#answers.revealed').waitFor({ timeout: 60000 });
  }, 120000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('has a manifest with a name, a start page, a standalone display and icons of the sizes it names', async () => {
    const fetched = await page.evaluate<{ type: string | null; manifest: Manifest }>(`(async () => {
      const response = await fetch(document.querySelector('link[rel="manifest"]').href);
      return { type: response.headers.get('content-type'), manifest: await response.json() };
    })()`);
    expect(fetched.type).toMatch(/^application\/manifest\+json/);
    const { manifest } = fetched;
    expect(manifest).toMatchObject({ name: 'Back Coach', short_name: 'Back Coach', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const png = await page.evaluate<{ status: number; header: number[] }>(`(async () => {
        const response = await fetch(${JSON.stringify(icon.src)});
        return { status: response.status, header: [...new Uint8Array(await response.arrayBuffer()).slice(0, 24)] };
      })()`);
      expect({ src: icon.src, status: png.status, size: pngSize(Buffer.from(png.header)) }).toEqual({ src: icon.src, status: 200, size: icon.sizes });
    }
  });

  it('passes Chromium\'s installability check, with a service worker that looks after the whole page', async () => {
    const scope = await page.evaluate<string>('navigator.serviceWorker.ready.then((registration) => registration.scope)');
    expect(scope).toBe(`${app.url}/`);
    const devtools = await context.newCDPSession(page);
    const { installabilityErrors } = (await devtools.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
  });

  it('keeps every module the page loaded as soon as its worker is installed, before the page is opened again', async () => {
    const { loaded, missing } = await page.evaluate<{ loaded: string[]; missing: string[] }>(`(async () => {
      await navigator.serviceWorker.ready;
      const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/console/static/') && path.endsWith('.js'));
      const missing = [];
      for (const path of loaded) if (!(await caches.match(path))) missing.push(path);
      return { loaded, missing };
    })()`);
    expect(loaded).toContain('/console/static/main.js');
    expect(loaded.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('opens without the network and says the coach cannot be reached, then talks again once it is back', async () => {
    // The page is looked after by the worker once the worker controls it.
    await page.reload();
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 60000 });
    await page.locator('#answers.revealed').waitFor({ timeout: 60000 });

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1').innerText()).resolves.toBe('Back Coach');
    await page.locator('#transcript li', { hasText: 'Could not reach the coach' }).waitFor({ timeout: 60000 });
    await expect(page.locator('#text').isVisible()).resolves.toBe(true);

    await context.setOffline(false);
    await page.reload();
    await page.locator('#answers.revealed').waitFor({ timeout: 60000 });
    await expect(page.locator('#transcript li', { hasText: 'Could not reach the coach' }).count()).resolves.toBe(0);
  }, 180000);
});
