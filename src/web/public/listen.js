// @ts-check
/**
 * Speaking to the coach, where the browser can hear: the Talk button listens for one line, and Hands-free
 * listens whenever the coach is not talking (during its pauses too, so a driver can talk over a rest). It never
 * listens while the coach's voice plays, or it would hear itself. It listens in the locale of the language chosen.
 */
/** @typedef {import('./words.js').Wording} Wording */

/**
 * The parts of the Web Speech API's recognizer used here (Chrome and Safari name it webkitSpeechRecognition).
 * @typedef {object} Recognizer
 * @property {string} lang
 * @property {boolean} interimResults
 * @property {boolean} continuous
 * @property {number} maxAlternatives
 * @property {((event: { resultIndex: number, results: SpeechRecognitionResultList }) => void) | null} onresult
 * @property {((event: { error: string }) => void) | null} onerror
 * @property {(() => void) | null} onend
 * @property {() => void} start
 * @property {() => void} abort
 */

/** @returns {(new () => Recognizer) | null} */
const recognizerClass = () => {
  const w = /** @type {{ SpeechRecognition?: new () => Recognizer, webkitSpeechRecognition?: new () => Recognizer }} */ (
    /** @type {unknown} */ (window)
  );
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
};

/**
 * @param {object} elements
 * @param {HTMLButtonElement} elements.talk
 * @param {HTMLInputElement} elements.handsFree
 * @param {HTMLElement} elements.handsFreeLabel
 * @param {HTMLInputElement} elements.input shows what is being heard
 * @param {HTMLElement} elements.hint
 * @param {object} actions
 * @param {(text: string) => void} actions.heard a line was said
 * @param {() => void} actions.talkPressed the user pressed Talk (to talk over the coach)
 * @param {(text: string) => void} actions.note
 * @param {Wording} wording
 */
export function createListener({ talk, handsFree, handsFreeLabel, input, hint }, actions, wording) {
  const Recognition = recognizerClass();
  /** @type {Recognizer | null} */
  let recognizer = null;
  let coachSpeaking = false;
  let retry = 0;

  const show = () => {
    const on = recognizer !== null;
    talk.setAttribute('aria-pressed', String(on));
    talk.textContent = on ? wording.words.LISTENING : wording.words.TALK;
    hint.textContent = Recognition ? wording.words.HINT : `${wording.words.HINT} ${wording.words.CANNOT_LISTEN}`;
  };

  const giveUp = (/** @type {string} */ why) => {
    handsFree.checked = false;
    actions.note(why);
  };

  const listen = () => {
    if (!Recognition || recognizer) return;
    const r = new Recognition();
    r.lang = wording.locale;
    r.interimResults = true;
    r.continuous = false;
    r.maxAlternatives = 1;
    r.onresult = (event) => {
      let hearing = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        const words = result?.[0]?.transcript ?? '';
        if (result?.isFinal) actions.heard(words);
        else hearing += words;
      }
      input.value = hearing;
    };
    r.onerror = (event) => {
      if (event.error === 'not-allowed' || event.error === 'service-not-allowed' || event.error === 'audio-capture') {
        giveUp(wording.words.NO_MICROPHONE);
      } else if (event.error === 'network') {
        giveUp(wording.words.NO_SPEECH_SERVICE);
      }
    };
    r.onend = () => {
      if (recognizer === r) recognizer = null;
      input.value = '';
      show();
      listenIfHandsFree();
    };
    recognizer = r;
    try {
      r.start();
    } catch {
      recognizer = null;
    }
    show();
  };

  const stop = () => {
    recognizer?.abort();
  };

  const listenIfHandsFree = () => {
    if (!Recognition || !handsFree.checked || coachSpeaking || recognizer) return;
    clearTimeout(retry);
    retry = window.setTimeout(() => {
      if (handsFree.checked && !coachSpeaking) listen();
    }, 300);
  };

  if (Recognition) {
    talk.hidden = false;
    handsFreeLabel.hidden = false;
    talk.addEventListener('click', () => {
      if (recognizer) return stop();
      actions.talkPressed();
      listen();
    });
    handsFree.addEventListener('change', () => {
      if (handsFree.checked) listenIfHandsFree();
      else stop();
    });
  }
  show();

  return {
    /** @param {boolean} speaking */
    coachSpeaking(speaking) {
      coachSpeaking = speaking;
      if (speaking && handsFree.checked) stop();
      if (!speaking) listenIfHandsFree();
    },
    stop,
    /** Shows its words again in the language chosen now (a line being heard goes on in the old one). */
    redraw: show,
  };
}

/** @typedef {ReturnType<typeof createListener>} Listener */
