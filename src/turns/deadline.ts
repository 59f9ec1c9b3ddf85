/**
 * One time budget per turn. A host starts the turn's deadline when the request arrives and passes it down: every
 * outside call (Alexa's Settings API, the store, the Reminders API, a progressive response) is given what is left of
 * it, less what the steps after it need, and is aborted at that point. Separate deadlines that each fit on their own
 * added up past Alexa's 8 s; one budget cannot.
 */

/** Alexa waits 8 s for a response: the turn answers within 7 s of arrival, whatever its partners do. */
export const ALEXA_TURN_BUDGET_MS = 7000;
/** Dialogflow waits 5 s for its webhook. */
export const DIALOGFLOW_TURN_BUDGET_MS = 4500;
/** Kept at the end of every turn for building and sending the answer. */
export const ANSWER_MARGIN_MS = 300;

export interface Deadline {
  /** When the turn must be answered, in epoch milliseconds. */
  readonly endsAt: number;
  /** Milliseconds left until `endsAt`, less `reserveMs` for the steps still to come after this one (never below 0). */
  left(reserveMs?: number): number;
  /** The epoch milliseconds by which a step must end to leave `reserveMs` to the steps after it. */
  by(reserveMs?: number): number;
}

export const startDeadline = (budgetMs: number, arrivedAt: number = Date.now()): Deadline => {
  const endsAt = arrivedAt + budgetMs;
  return {
    endsAt,
    left: (reserveMs = 0) => Math.max(0, endsAt - reserveMs - Date.now()),
    by: (reserveMs = 0) => endsAt - reserveMs,
  };
};
