// @ts-check
/**
 * The console API (src/web/consoleRouter.ts): opening the coach, saying a line, leaving. Each answer is a
 * ConsoleAnswer; a failure is an Error whose message the page can show, in the page's own words for the server's code
 * (the server's message is English, for developers).
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
 * The page's words for each code the server refuses or fails a request with (src/json/errors.ts, the console's router
 * and its password guard); any other is told by its status.
 * @type {Readonly<Record<string, import('./words.js').PageKey>>}
 */
const WORDS_OF_CODE = {
  internal_error: 'SERVER_FAILED',
  text_too_long: 'LINE_TOO_LONG',
  body_too_large: 'LINE_TOO_LONG',
  text_empty: 'LINE_EMPTY',
  unauthorized: 'SIGN_IN_AGAIN',
  too_many_failures: 'TOO_MANY_SIGN_INS',
  // What only a page the server no longer matches would send.
  not_found: 'PAGE_OUT_OF_DATE',
  bad_request: 'PAGE_OUT_OF_DATE',
  bad_json: 'PAGE_OUT_OF_DATE',
  body_too_deep: 'PAGE_OUT_OF_DATE',
};

/**
 * The code of the server's JSON error (`{ "error": { "code" } }`), if the answer is one.
 * @param {unknown} data
 * @returns {string | null}
 */
function codeOf(data) {
  if (data === null || typeof data !== 'object' || !('error' in data)) return null;
  const { error } = data;
  return error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : null;
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
    const code = codeOf(data);
    const key = code !== null && Object.hasOwn(WORDS_OF_CODE, code) ? WORDS_OF_CODE[code] : undefined;
    throw new Error(key ? wording.words[key] : fill(wording.words.SERVER_ANSWERED, { status: response.status }));
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
