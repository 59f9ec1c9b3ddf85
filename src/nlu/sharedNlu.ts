/**
 * The local NLU, trained once per process on first use and shared by every conversation and host (training takes
 * about a second and the model never changes while the process runs).
 */
import { loadOnce } from './loadOnce';
import { createNlu } from './nlu';

export const sharedNlu = loadOnce(createNlu);
