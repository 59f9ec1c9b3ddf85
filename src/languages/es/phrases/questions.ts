/**
 * Spanish samples of the questions about the program: progress, what is next, how much is left, what weight, why
 * one side at a time.
 */
import type { QUESTION_INTENTS } from '../../../core/flows/questions.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, around, say } from '../../phrasing';

const ASKING = ['', 'oye', 'a ver', 'este', 'eh', 'coach', 'y', 'dime', 'pues'];

const PROGRESS_QUESTIONS = [
  'cómo voy', 'cómo ando', 'cómo vamos', 'cómo va mi progreso', 'cuál es mi progreso', 'mi progreso', 'muéstrame mi progreso',
  'dame mi progreso', 'estoy mejorando', 'estoy avanzando', 'estoy más fuerte', 'me estoy poniendo más fuerte', 'he mejorado',
  'cuánto he mejorado', 'cuánto he avanzado', 'ya se emparejaron mis lados', 'se está cerrando la diferencia',
  'cuál es mi diferencia', 'cuánta diferencia hay', 'qué tanta diferencia tengo', 'cómo va la diferencia', 'mis números',
  'dame mis números', 'cuáles son mis números', 'mis estadísticas', 'dame mis estadísticas', 'mis resultados',
  'cuáles son mis resultados', 'está funcionando esto', 'sí está funcionando', 'no estoy mejorando', 'no veo avance',
  'no veo progreso', 'cómo va mi lado débil', 'ya alcanzó mi lado débil', 'cuánto me falta para emparejar', 'cuál fue mi prueba inicial',
  'progreso', 'cómo me va', 'qué tal voy', 'qué tal ando',
];
const progressSamples = (): string[] =>
  all(
    ['cómo voy', 'mi progreso', 'estoy mejorando', 'cuál es mi diferencia', 'no estoy mejorando'],
    around(ASKING, PROGRESS_QUESTIONS, ['', 'hasta ahorita', 'hasta ahora', 'en general', 'desde que empecé', 'desde la prueba', 'la verdad']),
    say(['ya se está emparejando', 'se está poniendo más fuerte', 'está mejorando', 'ya alcanzó'], ['mi lado izquierdo', 'mi lado derecho', 'mi brazo izquierdo', 'mi brazo derecho', 'mi lado débil'], ['', 'o no']),
  );

const WHATS_NEXT_QUESTIONS = [
  'qué sigue', 'qué sigue ahora', 'qué viene', 'qué viene después', 'qué hay después', 'qué sigue después de esto', 'qué hago después',
  'qué toca', 'qué me toca', 'qué nos toca', 'qué toca ahora', 'en dónde voy', 'dónde voy', 'dónde vamos', 'en qué vamos',
  'en qué serie voy', 'qué serie es esta', 'cuál es el plan', 'cuál es el siguiente ejercicio', 'qué ejercicio sigue',
  'cuándo entreno otra vez', 'cuándo me toca entrenar', 'cuándo es mi próximo entrenamiento', 'cuándo es la próxima rutina',
  'cuándo vuelvo a entrenar', 'qué día me toca', 'qué día entreno', 'y ahora qué', 'ahora qué',
];
const whatsNextSamples = (): string[] =>
  all(
    ['qué sigue', 'qué viene', 'qué toca', 'dónde voy', 'cuándo me toca entrenar'],
    around(ASKING, WHATS_NEXT_QUESTIONS, ['', 'hoy', 'ahora', 'ahorita', 'después de esto']),
    say(['a qué hora es', 'a qué hora me toca', 'qué día es', 'cuándo es'], ['mi', 'el', 'la'], ['entrenamiento', 'rutina', 'próximo entrenamiento', 'próxima rutina'], ['', 'hoy', 'mañana', 'esta semana']).filter((sample) => !/\b(mi|el) (rutina|próxima)|\bla (entrenamiento|próximo)/.test(sample)),
    // Cuántas hacer: lo que pide la serie, y del lado fuerte, lo que acaba de hacer el débil.
    say(['cuántas', 'cuántas repeticiones'], ['hago', 'tengo que hacer', 'debo hacer', 'me toca hacer'], ['', 'ahora', 'en esta serie', 'del otro lado', 'con el otro brazo']),
  ).filter((sample) => !/ahora.*\bahora\b|después.*después/.test(sample));

const TIME_LEFT_QUESTIONS = [
  'cuánto falta', 'cuánto me falta', 'cuánto nos falta', 'cuánto falta para terminar', 'cuánto tiempo falta', 'cuánto tiempo me queda',
  'cuánto queda', 'cuánto más', 'cuánto dura esto', 'cuánto va a durar', 'cuántas series faltan', 'cuántas series me faltan',
  'cuántas series quedan', 'cuántos sets faltan', 'cuántos ejercicios faltan', 'cuántos ejercicios quedan', 'cuántos minutos faltan',
  'cuántos minutos quedan', 'cuántas faltan', 'cuántas me faltan', 'cuántas más', 'ya casi', 'ya casi acabamos', 'ya casi termino',
  'ya mero', 'ya mero acabamos', 'falta mucho', 'falta poco', 'es la última', 'es la última serie', 'es el último', 'qué falta',
  'qué me falta', 'qué queda', 'a qué hora acabamos', 'cuándo acabamos', 'cuándo termino',
];
const timeLeftSamples = (): string[] =>
  all(
    ['cuánto falta', 'cuánto tiempo falta', 'cuántas series faltan', 'ya casi acabamos', 'falta mucho'],
    around(ASKING, TIME_LEFT_QUESTIONS, ['', 'hoy', 'todavía', 'de la rutina', 'del entrenamiento']),
  );

const WHAT_WEIGHT_QUESTIONS = [
  'qué peso uso', 'qué peso estoy usando', 'qué peso debo usar', 'qué peso me toca', 'qué peso es', 'cuál es mi peso', 'cuánto peso',
  'cuánto peso uso', 'cuánto peso le pongo', 'cuánto estoy levantando', 'qué mancuerna uso', 'qué mancuerna agarro', 'cuál mancuerna',
  'qué dumbbell uso', 'qué dumbbell agarro', 'de cuánto la mancuerna', 'de cuánto es la mancuerna', 'qué tan pesada', 'qué tan pesado',
  'qué me recomiendas', 'qué me recomienda', 'recuérdame el peso', 'qué peso traía', 'con qué peso voy',
];
const WHAT_WEIGHT_IN_UNIT = [
  'cuánto es en {unit}', 'cuánto es eso en {unit}', 'cuánto sería en {unit}', 'qué peso es en {unit}', 'dímelo en {unit}',
  'dame el peso en {unit}', 'cuánto pesa en {unit}', 'cuánto estoy usando en {unit}', 'y en {unit}', 'cuál es el peso en {unit}',
  'cuánto son en {unit}',
];
const whatWeightSamples = (): string[] =>
  all(
    ['qué peso uso', 'qué peso estoy usando', 'cuánto es en {unit}'],
    around(ASKING, WHAT_WEIGHT_QUESTIONS, ['', 'hoy', 'ahora', 'otra vez', 'para este']),
    say(['', 'oye', 'a ver', 'y'], WHAT_WEIGHT_IN_UNIT, ['', 'por favor', 'otra vez']),
  ).filter((sample) => !/^y y\b/.test(sample));

const WHY_QUESTIONS = [
  'por qué un lado', 'por qué un solo lado', 'por qué un solo brazo', 'por qué un lado a la vez', 'por qué un brazo', 'por qué un brazo a la vez', 'por qué nomás un brazo',
  'por qué nomás un lado', 'por qué solo un brazo', 'por qué solo un lado', 'por qué no los dos brazos', 'por qué no con los dos',
  'por qué no los dos a la vez', 'por qué no puedo hacer los dos', 'por qué de un brazo', 'por qué con una mano', 'por qué una mano',
  'por qué todo es de un lado', 'por qué todo es de un brazo', 'para qué un lado a la vez', 'de qué sirve un lado a la vez',
  'de qué sirve un brazo', 'cuál es el chiste de un brazo', 'cómo ayuda un lado', 'explícame lo de un lado', 'explícame por qué',
  'por qué unilateral', 'por qué no una barra', 'por qué no con barra', 'por qué entreno un lado', 'por qué entrenamos un lado',
  'por qué uso un brazo', 'por qué nomás uso un brazo', 'por qué trabajo un lado',
];
const whyOneSideSamples = (): string[] =>
  all(
    ['por qué un lado', 'por qué un brazo a la vez', 'por qué no los dos brazos', 'explícame por qué'],
    around(['', 'oye', 'a ver', 'pregunta', 'una pregunta', 'oiga', 'y'], WHY_QUESTIONS, ['', 'nomás', 'a la vez', 'coach']),
  ).filter((sample) => !/a la vez a la vez|nomás.*nomás|(barra|unilateral|los dos brazos) a la vez/.test(sample));

export const QUESTION_PHRASES: PhrasesOf<typeof QUESTION_INTENTS> = {
  ProgressIntent: progressSamples,
  WhatsNextIntent: whatsNextSamples,
  TimeLeftIntent: timeLeftSamples,
  WhatWeightIntent: whatWeightSamples,
  WhyOneSideIntent: whyOneSideSamples,
};
