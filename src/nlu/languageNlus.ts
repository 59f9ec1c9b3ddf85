/**
 * The local NLUs of every language the coach understands as one NLU: English's at hand, another language's loaded the
 * first time a line in it is read (a host that only ever hears English never loads it). A failed load is tried again
 * at the next line in that language (./loadOnce.ts).
 */
import type { Language } from '../languages/locales';
import { loadOnce } from './loadOnce';
import type { Nlu } from './nlu';

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
    understand: async (text, language = 'en') => (language === 'en' ? english.understand(text) : (await nluOf(language)).understand(text)),
  };
};
