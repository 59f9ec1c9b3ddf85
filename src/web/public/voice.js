// @ts-check
/**
 * The coach's voice: speechSynthesis, a sentence at a time (some voices stop partway through a long utterance),
 * with the mute toggle, in a voice of the language chosen (the locale's own when the browser has it). A browser with
 * voices but none of that language does not read the words in another's accent: the page says so once and shows them.
 * Saying resolves when the words have been said, were cut short, or the voice failed.
 */
/** @typedef {import('./words.js').Wording} Wording */
import { storage } from './storage.js';

const MUTE_KEY = 'backcoach.muted';

/** A voice's language as a lower-case tag (some browsers write es_MX). @param {string} tag */
const tagOf = (tag) => tag.replace('_', '-').toLowerCase();

/**
 * The browser's voice for `locale`: its own, else one of its language; null when there is none, undefined when the
 * browser lists no voices at all (none yet: Chrome lists them a moment after the page opens), left to the browser.
 * @param {SpeechSynthesis} synth
 * @param {string} locale
 * @returns {SpeechSynthesisVoice | null | undefined}
 */
export const voiceFor = (synth, locale) => {
  const voices = synth.getVoices();
  if (voices.length === 0) return undefined;
  const wanted = tagOf(locale);
  const language = wanted.split('-')[0];
  return voices.find((v) => tagOf(v.lang) === wanted) ?? voices.find((v) => tagOf(v.lang).split('-')[0] === language) ?? null;
};

/**
 * @param {object} options
 * @param {HTMLButtonElement} options.button the mute toggle
 * @param {boolean} options.startMuted
 * @param {(text: string) => void} options.note shows a note in the transcript
 * @param {(speaking: boolean) => void} options.onSpeaking told when the voice starts and stops
 * @param {Wording} options.wording the language chosen
 */
export function createVoice({ button, startMuted, note, onSpeaking, wording }) {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  let on = synth !== null && !startMuted && storage.get(MUTE_KEY) !== '1';
  let blockedNoted = false;
  /** The languages whose missing voice was noted. */
  const noVoiceNoted = new Set();

  const show = () => {
    if (!synth) {
      button.disabled = true;
      button.textContent = wording.words.NO_VOICE;
      return;
    }
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? wording.words.VOICE_ON : wording.words.VOICE_OFF;
  };
  show();
  button.addEventListener('click', () => {
    on = !on;
    storage.set(MUTE_KEY, on ? '0' : '1');
    if (!on) synth?.cancel();
    show();
  });

  /**
   * @param {string} text
   * @param {AbortSignal} signal
   * @returns {Promise<void>}
   */
  const sayOne = (text, signal) =>
    new Promise((resolve) => {
      if (!on || !synth || signal.aborted) return resolve();
      const voice = voiceFor(synth, wording.locale);
      if (voice === null) {
        if (!noVoiceNoted.has(wording.language)) note(wording.words.NO_VOICE_IN_LANGUAGE);
        noVoiceNoted.add(wording.language);
        return resolve();
      }
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = wording.locale;
      if (voice) utterance.voice = voice;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(stuck);
        signal.removeEventListener('abort', cut);
        onSpeaking(false);
        resolve();
      };
      const cut = () => {
        synth.cancel();
        finish();
      };
      utterance.onend = finish;
      utterance.onerror = (event) => {
        if (event.error === 'not-allowed' && !blockedNoted) {
          blockedNoted = true;
          note(wording.words.VOICE_BLOCKED);
        }
        finish();
      };
      // A voice that never reports its end must not stall the coach.
      const stuck = setTimeout(finish, 5000 + text.length * 100);
      signal.addEventListener('abort', cut, { once: true });
      onSpeaking(true);
      synth.speak(utterance);
    });

  return {
    /**
     * @param {string} text
     * @param {AbortSignal} signal cuts the words short
     */
    async say(text, signal) {
      const sentences = 'Segmenter' in Intl ? new Intl.Segmenter(wording.language, { granularity: 'sentence' }) : null;
      const parts = sentences ? Array.from(sentences.segment(text), (s) => s.segment) : [text];
      for (const part of parts) {
        if (signal.aborted || !on) return;
        await sayOne(part, signal);
      }
    },
    /** Quiets the voice now. */
    hush() {
      synth?.cancel();
    },
    /** Shows the toggle again in the language chosen now. */
    redraw: show,
  };
}

/** @typedef {ReturnType<typeof createVoice>} Voice */
