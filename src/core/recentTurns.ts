/**
 * The replies of a user's last few requests, by the platform's request id (Alexa's `requestId`, Dialogflow's
 * `responseId`, the console's own), kept in the user's document: a request sent again (a retry, a repeat after a lost
 * answer) is answered with the reply it got, and applied once.
 */
import type * as zod from './zod';
import { z } from './schemaSketch';
import type { Reply } from './reply';

/** How many requests are remembered: a retry comes right after its request. */
export const RECENT_TURNS = 3;

/** A request id as platforms make them: Alexa's are about 70 characters, Dialogflow's and the console's UUIDs. */
export const requestIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The reply as the coach gave it. Its words and pauses are checked; the rest (where the workout stood, the chart, the
 * answers expected) is the coach's own output written by this code, taken as an object. Built when a document is first
 * read: a write checks the reply as an object (recentTurnToWriteSchema), and a new driver's first turn reads none.
 */
const storedReply = () => {
  const textSegment = z.object({ kind: z.literal('text'), text: z.string(), counted: z.optional(z.object({ n: z.number(), of: z.number() })) });
  return z.object({
    speech: z.array(
      z.discriminatedUnion('kind', [
        textSegment,
        z.looseObject({ kind: z.literal('pause'), seconds: z.number(), purpose: z.enum(['rest', 'set', 'count', 'beat']) }),
        z.looseObject({ kind: z.literal('status') }),
      ]),
    ),
    reprompt: z.array(textSegment),
    endSession: z.boolean(),
    card: z.nullable(z.object({ title: z.string(), text: z.string() })),
    status: z.nullable(z.looseObject({})),
    progress: z.optional(z.nullable(z.looseObject({}))),
    expects: z.nullable(z.looseObject({})),
    deleteUser: z.boolean(),
    reminders: z.optional(z.nullable(z.looseObject({}))),
    askRemindersPermission: z.optional(z.boolean()),
  });
};

export const recentTurnSchema = z.object({ requestId: requestIdSchema, reply: z.lazy(storedReply) });

/**
 * A remembered turn as the stores check it before they write it: its request id, and its reply as an object. The reply
 * is the coach's own output, typed by the code that made it this turn or read back (and checked in full) from the
 * store; its every segment is checked in full whenever a document is read from a file or an item this process did not
 * write. Those segments are most of a document (9 kB of 10 kB after a few sets), and checking them was most of the cost
 * of the check before every write.
 */
export const recentTurnToWriteSchema = z.object({ requestId: requestIdSchema, reply: z.looseObject({}) });

type StoredTurn = zod.infer<typeof recentTurnSchema>;

/** The reply given to `requestId`, if it is one of the requests remembered (a reply this code wrote, as it wrote it). */
export const replyGiven = (recent: readonly StoredTurn[], requestId: string): Reply | null =>
  (recent.find((turn) => turn.requestId === requestId)?.reply as Reply | undefined) ?? null;

/** The requests remembered once `requestId` got `reply` (it replaces what it got before: a turn continued). */
export const rememberTurn = (recent: readonly StoredTurn[], requestId: string, reply: Reply): StoredTurn[] => [
  ...recent.filter((turn) => turn.requestId !== requestId).slice(-(RECENT_TURNS - 1)),
  { requestId, reply: reply as StoredTurn['reply'] },
];
