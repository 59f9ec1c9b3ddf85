// @ts-check
/**
 * Gives a reply's speech in order, as the console answer describes it: lines to show and say, pauses waited out
 * in real time (or faster, for tests), timed stretches that run on across the cues spoken inside them, and status
 * marks reached as the speech moves on. What each of these looks like is the stage's business.
 */
/** @typedef {import('../../console/answer').ConsoleSegment} ConsoleSegment */
/** @typedef {import('../../console/answer').ConsoleStatus} ConsoleStatus */
/** @typedef {Extract<ConsoleSegment, { kind: 'text' }>} TextSegment */
/** @typedef {Extract<ConsoleSegment, { kind: 'pause' }>} PauseSegment */
/** @typedef {import('./countdown.js').TimedPurpose} TimedPurpose */
/** @typedef {PauseSegment & { purpose: TimedPurpose, total: number, left: number }} TimedPause */

/**
 * @typedef {object} Stage
 * @property {(segment: TextSegment, closing: boolean) => Promise<void>} text shows and says a line; `closing`
 *   marks the reply's last segment (the question, when it asks one)
 * @property {(pause: TimedPause) => void} stretch a timed stretch starts, or runs on after a cue
 * @property {() => void} stretchOver
 * @property {(status: ConsoleStatus | null) => void} status
 * @property {(seconds: number, signal: AbortSignal) => Promise<void>} wait
 */

/**
 * @param {PauseSegment} pause
 * @returns {pause is TimedPause}
 */
export const isTimed = (pause) => pause.purpose !== 'beat' && pause.total !== undefined && pause.left !== undefined;

/**
 * Whether `pause` runs on the stretch that `stretch` belongs to (rather than starting one of its own).
 * @param {TimedPause} stretch
 * @param {PauseSegment} pause
 */
const runsOn = (stretch, pause) =>
  isTimed(pause) && pause.purpose === stretch.purpose && pause.total === stretch.total && pause.left < pause.total;

/**
 * Whether the words at `index` are a cue inside the stretch: the next timed pause runs it on.
 * @param {readonly ConsoleSegment[]} speech
 * @param {number} index
 * @param {TimedPause} stretch
 */
const insideStretch = (speech, index, stretch) => {
  for (const segment of speech.slice(index + 1)) {
    if (segment.kind === 'pause' && isTimed(segment)) return runsOn(stretch, segment);
  }
  return false;
};

/**
 * Whether `segment` is a pause of a rest or of a count said out loud (a timed stretch that is not the user's own set).
 * @param {ConsoleSegment} segment
 */
export const isRestOrCount = (segment) => segment.kind === 'pause' && isTimed(segment) && segment.purpose !== 'set';

/** @param {readonly ConsoleSegment[]} speech */
export const hasStatusMarks = (speech) => speech.some((s) => s.kind === 'status');

/**
 * Waiting out pauses at the page's speed: `speed` times faster than real time; 0 does not wait.
 * @param {number} speed
 * @returns {(seconds: number, signal: AbortSignal) => Promise<void>}
 */
export const waitAtSpeed = (speed) => (seconds, signal) =>
  new Promise((resolve) => {
    if (speed <= 0 || signal.aborted) return resolve();
    const end = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', end);
      resolve();
    };
    const timer = setTimeout(end, (seconds * 1000) / speed);
    signal.addEventListener('abort', end, { once: true });
  });

/**
 * @param {readonly ConsoleSegment[]} speech
 * @param {Stage} stage
 * @param {AbortSignal} signal aborted when the user talks over the coach
 * @returns {Promise<boolean>} true when the whole reply was given
 */
export async function play(speech, stage, signal) {
  /** @type {TimedPause | null} */
  let stretch = null;
  for (const [index, segment] of speech.entries()) {
    if (signal.aborted) return false;
    if (segment.kind === 'status') {
      stage.status(segment.status);
    } else if (segment.kind === 'pause') {
      if (isTimed(segment)) {
        if (!stretch || !runsOn(stretch, segment)) stretch = segment;
        stage.stretch(segment);
      }
      await stage.wait(segment.seconds, signal);
    } else {
      if (stretch && !insideStretch(speech, index, stretch)) {
        stretch = null;
        stage.stretchOver();
      }
      await stage.text(segment, index === speech.length - 1);
    }
  }
  if (stretch) stage.stretchOver();
  return !signal.aborted;
}
