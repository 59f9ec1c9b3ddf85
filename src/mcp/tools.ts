/**
 * The coach's MCP tools, generated from the language model's intents (the same table the Alexa, Dialogflow and local
 * NLU adapters read): one tool per event a driver can cause, its arguments the intent's slots typed by their slot
 * types, and its call turned into the coach event by the one intent-to-event mapping (src/model/intentEvents.ts).
 */
import * as z from 'zod';
import type { SpokenEvent } from '../core/events';
import { eventFor, type SlotInputs } from '../model/intentEvents';
import { ALEXA_ONLY_SHAPES, CUSTOM_SLOT_TYPES, INTENT_SHAPES, type IntentShape, type SlotDef, type SlotTypeName } from '../model/intents';
import { SLOT_DESCRIPTIONS, TOOL_DESCRIPTIONS, type ToolEvent } from './descriptions';

/** Questions that leave the workout where it is: the coach answers and asks its question again. */
const READ_ONLY: ReadonlySet<ToolEvent> = new Set(['help', 'repeat', 'progress', 'whatsNext', 'timeLeft', 'whatWeight', 'whyOneSide']);
const DESTRUCTIVE: ReadonlySet<ToolEvent> = new Set(['deleteData']);
/** What no driver calls for: the coach's own "I did not get that", and the platform's session ending. */
const NOT_TOOLS: ReadonlySet<string> = new Set(['fallback', 'sessionEnded']);

export interface CoachTool {
  /** The tool's name: the event's, in snake case (`skip_rest`). */
  name: string;
  event: ToolEvent;
  intent: IntentShape;
  description: string;
  inputShape: z.ZodRawShape;
  readOnly: boolean;
  destructive: boolean;
}

export const toolNameOf = (event: ToolEvent): string => event.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Any reasonable count, weight or number of minutes: the coach itself says when one is out of its range. */
const SANE_NUMBER = z.number().min(-100_000).max(100_000);

const idsOf = (type: Exclude<SlotTypeName, 'AMAZON.NUMBER'>): [string, ...string[]] => {
  const [first, ...rest] = CUSTOM_SLOT_TYPES[type].map((value) => value.id);
  if (first === undefined) throw new Error(`The slot type ${type} has no values`);
  return [first, ...rest];
};

/** The JSON Schema of a slot, from its slot type: a number, a value of the type, or (for a length of time) the words said. */
const slotSchema = (slot: SlotDef): z.ZodType => {
  const described = <T extends z.ZodType>(schema: T): T => schema.describe(SLOT_DESCRIPTIONS[slot.name] ?? slot.name);
  if (slot.type === 'AMAZON.NUMBER') return described(SANE_NUMBER).optional();
  if (slot.type === 'DurationType') return described(z.string().max(100)).optional();
  return described(z.enum(idsOf(slot.type))).optional();
};

/** A tool's arguments as the slots a platform would have heard: numbers and words as values, custom types by their id. */
const slotInputs = (intent: IntentShape, args: Record<string, unknown>): SlotInputs =>
  Object.fromEntries(
    intent.slots.flatMap((slot) => {
      // The arguments passed the tool's schema: a number, or a string.
      const given = args[slot.name] as string | number | undefined;
      if (given === undefined) return [];
      if (slot.type === 'AMAZON.NUMBER' || slot.type === 'DurationType') return [[slot.name, { value: given }]];
      return [[slot.name, { id: String(given), value: String(given) }]];
    }),
  );

const isToolEvent = (event: string): event is ToolEvent => !NOT_TOOLS.has(event) && Object.hasOwn(TOOL_DESCRIPTIONS, event);

/**
 * One tool per event: the first intent of the model that means it gives its slots (Alexa's spelled-out variants of an
 * intent are not tools of their own; Alexa's greeting inside a session stands for opening the coach).
 */
const generateTools = (): CoachTool[] => {
  const byEvent = new Map<ToolEvent, IntentShape>();
  for (const intent of [...INTENT_SHAPES, ...ALEXA_ONLY_SHAPES]) {
    if (intent.variantOf || !isToolEvent(intent.event) || byEvent.has(intent.event)) continue;
    byEvent.set(intent.event, intent);
  }
  const missing = (Object.keys(TOOL_DESCRIPTIONS) as ToolEvent[]).filter((event) => !byEvent.has(event));
  if (missing.length > 0) throw new Error(`No intent of the language model means ${missing.join(', ')}`);
  // Opening the coach is what an assistant calls first.
  const ordered = [...byEvent].sort(([a], [b]) => Number(b === 'launch') - Number(a === 'launch'));
  return ordered.map(([event, intent]) => ({
    name: toolNameOf(event),
    event,
    intent,
    description: TOOL_DESCRIPTIONS[event],
    inputShape: Object.fromEntries(intent.slots.map((slot) => [slot.name, slotSchema(slot)])),
    readOnly: READ_ONLY.has(event),
    destructive: DESTRUCTIVE.has(event),
  }));
};

/**
 * The language the driver speaks, which every tool takes: the coach answers in it ("es-MX" is Spanish with kilograms,
 * as on Alexa and the consoles). A locale the coach has no words for gets English.
 */
export const LOCALE_ARGUMENT = 'locale';
/** The form of a locale a caller may name ("es-MX", "es_MX"), and what the coach says it wants when it is not one. */
export const LOCALE_FORM = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$/;
export const A_LOCALE = 'a locale such as en-US or es-MX';
const localeSchema = z
  .string()
  .regex(LOCALE_FORM, A_LOCALE)
  .optional()
  .describe("The language the driver speaks, as a locale: en-US (the default), en-GB, es-US, es-MX... The coach's answer is in it.");

export const COACH_TOOLS: readonly CoachTool[] = generateTools().map((tool) => ({ ...tool, inputShape: { ...tool.inputShape, [LOCALE_ARGUMENT]: localeSchema } }));

/** The locale a call names, else the coach's default. */
export const localeOfCall = (args: Record<string, unknown>, fallback: string): string => {
  const locale = args[LOCALE_ARGUMENT];
  return typeof locale === 'string' ? locale.replace('_', '-') : fallback;
};

export const toolForEvent = (event: ToolEvent): CoachTool => {
  const tool = COACH_TOOLS.find((t) => t.event === event);
  if (!tool) throw new Error(`No tool for ${event}`);
  return tool;
};

/** The coach event a call of the tool means, read by the same mapping as every platform's intents. */
export const eventOfCall = (tool: CoachTool, args: Record<string, unknown>): SpokenEvent => eventFor(tool.intent, slotInputs(tool.intent, args));
