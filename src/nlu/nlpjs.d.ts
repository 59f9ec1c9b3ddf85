/**
 * The small part of nlp.js v4 the console uses. The packages ship JavaScript only; these declarations
 * describe the calls made in this folder and nothing more.
 */
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown, name?: string): string;
    register(name: string, instance: unknown, isSingleton?: boolean): void;
    get(name: string, settings?: unknown): unknown;
    registerConfiguration(tag: string, configuration: Record<string, unknown>, overwrite?: boolean): void;
    getConfiguration(tag: string): Record<string, unknown> | undefined;
  }
  export function containerBootstrap(settings?: Record<string, unknown>): Container;
}

declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';

  export interface NlpEntity {
    entity: string;
    option?: string;
    sourceText?: string;
    utteranceText?: string;
    start: number;
    end: number;
    len: number;
    accuracy: number;
    type: string;
  }

  export interface NlpClassification {
    intent: string;
    score: number;
    classifications: { intent: string; score: number }[];
  }

  export interface NlpResult {
    utterance: string;
    optionalUtterance?: string;
    intent: string;
    score: number;
    classifications?: { intent: string; score: number }[];
    entities: NlpEntity[];
  }

  export interface NlpSettings {
    container?: Container;
    languages?: string[];
    autoSave?: boolean;
    autoLoad?: boolean;
    forceNER?: boolean;
    threshold?: number;
    calculateSentiment?: boolean;
    nlu?: Record<string, unknown>;
    ner?: Record<string, unknown>;
  }

  export class Nlp {
    constructor(settings?: NlpSettings, container?: Container);
    settings: NlpSettings;
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    addNerRuleOptionTexts(locale: string, name: string, option: string, texts: string[]): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
    /** Intent classification alone, without entity extraction. */
    classify(locale: string, utterance: string): Promise<NlpClassification>;
    extractEntities(locale: string, utterance: string): Promise<{ entities: NlpEntity[] }>;
    /** The trained model and value rules as JSON text. */
    export(minified?: boolean): string;
    /** Takes a model exported by `export`, in place of training. */
    import(data: string): void;
  }
}

declare module '@nlpjs/lang-en-min' {
  export class LangEn {}
}

/** nlp.js's English tokenizer and stemmer and its overlap rule for values, loaded file by file by ./compactReader.ts. */
declare module '@nlpjs/lang-en-min/src/tokenizer-en' {
  export default class TokenizerEn {
    innerTokenize(text: string): string[];
  }
}

declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  export default class StemmerEn {
    stem(tokens: string[]): string[];
  }
}

declare module '@nlpjs/ner/src/reduce-edges' {
  import type { NlpEntity } from '@nlpjs/nlp';
  export default function reduceEdges<T extends NlpEntity>(edges: T[], useMaxLength?: boolean, intentEntities?: string[]): T[];
}

declare module '@nlpjs/language-min/src/language' {
  export default class Language {
    static getTopScript(value: string): [string, number];
  }
}

declare module '@nlpjs/lang-es' {
  export class LangEs {}
}

/** nlp.js's Spanish tokenizer and stemmer, loaded file by file by ./compactReader.ts for a Spanish classifier. */
declare module '@nlpjs/lang-es/src/tokenizer-es' {
  export default class TokenizerEs {
    innerTokenize(text: string): string[];
  }
}

declare module '@nlpjs/lang-es/src/stemmer-es' {
  export default class StemmerEs {
    stem(tokens: string[]): string[];
  }
}
