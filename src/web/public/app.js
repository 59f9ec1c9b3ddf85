// @ts-check
/**
 * The conversation: sends what the user types, says or presses, and gives each reply in order, keeping the
 * panel, the countdown, the rep counter, the answers and the wake lock in step with the speech. Sending while
 * the coach talks or counts cuts the rest of the reply short, as talking over Alexa does.
 */
/** @typedef {import('../../console/answer').ConsoleAnswer} ConsoleAnswer */
/** @typedef {import('../../console/answer').ConsoleStatus} ConsoleStatus */
/** @typedef {import('./api.js').Api} Api */
/** @typedef {import('./transcript.js').Transcript} Transcript */
/** @typedef {import('./voice.js').Voice} Voice */
/** @typedef {import('./panel.js').Panel} Panel */
/** @typedef {import('./countdown.js').Countdown} Countdown */
/** @typedef {import('./repCounter.js').RepCounter} RepCounter */
/** @typedef {import('./answers.js').Answers} Answers */
/** @typedef {import('./wakeLock.js').WakeLockHolder} WakeLockHolder */
/** @typedef {import('./card.js').Card} Card */
/** @typedef {import('./player.js').Stage} Stage */
/** @typedef {import('./progressChart.js').ProgressChart} ProgressChart */
/** @typedef {import('./words.js').PageWords} PageWords */
import { hasStatusMarks, isRestOrCount, play, waitAtSpeed } from './player.js';
import { fill } from './words.js';

/**
 * @param {object} parts
 * @param {Api} parts.api
 * @param {Transcript} parts.transcript
 * @param {Voice} parts.voice
 * @param {Panel} parts.panel
 * @param {Countdown} parts.countdown
 * @param {RepCounter} parts.repCounter
 * @param {Answers} parts.answers
 * @param {WakeLockHolder} parts.wakeLock
 * @param {ProgressChart} parts.progressChart
 * @param {Card} parts.card
 * @param {number} speed how much faster than real time pauses pass (0: no waiting)
 * @param {() => PageWords} words the page's words in the language chosen now
 */
export function createConversation(parts, speed, words) {
  const { api, transcript, voice, panel, countdown, repCounter, answers, wakeLock, progressChart, card } = parts;
  const wait = waitAtSpeed(speed);
  /** @type {{ answer: ConsoleAnswer, controller: AbortController } | null} the reply being given, and what cuts it short */
  let giving = null;
  /** @type {ConsoleAnswer | null} the last reply taken in: where things stand, and the answers it invites */
  let lastTaken = null;
  /** Whether the panel shows where things stand (a fresh page does not know before its first reply). */
  let knowsWhereThingsStand = false;
  let sessionOpen = false;
  let sent = 0;
  let taken = 0;

  /** @param {ConsoleStatus | null} status */
  const showStatus = (status) => {
    panel.show(status);
    wakeLock.hold(status !== null);
  };

  const clearStage = () => {
    countdown.hide();
    repCounter.hide();
    answers.offerSkipRest(null);
  };

  /** The screen as things stand once a reply is over (given in full or cut short). @param {ConsoleAnswer} answer */
  const settle = (answer) => {
    clearStage();
    showStatus(answer.status);
    if (answer.endSession) wakeLock.hold(false);
  };

  /** Cuts the reply being given short (the user talks over the coach). */
  const interrupt = () => {
    if (!giving) return;
    const { answer, controller } = giving;
    giving = null;
    controller.abort();
    voice.hush();
    transcript.add('note', words().INTERRUPTED);
    settle(answer);
  };

  /** @param {ConsoleAnswer} answer */
  const give = async (answer) => {
    const controller = new AbortController();
    giving = { answer, controller };
    // A card and the chart stay until a workout or test is under way again.
    if (answer.card) card.show(answer.card);
    else if (answer.status) card.hide();
    if (answer.chart) progressChart.show(answer.chart);
    else if (answer.status) progressChart.hide();
    // A reply that rests or counts the strong side before its next set asks about that set: answering it early
    // is offered only once the rests and counts are over, not for a set that has not begun.
    let restsAndCountsLeft = answer.speech.filter(isRestOrCount).length;
    answers.offer(answer.expects, restsAndCountsLeft === 0);
    // A fresh page knows nothing yet: without marks, the reply's status is where things stood all along.
    if (!knowsWhereThingsStand && !hasStatusMarks(answer.speech)) showStatus(answer.status);
    knowsWhereThingsStand = true;

    /** @type {Stage} */
    const stage = {
      async text(segment, closing) {
        if (segment.counted) {
          repCounter.show(segment.counted);
          transcript.count(segment.text);
        } else {
          repCounter.hide();
          if (closing) answers.reveal();
          transcript.add('coach', segment.text);
        }
        await voice.say(segment.text, controller.signal);
      },
      stretch(pause) {
        if (isRestOrCount(pause)) restsAndCountsLeft -= 1;
        countdown.show(pause.purpose, pause.left, pause.total);
        answers.offerSkipRest(pause.purpose === 'rest' ? answer.phrases.skipRest : null);
      },
      stretchOver() {
        countdown.hide();
        answers.offerSkipRest(null);
        if (restsAndCountsLeft === 0) answers.offerAnswerNow();
      },
      status: showStatus,
      wait,
    };

    const whole = await play(answer.speech, stage, controller.signal);
    if (!whole) return;
    giving = null;
    settle(answer);
    if (answer.endSession) {
      answers.offerRestart();
      transcript.add('note', words().STOPPED_LISTENING);
    } else {
      answers.reveal();
    }
  };

  /**
   * One exchange with the server; a reply that a newer line has overtaken is not given.
   * @param {() => Promise<ConsoleAnswer>} request
   * @param {HTMLLIElement | null} youLine
   */
  const exchange = async (request, youLine) => {
    const seq = ++sent;
    transcript.busy(true);
    /** @type {ConsoleAnswer} */
    let answer;
    try {
      answer = await request();
    } catch (error) {
      if (seq !== sent) return;
      transcript.add('note', fill(words().CANNOT_REACH, { why: error instanceof Error ? error.message : String(error) }));
      if (lastTaken && !lastTaken.endSession) {
        answers.offer(lastTaken.expects, false);
        answers.reveal();
      } else {
        answers.offerRestart();
      }
      return;
    } finally {
      if (seq === sent) transcript.busy(false);
    }
    if (seq < taken) return;
    taken = seq;
    lastTaken = answer;
    if (youLine && answer.heard) youLine.dataset.heard = answer.heard.type;
    sessionOpen = !answer.endSession;
    if (seq !== sent) {
      settle(answer);
      return;
    }
    await give(answer);
  };

  return {
    /** Opening the coach. */
    open() {
      interrupt();
      answers.clear();
      return exchange(() => api.open(), null);
    },
    /**
     * A line the user typed, said or pressed.
     * @param {string} text
     * @param {string} [shown] how the transcript shows it (a button's own words), when not as sent
     */
    say(text, shown) {
      const line = text.trim();
      if (!line) return Promise.resolve();
      interrupt();
      answers.clear();
      const youLine = transcript.add('you', shown ?? line);
      return exchange(() => api.say(line), youLine);
    },
    /** Quiets the coach and shows the answers at once. */
    quiet() {
      interrupt();
      answers.reveal();
    },
    interrupt,
    /** Whether the coach is still listening (the page should say goodbye when it goes away). */
    isOpen: () => sessionOpen,
  };
}

/** @typedef {ReturnType<typeof createConversation>} Conversation */
