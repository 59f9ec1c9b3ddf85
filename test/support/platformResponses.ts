/**
 * What a platform accepts as an answer, checked in tests: the Alexa response envelope (SSML speech and reprompt,
 * a simple card, at most 8,000 characters of speech, every character outside the tags escaped), and the JSON
 * error every refusal of this server is.
 */
import { z } from 'zod';

/** Alexa reads at most 8,000 characters of speech. */
const MAX_SSML = 8000;

/** The SSML this skill writes: <speak>, <break> and escaped text, nothing else. */
const wellFormedSsml = (ssml: string): boolean => {
  if (!ssml.startsWith('<speak>') || !ssml.endsWith('</speak>')) return false;
  const inner = ssml.slice('<speak>'.length, -'</speak>'.length).replace(/<break time="\d+(ms|s)"\/>/g, '');
  return !/[<>"]/.test(inner) && !/&(?!(amp|lt|gt|quot|apos);)/.test(inner);
};

const ssml = z.string().max(MAX_SSML).refine(wellFormedSsml, { message: 'not SSML as the skill writes it' });
const outputSpeech = z.object({ type: z.literal('SSML'), ssml });

export const alexaResponseSchema = z.object({
  version: z.literal('1.0'),
  response: z.object({
    outputSpeech: outputSpeech.optional(),
    reprompt: z.object({ outputSpeech }).optional(),
    card: z.object({ type: z.literal('Simple'), title: z.string(), content: z.string() }).optional(),
    shouldEndSession: z.boolean().optional(),
  }),
  sessionAttributes: z.record(z.string(), z.unknown()).optional(),
  userAgent: z.string().optional(),
});

export const errorBodySchema = z.object({
  error: z.object({ status: z.number().int().min(400).max(499), code: z.string().min(1), message: z.string() }),
});
