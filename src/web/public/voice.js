// @ts-check
/**
 * The coach's voice: speechSynthesis, a sentence at a time (some voices stop partway through a long utterance),
 * with the mute toggle. Saying resolves when the words have been said, were cut short, or the voice failed.
 */
import { storage } from './storage.js';

const MUTE_KEY = 'backcoach.muted';

/**
 * @param {object} options
 * @param {HTMLButtonElement} options.button the mute toggle
 * @param {boolean} options.startMuted
 * @param {(text: string) => void} options.note shows a note in the transcript
 * @param {(speaking: boolean) => void} options.onSpeaking told when the voice starts and stops
 */
export function createVoice({ button, startMuted, note, onSpeaking }) {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  let on = synth !== null && !startMuted && storage.get(MUTE_KEY) !== '1';
  let blockedNoted = false;
  const sentences = 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;

  const show = () => {
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? 'Voice on' : 'Voice off';
  };
  if (!synth) {
    button.disabled = true;
    button.textContent = 'No voice here';
  } else {
    show();
  }
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
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'en-US';
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
          note('The browser keeps the voice off until you press a key or tap the page.');
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
  };
}

/** @typedef {ReturnType<typeof createVoice>} Voice */
