/**
 * Real headless Chromium for the browser tests (Debian's `chromium`, driven by playwright-core), looked for at
 * $CHROMIUM_PATH, else /usr/bin/chromium: without it a test that describes itself with `describeWithChromium` fails in
 * CI and is skipped elsewhere.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
if (!chromiumAvailable && process.env.CI) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium)`);
export const describeWithChromium = chromiumAvailable ? describe : describe.skip;

/** Headless, and quiet: none of Chromium's own fetches in the background while a test runs. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** How long a page may take to show what a test waits for: a guard against a hang, generous for a busy machine. */
export const PAGE_DEADLINE_MS = 120_000;
