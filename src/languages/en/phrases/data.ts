/**
 * What drivers say to have their data deleted.
 */
import type { DATA_INTENTS } from '../../../core/flows/data.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, say } from '../../phrasing';
import { PLEASE } from './shared';

const DELETE_WHAT = ['my data', 'all my data', 'everything', 'all my records', 'my records', 'my history', 'all my history', 'all my information', 'my information', 'my info', 'my account', 'everything you have on me', 'everything you know about me', 'my profile', 'my stuff', 'all my stuff'];
const deleteDataSamples = (): string[] =>
  all(
    ['delete my data', 'erase my data', 'forget me', 'delete everything', 'reset my data', 'delete my account', 'remove my data'],
    say(['delete', 'erase', 'clear', 'wipe', 'remove', 'reset', 'forget', 'get rid of'], DELETE_WHAT, PLEASE),
    say(['please', 'can you', 'could you', 'I want you to', 'I want to', "I'd like you to", 'go ahead and'], ['delete', 'erase', 'clear', 'wipe', 'forget'], DELETE_WHAT),
    say(['', 'please', 'I want you to', "I'd like you to", 'can you', 'just'], ['forget me', 'forget about me', 'forget everything about me', 'forget who I am', 'start me from scratch', 'wipe me out', 'delete me', 'remove me', 'erase me', 'forget everything', 'wipe it all', 'wipe everything', 'reset everything', 'delete all my workouts', 'erase my workouts', 'erase my progress', 'delete my progress'], PLEASE),
    say(['', 'I want', "I'd like"], ['my data deleted', 'my data erased', 'everything deleted', 'my account deleted', 'my information removed', 'my records wiped'], PLEASE),
  );

export const DATA_PHRASES: PhrasesOf<typeof DATA_INTENTS> = {
  DeleteDataIntent: deleteDataSamples,
};
