/**
 * The local NLUs of every language the coach understands as one NLU: English's at hand, another language's loaded the
 * first time a line in it is read (a host that only ever hears English never loads it). A failed load is tried again
 * at the next line in that language (./loadOnce.ts). A line its language's NLU does not understand is read in English
 * too, as drivers mix English words in.
 */
import type { Language } from '../languages/locales';
import { loadOnce } from './loadOnce';
import { FALLBACK_INTENT, type Nlu } from './nlu';

export type OtherLanguage = Exclude<Language, 'en'>;

export const nluOfLanguages = (english: Nlu, load: (language: OtherLanguage) => Promise<Nlu>): Nlu => {
  const others = new Map<OtherLanguage, () => Promise<Nlu>>();
  const nluOf = (language: OtherLanguage): Promise<Nlu> => {
    let loaded = others.get(language);
    if (!loaded) {
      loaded = loadOnce(() => load(language));
      others.set(language, loaded);
    }
    return loaded();
  };
  return {
    trainingMs: english.trainingMs,
    async understand(text, language = 'en') {
      if (language === 'en') return english.understand(text);
      const heard = await (await nluOf(language)).understand(text);
      if (heard.intent !== FALLBACK_INTENT) return heard;
      // Drivers mix English in ("next", "central time"): a line not understood in its language may be in English.
      const inEnglish = await english.understand(text);
      return inEnglish.intent === FALLBACK_INTENT || inEnglish.aboutSomethingElse ? heard : inEnglish;
    },
  };
};
