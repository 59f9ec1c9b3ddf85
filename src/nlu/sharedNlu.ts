/**
 * The local NLU, made once per process on first use and shared by every conversation: loaded from the snapshot
 * `npm run build` wrote, or trained here when it is missing or stale (./builtNlu.ts).
 */
import { loadBuiltNlu } from './builtNlu';
import { loadOnce } from './loadOnce';

export const sharedNlu = loadOnce(async () => (await loadBuiltNlu()).nlu);
