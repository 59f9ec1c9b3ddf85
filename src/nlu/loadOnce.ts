/**
 * The local NLU made once per process, on first use, and shared by every conversation: loaded from what the build
 * learned (the Lambda, the tests), or trained when that is missing. A failed attempt is not kept, so the next line tries again rather than
 * every line failing for good. Only types come from ./nlu.ts, so the Lambda's main file does not carry the NLU.
 */
import type { Nlu } from './nlu';

/** `loading` until the NLU is loaded (or trained, when the build's snapshot was missing or stale). */
export type NluStatus = 'loading' | 'ready' | 'failed';

/** A host's local NLU: loaded on the first call and shared after, with how its loading stands. */
export interface NluHost {
  nlu: () => Promise<Nlu>;
  status: () => NluStatus;
}

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

/** An NLU loaded once, as loadOnce does, that also says how its loading stands. */
export const loadedOnce = (make: () => Promise<Nlu>): NluHost => {
  let status: NluStatus = 'loading';
  const nlu = loadOnce(async () => {
    status = 'loading';
    try {
      const made = await make();
      status = 'ready';
      return made;
    } catch (error) {
      status = 'failed';
      throw error;
    }
  });
  return { nlu, status: () => status };
};
