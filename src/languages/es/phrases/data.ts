/**
 * Spanish samples of deleting one's data.
 */
import type { DATA_INTENTS } from '../../../core/flows/data.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, say } from '../../phrasing';
import { PLEASE } from './shared';

const DELETE_WHAT = ['mis datos', 'todos mis datos', 'todo', 'mi historial', 'mi información', 'toda mi información', 'mi cuenta', 'mi perfil', 'mis registros', 'todo lo que tienes de mí', 'todo lo mío'];
const deleteDataSamples = (): string[] =>
  all(
    ['borra mis datos', 'borra todo', 'olvídame', 'elimina mi cuenta'],
    say(['', 'quiero que', 'oye'], ['borra', 'elimina', 'quita', 'limpia', 'resetea'], DELETE_WHAT, PLEASE).filter((sample) => !sample.startsWith('quiero que')),
    say(['quiero', 'necesito', 'puedes', 'me puedes', 'vamos a'], ['borrar', 'eliminar', 'quitar', 'resetear'], DELETE_WHAT, PLEASE),
    say(['', 'por favor', 'oye'], ['olvídame', 'olvídate de mí', 'olvida todo de mí', 'bórrame', 'bórrame de todo', 'empieza de cero conmigo', 'borra todos mis entrenamientos', 'borra mi progreso'], PLEASE),
  ).filter((sample) => !/por favor (por favor|porfa)$/.test(sample));

export const DATA_PHRASES: PhrasesOf<typeof DATA_INTENTS> = {
  DeleteDataIntent: deleteDataSamples,
};
