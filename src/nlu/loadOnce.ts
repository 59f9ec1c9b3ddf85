/**
 * The local NLU made once per process, on first use, and shared by every conversation: loaded from what the build
 * learned (the Lambda, the tests), or trained when that is missing. A failed attempt is not kept, so the next line tries again rather than
 * every line failing for good. Only types come from ./nlu.ts, so the Lambda's main file does not carry the NLU.
 */
import type { Nlu } from './nlu';

export const loadOnce = (make: () => Promise<Nlu>): (() => Promise<Nlu>) => {
  let made: Promise<Nlu> | null = null;
  return () => {
    made ??= make().catch((error: unknown) => {
      made = null;
      throw error;
    });
    return made;
  };
};
