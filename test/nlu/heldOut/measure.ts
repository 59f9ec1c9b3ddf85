/**
 * Measures how each host understands the held-out lines (./devLines.ts, ./finalLines.ts), judged by the event the line
 * becomes at the question it was said to (./judge.ts):
 * - the local NLU, as the browser and terminal consoles read a line;
 * - the skill on Alexa, the model matched exactly (virtual-alexa) and by a statistical stand-in for Alexa's NLU
 *   trained only on the model's own samples (../standIn/), each followed by the skill's own reading;
 * - the Dialogflow agent by the same kind of stand-in, followed by the webhook's reading.
 *
 * `npx tsx test/nlu/heldOut/measure.ts` prints the DEV figures; `--dev-misses` (`--second-dev-misses`,
 * `--third-dev-misses`, `--fifth-dev-misses`, `--sixth-dev-misses`) lists the misses of the first (second, third, fifth, sixth) DEV set; `--final`
 * adds the FINAL figures (never its lines or misses). `--spanish` prints every host's figures on the held-out Spanish set
 * (./spanishLines.ts) instead, on the Spanish models (Alexa's es-US model, the agent's `_usersays_es` phrases), with
 * the skill and the webhook reading in Spanish: its DEV part and the reading rules' Spanish lines
 * (./spanishRulesLines.ts, ./spanishClockLines.ts), with `--final` its FINAL part too; `--spanish --dev-misses`
 * (`--rules-misses`, `--clock-misses`) lists the misses of its DEV part (of the rules' lines, the clock lines).
 */
import fs from 'node:fs';
import type { Intent } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import type { HeardLine, SpokenEvent } from '../../../src/core/events';
import { NOTHING_ASKED, type Expectation } from '../../../src/core/reading/expectation';
import { readHeard } from '../../../src/core/reading/readHeard';
import { numberWords } from '../../../src/languages/en/numbersHeard';
import { spelled } from '../../../src/languages/es/numbersSaid';
import { heardIntent } from '../../../src/alexa/heardIntent';
import { heardOfRequest, parseWebhookRequest } from '../../../src/dialogflow/webhook';
import { createLogger } from '../../../src/log';
import type { Language } from '../../../src/languages/locales';
import { heardInWords } from '../../../src/nlu/readLine';
import { sharedNlu } from '../../../src/nlu/sharedNlu';
import { LINE_LANGUAGES } from '../../../src/nlu/lineLanguages';
import { alexaLikeNumbers } from '../../support/virtualAlexaNumbers';
import '../../support/virtualAlexaPatterns';
import { alexaStandInModel, dialogflowStandInModel, DIALOGFLOW_FALLBACK } from '../standIn/platformModels';
import { trainStandIn, type StandInHeard } from '../standIn/platformStandIn';
import { STAND_IN_LANGUAGES } from '../standIn/standInLanguages';
import type { AskedAt, HeldOutLine } from './heldOutLine';
import { sameEvent } from './judge';

export const ALEXA_MODEL_FILE = 'skill-package/interactionModels/custom/en-US.json';
/** The Spanish interaction model: es-US's, which es-MX's is a copy of (locales of one language share one generation). */
export const SPANISH_ALEXA_MODEL_FILE = 'skill-package/interactionModels/custom/es-US.json';
export const DIALOGFLOW_AGENT_DIR = 'models';

/** What a host makes of a line said at a question. */
export type Reader = (line: HeldOutLine) => Promise<SpokenEvent>;

export interface Outcome {
  line: HeldOutLine;
  heard: SpokenEvent;
  right: boolean;
}

export const measure = async (read: Reader, lines: readonly HeldOutLine[]): Promise<Outcome[]> => {
  const outcomes: Outcome[] = [];
  for (const line of lines) {
    const heard = await read(line);
    outcomes.push({ line, heard, right: sameEvent(line.expect, heard, line.at) });
  }
  return outcomes;
};

export const share = (outcomes: readonly Outcome[]): number => (outcomes.length === 0 ? 0 : outcomes.filter((o) => o.right).length / outcomes.length);

export const scoreText = (outcomes: readonly Outcome[]): string =>
  `${(100 * share(outcomes)).toFixed(1)}% (${outcomes.filter((o) => o.right).length}/${outcomes.length})`;

const quiet = createLogger('silent');

/** What the coach waits to hear at each question, as expectationOf reads it from a driver's document there. */
export const EXPECTING: Readonly<Record<AskedAt, Expectation>> = {
  units: { ...NOTHING_ASKED, units: true },
  side: { ...NOTHING_ASKED, side: true },
  weight: { ...NOTHING_ASKED, number: 'weight', busy: true },
  go: { ...NOTHING_ASKED, go: true, busy: true },
  count: { ...NOTHING_ASKED, number: 'count', busy: true },
  seconds: { ...NOTHING_ASKED, number: 'seconds', busy: true },
  yesNo: { ...NOTHING_ASKED, yesNo: true },
  confirmCount: { ...NOTHING_ASKED, number: 'count', yesNo: true, busy: true },
  driveLength: { ...NOTHING_ASKED, number: 'driveLength' },
  breakInterval: { ...NOTHING_ASKED, number: 'breakInterval', yesNo: true },
  time: { ...NOTHING_ASKED, number: 'time' },
  menu: NOTHING_ASKED,
  paused: { ...NOTHING_ASKED, go: true, busy: true },
};

/** The coach's reading of a heard line at the question. */
const read = (heard: HeardLine, at: AskedAt): SpokenEvent => readHeard(heard, EXPECTING[at]);


/** How a recogniser says the symbols and digits of a typed line, in each language. */
const SPOKEN_SYMBOLS: Readonly<Record<Language, { pounds: string; kilograms: string; andAHalf: string; number: (n: number) => string; notWords: RegExp }>> = {
  en: { pounds: 'pounds', kilograms: 'kilograms', andAHalf: 'and a half', number: (n) => numberWords(n)[0] ?? String(n), notWords: /[^a-zA-Z' ]+/g },
  es: { pounds: 'libras', kilograms: 'kilos', andAHalf: 'y medio', number: spelled, notWords: /[^\p{L}' ]+/gu },
};

/**
 * A line as a speech recogniser would hand it to Alexa: words, not digits or symbols ("40lbs" is "forty pounds", "10-4"
 * is "ten four"; in Spanish "20 kg" is "veinte kilos").
 */
export const spokenForm = (text: string, language: Language = 'en'): string => {
  const said = SPOKEN_SYMBOLS[language];
  return LINE_LANGUAGES[language]
    .typedAsSpoken(text)
    .replace(/\blbs?\b/gi, said.pounds)
    .replace(/\bkgs?\b/gi, said.kilograms)
    .replace(/(\d+)\.5\b/g, `$1 ${said.andAHalf}`)
    .replace(/\d+/g, (digits) => said.number(Math.min(Number(digits), 999)))
    .replace(said.notWords, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
};

/** The consoles: the local NLU reads the line as typed or as the browser's recogniser wrote it, in the conversation's language. */
export const localReader = async (language: Language = 'en'): Promise<Reader> => {
  await sharedNlu();
  return async (line) => read(await heardInWords(line.text, sharedNlu, quiet, {}, undefined, language), line.at);
};

/** An Alexa intent request's intent with the slots a platform heard, resolved as Alexa resolves custom values. */
const alexaIntent = (heard: StandInHeard): Intent => ({
  name: heard.intent,
  confirmationStatus: 'NONE',
  slots: Object.fromEntries(
    Object.entries(heard.slots).map(([name, slot]) => [
      name,
      {
        name,
        value: slot.value,
        confirmationStatus: 'NONE',
        ...(slot.id
          ? { resolutions: { resolutionsPerAuthority: [{ authority: 'custom', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: slot.value, id: slot.id } }] }] } }
          : {}),
      },
    ]),
  ),
});

/** The skill's reading of an intent Alexa sent, at the question, in the language of the request's locale. */
const skillReads = async (intent: Intent, at: AskedAt, language: Language): Promise<SpokenEvent> => read(await heardIntent(intent, sharedNlu, quiet, language), at);

/** Alexa's NLU stood in for by a classifier trained on the interaction model's samples, then the skill's reading. */
export const alexaStatisticalReader = (modelFile = ALEXA_MODEL_FILE, language: Language = 'en'): Reader => {
  const standIn = trainStandIn(alexaStandInModel(modelFile, language));
  return async (line) => skillReads(alexaIntent(standIn.hear(spokenForm(line.text, language))), line.at, language);
};

interface VirtualCoreUtterance {
  matched(): boolean;
  intent(): string;
  toJSON(): Record<string, string>;
}

/** The interaction model matched exactly by virtual-alexa, then the skill's reading. */
export const alexaExactReader = (modelFile = ALEXA_MODEL_FILE, language: Language = 'en'): Reader => {
  const { asCompared, numberOf } = STAND_IN_LANGUAGES[language];
  const file = JSON.parse(asCompared(fs.readFileSync(modelFile, 'utf8'))) as {
    interactionModel: { languageModel: { intents: { name: string; slots?: { name: string; type: string }[] }[] } };
  };
  // Alexa sends a number slot as digits, whatever the language it was said in.
  const numberSlots = new Set(file.interactionModel.languageModel.intents.flatMap((intent) => (intent.slots ?? []).filter((slot) => slot.type === 'AMAZON.NUMBER').map((slot) => `${intent.name}.${slot.name}`)));
  const asSent = (intent: string, slots: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(slots).map(([name, value]) => [name, numberSlots.has(`${intent}.${name}`) ? String(numberOf(value) ?? value) : value]));
  const restore = alexaLikeNumbers(language);
  let captured: Intent | null = null;
  let alexa: VirtualAlexa;
  let model: unknown;
  try {
    alexa = VirtualAlexa.Builder()
      .handler((request: { request?: { intent?: Intent } }, _context: unknown, done: (error: null, result: unknown) => void) => {
        captured = request.request?.intent ?? null;
        done(null, { version: '1.0', response: { shouldEndSession: false } });
      })
      .interactionModel(file)
      .create();
    model = (alexa.context() as unknown as { interactionModel(): unknown }).interactionModel();
  } finally {
    restore();
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require('virtual-core') as { Utterance: new (model: unknown, phrase: string) => VirtualCoreUtterance };
  return async (line) => {
    const undo = alexaLikeNumbers(language);
    let matched: { intent: string; slots: Record<string, string> } | null;
    try {
      const utterance = new core.Utterance(model, asCompared(spokenForm(line.text, language)));
      matched = utterance.matched() ? { intent: utterance.intent(), slots: utterance.toJSON() } : null;
    } finally {
      undo();
    }
    if (!matched) return { type: 'fallback' };
    captured = null;
    const undoAgain = alexaLikeNumbers(language);
    try {
      await alexa.intend(matched.intent, asSent(matched.intent, matched.slots));
    } finally {
      undoAgain();
    }
    const intent = captured as Intent | null;
    return intent ? skillReads(intent, line.at, language) : { type: 'fallback' };
  };
};

/** Dialogflow's agent stood in for by a classifier trained on its training phrases, then the webhook's reading. */
export const dialogflowStatisticalReader = (agentDir = DIALOGFLOW_AGENT_DIR, language: Language = 'en'): Reader => {
  const standIn = trainStandIn(dialogflowStandInModel(agentDir, language));
  return async (line) => {
    const heard = standIn.hear(line.text);
    const parameters = Object.fromEntries(Object.entries(heard.slots).map(([name, slot]) => [name, slot.id ?? (Number.isFinite(Number(slot.value)) ? Number(slot.value) : slot.value)]));
    const request = {
      responseId: 'measure',
      session: 'projects/p/agent/sessions/measure',
      queryResult: { queryText: line.text, languageCode: language, parameters, intent: heard.intent === DIALOGFLOW_FALLBACK ? { displayName: DIALOGFLOW_FALLBACK } : { displayName: heard.intent } },
    };
    const heardLine = await heardOfRequest(parseWebhookRequest(request), sharedNlu, quiet);
    return heardLine.type === 'heard' ? read(heardLine, line.at) : (heardLine as SpokenEvent);
  };
};

/** The sets measured: the earlier set's two splits and this one's; a FINAL split is only ever scored. */
export const heldOutSets = async (withFinal: boolean): Promise<[string, readonly HeldOutLine[]][]> => {
  const { EARLIER_DEV_LINES, EARLIER_FINAL_LINES } = await import('./earlierLines');
  const { DEV_LINES } = await import('./devLines');
  const { SECOND_DEV_LINES } = await import('./secondDevLines');
  const sets: [string, readonly HeldOutLine[]][] = [
    ['earlier DEV', EARLIER_DEV_LINES],
    ['DEV', DEV_LINES],
    ['second DEV', SECOND_DEV_LINES],
    ['third DEV', (await import('./thirdDevLines')).THIRD_DEV_LINES],
    ['fifth DEV', (await import('./fifthLines')).FIFTH_DEV_LINES],
    ['sixth DEV', (await import('./sixthLines')).SIXTH_DEV_LINES],
  ];
  if (withFinal) {
    sets.push(['earlier FINAL', EARLIER_FINAL_LINES], ['FINAL', (await import('./finalLines')).FINAL_LINES]);
    // Written after the third set's rules, by someone who never read them: scored, like FINAL, and never read.
    sets.push(['fourth', (await import('./fourthLines')).FOURTH_LINES]);
    sets.push(['fifth FINAL', (await import('./fifthLines')).FIFTH_FINAL_LINES]);
    sets.push(['sixth FINAL', (await import('./sixthLines')).SIXTH_FINAL_LINES]);
  }
  return sets;
};

/** Every host's reader in a language, as the measure and the suite run them: Spanish's Alexa model is es-US's. */
export const hostReaders = async (language: Language = 'en'): Promise<[string, Reader][]> => {
  const alexaModel = language === 'en' ? ALEXA_MODEL_FILE : SPANISH_ALEXA_MODEL_FILE;
  return [
    ['local NLU (consoles)', await localReader(language)],
    ['Alexa, exact (virtual-alexa) + skill', alexaExactReader(alexaModel, language)],
    ['Alexa, statistical stand-in + skill', alexaStatisticalReader(alexaModel, language)],
    ['Dialogflow, statistical stand-in + webhook', dialogflowStatisticalReader(DIALOGFLOW_AGENT_DIR, language)],
  ];
};

/** The held-out Spanish sets: its DEV part and the reading rules' lines; its FINAL part only ever scored. */
export const spanishSets = async (withFinal: boolean): Promise<[string, readonly HeldOutLine[]][]> => {
  const { SPANISH_DEV_LINES, SPANISH_FINAL_LINES } = await import('./spanishLines');
  const { SPANISH_RULES_LINES } = await import('./spanishRulesLines');
  const { SPANISH_CLOCK_LINES } = await import('./spanishClockLines');
  const sets: [string, readonly HeldOutLine[]][] = [
    ['Spanish DEV', SPANISH_DEV_LINES],
    ['Spanish rules', SPANISH_RULES_LINES],
    ['Spanish clock', SPANISH_CLOCK_LINES],
  ];
  if (withFinal) sets.push(['Spanish FINAL', SPANISH_FINAL_LINES]);
  return sets;
};

const main = async (): Promise<void> => {
  const withFinal = process.argv.includes('--final');
  const language: Language = process.argv.includes('--spanish') ? 'es' : 'en';
  const missesFlag = process.argv.find((arg) => arg.endsWith('-misses'));
  // "--dev-misses" lists the first DEV set's misses (in Spanish, its DEV set's), "--second-dev-misses" the second's,
  // "--third-dev-misses" ("--fifth-dev-misses") the third's (the fifth's); "--spanish --rules-misses" ("--clock-misses")
  // the Spanish rules (clock) lines'.
  const missesOf = !missesFlag
    ? null
    : language === 'es'
      ? `Spanish ${missesFlag.slice(2, -'-misses'.length).replace('dev', 'DEV')}`
      : `${missesFlag.slice(2, -'dev-misses'.length).replace(/-$/, ' ')}DEV`;
  const sets = language === 'es' ? await spanishSets(withFinal) : await heldOutSets(withFinal);
  for (const [name, read] of await hostReaders(language)) {
    const scores: string[] = [];
    for (const [setName, lines] of sets) {
      const outcomes = await measure(read, lines);
      scores.push(`${setName} ${scoreText(outcomes)}`);
      if (setName === missesOf) {
        for (const o of outcomes.filter((outcome) => !outcome.right)) console.log(`  [${o.line.at}] ${JSON.stringify(o.line.text)}: expected ${JSON.stringify(o.line.expect)}, heard ${JSON.stringify(o.heard)}`);
      }
    }
    console.log(`${name}: ${scores.join('; ')}`);
  }
};

if (require.main === module) void main();
