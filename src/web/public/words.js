// @ts-check
/**
 * The page's own words in the driver's language. The language is the one chosen with the page's switch (kept in the
 * browser), else the first of the browser's languages the page has words for, else English. The locale (sent with
 * every request, and the one the page listens and speaks in) is the browser's own when it is of that language
 * (es-MX stays es-MX), else the language's usual one (es-US, en-US).
 */
import { PAGE_LANGUAGES } from './pageWords.js';
import { keepLanguage, keptLanguage } from './storage.js';

/** @typedef {keyof typeof PAGE_LANGUAGES} Language */
/** @typedef {(typeof PAGE_LANGUAGES)[Language]['words']} PageWords */
/** @typedef {keyof PageWords} PageKey */

/** Locales the coach knows look like en-US. */
const LOCALE_FORM = /^[a-z]{2}-[A-Z]{2}$/;

/** @param {string} name @returns {name is Language} */
const isLanguage = (name) => Object.hasOwn(PAGE_LANGUAGES, name);

/** @param {string} tag a browser language such as es-MX @returns {string} */
const languageOf = (tag) => tag.split('-')[0]?.toLowerCase() ?? '';

/** Every language the page speaks, in the order of the switch. */
export const LANGUAGES = /** @type {Language[]} */ (Object.keys(PAGE_LANGUAGES));

/**
 * @param {string | null} kept the language chosen on the page before
 * @param {readonly string[]} browserLanguages the browser's, in its order of preference
 * @returns {Language}
 */
export const chooseLanguage = (kept, browserLanguages) => {
  if (kept && isLanguage(kept)) return kept;
  return browserLanguages.map(languageOf).find(isLanguage) ?? 'en';
};

/**
 * @param {Language} language
 * @param {readonly string[]} browserLanguages
 * @returns {string}
 */
export const localeFor = (language, browserLanguages) =>
  browserLanguages.find((tag) => LOCALE_FORM.test(tag) && languageOf(tag) === language) ?? PAGE_LANGUAGES[language].locale;

/**
 * A text of the table with each `{{name}}` filled from `values`.
 * @param {string} template
 * @param {Record<string, string | number>} values
 */
export const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/** @param {readonly string[]} browserLanguages */
export function createWording(browserLanguages) {
  let language = chooseLanguage(keptLanguage(), browserLanguages);
  /** @type {(() => void)[]} */
  const changed = [];
  return {
    get language() {
      return language;
    },
    get locale() {
      return localeFor(language, browserLanguages);
    },
    /** @returns {PageWords} */
    get words() {
      return PAGE_LANGUAGES[language].words;
    },
    /** The language after this one, as the switch offers it. */
    get next() {
      return LANGUAGES[(LANGUAGES.indexOf(language) + 1) % LANGUAGES.length] ?? language;
    },
    /** @param {Language} chosen */
    choose(chosen) {
      language = chosen;
      keepLanguage(chosen);
      for (const listener of changed) listener();
    },
    /** @param {() => void} listener called when the driver chooses another language */
    onChange(listener) {
      changed.push(listener);
    },
  };
}

/** @typedef {ReturnType<typeof createWording>} Wording */

/**
 * Writes the page's fixed words in `language`: an element's text from its `data-words`, its aria-label from its
 * `data-words-label`, its placeholder from its `data-words-placeholder`; and the page's own `lang`.
 * @param {ParentNode} root
 * @param {Language} language
 */
export function writeWords(root, language) {
  const words = PAGE_LANGUAGES[language].words;
  /** @param {string | undefined} key */
  const word = (key) => (key && Object.hasOwn(words, key) ? words[/** @type {PageKey} */ (key)] : '');
  document.documentElement.lang = language;
  document.title = words.TITLE;
  for (const element of root.querySelectorAll('[data-words]')) {
    if (element instanceof HTMLElement) element.textContent = word(element.dataset.words);
  }
  for (const element of root.querySelectorAll('[data-words-label]')) {
    if (element instanceof HTMLElement) element.setAttribute('aria-label', word(element.dataset.wordsLabel));
  }
  for (const element of root.querySelectorAll('[data-words-placeholder]')) {
    if (element instanceof HTMLInputElement) element.placeholder = word(element.dataset.wordsPlaceholder);
  }
}
