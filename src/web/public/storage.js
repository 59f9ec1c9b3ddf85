// @ts-check
/** What the page keeps in the browser: who the user is, whether the voice is muted, and the language chosen. */

/** Storage may be off (a private window, a locked-down browser): then nothing is kept and nothing fails. */
export const storage = {
  /** @param {string} key @returns {string | null} */
  get(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** @param {string} key @param {string} value */
  set(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // As above: not kept.
    }
  },
};

const ID_KEY = 'backcoach.conversationId';
/** The form the server accepts (src/web/consoleRouter.ts, CONVERSATION_ID). */
const ID_FORM = /^[A-Za-z0-9-]{1,64}$/;

const newId = () => {
  if (typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  // randomUUID needs a secure context (https or localhost); getRandomValues does not.
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

/**
 * The conversation id, made once per browser and kept, so a returning browser (a reload, tomorrow) is the same user.
 * @returns {string}
 */
export function conversationId() {
  const kept = storage.get(ID_KEY);
  if (kept && ID_FORM.test(kept)) return kept;
  const id = newId();
  storage.set(ID_KEY, id);
  return id;
}

const LANGUAGE_KEY = 'backcoach.language';

/** The language the driver chose with the page's switch, if they did. @returns {string | null} */
export const keptLanguage = () => storage.get(LANGUAGE_KEY);

/** @param {string} language */
export const keepLanguage = (language) => storage.set(LANGUAGE_KEY, language);
