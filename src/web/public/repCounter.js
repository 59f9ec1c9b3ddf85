// @ts-check
/** The large "Rep N of M" while the strong side is counted out loud, readable at arm's length. */

/**
 * @param {object} elements
 * @param {HTMLElement} elements.box
 * @param {HTMLElement} elements.n
 * @param {HTMLElement} elements.of
 */
export function createRepCounter({ box, n, of }) {
  return {
    /** @param {{ n: number, of: number }} counted */
    show(counted) {
      n.textContent = String(counted.n);
      of.textContent = String(counted.of);
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}

/** @typedef {ReturnType<typeof createRepCounter>} RepCounter */
