/**
 * The local NLU, trained once per process on first use and shared by every conversation and host (training takes
 * about a second and the model never changes while the process runs).
 */
import { createNlu, type Nlu } from './nlu';

let training: Promise<Nlu> | null = null;

export const sharedNlu = (): Promise<Nlu> => {
  training ??= createNlu().catch((error: unknown) => {
    // Let the next request try again rather than fail forever.
    training = null;
    throw error;
  });
  return training;
};
