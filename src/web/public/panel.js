// @ts-check
/**
 * The panel: where the workout or test stands at the step being spoken about (the exercise, the set, whose turn
 * it is, the strong side's cap, the weak side's total so far, the weight), drawn from a status mark.
 */
/** @typedef {import('../../console/answer').ConsoleStatus} ConsoleStatus */
/** @typedef {import('../../core/program').Side} Side */

/** @param {string} text */
const capitalized = (text) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : '');

/** @param {number} n */
const amount = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** @param {Side | null} side @param {string} otherwise */
const sideName = (side, otherwise) => (side ? capitalized(side) : otherwise);

/** @param {ConsoleStatus} s */
export const activityText = (s) =>
  (s.activity === 'test' ? (s.testKind === 'retest' ? 'Retest' : 'Baseline test') : 'Workout') + (s.paused ? ' (paused)' : '');

/** @param {ConsoleStatus} s */
export const stepText = (s) => {
  if (s.activity === 'test') return s.working === 'strong' ? 'Strong side' : s.working === 'weak' ? 'Weak side' : 'The weight';
  if (s.finisher) return 'Finisher, weak side only';
  // The coach calls a carry's sets rounds.
  return s.set !== null && s.sets !== null ? `${s.measure === 'seconds' ? 'Round' : 'Set'} ${s.set} of ${s.sets}` : '';
};

/** @param {ConsoleStatus} s */
export const exerciseText = (s) => {
  const name = capitalized(s.exerciseName ?? '');
  return s.weight !== null ? `${name}, ${amount(s.weight)} ${s.unit ?? ''}`.trim() : name;
};

/** @param {ConsoleStatus} s */
export const turnText = (s) => {
  if (s.working === 'weak') return `${sideName(s.side, 'Weak side')} (weak)`;
  if (s.working === 'strong') return `${sideName(s.strongSide, 'Strong side')} (strong)`;
  return 'Not started';
};

/**
 * What the strong side does: the weak side's number, then stop.
 * @param {ConsoleStatus} s
 */
export const capText = (s) => {
  const strong = s.strongSide ? `${capitalized(s.strongSide)} side` : 'Strong side';
  const weak = s.side ?? 'weak';
  const measure = s.measure ?? 'reps';
  if (s.activity === 'test') return s.working === 'strong' ? `${strong}: as many as you can` : `${strong}: after the ${weak} side`;
  if (s.finisher) return `${strong}: sits out the finisher`;
  if (s.working === 'strong' && s.cap !== null) return `${strong}: ${s.cap} ${measure}, then stop`;
  return `${strong}: after the ${weak} side`;
};

/** @param {ConsoleStatus} s */
export const soFarText = (s) => `${amount(s.repsSoFar)} ${s.measure ?? 'reps'}`;

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
 */
export function createPanel(elements) {
  /** @param {HTMLElement} element @param {string} text */
  const write = (element, text) => {
    if (element.textContent !== text) element.textContent = text;
  };
  return {
    /** @param {ConsoleStatus | null} status */
    show(status) {
      elements.list.hidden = !status;
      elements.empty.hidden = Boolean(status);
      if (!status) return;
      write(elements.activity, activityText(status));
      write(elements.step, stepText(status));
      write(elements.exercise, exerciseText(status));
      write(elements.turn, turnText(status));
      write(elements.cap, capText(status));
      write(elements.soFar, soFarText(status));
      elements.cap.parentElement?.classList.toggle('now', status.working === 'strong');
    },
  };
}

/** @typedef {ReturnType<typeof createPanel>} Panel */
