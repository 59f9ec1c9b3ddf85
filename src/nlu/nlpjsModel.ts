/**
 * nlp.js set up as the coach reads each language: what training builds (src/nlu/nlu.ts requires it only to train) and, from
 * its export, the reader the compact classifier is held to (test/nlu/compactClassifier.test.ts). No host loads it to
 * read a line: they read with ./compactReader.ts.
 */
import { containerBootstrap, type Container } from '@nlpjs/core';
import { Nlp, type NlpEntity } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';
import { LangEs } from '@nlpjs/lang-es';
import type { Language } from '../languages/locales';
import type { LineClassifier } from './compactReader';

/** nlp.js's plugin of each language: its normalizer, tokenizer, stemmer and stopwords. */
const PLUGINS: Readonly<Record<Language, unknown>> = { en: LangEn, es: LangEs };

interface EnumInput {
  edges?: NlpEntity[];
}

interface EnumExtractor {
  extract(input: EnumInput): Promise<EnumInput>;
}

const covers = (outer: NlpEntity, inner: NlpEntity): boolean =>
  outer !== inner && outer.start <= inner.start && outer.end >= inner.end && outer.len > inner.len;

/**
 * nlp.js keeps both "twenty" and "twenty one" when both are listed; a match inside a longer match is not a
 * value of its own. Registered as the language's enum extractor, the hook nlp.js offers per locale.
 */
const preferLongestMatches = (container: Container, language: Language): void => {
  const base = container.get('extract-enum') as EnumExtractor;
  container.register(`extract-enum-${language}`, {
    async extract(input: EnumInput): Promise<EnumInput> {
      const output = await base.extract(input);
      const edges = output.edges ?? [];
      output.edges = edges.filter((edge) => !edges.some((other) => covers(other, edge)));
      return output;
    },
  });
};

/**
 * nlp.js leaves its "none feature" off unless asked: without it, words the model never saw are ignored and
 * "the weather is nice today" passes as "stop" on the strength of "today". With it, unknown words pull a
 * line towards None, which becomes AMAZON.FallbackIntent. Registered before the Nlp is built.
 */
const enableNoneFeature = (container: Container): void => {
  container.registerConfiguration('nlu-manager', { useNoneFeature: true });
};

/** nlp.js set up as the coach reads a language, before it is trained or given a trained model. */
export const newNlp = (language: Language = 'en'): Nlp => {
  const container = containerBootstrap();
  container.use(PLUGINS[language]);
  enableNoneFeature(container);
  const nlp = new Nlp({
    container,
    languages: [language],
    autoSave: false,
    autoLoad: false,
    forceNER: true,
    calculateSentiment: false,
    // The score cut is applied by the NLU, so the classifier's own best guess stays visible.
    threshold: 0,
    nlu: { log: false },
    // Exact matches only: fuzzy matching reads "rounds" as "pounds" and "might" as "right".
    ner: { threshold: 1 },
  });
  preferLongestMatches(container, language);
  return nlp;
};

/** nlp.js itself reading with a model it exported. */
export const nlpjsClassifier = (exported: string, language: Language = 'en'): LineClassifier => {
  const nlp = newNlp(language);
  nlp.import(exported);
  return {
    classify: async (utterance) => {
      const { intent, score } = await nlp.classify(language, utterance);
      return { intent, score };
    },
    extractEntities: (utterance) => nlp.extractEntities(language, utterance),
  };
};
