/**
 * The browser page for a Spanish-speaking driver, in real headless Chromium with a Mexican Spanish browser (es-MX) on
 * the smallest phone the page is laid out for (360x640), in front of the real console router, service, NLU and a lowdb
 * store (./consoleApp): the page's own words are Spanish and fit the screen, the coach answers in Spanish, the switch
 * turns the page English and the choice outlives a reload; and the voice speaks Spanish, or says plainly that the
 * browser has no Spanish voice.
 *
 * The answer buttons send the phrases the coach gave with its reply. A whole first use, baseline test and workout is
 * played too, its lines typed in Spanish (the local NLU reads Spanish) and its buttons tapped: what the coach says, the
 * rep counter, the panel and the workout's summary card are checked as the driver would see them.
 *
 * Chromium is looked for at $CHROMIUM_PATH, else /usr/bin/chromium; without it the test fails in CI and is skipped
 * elsewhere. Set BACKCOACH_SCREENSHOT_DIR to keep a screenshot of each step whose fit is checked.
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ConsoleAnswer } from '../../src/console/answer';
import { PAGE_EN } from '../../src/languages/en/page';
import { PAGE_ES } from '../../src/languages/es/page';
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeWithChromium, PAGE_DEADLINE_MS } from '../support/chromium';
import { startConsoleApp, type ConsoleApp } from './consoleApp';

const SMALL_PHONE = { width: 360, height: 640 };
const FAST = '?speed=40&mute=1';
/** Where a screenshot of each step is kept, when set. */
const SHOTS = process.env.BACKCOACH_SCREENSHOT_DIR;

/** The controls and labels a driver reads or taps, each checked where it is shown. */
const SHOWN = ['.bar h1', '#sound', '#handsfree-label', '#language', '#mic', '#choices button', '#keypad button', '.keypad-display', '#text', '#send', '#status dd'];

/** Words only Spanish has, and none of the English ones every English reply is full of. */
const spanish = (text: string): boolean => /[¿¡áéíóúñ]|\b(tu|te|el|lado|los|las|de|que|con|para|bien)\b/i.test(text) && !/\b(the|your|you|what|which)\b/i.test(text);

/** What the coach says in a reply, its words only. */
const words = (reply: ConsoleAnswer): string =>
  reply.speech.flatMap((segment) => (segment.kind === 'text' ? [segment.text] : [])).join(' ');

describeWithChromium('the page for a Spanish-speaking driver, in Chromium on a small phone', () => {
  let app: ConsoleApp;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    app = await startConsoleApp();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const newPhone = async (init?: string): Promise<{ context: BrowserContext; page: Page; opened: Record<string, unknown>[] }> => {
    const context = await browser.newContext({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_DEADLINE_MS);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    const opened: Record<string, unknown>[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/console/api/open') opened.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
    });
    return { context, page, opened };
  };

  /** Does what sends a line (or opens the coach) and returns the reply once the page has given it in full. */
  const exchange = async (page: Page, action: () => Promise<unknown>): Promise<ConsoleAnswer> => {
    const response = page.waitForResponse((r) => /\/console\/api\/(open|say)$/.test(new URL(r.url()).pathname), { timeout: PAGE_DEADLINE_MS });
    await action();
    const reply = (await (await response).json()) as ConsoleAnswer;
    await page.locator('#answers.revealed, #restart:not([hidden])').first().waitFor({ timeout: PAGE_DEADLINE_MS });
    return reply;
  };

  /** An element's words as the page wrote them (the style sheet may show a heading in capitals). */
  const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();
  const choices = (page: Page): Promise<string[]> => page.locator('#choices:not([hidden]) button').allInnerTexts();

  /** Every control and label shown is wholly on the screen, its words not cut off, and the page does not scroll sideways. */
  const expectEverythingFits = async (page: Page, step: string): Promise<void> => {
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `spanish-360x640-${step.replace(/\W+/g, '-')}.png`) });
    const misfits: string[] = [];
    for (const selector of SHOWN) {
      for (const shown of await page.locator(selector).all()) {
        if (!(await shown.isVisible())) continue;
        const label = `${selector} "${(await shown.innerText().catch(() => '')).trim()}"`;
        const box = await shown.boundingBox();
        if (!box || box.x < -1 || box.y < -1 || box.x + box.width > SMALL_PHONE.width + 1 || box.y + box.height > SMALL_PHONE.height + 1) misfits.push(`${label} is off the screen`);
        const cut = await shown.evaluate((element: { scrollWidth: number; clientWidth: number }) => element.scrollWidth > element.clientWidth + 1);
        if (cut) misfits.push(`${label} does not fit in itself`);
      }
    }
    const pageWidth = await page.evaluate('document.documentElement.scrollWidth');
    if (typeof pageWidth !== 'number' || pageWidth > SMALL_PHONE.width + 1) misfits.push(`the page is ${String(pageWidth)} px wide`);
    expect({ step, misfits }).toEqual({ step, misfits: [] });
  };

  it('shows its words in Spanish, gets Spanish answers, fits a small phone, and turns English with the switch for good', async () => {
    const { context, page, opened } = await newPhone();
    const opening = await exchange(page, () => page.goto(`${app.url}/${FAST}`));

    // The browser is Mexican Spanish: the page's words are Spanish, and the coach is opened in es-MX.
    expect(opened[0]).toMatchObject({ locale: 'es-MX', timeZone: 'America/Mexico_City' });
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('es');
    await expect(text(page, '#send')).resolves.toBe(PAGE_ES.SEND);
    await expect(text(page, '#status-title')).resolves.toBe(PAGE_ES.WHERE_YOU_ARE);
    await expect(text(page, '#status-empty')).resolves.toBe(PAGE_ES.NOTHING_IN_PROGRESS);
    await expect(page.locator('#text').getAttribute('placeholder')).resolves.toBe(PAGE_ES.TYPE_HERE);
    await expect(text(page, '#language-name')).resolves.toBe('English');
    await expect(page.locator('#keypad-clear').getAttribute('aria-label')).resolves.toBe(PAGE_ES.CLEAR_NUMBER);
    // The coach's first words (its safety notice) are Spanish, and so are the buttons that answer it.
    expect(spanish(words(opening))).toBe(true);
    await expect(page.locator('#transcript li.coach .who').first().innerText()).resolves.toBe(PAGE_ES.COACH);
    expect(await choices(page)).toEqual(opening.expects?.choices.map((c) => PAGE_ES[`CHOICE_${c.id}`]));
    await expectEverythingFits(page, 'units question');

    // A button answers with the coach's phrase for it; the transcript shows the button's Spanish words.
    const firstChoice = opening.expects?.choices[0];
    if (!firstChoice) throw new Error('The opening asks nothing to tap');
    const units = await exchange(page, () => page.locator('#choices button').first().click());
    expect(units.heard).not.toBeNull();
    expect(spanish(words(units))).toBe(true);
    await expect(page.locator('#transcript li.you').last().innerText()).resolves.toBe(`${PAGE_ES.YOU}${PAGE_ES[`CHOICE_${firstChoice.id}`]}`);
    expect(await choices(page)).toEqual([PAGE_ES.CHOICE_left, PAGE_ES.CHOICE_right]);

    const side = await exchange(page, () => page.locator('#choices button', { hasText: PAGE_ES.CHOICE_left }).click());
    expect(spanish(words(side))).toBe(true);
    await expect(text(page, '#st-activity')).resolves.toBe(PAGE_ES.BASELINE_TEST);
    await expect(text(page, '#keypad-label')).resolves.toMatch(/^Peso en (kilos|libras)$/);
    await expect(text(page, '#keypad-range')).resolves.toMatch(/^[\d.]+ a \d+$/);
    await expectEverythingFits(page, 'weight keypad');

    // A typed line gets its answer in Spanish, whatever it was understood as.
    const typed = await exchange(page, async () => {
      await page.locator('#text').fill('no sé cuánto pesa');
      await page.locator('#text').press('Enter');
    });
    expect(spanish(words(typed))).toBe(true);
    const newest = await page.locator('#transcript li.coach').last().innerText();
    expect(newest.startsWith(PAGE_ES.COACH)).toBe(true);
    expect(spanish(newest)).toBe(true);
    await expectEverythingFits(page, 'after a typed line');

    // The switch turns the page's words English at once, the panel and the keypad included.
    await page.locator('#language').click();
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('en');
    await expect(text(page, '#send')).resolves.toBe(PAGE_EN.SEND);
    await expect(text(page, '#language-name')).resolves.toBe('Español');
    await expect(text(page, '#st-activity')).resolves.toBe(PAGE_EN.BASELINE_TEST);
    if (await page.locator('#keypad').isVisible()) await expect(text(page, '#keypad-label')).resolves.toMatch(/^Weight in (kilograms|pounds)$/);

    // The choice is kept: reloaded, the page is English and opens the coach in English, in US English.
    const reopened = await exchange(page, () => page.reload());
    expect(opened[opened.length - 1]).toMatchObject({ locale: 'en-US' });
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('en');
    await expect(text(page, '#send')).resolves.toBe(PAGE_EN.SEND);
    await expect(text(page, '#status-title')).resolves.toBe(PAGE_EN.WHERE_YOU_ARE);
    expect(spanish(words(reopened))).toBe(false);
    expect(words(reopened)).toMatch(/\b(you|your|the)\b/i);
    await expectEverythingFits(page, 'English after the switch');
    await context.close();
    expect(problems).toEqual([]);
  }, 300000);

  /** Records each number the rep counter shows, in order, from before the page's own scripts run. */
  const REP_COUNTER_PROBE = `(() => {
    window.repsShown = [];
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver(() => {
        const rep = document.getElementById('rep');
        const shown = rep && !rep.hidden ? rep.innerText.replace(/\\s+/g, ' ').trim() : '';
        if (shown && window.repsShown[window.repsShown.length - 1] !== shown) window.repsShown.push(shown);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  })();`;

  it('takes a Spanish-speaking driver through first use, the baseline test and a whole workout, typed in Spanish and tapped', async () => {
    const { context, page } = await newPhone(REP_COUNTER_PROBE);
    const typing = (line: string) =>
      exchange(page, async () => {
        await page.locator('#text').fill(line);
        await page.locator('#text').press('Enter');
      });
    const tapping = (label: string) => exchange(page, () => page.locator('#choices button', { hasText: label }).click());
    const said = (reply: ConsoleAnswer): string => {
      const text = words(reply);
      expect({ text, spanish: spanish(text) }).toEqual({ text, spanish: true });
      return text;
    };
    const repsShown = (): Promise<string[]> => page.evaluate<string[]>('window.repsShown.splice(0)');
    const counted = (n: number): string[] => Array.from({ length: n }, (_, i) => `${PAGE_ES.REP} ${i + 1} ${PAGE_ES.REP_OF} ${n}`);

    said(await exchange(page, () => page.goto(`${app.url}/${FAST}`)));
    // First use: the units typed, the weak side tapped, the weight typed in words, the truck said to be parked.
    expect(said(await typing('sí, en kilos'))).toMatch(/^(Muy bien, en kilos\.|Entendido, kilos\.)/);
    expect(said(await tapping(PAGE_ES.CHOICE_left))).toContain('de 18 a 22 kilos');
    await expect(text(page, '#st-activity')).resolves.toBe(PAGE_ES.BASELINE_TEST);
    expect(said(await typing('veinte kilos'))).toMatch(/^20 kilos\. .*¿Está estacionado\?$/);
    expect(await choices(page)).toEqual([PAGE_ES.CHOICE_yes, PAGE_ES.CHOICE_no]);
    expect(said(await tapping(PAGE_ES.CHOICE_yes))).toMatch(/Di ya cuando tengas la mancuerna en la mano del lado izquierdo\.$/);
    await expect(text(page, '#st-exercise')).resolves.toBe('Remo a una mano con mancuerna, 20 kg');

    // The baseline test: the first side's count typed, the rest, the other side's count typed.
    said(await tapping(PAGE_ES.CHOICE_go));
    expect(said(await typing('hice nueve'))).toMatch(/^(Bien, )?9 del lado izquierdo\. .*Descansa 60 segundos\./);
    const result = said(await typing('trece'));
    expect(result).toMatch(/^Izquierdo 9, derecho 13\. Es una diferencia de 4 repeticiones, 31 por ciento\./);
    expect(result).toMatch(/¿Quieres empezar tu primer entrenamiento ahora\?$/);
    await expect(text(page, '#card-title')).resolves.toMatch(/prueba inicial/i);

    // The workout: the strong side counted on the rep counter, in Spanish.
    expect(said(await typing('sí'))).toMatch(/Serie 1 de 3: remo a una mano con mancuerna, 20 kilos, primero el lado izquierdo\./);
    await expect(text(page, '#st-activity')).resolves.toBe(PAGE_ES.WORKOUT);
    await expect(text(page, '#st-step')).resolves.toBe('Serie 1 de 3');
    said(await tapping(PAGE_ES.CHOICE_go));
    await repsShown();
    expect(said(await typing('hice diez'))).toMatch(/uno dos tres cuatro cinco seis siete ocho nueve diez Para\. Son 10\..*Serie 2 de 3, lado izquierdo\./);
    expect(await repsShown()).toEqual(counted(10));
    // A slip of the thumb, confirmed, taken back.
    expect(said(await typing('treinta'))).toBe('Es un cambio grande desde 10. ¿Dijiste 30?');
    expect(said(await typing('no, once'))).toMatch(/^(Bien, )?11 del lado izquierdo\. Derecho: exactamente 11, y paras\./);
    expect(await repsShown()).toEqual(counted(11));
    const toFinisher = said(await typing('doce'));
    expect(toFinisher).toMatch(/Serie final: solo tu lado izquierdo, de 8 a 10 repeticiones\./);
    expect(await repsShown()).toEqual(counted(12));
    await expect(text(page, '#st-step')).resolves.toBe(PAGE_ES.FINISHER);

    // The finisher, the band pulldowns, the carries.
    expect(said(await typing('nueve'))).toMatch(/^(Bien, )?9 en la serie final\..*Serie 1 de 2: jalón con banda a una mano/);
    expect(await repsShown()).toEqual([]);
    await expect(text(page, '#st-exercise')).resolves.toBe('Jalón con banda a una mano');
    said(await typing('doce'));
    expect(said(await typing('doce repeticiones'))).toMatch(/Ronda 1 de 2: caminata de maleta, 20 kilos, .*¿Cuántos segundos la cargaste con la mano del lado izquierdo\?$/);
    await expect(text(page, '#st-exercise')).resolves.toBe('Caminata de maleta, 20 kg');
    expect(said(await typing('lo aguanté veinte segundos'))).toMatch(/^(Bien, )?20 segundos del lado izquierdo\./);
    await expect(text(page, '#st-step')).resolves.toBe('Ronda 2 de 2');

    // The last count ends the workout: the summary is said and shown, in Spanish, and the panel empties.
    const done = await typing('dieciocho segundos');
    expect(done.endSession).toBe(true);
    expect(said(done)).toMatch(/Terminamos el entrenamiento\. Remos de hoy: 10, 11 y 12\..*tu próximo entrenamiento puede ser el miércoles\./);
    await expect(page.locator('#restart').isVisible()).resolves.toBe(true);
    await expect(page.locator('#status-empty').isVisible()).resolves.toBe(true);
    await expect(text(page, '#card-title')).resolves.toBe('Back Coach: entrenamiento');
    const summary = await page.locator('#card-text').textContent();
    for (const line of ['Peso: 20 kilos. Lado débil: izquierdo.', 'remos: 10, 11, 12', 'serie final (solo izquierdo): 9', 'jalones con banda: 12, 12', 'caminatas de maleta: 20s, 18s']) {
      expect(summary).toContain(line);
    }
    const transcript = await page.locator('#transcript li').allInnerTexts();
    expect(transcript.filter((line) => line.startsWith(PAGE_ES.YOU))).toContain(`${PAGE_ES.YOU}no, once`);
    await context.close();
    expect(problems).toEqual([]);
  }, 600000);

  /**
   * The browser's voices, stood in for (headless Chromium has none): `voices` are what it lists; each utterance is
   * recorded with its language and voice and ends at once.
   */
  const fakeVoices = (voices: { name: string; lang: string }[]): string => `(() => {
    const voices = ${JSON.stringify(voices)};
    window.spoken = [];
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
    const synth = {
      getVoices: () => voices,
      speak(utterance) {
        window.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice ? utterance.voice.name : null });
        setTimeout(() => utterance.onend && utterance.onend(), 0);
      },
      cancel() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
  })();`;

  it('speaks in a Mexican Spanish voice when the browser has one', async () => {
    const { context, page } = await newPhone(fakeVoices([{ name: 'US English', lang: 'en-US' }, { name: 'Spain', lang: 'es-ES' }, { name: 'Mexico', lang: 'es_MX' }]));
    await exchange(page, () => page.goto(`${app.url}/?speed=40`));
    const spoken = await page.evaluate<{ text: string; lang: string; voice: string | null }[]>('window.spoken');
    expect(spoken.length).toBeGreaterThan(0);
    for (const utterance of spoken) expect(utterance).toMatchObject({ lang: 'es-MX', voice: 'Mexico' });
    expect(spanish(spoken.map((u) => u.text).join(' '))).toBe(true);
    await expect(text(page, '#sound')).resolves.toBe(PAGE_ES.VOICE_ON);
    await context.close();
    expect(problems).toEqual([]);
  }, 120000);

  it('says in Spanish, once, that the browser has no Spanish voice, and does not read Spanish in an English one', async () => {
    const { context, page } = await newPhone(fakeVoices([{ name: 'US English', lang: 'en-US' }]));
    await exchange(page, () => page.goto(`${app.url}/?speed=40`));
    await exchange(page, () => page.locator('#choices button').first().click());
    await expect(page.evaluate('window.spoken')).resolves.toEqual([]);
    const notes = await page.locator('#transcript li.note').allInnerTexts();
    expect(notes).toEqual([PAGE_ES.NO_VOICE_IN_LANGUAGE]);
    await context.close();
    expect(problems).toEqual([]);
  }, 120000);
});
