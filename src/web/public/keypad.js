// @ts-check
/**
 * The numeric keypad for a question that asks for a number (reps, seconds, a weight): digits, clear, send, and a
 * decimal point where a weight is asked (a 2.5 lb or 12.5 kg dumbbell).
 */
/** @typedef {import('../../core/reply').NumberAnswer} NumberAnswer */

/** @typedef {import('./words.js').PageWords} PageWords */
import { fill } from './words.js';

/** @param {PageWords} w @param {NumberAnswer} number */
export const keypadLabel = (w, number) => {
  if (number.measure === 'weight') return number.unit === 'kg' ? w.KEYPAD_kg : w.KEYPAD_lb;
  return number.measure === 'seconds' ? w.KEYPAD_seconds : w.KEYPAD_reps;
};

/** @param {NumberAnswer} number */
const unitShort = (number) => (number.measure === 'weight' ? (number.unit ?? '') : number.measure === 'seconds' ? 's' : '');

/**
 * @param {object} elements
 * @param {HTMLElement} elements.box
 * @param {HTMLElement} elements.label
 * @param {HTMLOutputElement} elements.value
 * @param {HTMLElement} elements.range
 * @param {HTMLButtonElement} elements.clear
 * @param {HTMLButtonElement} elements.point
 * @param {HTMLButtonElement} elements.send
 * @param {(text: string) => void} onSend
 * @param {() => PageWords} words the page's words in the language chosen now
 */
export function createKeypad(elements, onSend, words) {
  const { box, label, value, range, clear, point, send } = elements;
  /** @type {NumberAnswer | null} */
  let asked = null;
  let typed = '';

  const entered = () => (typed ? Number(typed) : null);
  const inRange = () => {
    const n = entered();
    return asked !== null && n !== null && n >= asked.min && n <= asked.max;
  };

  const draw = () => {
    if (!asked) return;
    label.textContent = keypadLabel(words(), asked);
    const unit = unitShort(asked);
    value.textContent = typed ? `${typed}${unit ? ` ${unit}` : ''}` : '–';
    const outside = typed !== '' && !inRange();
    range.textContent = fill(words().KEYPAD_RANGE, { min: asked.min, max: asked.max });
    box.classList.toggle('outside', outside);
    send.disabled = !inRange();
    clear.disabled = typed === '';
  };

  for (const key of box.querySelectorAll('button[data-digit]')) {
    key.addEventListener('click', () => {
      if (!asked || !(key instanceof HTMLButtonElement)) return;
      const digit = key.dataset.digit ?? '';
      if (typed === '' && digit === '0') return;
      const [whole = '', decimals] = typed.split('.');
      if (decimals !== undefined ? decimals.length >= 1 : whole.length >= String(Math.ceil(asked.max)).length) return;
      typed += digit;
      draw();
    });
  }
  point.addEventListener('click', () => {
    if (!asked || asked.measure !== 'weight' || typed.includes('.')) return;
    typed = `${typed || '0'}.`;
    draw();
  });
  clear.addEventListener('click', () => {
    typed = '';
    draw();
  });
  send.addEventListener('click', () => {
    if (!inRange()) return;
    const text = typed.replace(/\.$/, '');
    typed = '';
    onSend(text);
  });

  return {
    /** @param {NumberAnswer} number */
    show(number) {
      asked = number;
      typed = '';
      box.classList.toggle('decimal', number.measure === 'weight');
      draw();
      box.hidden = false;
    },
    /** Shows the number being typed again, in the language chosen now. */
    redraw: draw,
    hide() {
      asked = null;
      typed = '';
      box.hidden = true;
    },
  };
}

/** @typedef {ReturnType<typeof createKeypad>} Keypad */
