// @ts-check
/**
 * The console API (src/web/consoleRouter.ts): opening the coach, saying a line, leaving. Each answer is a
 * ConsoleAnswer; a failure is an Error whose message the page can show.
 */
/** @typedef {import('../../console/answer').ConsoleAnswer} ConsoleAnswer */
import { fill } from './words.js';

/** @typedef {import('./words.js').Wording} Wording */

/**
 * Where the browser is: its time zone (days are the user's local days) and the locale of the language chosen.
 * @param {Wording} wording
 * @returns {{ timeZone?: string, locale: string }}
 */
export function whereTheBrowserIs(wording) {
  /** @type {{ timeZone?: string, locale: string }} */
  const where = { locale: wording.locale };
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) where.timeZone = zone;
  } catch {
    // No time zone: the server uses the last known one.
  }
  return where;
}

/**
 * @param {string} path
 * @param {object} body
 * @param {Wording} wording the words of a failure
 * @returns {Promise<ConsoleAnswer>}
 */
async function post(path, body, wording) {
  /** @type {Response} */
  let response;
  try {
    response = await fetch(`console/api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error(wording.words.SERVER_UNREACHABLE);
  }
  /** @type {unknown} */
  let data = null;
  try {
    data = await response.json();
  } catch {
    // Not JSON: reported below.
  }
  if (!response.ok || data === null || typeof data !== 'object') {
    const error = data !== null && typeof data === 'object' && 'error' in data && typeof data.error === 'string' ? data.error : null;
    throw new Error(error ?? fill(wording.words.SERVER_ANSWERED, { status: response.status }));
  }
  return /** @type {ConsoleAnswer} */ (data);
}

/**
 * An id for one request, so the server answers a request sent twice only once (crypto.randomUUID exists on a secure
 * page, which the console is; without it the server makes its own).
 * @returns {{ requestId?: string }}
 */
function requestId() {
  const id = globalThis.crypto?.randomUUID?.();
  return id ? { requestId: id } : {};
}

/**
 * @param {string} conversationId
 * @param {Wording} wording the language chosen, whose locale every request carries
 */
export function createApi(conversationId, wording) {
  return {
    /** Opening the coach ("Alexa, open Back Coach"). */
    open: () => post('open', { conversationId, ...whereTheBrowserIs(wording), ...requestId() }, wording),
    /** One line the user typed, said or pressed. @param {string} text */
    say: (text) => post('say', { conversationId, text, ...whereTheBrowserIs(wording), ...requestId() }, wording),
    /** The page is going away mid-conversation: the coach remembers where the user stopped. */
    leave() {
      const body = new Blob([JSON.stringify({ conversationId })], { type: 'application/json' });
      try {
        navigator.sendBeacon('console/api/leave', body);
      } catch {
        // No beacon: the next opening still offers to resume.
      }
    },
  };
}

/** @typedef {ReturnType<typeof createApi>} Api */
