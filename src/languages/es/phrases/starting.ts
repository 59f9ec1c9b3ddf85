/**
 * Spanish samples of starting things: getting ready for a set, starting a workout or the test; and greetings.
 */
import type { STARTING_INTENTS } from '../../../core/flows/starting.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, around, optional, say } from '../../phrasing';

// Starting things --------------------------------------------------------------------------------------------------

const READY_CORES = [
  'listo', 'lista', 'ya estoy listo', 'ya estoy lista', 'estoy listo', 'estoy lista', 'listos', 'dale', 'dale pues',
  'vámonos', 'vamos', 'vamos a darle', 'vamos pues', 'arranca', 'arráncale', 'empieza', 'empieza a contar', 'cuenta', 'ya puedes contar',
  'comienza', 'comienza la serie', 'empieza la serie', 'empezamos', 'aquí voy', 'allá voy', 'ahí voy', 'en posición', 'ya estoy en posición',
  'ya tengo la mancuerna', 'ya tengo el dumbbell', 'ya la tengo', 'ya tengo la pesa', 'ya tengo la liga', 'ya tengo la banda',
  'cuando quieras', 'cuando usted diga', 'fuego', 'arre', 'órale vámonos', 'ándale vámonos', 'a darle', 'hay que darle',
  'sale vámonos', 'va vámonos', 'empezando', 'ya empecé', 'listo para empezar', 'listo pa empezar', 'pa luego es tarde',
];
const readySamples = (): string[] =>
  all(
    // "Ya" is what the coach asks for: "di ya cuando tengas la mancuerna en la mano".
    ['listo', 'ya', 'ya estoy listo', 'vámonos', 'dale', 'empieza'],
    around(['', 'ok', 'okey', 'bueno', 'sale', 'va', 'eh', 'pues'], READY_CORES, ['', 'vámonos', 'dale', 'empieza', 'ya', 'cuenta', 'empieza a contar']),
  ).filter((sample) => !/\b(\w+) \1\b/.test(sample) && !/(vámonos|dale|empieza|cuenta|contar).*(vámonos|dale|empieza|cuenta|contar)/.test(sample) && !/ya.*\bya$/.test(sample) && !/^(pues|va|sale|bueno|ok|okey|eh) ya$/.test(sample));

const WORKOUT_VERBS = ['empieza', 'empezar', 'comienza', 'inicia', 'arranca', 'vamos a hacer', 'quiero hacer', 'hay que hacer', 'ponme', 'dame', 'hagamos', 'toca', 'ya toca', 'es hora de'];
const WORKOUT_NAMES = ['el entrenamiento', 'mi entrenamiento', 'la rutina', 'mi rutina', 'los ejercicios', 'mis ejercicios', 'el workout', 'mi workout', 'la rutina de espalda', 'el entrenamiento de hoy', 'la rutina de hoy'];
const startWorkoutSamples = (): string[] =>
  all(
    ['empieza mi entrenamiento', 'vamos a entrenar', 'entrenar', 'quiero entrenar', 'entréname', 'empieza la rutina'],
    say(WORKOUT_VERBS, WORKOUT_NAMES, optional(['ya', 'ahorita', 'por favor'])),
    say(['', 'ok', 'oye', 'bueno', 'órale', 'ándale', 'sale'], ['vamos a entrenar', 'quiero entrenar', 'a entrenar', 'hora de entrenar', 'ya es hora de entrenar', 'vamos a hacer ejercicio', 'quiero hacer ejercicio', 'vamos a ejercitarnos', 'entréname', 'entrename', 'vamos a darle al ejercicio', 'ponme a entrenar', 'ponme a hacer ejercicio', 'tengo tiempo para entrenar', 'ahorita tengo tiempo de entrenar', 'vamos con la rutina', 'a darle con la rutina'], optional(['ya', 'ahorita', 'por favor'])),
  ).filter((sample) => !/(ya|ahorita).*\b(ya|ahorita)$/.test(sample));

const TEST_NAMES = ['la prueba', 'la prueba inicial', 'la prueba base', 'el test', 'la prueba de fuerza', 'la prueba de lados', 'la prueba de los treinta días', 'el baseline'];
const TEST_VERBS = ['empieza', 'haz', 'hagamos', 'quiero hacer', 'vamos a hacer', 'toca', 'ya toca', 'me toca', 'quiero repetir', 'repite', 'repetir', 'hay que repetir', 'hay que hacer', 'es hora de'];
const startTestSamples = (): string[] =>
  all(
    ['la prueba', 'hacer la prueba', 'pruébame', 'mídeme', 'prueba de fuerza'],
    say(TEST_VERBS, TEST_NAMES, ['', 'otra vez', 'de nuevo', 'ahorita', 'hoy']),
    say(['', 'ok', 'oye', 'ya pasó un mes'], ['pruébame', 'pruébame otra vez', 'mídeme', 'mídeme otra vez', 'mide mis lados', 'mide mi diferencia', 'quiero ver cuánto he mejorado', 'quiero medirme', 'vamos a medirme', 'a ver dónde ando', 'a ver cómo ando de fuerza', 'hazme la prueba', 'hazme el test'], optional(['otra vez', 'por favor'])),
  ).filter((sample) => !/otra vez.*otra vez/.test(sample));

/** Greetings said in a session: "hola coach", "qué onda", "buenos días". */
const greetingSamples = (): string[] =>
  say(['hola', 'qué onda', 'qué tal', 'buenos días', 'buenas tardes', 'buenas noches', 'buenas', 'quihubo', 'qué hubo', 'épale', 'qué pasó', 'oye'], ['', 'coach', 'entrenador', 'back coach', 'compa', 'amigo']).filter((sample) => sample !== 'oye');

export const STARTING_PHRASES: PhrasesOf<typeof STARTING_INTENTS> = {
  ReadyIntent: readySamples,
  StartWorkoutIntent: startWorkoutSamples,
  StartTestIntent: startTestSamples,
  GreetingIntent: greetingSamples,
};
