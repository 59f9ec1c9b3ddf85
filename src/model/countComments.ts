/**
 * A count with what the driver says around it ("eight, but my form got sloppy", "a dozen, easy", "I lost form, ten"), an
 * intent of Alexa's model only. Alexa hands a skill no words but its slots', so the count (or an amount said as words)
 * and the comment come back as words, and the skill reads them by its own rules (pain, lost form), as it reads a typed
 * line. Dialogflow and the local NLU have every line's words already.
 *
 * The comment slot's values are generated from the reading rules' own tables, so that what Alexa hands back is what
 * the rules read: the form gone bad or held, a cheat by its verb, a body part with a complaint, the side, and how the
 * set felt. Alexa takes a comment that is not listed too; the list teaches it where a comment starts and ends. Each
 * language says its own in its folder's carrierPhrases.ts, and the skill reads the words in the
 * request's language.
 */
import type { SlotTypeValue } from './intents';
import type { CountCommentPhrasing } from '../languages/carrierPhrasing';
import { all, say } from '../languages/phrasing';

export const COUNT_WITH_COMMENT_INTENT = 'CountWithCommentIntent';
const COMMENT_TYPE = 'CountCommentType';
const AMOUNT_TYPE = 'AmountType';

/** One value per kind of comment, its phrases as synonyms. */
const countCommentValues = (phrasing: CountCommentPhrasing): SlotTypeValue[] =>
  Object.entries(phrasing.comments()).map(([id, phrases]) => ({ id, synonyms: [...new Set(phrases.map((phrase) => phrase.toLowerCase()))] }));

/** "A dozen", "a couple", "half a dozen": amounts said as words, each valued by the reading rules' own table. */
const amountValues = (phrasing: CountCommentPhrasing): SlotTypeValue[] => phrasing.amounts.map(({ words, value }) => ({ id: String(value), synonyms: [words] })).reduce<SlotTypeValue[]>((values, value) => {
  const same = values.find((v) => v.id === value.id);
  if (same) same.synonyms.push(...value.synonyms);
  else values.push(value);
  return values;
}, []);

const samples = (p: CountCommentPhrasing): string[] =>
  all(
    say(p.countLeads, ['{count}', '{amount}'], p.joiners, '{comment}'),
    say(['', `{count} ${p.reps}`, `{amount} ${p.reps}`], p.joiners.filter(Boolean), '{comment}').filter((sample) => sample.includes(p.reps)),
    say(p.countLeads, ['{amount}'], ['', p.reps]),
    say(['{comment}'], p.beforeLateCount, ['{count}', '{amount}']),
  ).filter((sample) => sample.includes('{comment}') || sample.includes('{amount}'));

/** The intent as Alexa's model lists it, in a language's phrasing. */
export const countWithCommentIntent = (phrasing: CountCommentPhrasing): { name: string; slots: { name: string; type: string }[]; samples: string[] } => ({
  name: COUNT_WITH_COMMENT_INTENT,
  slots: [
    { name: 'count', type: 'AMAZON.NUMBER' },
    { name: 'amount', type: AMOUNT_TYPE },
    { name: 'comment', type: COMMENT_TYPE },
  ],
  samples: samples(phrasing),
});

/** Its slot types, by name. */
export const countWithCommentSlotTypes = (phrasing: CountCommentPhrasing): Record<string, SlotTypeValue[]> => ({
  [COMMENT_TYPE]: countCommentValues(phrasing),
  [AMOUNT_TYPE]: amountValues(phrasing),
});

/** The line the intent stands for, in words: the count or the amount, then the comment. */
export const lineOfCountWithComment = (slots: Readonly<Record<string, { value?: string | number | null } | undefined>>): string =>
  [slots.count?.value, slots.amount?.value, slots.comment?.value].filter((value) => value !== undefined && value !== null && value !== '').join(' ');
