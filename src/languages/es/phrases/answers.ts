/**
 * Spanish samples of the answers: the counts and their corrections, a set done, the weight, the units, the weak side.
 * Written as drivers in the US and Mexico say them, tú and usted, with the English words they mix in.
 */
import type { ANSWER_INTENTS } from '../../../core/flows/answers.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, around, optional, say } from '../../phrasing';
import { OPENERS, PLEASE } from './shared';

// Counts -----------------------------------------------------------------------------------------------------------

/** Verbs that report a count: "hice", "saqué", "me salieron", with and without "yo". */
const COUNT_VERBS = [
  'hice', 'yo hice', 'saqué', 'me salieron', 'salieron', 'llegué a', 'aguanté', 'completé', 'terminé', 'logré', 'alcancé',
  'conté', 'fueron', 'van', 'llevo', 'me aventé', 'me eché', 'metí',
];
const COUNT_HEDGES = ['', 'como', 'unas', 'unos', 'nomás', 'nada más', 'solo', 'sólo', 'exactamente', 'casi', 'todas las'];
const COUNT_LEADS = [
  '', 'como', 'unas', 'nomás', 'nada más', 'solo', 'casi', 'fueron', 'fue', 'son', 'fueron como', 'creo que', 'creo que fueron',
  'creo que hice', 'nomás pude', 'nomás pude hacer', 'solo pude hacer', 'apenas', 'apenas hice', 'apenas saqué', 'llevo',
  'llegué hasta', 'me quedé en', 'apúntale', 'apunta', 'anota', 'anótale', 'serían', 'digamos', 'total',
  'en total', 'me parece que', 'yo digo que', 'según yo',
];
const COUNT_TAILS = ['', 'creo', 'más o menos', 'en total', 'de ese lado', 'esta vez', 'esa vez', 'en esa serie', 'nomás', 'hoy'];
const REP_WORDS = ['', 'reps', 'repeticiones', 'veces'];
/** Said after the count: "doce y ya", "doce ya no pude más". */
export const COUNT_COMMENTS = [
  'y ya', 'y ya no pude', 'ya no pude más', 'y ya no pude más', 'ya no aguanté', 'es todo', 'y es todo', 'nada más', 'limpias',
  'bien hechas', 'estuvo pesado', 'estuvo duro', 'estuvo fácil', 'me costó', 'me costaron', 'con todo', 'quedé muerto',
  'sentí el ardor', 'me quemó', 'todavía tenía más', 'pude más', 'justas', 'exactas', 'cerradas', 'ni una más',
];
const SECONDS_LEADS = [
  '', 'lo aguanté', 'lo aguanté por', 'aguanté', 'lo cargué', 'lo cargué por', 'caminé', 'caminé por', 'duré', 'aguanté como',
  'lo sostuve', 'lo sostuve por', 'fueron', 'fue', 'nomás aguanté', 'solo aguanté', 'llegué a',
];
const countSamples = (): string[] =>
  all(
    [
      '{count}', 'hice {count}', '{count} reps', '{count} repeticiones', 'saqué {count}', 'me salieron {count}', 'fueron {count}',
      '{count} segundos', 'lo aguanté {count} segundos', 'hice {count} reps', 'van {count}', 'llevo {count}',
    ],
    say(COUNT_LEADS, '{count}', REP_WORDS, COUNT_TAILS).filter((sample) => !/total.*total/.test(sample)),
    say(COUNT_VERBS, COUNT_HEDGES, '{count}', ['', 'reps', 'repeticiones']),
    say(['', 'hice', 'saqué', 'fueron', 'nomás'], '{count}', COUNT_COMMENTS),
    say(OPENERS.filter((opener) => opener !== ''), ['', 'hice', 'saqué', 'fueron', 'como', 'nomás'], '{count}', ['', 'reps', 'creo']),
    say(['diez cuatro', 'copiado'], ['', 'fueron', 'hice'], '{count}'),
    say(SECONDS_LEADS, ['', 'como', 'casi', 'nomás', 'unos', 'sus'], '{count} segundos', ['', 'creo', 'más o menos', 'de ese lado']),
    say(SECONDS_LEADS, ['', 'como', 'casi', 'nomás'], '{duration}', ['', 'creo', 'más o menos', 'de ese lado']),
    say(['el', 'aguanté el', 'lo aguanté el', 'hice el', 'caminé el', 'completé el'], ['minuto completo', 'tiempo completo'], ['', 'de {duration}']).filter((sample) => !sample.endsWith('completo')),
    // The side said with the count: "doce con la izquierda", "nueve del lado débil".
    say(['', 'hice', 'saqué', 'fueron'], '{count}', ['', 'reps', 'segundos'], ['con la {side}', 'con el {side}', 'del lado {side}', 'de la {side}', 'en la {side}', 'del lado débil', 'del lado fuerte']),
    // Failure is where the count stops: "llegué al fallo en ocho".
    say(['', 'llegué al fallo en {count}', 'fallé en {count}', 'me rendí en {count}', 'tronó en {count}', 'me quedé en {count}']),
    say('{count}', ['y fallé', 'y ya no salió', 'al fallo', 'hasta el fallo', 'y me rendí', 'y se acabó']),
  ).filter((sample) => !/\b(\w+) \1 \{/.test(sample) && !/^(unas|unos|todas las) \{count\} (veces)/.test(sample));

// Corrections ------------------------------------------------------------------------------------------------------

/** How a driver takes back a number just said: "no, once", "perdón, fueron doce", "me equivoqué, diez". */
const CORRECTION_LEADS = [
  'no', 'no no', 'nel', 'perdón', 'perdón fueron', 'perdón fue', 'perdona', 'disculpa', 'disculpe', 'me equivoqué',
  'me equivoqué fueron', 'me equivoqué son', 'error', 'corrección', 'corrige', 'corrígelo a', 'corríjalo a', 'cámbialo a',
  'cámbiale a', 'cámbielo a', 'mejor apúntale', 'quise decir', 'quería decir', 'no quise decir',
  'dije', 'no dije', 'yo dije', 'no fueron', 'no son', 'no fue', 'en realidad fueron', 'la verdad fueron',
  'más bien', 'más bien fueron', 'espera', 'espérate', 'espera no', 'no espera', 'oye no', 'no me entendiste', 'me entendiste mal',
  'está mal son', 'está mal fueron', 'eso está mal fueron', 'no eran', 'eran', 'no hice', 'en realidad hice',
  'mejor', 'mejor dicho', 'o sea', 'no oíste bien', 'oíste mal', 'me oíste mal fueron', 'se equivocó son', 'te equivocaste son',
];
const correctionSamples = (): string[] =>
  all(
    ['no {count}', 'perdón fueron {count}', 'me equivoqué {count}', 'no eran {count}', 'quise decir {count}'],
    say(['', 'eh', 'ay', 'uy', 'este', 'oops'], CORRECTION_LEADS, ['{count}', '{duration}'], optional(['reps', 'no {mistaken}'])),
    say(['no', 'perdón', ''], 'no {mistaken}', ['{count}', 'fueron {count}', 'son {count}', '{count} reps', 'hice {count}']),
    // "No" between two numbers takes the first back ("doce, no, once" is 11), so only "no fueron" says which was wrong.
    say(['', 'no', 'perdón'], ['{count}', '{count} reps', '{count} segundos'], 'no fueron {mistaken}'),
    // Both numbers in one line: "doce, no, once".
    say('{mistaken}', ['no', 'no espera', 'perdón', 'digo', 'quiero decir', 'quise decir', 'mejor dicho', 'o sea', 'no no'], '{count}', ['', 'reps']),
  ).filter((sample) => !/^(eh|ay|uy|este|oops) (eh|ay|uy|este|oops)\b/.test(sample) && !(sample.includes('{duration}') && sample.includes('reps')) && !/^(no|no no) no \{count\}$/.test(sample));

// Done -------------------------------------------------------------------------------------------------------------

const doneSamples = (): string[] =>
  all(
    // "Ya" alone is the ready the coach asks for ("di ya cuando…"); done says what is done ("ya acabé", "ya quedó").
    say(['', 'ok', 'okey', 'bueno', 'y', 'uf', 'ufff', 'pues'], [
      'ya quedó', 'ya estuvo', 'ya acabé', 'ya terminé', 'terminé', 'acabé', 'listo ya acabé', 'listo terminé', 'se acabó',
      'es todo', 'eso es todo', 'es todo lo que pude', 'ya no puedo más', 'ya no pude más', 'ya no doy más', 'hasta ahí',
      'hasta ahí llegué', 'ahí quedó', 'ahí muere', 'serie terminada', 'ya terminé la serie', 'terminé la serie', 'acabé la serie',
      'ya quedó la serie', 'ya acabé el set', 'terminé el set', 'set terminado', 'ya salió', 'ya salió la serie', 'me rendí',
      'ya me cansé', 'ya no hay más', 'ni una más', 'ya con eso', 'con eso', 'completado', 'completo', 'hecho', 'ya está',
      'ya está hecho', 'ya la hice', 'ya lo hice', 'terminado', 'acabado', 'fin', 'se terminó',
    ]),
  ).filter((sample) => !/^y (es todo|eso es todo)$/.test(sample));

// Weights and units ------------------------------------------------------------------------------------------------

const WEIGHT_CHANGES = [
  'ponle', 'ponlo en', 'pónle', 'pon', 'cámbialo a', 'cambia el peso a', 'cámbiale a', 'cambie el peso a', 'súbele a', 'bájale a',
  'sube el peso a', 'baja el peso a', 'sube a', 'baja a', 'ajusta el peso a', 'que sea de', 'mejor de', 'vamos con', 'dale con',
  'quiero usar', 'voy a usar', 'quiero subir a', 'quiero bajar a', 'pásame a', 'súbeme a', 'bájame a', 'déjalo en', 'ponme en',
];
const WEIGHT_IN_HAND = [
  'uso', 'estoy usando', 'traigo', 'tengo', 'nomás tengo', 'solo tengo', 'agarré', 'tengo una de', 'tengo la de', 'traigo la de',
  'uso la de', 'estoy con la de', 'estoy levantando', 'levanto', 'voy con', 'ando con', 'ando usando', 'me traje',
];
const WEIGHT_IS = ['la mancuerna es de', 'mi mancuerna es de', 'el dumbbell es de', 'mi dumbbell es de', 'la pesa es de', 'mi pesa es de', 'el peso es', 'el peso es de', 'pesa', 'la mancuerna pesa', 'el dumbbell pesa', 'es de'];
const WEIGHT_TAILS = ['', 'hoy', 'por favor', 'ahora', 'mejor', 'creo'];
const weightSamples = (): string[] =>
  all(
    ['{weight} {unit}', 'ponle {weight} {unit}', 'ponle {weight}', 'la mancuerna es de {weight} {unit}', 'uso {weight} {unit}', 'cambia el peso', 'cambiar el peso'],
    say(['', ...WEIGHT_CHANGES, ...WEIGHT_IN_HAND, ...WEIGHT_IS], '{weight} {unit}', WEIGHT_TAILS),
    say(['eh', 'pues', 'este'], [...WEIGHT_CHANGES, ...WEIGHT_IN_HAND, ...WEIGHT_IS], '{weight} {unit}'),
    say(WEIGHT_IN_HAND, ['una mancuerna de {weight} {unit}', 'un dumbbell de {weight} {unit}', 'una pesa de {weight} {unit}', 'la de {weight} {unit}', 'una de {weight} {unit}']),
    say([...WEIGHT_CHANGES, ...WEIGHT_IN_HAND, ...WEIGHT_IS], '{weight}', ['', 'hoy', 'por favor']),
    say(WEIGHT_IN_HAND, ['una mancuerna de {weight}', 'un dumbbell de {weight}', 'la de {weight}']),
    say(['', 'quiero', 'necesito', 'puedo', 'vamos a', 'hay que'], ['cambiar el peso', 'cambiar la mancuerna', 'cambiar de mancuerna', 'cambiar el dumbbell', 'subir de peso', 'bajar de peso', 'usar otra mancuerna', 'usar otro peso']),
  )
    // "Cámbialo a doce" with no unit corrects a count ("no, cámbialo a doce"); with a unit it is a weight.
    .filter((sample) => !/^(eh|pues|este) (eh|pues|este)\b/.test(sample) && !/\b(la|una) de (la|una) de\b/.test(sample) && !/^(cámbialo a|cámbiale a) \{weight\}$/.test(sample));

/** The weight with the unit said as a word, for Alexa's exact matching: "cuarenta libras", "veinte kilos". */
const UNIT_WORDS: Readonly<Record<'lb' | 'kg', readonly string[]>> = { lb: ['libras'], kg: ['kilos', 'kilogramos'] };
const spelledUnitSamples = (unit: 'lb' | 'kg'): string[] =>
  all(...weightSamples().filter((sample) => sample.includes('{weight} {unit}')).map((sample) => UNIT_WORDS[unit].map((word) => sample.replace('{unit}', word))));

/**
 * A weight with a half ("doce kilos y medio", "veinte y media libras", "cuarenta y dos punto cinco"): Alexa's number
 * slot holds whole numbers, so its model has an intent of its own that says the half in words.
 */
export const halfWeightSamples = (): string[] =>
  all(
    say(['', 'ponle', 'ponlo en', 'cámbialo a'], '{weight}', ['y medio', 'y media', 'punto cinco'], ['', '{unit}']),
    say(['', 'ponle', 'ponlo en'], '{weight} {unit}', ['y medio', 'y media']),
    ['la mancuerna de {weight} {unit} y media', 'la mancuerna de {weight} y medio {unit}'],
  );

const UNIT_SAYINGS = [
  '{unit}', 'en {unit}', 'usa {unit}', 'use {unit}', 'uso {unit}', 'cámbialo a {unit}', 'cambia a {unit}', 'pásalo a {unit}',
  'ponlo en {unit}', 'yo entreno en {unit}', 'yo uso {unit}', 'yo manejo {unit}', 'manejo {unit}', 'estoy acostumbrado a {unit}',
  'estoy acostumbrada a {unit}', 'prefiero {unit}', 'mejor en {unit}', 'mejor {unit}', 'háblame en {unit}',
  'todo en {unit}', 'mis pesas son de {unit}', 'mis mancuernas están en {unit}', 'aquí usamos {unit}', 'con {unit} está bien',
  '{unit} está bien', '{unit} por favor', 'en {unit} por favor', 'quiero {unit}', 'cambia las unidades a {unit}',
  'pon las unidades en {unit}', 'las unidades en {unit}', 'yo sé de {unit}', 'nomás sé {unit}', 'yo pienso en {unit}',
];
const unitsSamples = (): string[] => all(say(['', 'eh', 'pues', 'ok', 'no'], UNIT_SAYINGS, PLEASE)).filter((sample) => !/por favor (por favor|porfa)/.test(sample));

// Sides ------------------------------------------------------------------------------------------------------------

/** The side, said as "la izquierda" (the hand) or "el izquierdo" (the arm, the side), each with the tails that agree with it. */
const SIDE_NAMES = ['la {side}', 'el {side}', 'mi {side}', 'el lado {side}', 'mi lado {side}', 'la mano {side}', 'el brazo {side}'];
const SIDE_TAILS = ['', 'está más débil', 'es más débil', 'seguro', 'creo', 'yo creo', 'sin duda', 'por mucho'];
const FEMININE_SIDE_TAILS = ['es la débil', 'es la más débil', 'está más floja', 'es la mala'];
const MASCULINE_SIDE_TAILS = ['es el débil', 'es el más débil', 'es el lado débil', 'está más flojo', 'es el malo'];
/** Why a driver thinks a side is weaker: "la izquierda, es la que va en la ventana". */
const SIDE_REASONS = [
  'es la que va en la ventana', 'es el que va en la ventana', 'la traigo en la ventana todo el día', 'de tanto manejar',
  'de manejar', 'es con la que cambio', 'es el que casi no uso', 'es la que casi no uso', 'siempre ha estado más débil',
  'me recargo de ese lado', 'de recargarme en la puerta',
];
const sideSamples = (): string[] =>
  all(
    ['{side}', 'la {side}', 'el {side}', 'mi {side}', 'el lado {side}', 'la {side} es más débil'],
    say(SIDE_NAMES, SIDE_TAILS),
    say(['la {side}', 'la mano {side}', 'mi {side}'], FEMININE_SIDE_TAILS),
    say(['el {side}', 'el lado {side}', 'el brazo {side}', 'mi lado {side}', 'mi {side}'], MASCULINE_SIDE_TAILS),
    say(['eh', 'este', 'pues', 'creo que', 'yo creo que', 'seguro', 'yo diría', 'me parece que', 'a lo mejor'], SIDE_NAMES.slice(0, 4), ['', 'es más débil', 'es la débil']),
    say(['', 'yo creo que', 'pues'], ['la {side}', 'el {side}', 'mi {side}'], SIDE_REASONS),
  ).filter((sample) => !/^(creo que|yo creo que) .* (creo|yo creo)$/.test(sample));

const SWITCH_CORES = [
  'cambia el lado débil', 'cambia mi lado débil', 'cambia los lados', 'cámbialos', 'voltéalos', 'al revés', 'es al revés',
  'lo tienes al revés', 'lo tiene al revés', 'están al revés', 'el otro lado es el débil', 'el otro es más débil',
  'es el otro lado', 'es el otro', 'el otro brazo es más débil', 'te equivocaste de lado', 'ese no es el lado', 'lado equivocado',
  'me equivoqué de lado', 'lo dije al revés', 'invierte los lados', 'intercambia los lados', 'cambia de lado débil',
];
const SWITCH_TO = [
  'mi lado débil es el {side}', 'mi lado débil es la {side}', 'el lado débil es la {side}', 'el débil es el {side}',
  'la débil es la {side}', 'pon la {side} como lado débil', 'ponle la {side} como débil', 'cambia el lado débil a la {side}',
  'cambia mi lado débil al {side}', 'en realidad la {side} es más débil', 'la {side} es la débil en realidad',
  'resulta que la {side} es más débil', 'resulta que el {side} es más débil', 'mejor la {side}', 'es la {side} la débil',
];
const switchWeakSideSamples = (): string[] =>
  all(
    ['cambia el lado débil', 'cambia los lados', 'mi lado débil es la {side}', 'el otro lado es el débil'],
    say(['', 'oye', 'espera', 'no', 'este'], SWITCH_CORES, ['', 'por favor', 'cámbialos']),
    around(['', 'oye', 'espera', 'no', 'perdón', 'me equivoqué', 'la verdad'], SWITCH_TO, ['', 'no la {previousSide}', 'no el {previousSide}', 'por favor']),
  ).filter((sample) => !/cámbialos cámbialos/.test(sample));

export const ANSWER_PHRASES: PhrasesOf<typeof ANSWER_INTENTS> = {
  CountIntent: countSamples,
  CorrectionIntent: correctionSamples,
  DoneIntent: doneSamples,
  WeightIntent: weightSamples,
  UnitsIntent: unitsSamples,
  SideIntent: sideSamples,
  SwitchWeakSideIntent: switchWeakSideSamples,
  WeightInPoundsIntent: () => spelledUnitSamples('lb'),
  WeightInKilogramsIntent: () => spelledUnitSamples('kg'),
};
