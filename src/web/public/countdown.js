// @ts-check
/**
 * The big countdown of a timed stretch (a rest, the user's own set, the strong side's count). A stretch runs on
 * across the short cues spoken inside it ("30 seconds"), so the clock keeps going between its pauses and is set
 * again from each pause's own `left`.
 */
/** @typedef {import('../../core/reply').PausePurpose} PausePurpose */
/** @typedef {Exclude<PausePurpose, 'beat'>} TimedPurpose */

/** @typedef {import('./words.js').PageWords} PageWords */
import { fill } from './words.js';

/** @param {number} seconds */
export const clockText = (seconds) => {
  const whole = Math.max(0, Math.ceil(seconds - 1e-6));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

/**
 * @param {object} elements
 * @param {HTMLElement} elements.box
 * @param {HTMLElement} elements.label
 * @param {HTMLElement} elements.time
 * @param {HTMLElement} elements.news a polite live region: a stretch's length is announced once, not every second
 * @param {number} speed how many times faster than real time the clock runs (0: it does not run)
 * @param {() => PageWords} words the page's words in the language chosen now
 */
export function createCountdown({ box, label, time, news }, speed, words) {
  /** Seconds left at `at` (a performance.now() time). */
  let anchor = { left: 0, at: 0 };
  let ticker = 0;

  const leftNow = () => Math.max(0, anchor.left - ((performance.now() - anchor.at) * speed) / 1000);

  const draw = () => {
    const left = speed > 0 ? leftNow() : anchor.left;
    const text = clockText(left);
    if (time.textContent !== text) time.textContent = text;
    if (left <= 0) stopTicking();
  };

  const stopTicking = () => {
    clearInterval(ticker);
    ticker = 0;
  };

  return {
    /**
     * A stretch starts, or goes on after a cue: `left` of its `total` seconds remain from now.
     * @param {TimedPurpose} purpose
     * @param {number} left
     * @param {number} total
     */
    show(purpose, left, total) {
      const fresh = box.hidden || !box.classList.contains(purpose) || left >= total;
      anchor = { left, at: performance.now() };
      box.className = `countdown ${purpose}`;
      const what = words()[`COUNTDOWN_${purpose}`];
      label.textContent = what;
      box.hidden = false;
      if (fresh) news.textContent = fill(words().COUNTDOWN_NEWS, { what, seconds: Math.round(total) });
      draw();
      if (speed > 0 && !ticker) ticker = window.setInterval(draw, Math.max(20, Math.min(250, 1000 / speed)));
    },
    hide() {
      stopTicking();
      box.hidden = true;
    },
  };
}

/** @typedef {ReturnType<typeof createCountdown>} Countdown */
