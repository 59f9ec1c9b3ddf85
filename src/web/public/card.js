// @ts-check
/** The latest card (the safety notice, a test's result): open where there is room for it, one tap away on a phone. */

/**
 * @param {object} elements
 * @param {HTMLDetailsElement} elements.box
 * @param {HTMLElement} elements.title
 * @param {HTMLElement} elements.text
 */
export function createCard({ box, title, text }) {
  const roomy = window.matchMedia('(min-width: 50rem)');
  /** @param {{ title: string, text: string }} card */
  return (card) => {
    title.textContent = card.title;
    text.textContent = card.text;
    box.open = roomy.matches;
    box.hidden = false;
  };
}
