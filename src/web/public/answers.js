// @ts-check
/**
 * The answers the coach's closing question invites, as big buttons: its choices (each sends its phrase as the
 * line) and the keypad when it asks for a number. They appear when the question is reached, or at once when
 * the user presses "Answer now" (a set finished early), which is offered once the reply has reached what its
 * question is about. "Skip the rest" is offered during a rest.
 */
/** @typedef {import('../../console/answer').ConsoleAnswer} ConsoleAnswer */
/** @typedef {NonNullable<ConsoleAnswer['expects']>} Expects */
/** @typedef {import('./keypad.js').Keypad} Keypad */
/** @typedef {import('./words.js').PageWords} PageWords */
import { make } from './dom.js';

/**
 * @param {object} elements
 * @param {HTMLElement} elements.box
 * @param {HTMLButtonElement} elements.answerNow
 * @param {HTMLElement} elements.choices
 * @param {HTMLButtonElement} elements.skipRest
 * @param {HTMLButtonElement} elements.restart
 * @param {Keypad} keypad
 * @param {object} actions
 * @param {(text: string, shown: string) => void} actions.say sends a line as if typed, shown in the transcript as `shown`
 * @param {() => void} actions.restart opens the coach again
 * @param {() => PageWords} words the page's words in the language chosen now
 */
export function createAnswers(elements, keypad, actions, words) {
  const { box, answerNow, choices, skipRest, restart } = elements;
  /** @type {Expects | null} */
  let offered = null;
  let skipPhrase = '';
  /** Once shown, the answers stay as they are (digits already typed on the keypad are kept). */
  let revealed = false;

  const somethingToAnswer = () => offered !== null && (offered.choices.length > 0 || offered.number !== null);

  const reveal = () => {
    answerNow.hidden = true;
    if (revealed || !offered || !somethingToAnswer()) return;
    revealed = true;
    choices.replaceChildren(
      ...offered.choices.map((choice) => {
        // The button is worded in the page's language; it sends the phrase the coach gave for the answer.
        const label = words()[`CHOICE_${choice.id}`];
        const button = make('button', 'choice', label);
        button.type = 'button';
        button.dataset.choice = choice.id;
        button.addEventListener('click', () => actions.say(choice.say, label));
        return button;
      }),
    );
    choices.hidden = offered.choices.length === 0;
    if (offered.number) keypad.show(offered.number);
    else keypad.hide();
    box.classList.add('revealed');
  };

  const clear = () => {
    offered = null;
    revealed = false;
    answerNow.hidden = true;
    choices.hidden = true;
    choices.replaceChildren();
    keypad.hide();
    restart.hidden = true;
    box.classList.remove('revealed');
  };

  answerNow.addEventListener('click', reveal);
  skipRest.addEventListener('click', () => actions.say(skipPhrase, words().SKIP_REST));
  restart.addEventListener('click', () => actions.restart());

  return {
    /**
     * A new reply's answers, shown when it reaches its question (or "Answer now" is pressed).
     * @param {Expects | null} expects
     * @param {boolean} answerableNow whether "Answer now" is offered from the start, rather than from offerAnswerNow
     */
    offer(expects, answerableNow) {
      clear();
      offered = expects;
      answerNow.hidden = !answerableNow || !somethingToAnswer();
    },
    /** The reply has reached what its question is about: from here it may be answered early. */
    offerAnswerNow() {
      answerNow.hidden = revealed || !somethingToAnswer();
    },
    reveal,
    clear,
    /** After the coach has closed the session: a button to open it again. */
    offerRestart() {
      clear();
      restart.hidden = false;
    },
    /**
     * During a rest: the phrase that skips it; null when the rest is over.
     * @param {string | null} phrase
     */
    offerSkipRest(phrase) {
      skipPhrase = phrase ?? '';
      skipRest.hidden = phrase === null;
    },
  };
}

/** @typedef {ReturnType<typeof createAnswers>} Answers */
