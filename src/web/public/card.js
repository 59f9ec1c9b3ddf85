// @ts-check
/**
 * The latest card (the safety notice, a test's result): open where there is room for it, one tap away on a phone. A
 * card belongs to its step: it is put away once a test or a workout is under way again.
 */

/**
 * @param {object} elements
 * @param {HTMLDetailsElement} elements.box
 * @param {HTMLElement} elements.title
 * @param {HTMLElement} elements.text
 */
export function createCard({ box, title, text }) {
  const roomy = window.matchMedia('(min-width: 50rem)');
  return {
    /** @param {{ title: string, text: string }} card */
    show(card) {
      title.textContent = card.title;
      text.textContent = card.text;
      box.open = roomy.matches;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}

/** @typedef {ReturnType<typeof createCard>} Card */
