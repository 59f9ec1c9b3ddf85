// @ts-check
/**
 * The console API (src/web/consoleRouter.ts): opening the coach, saying a line, leaving. Each answer is a
 * ConsoleAnswer; a failure is an Error whose message the page can show.
 */
/** @typedef {import('../../console/answer').ConsoleAnswer} ConsoleAnswer */

/** Locales the coach knows look like en-US; anything else is left to the server's default. */
const LOCALE_FORM = /^[a-z]{2}-[A-Z]{2}$/;

/**
 * Where the browser is: its time zone (days are the user's local days) and its language when it has the form
 * the coach knows.
 * @returns {{ timeZone?: string, locale?: string }}
 */
export function whereTheBrowserIs() {
  /** @type {{ timeZone?: string, locale?: string }} */
  const where = {};
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) where.timeZone = zone;
  } catch {
    // No time zone: the server uses the last known one.
  }
  if (LOCALE_FORM.test(navigator.language)) where.locale = navigator.language;
  return where;
}

/**
 * @param {string} path
 * @param {object} body
 * @returns {Promise<ConsoleAnswer>}
 */
async function post(path, body) {
  /** @type {Response} */
  let response;
  try {
    response = await fetch(`console/api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error('the server cannot be reached.');
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
    throw new Error(error ?? `the server answered ${response.status}.`);
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
 */
export function createApi(conversationId) {
  return {
    /** Opening the coach ("Alexa, open Back Coach"). */
    open: () => post('open', { conversationId, ...whereTheBrowserIs(), ...requestId() }),
    /** One line the user typed, said or pressed. @param {string} text */
    say: (text) => post('say', { conversationId, text, ...whereTheBrowserIs(), ...requestId() }),
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
