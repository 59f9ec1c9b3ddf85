// @ts-check
/**
 * Back Coach in the browser: type, say or tap your answers; hear and read the coach; see where you are. This
 * module finds the page's parts, wires them together, writes the page's words in the driver's language and opens the
 * coach.
 */
import { createAnswers } from './answers.js';
import { createApi } from './api.js';
import { createConversation } from './app.js';
import { createCard } from './card.js';
import { createCountdown } from './countdown.js';
import { byId } from './dom.js';
import { createKeypad } from './keypad.js';
import { createListener } from './listen.js';
import { PAGE_LANGUAGES } from './pageWords.js';
import { readOptions } from './options.js';
import { findStatusViews } from './statusViews.js';
import { conversationId } from './storage.js';
import { createTranscript } from './transcript.js';
import { createVoice } from './voice.js';
import { createWakeLock } from './wakeLock.js';
import { createWording, writeWords } from './words.js';

const { speed, muted } = readOptions(window.location.search);
const wording = createWording(navigator.languages?.length ? navigator.languages : [navigator.language]);
const words = () => wording.words;
const languageSwitch = byId('language', HTMLButtonElement);
const languageName = byId('language-name', HTMLSpanElement);
const languageCode = byId('language-code', HTMLSpanElement);
/** The page's fixed words, and the switch offering the next language in that language's own words. */
const writePageWords = () => {
  writeWords(document, wording.language);
  const next = wording.next;
  const nextWords = PAGE_LANGUAGES[next].words;
  languageName.textContent = nextWords.LANGUAGE_NAME;
  languageCode.textContent = nextWords.LANGUAGE_CODE;
  languageSwitch.lang = next;
  languageSwitch.setAttribute('aria-label', nextWords.SWITCH_LANGUAGE);
};
writePageWords();

const api = createApi(conversationId(), wording);
const transcript = createTranscript(byId('transcript', HTMLOListElement), words);
const input = byId('text', HTMLInputElement);

const voice = createVoice({
  button: byId('sound', HTMLButtonElement),
  startMuted: muted,
  note: (text) => transcript.add('note', text),
  onSpeaking: (speaking) => listener.coachSpeaking(speaking),
  wording,
});

const keypad = createKeypad(
  {
    box: byId('keypad', HTMLElement),
    label: byId('keypad-label', HTMLElement),
    value: byId('keypad-value', HTMLOutputElement),
    range: byId('keypad-range', HTMLElement),
    clear: byId('keypad-clear', HTMLButtonElement),
    point: byId('keypad-point', HTMLButtonElement),
    send: byId('keypad-send', HTMLButtonElement),
  },
  (text) => void conversation.say(text),
  words,
);

const answers = createAnswers(
  {
    box: byId('answers', HTMLElement),
    answerNow: byId('answer-now', HTMLButtonElement),
    choices: byId('choices', HTMLElement),
    skipRest: byId('skip-rest', HTMLButtonElement),
    restart: byId('restart', HTMLButtonElement),
  },
  keypad,
  { say: (text, shown) => void conversation.say(text, shown), restart: () => void conversation.open() },
  words,
);

const statusViews = findStatusViews(words);

const conversation = createConversation(
  {
    api,
    transcript,
    voice,
    answers,
    ...statusViews,
    countdown: createCountdown(
      {
        box: byId('countdown', HTMLElement),
        label: byId('countdown-label', HTMLElement),
        time: byId('countdown-time', HTMLElement),
        news: byId('stage-news', HTMLElement),
      },
      speed,
      words,
    ),
    wakeLock: createWakeLock(),
    card: createCard({ box: byId('card', HTMLDetailsElement), title: byId('card-title', HTMLElement), text: byId('card-text', HTMLElement) }),
  },
  speed,
  words,
);

const listener = createListener(
  {
    talk: byId('mic', HTMLButtonElement),
    handsFree: byId('handsfree', HTMLInputElement),
    handsFreeLabel: byId('handsfree-label', HTMLElement),
    input,
    hint: byId('hint', HTMLElement),
  },
  { heard: (text) => void conversation.say(text), talkPressed: () => conversation.interrupt(), note: (text) => transcript.add('note', text) },
  wording,
);

// The switch: the page's words change at once, and the coach's from its next reply (each request carries the locale).
languageSwitch.addEventListener('click', () => wording.choose(wording.next));
wording.onChange(() => {
  writePageWords();
  voice.redraw();
  listener.redraw();
  keypad.redraw();
  statusViews.panel.redraw();
});

byId('say', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value;
  input.value = '';
  void conversation.say(text);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  conversation.quiet();
  listener.stop();
});

// Closing the page mid-conversation is leaving the coach: it remembers where the user stopped.
window.addEventListener('pagehide', () => {
  if (conversation.isOpen()) api.leave();
});
// Back from the browser's page cache after leaving: open the coach again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) void conversation.open();
});

void conversation.open();

// The page can be installed: its service worker keeps the page's shell so it opens without the network. Browsers
// refuse workers on pages that are not secure (plain http other than this machine); the page works the same without.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => undefined);
