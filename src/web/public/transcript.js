// @ts-check
/** The transcript: what the user and the coach said, the newest line always in view. */
import { make } from './dom.js';
/** @typedef {import('./words.js').PageWords} PageWords */

/** @typedef {'you' | 'coach' | 'note'} Speaker */

/**
 * @param {HTMLOListElement} list
 * @param {() => PageWords} words the page's words in the language chosen now
 */
export function createTranscript(list, words) {
  /** @type {HTMLLIElement | null} the line the strong side's count is written on, while it is counted */
  let countLine = null;

  /** Whether the newest line is to be kept in view: the user has not scrolled back to read. */
  let pinned = true;
  /** Where the list's own scrolling left it, to tell it from the user's. */
  let scrolledTo = 0;
  const keepNewestInView = () => {
    list.scrollTop = list.scrollHeight;
    scrolledTo = list.scrollTop;
    pinned = true;
  };
  list.addEventListener('scroll', () => {
    if (Math.abs(list.scrollTop - scrolledTo) < 2) return;
    pinned = list.scrollHeight - list.scrollTop - list.clientHeight < 8;
  });
  // The list shrinks when a countdown or the keypad appears: the newest line stays in view.
  new ResizeObserver(() => {
    if (pinned) keepNewestInView();
  }).observe(list);

  /**
   * @param {Speaker} who
   * @param {string} text
   * @returns {HTMLLIElement}
   */
  const add = (who, text) => {
    countLine = null;
    const item = make('li', who);
    if (who === 'note') item.textContent = text;
    else item.append(make('span', 'who', who === 'you' ? words().YOU : words().COACH), document.createTextNode(text));
    list.append(item);
    keepNewestInView();
    return item;
  };

  return {
    add,
    /**
     * One number of the strong side's count, on one line with the numbers before it.
     * @param {string} text
     */
    count(text) {
      if (countLine) countLine.append(document.createTextNode(` ${text}`));
      else countLine = add('coach', text);
      countLine.classList.add('count');
      keepNewestInView();
    },
    /** @param {boolean} busy */
    busy(busy) {
      if (busy) list.setAttribute('aria-busy', 'true');
      else list.removeAttribute('aria-busy');
    },
  };
}

/** @typedef {ReturnType<typeof createTranscript>} Transcript */
