// @ts-check
/**
 * The panel: where the workout or test stands at the step being spoken about (the exercise, the set, whose turn
 * it is, the strong side's cap, the weak side's total so far, the weight), drawn from a status mark.
 */
/** @typedef {import('../../console/answer').ConsoleStatus} ConsoleStatus */
/** @typedef {import('../../core/program').Side} Side */
import { fill } from './words.js';

/** @typedef {import('./words.js').PageWords} PageWords */

/** @param {string} text */
const capitalized = (text) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : '');

/** @param {number} n */
const amount = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A side as a heading: "Left side", "Lado izquierdo"; `otherwise` when it is not known. @param {PageWords} w @param {Side | null} side @param {string} otherwise */
const sideHeading = (w, side, otherwise) => (side ? w[`SIDE_HEADING_${side}`] : otherwise);

/** What is counted, for `n` of it: "1 rep", "8 reps". @param {PageWords} w @param {ConsoleStatus} s @param {number} n */
const measureWord = (w, s, n) => w[`MEASURE_${s.measure ?? 'reps'}${n === 1 ? '_one' : ''}`];

/** @param {PageWords} w @param {ConsoleStatus} s */
export const activityText = (w, s) => {
  const activity = s.activity === 'test' ? (s.testKind === 'retest' ? w.RETEST : w.BASELINE_TEST) : w.WORKOUT;
  return s.paused ? fill(w.PAUSED, { activity }) : activity;
};

/** @param {PageWords} w @param {ConsoleStatus} s */
export const stepText = (w, s) => {
  if (s.activity === 'test') return s.working === 'strong' ? w.TEST_STRONG : s.working === 'weak' ? w.TEST_WEAK : w.TEST_WEIGHT;
  if (s.finisher) return w.FINISHER;
  // The coach calls a carry's sets rounds.
  return s.set !== null && s.sets !== null ? fill(w[`SET_${s.measure === 'seconds' ? 'seconds' : 'reps'}`], { set: s.set, sets: s.sets }) : '';
};

/** @param {PageWords} w @param {ConsoleStatus} s */
export const exerciseText = (w, s) => {
  const exercise = capitalized(s.exerciseName ?? '');
  return s.weight !== null ? fill(w.WITH_WEIGHT, { exercise, weight: amount(s.weight), unit: s.unit ?? '' }).trim() : exercise;
};

/** @param {PageWords} w @param {ConsoleStatus} s */
export const turnText = (w, s) => {
  if (s.working === 'weak') return s.side ? fill(w.TURN_WEAK, { Side: capitalized(w[`SIDE_${s.side}`]) }) : w.TEST_WEAK;
  if (s.working === 'strong') return s.strongSide ? fill(w.TURN_STRONG, { Side: capitalized(w[`SIDE_${s.strongSide}`]) }) : w.TEST_STRONG;
  return w.NOT_STARTED;
};

/**
 * What the strong side does: the weak side's number, then stop.
 * @param {PageWords} w
 * @param {ConsoleStatus} s
 */
export const capText = (w, s) => {
  const strong = sideHeading(w, s.strongSide, w.STRONG_SIDE);
  const weak = w[`SIDE_${s.side ?? 'weak'}`];
  if (s.activity === 'test') return s.working === 'strong' ? fill(w.STRONG_AS_MANY, { strong }) : fill(w.STRONG_AFTER, { strong, weak });
  if (s.finisher) return fill(w.STRONG_SITS_OUT, { strong });
  if (s.working === 'strong' && s.cap !== null) return fill(w.STRONG_CAP, { strong, cap: s.cap, measure: measureWord(w, s, s.cap) });
  return fill(w.STRONG_AFTER, { strong, weak });
};

/** @param {PageWords} w @param {ConsoleStatus} s */
export const soFarText = (w, s) => fill(w.SO_FAR, { amount: amount(s.repsSoFar), measure: measureWord(w, s, s.repsSoFar) });

/**
 * @param {object} elements
 * @param {HTMLElement} elements.empty shown when there is no workout or test
 * @param {HTMLElement} elements.list
 * @param {HTMLElement} elements.activity
 * @param {HTMLElement} elements.step
 * @param {HTMLElement} elements.exercise
 * @param {HTMLElement} elements.turn
 * @param {HTMLElement} elements.cap
 * @param {HTMLElement} elements.soFar
 * @param {() => PageWords} words the page's words in the language chosen now
 */
export function createPanel(elements, words) {
  /** @type {ConsoleStatus | null} */
  let shown = null;
  /** @param {HTMLElement} element @param {string} text */
  const write = (element, text) => {
    if (element.textContent !== text) element.textContent = text;
  };
  /** @param {ConsoleStatus | null} status */
  const show = (status) => {
    shown = status;
    elements.list.hidden = !status;
    elements.empty.hidden = Boolean(status);
    if (!status) return;
    const w = words();
    write(elements.activity, activityText(w, status));
    write(elements.step, stepText(w, status));
    write(elements.exercise, exerciseText(w, status));
    write(elements.turn, turnText(w, status));
    write(elements.cap, capText(w, status));
    write(elements.soFar, soFarText(w, status));
    elements.cap.parentElement?.classList.toggle('now', status.working === 'strong');
  };
  return {
    show,
    /** Shows the same again, in the language chosen now. */
    redraw: () => show(shown),
  };
}

/** @typedef {ReturnType<typeof createPanel>} Panel */
