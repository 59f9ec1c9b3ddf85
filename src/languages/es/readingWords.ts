/**
 * The Spanish words the reading rules (src/core/reading) read a line by, as drivers in the US and Mexico say them: the
 * same rules as English's, with these words. Written with their accents; read without them, as a recogniser or a thumb
 * often writes a line ("sí" is "si", "jalé" "jale", "muñeca" "muneca").
 */
import { rememberingWords, wordsOfLine as wordsOfLineBy, type LineWords } from '../../core/reading/lineWords';
import type { ReadingWords } from '../../core/reading/readingWords';
import { ZONE_ABBREVIATIONS } from '../en/readingTables';
import { HALF_WORDS, spanishNumberTable } from './numbersHeard';
import { spanishWord } from './shortenings';
import { FUNCTION_WORDS, QUESTION_OPENINGS } from './heardWords';

const plain = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Every text of a table without its accents, the accented and plain spellings both kept (a set, in order). */
const unaccented = (texts: readonly string[]): string[] => [...new Set(texts.map(plain))];

const readWord = rememberingWords(spanishWord);

/** The words of a line without accents, with what Spanish typing shortens written out (./shortenings.ts). */
const wordsOfLine = (text: string): string[] => wordsOfLineBy(plain(text), readWord);

/** Each way of saying a number in words (cero to trescientos, "una docena", "un par"), as its words, longest first. */
const NUMBER_WORDS: readonly { words: readonly string[]; value: number }[] = spanishNumberTable()
  .flatMap(({ value, texts }) => texts.filter((text) => !/\d/.test(text)).map((text) => ({ words: wordsOfLine(text), value: Number(value) })))
  .sort((a, b) => b.words.length - a.words.length);
const HALVES: readonly (readonly string[])[] = HALF_WORDS.map(wordsOfLine);
const saysAt = (words: LineWords, at: number, wanted: readonly string[]): boolean => wanted.length > 0 && wanted.every((word, i) => words[at + i] === word);

/** "treinta y cinco", "veintiún", "una docena", "doce y medio": the longest number said from `at`, with its half. */
const numberAt = (words: LineWords, at: number): { value: number; end: number } | null => {
  const said = NUMBER_WORDS.find((n) => saysAt(words, at, n.words));
  if (!said) return null;
  const end = at + said.words.length;
  const half = HALVES.find((h) => saysAt(words, end, h));
  return half ? { value: said.value + 0.5, end: end + half.length } : { value: said.value, end };
};

const MINUTES = ['minuto', 'minutos', 'min', 'mins'];
const SECONDS = ['segundo', 'segundos', 'seg', 'segs'];
const DURATION_HEDGES = new Set(['como', 'unos', 'unas', 'casi', 'nomas', 'apenas', 'puro', 'todo', 'completo', 'entero']);

/** The whole words as one number: "cuarenta y cinco", "un", "medio". */
const amountOf = (words: LineWords): number | null => {
  if (words.length === 1 && (words[0] === 'medio' || words[0] === 'media')) return 0.5;
  const said = numberAt(words, 0);
  return said && said.end === words.length ? said.value : null;
};

/** "un minuto y diez", "minuto y medio", "cuarenta y cinco segundos", "medio minuto": seconds. */
const duration = (line: LineWords): number | null => {
  const words = line.filter((word) => !DURATION_HEDGES.has(word));
  const minuteAt = words.findIndex((word) => MINUTES.includes(word));
  if (minuteAt === -1) {
    const secondAt = words.findIndex((word) => SECONDS.includes(word));
    return secondAt === -1 ? null : amountOf(words.slice(0, secondAt));
  }
  const before = words.slice(0, minuteAt);
  const minutes = before.length === 0 ? 1 : amountOf(before);
  if (minutes === null) return null;
  const after = words.slice(minuteAt + 1).filter((word) => !SECONDS.includes(word));
  const rest = after[0] === 'y' ? after.slice(1) : after;
  const seconds = rest.length === 0 ? 0 : rest.length === 1 && (rest[0] === 'medio' || rest[0] === 'media') ? 30 : (amountOf(rest) ?? 0);
  return Math.round(minutes * 60 + seconds);
};

const zone = (id: string, names: readonly string[]): { id: string; names: string[] } => ({ id, names: unaccented(names) });

export const SPANISH_READING: ReadingWords = {
  wordsOfLine,
  numberAt,
  duration,

  UNIT_NAMES: {
    lb: unaccented(['libras', 'libra', 'lbs', 'lb', 'pounds', 'pound', 'el sistema imperial', 'sistema imperial', 'imperial']),
    kg: unaccented(['kilos', 'kilo', 'kilogramos', 'kilogramo', 'kg', 'kgs', 'el sistema métrico', 'sistema métrico', 'métrico', 'métrica']),
  },
  POUND_NOUNS: [],
  SIDE_NAMES: {
    left: unaccented(['izquierdo', 'izquierda', 'lado izquierdo', 'brazo izquierdo', 'mano izquierda', 'hombro izquierdo', 'zurdo', 'left']),
    right: unaccented(['derecho', 'derecha', 'lado derecho', 'brazo derecho', 'mano derecha', 'hombro derecho', 'right']),
  },
  // "No" before a number is a correction ("doce, no, once"), not a number taken back.
  TAKE_BACK: [],
  // "Di ya cuando tengas la mancuerna": "ya" is go before a set; after it, asked how many, it is "there, done".
  READY_OR_DONE: unaccented(['ya', 'listo', 'lista', 'ya está', 'ya quedó', 'ya estuvo']),
  // "¿Qué hora es?": "hora" alone is an hour's length only where a length is meant ("cada hora").
  TIME_ASKED: unaccented(['qué hora', 'qué horas']),

  BODY_PARTS: [
    { id: 'back', names: unaccented(['espalda', 'espalda baja', 'espalda alta', 'baja espalda', 'columna', 'lumbar', 'lumbares', 'cintura', 'coxis', 'disco', 'riñones', 'riñón']) },
    { id: 'neck', names: unaccented(['cuello', 'nuca']) },
    { id: 'shoulder', names: unaccented(['hombro', 'hombros', 'omóplato', 'omóplatos', 'manguito rotador', 'trapecio', 'trapecios']) },
    { id: 'arm', names: unaccented(['brazo', 'brazos', 'bíceps', 'tríceps', 'antebrazo', 'antebrazos']) },
    { id: 'elbow', names: unaccented(['codo', 'codos']) },
    { id: 'hand', names: unaccented(['muñeca', 'muñecas', 'mano', 'manos', 'dedo', 'dedos', 'pulgar']) },
    { id: 'lat', names: unaccented(['dorsal', 'dorsales']) },
    { id: 'side', names: unaccented(['lado', 'costado', 'costilla', 'costillas', 'pecho', 'pectoral', 'oblicuo']) },
    { id: 'hip', names: unaccented(['cadera', 'caderas', 'nalga', 'nalgas', 'pierna', 'piernas', 'rodilla', 'rodillas', 'muslo']) },
    { id: 'something', names: unaccented(['algo', 'músculo', 'un músculo', 'articulación', 'nervio', 'tendón']) },
  ],
  COMPLAINTS: [
    { id: 'hurts', alone: true, names: unaccented(['duele', 'duelen', 'dolió', 'dolía', 'dolor', 'adolorido', 'adolorida', 'lastimado', 'lastimada']) },
    { id: 'injured', alone: true, names: unaccented(['lesión', 'lesionado', 'lesionada', 'calambre', 'calambres', 'espasmo', 'espasmos', 'ciática', 'acalambrado', 'acalambrada']) },
    { id: 'acting up', alone: false, names: unaccented(['molesta', 'molestando', 'me está matando', 'me mata', 'jodido', 'jodida', 'fregado', 'fregada', 'madreado', 'madreada', 'anda mal', 'está mal', 'no anda bien']) },
    {
      id: 'tweaked',
      alone: false,
      names: unaccented([
        'jalé', 'jaló', 'jalón', 'jalado', 'jalada', 'truené', 'tronó', 'truena', 'tronado', 'tronada', 'tronido', 'lastimé', 'lastimó',
        'torcí', 'torció', 'torcido', 'torcida', 'zafé', 'zafó', 'desgarré', 'desgarro', 'trabé', 'trabó', 'trabado', 'trabada',
        'tirón', 'falseó', 'crujió', 'se me fue',
      ]),
    },
    { id: 'tight', alone: false, names: unaccented(['tieso', 'tiesa', 'rígido', 'rígida', 'tenso', 'tensa', 'engarrotado', 'engarrotada', 'trabado']) },
    { id: 'sharp', alone: false, names: unaccented(['arde', 'ardor', 'quema', 'quemazón', 'punzada', 'punza', 'piquete', 'pulsa']) },
    { id: 'numb', alone: false, names: unaccented(['dormido', 'dormida', 'durmió', 'hormigueo', 'hormiguea', 'cosquilleo', 'adormecido', 'adormecida', 'entumido', 'entumida', 'entumecido', 'entumecida']) },
    { id: 'unwell', alone: false, names: unaccented(['se siente raro', 'se siente rara', 'se siente mal', 'no se siente bien', 'siento raro', 'siento rara']) },
  ],
  ALARMS: unaccented(['ay', 'uy', 'para', 'párale', 'espera', 'espérate', 'aguanta', 'chin', 'chale', 'híjole', 'no manches', 'aguas']),
  PAIN_CRIES: unaccented(['auch', 'ouch', 'ay ay ay', 'ayayay', 'sentí un tronido', 'oí un tronido', 'algo tronó', 'sentí un jalón', 'algo se jaló', 'me dio un tirón', 'sentí un tirón', 'me dio un jalón']),
  NEGATORS: unaccented(['no', 'no me', 'no le', 'ya no', 'ya no me', 'sin', 'ni', 'nada de', 'nunca', 'no tengo', 'no siento', 'no hay']),
  QUESTION_OPENINGS: unaccented(QUESTION_OPENINGS),
  WONDERING: unaccented(['me va a', 'va a', 'puede', 'podría', 'es normal', 'es malo', 'debería', 'no me irá a', 'y si']),
  MY: ['mi', 'mis'],
  SIDE_PART: 'lado',

  FORM_WORDS: unaccented(['forma', 'técnica', 'postura', 'reps', 'repeticiones', 'las últimas', 'la última', 'últimas', 'últimos', 'las dos últimas']),
  FORM_WENT_BAD_ALONE: unaccented(['chuecas', 'chueca', 'chueco', 'chuecos', 'hice trampa', 'con trampa', 'a la mala', 'cochinas', 'tranza']),
  FORM_WENT_BAD: unaccented([
    'chuecas', 'chueca', 'chueco', 'mal', 'malas', 'fea', 'feas', 'se me fue', 'se fue', 'perdí', 'perdió', 'se perdió', 'se cayó', 'cochinas',
    'sucias', 'no tan bien', 'no muy bien', 'no tan limpias', 'medio mal', 'horribles', 'gachas', 'se desbarató',
  ]),
  CHEATS: unaccented([
    'balanceé', 'balanceando', 'balanceaba', 'columpié', 'columpiando', 'con impulso', 'jaloneé', 'jaloneando', 'arqueé', 'arqueando',
    'me incliné', 'inclinándome', 'reboté', 'rebotando',
  ]),
  FORM_HELD: unaccented(['bien', 'bien hechas', 'limpias', 'limpia', 'limpio', 'buena', 'buenas', 'perfecta', 'perfectas', 'correcta', 'correctas', 'derechitas', 'estricta', 'firme', 'sólida', 'chidas']),

  TIME_ZONES: [
    zone('America/New_York', ['eastern', 'east coast', 'hora del este', 'tiempo del este', 'horario del este', 'hora de la costa este']),
    zone('America/Chicago', ['central', 'hora del centro', 'hora central', 'tiempo del centro', 'horario del centro', 'horario central', 'zona centro']),
    zone('America/Denver', ['mountain', 'hora de la montaña', 'hora de montaña', 'tiempo de la montaña', 'horario de montaña', 'horario de la montaña']),
    zone('America/Phoenix', ['arizona', 'phoenix', 'hora de arizona', 'horario de arizona']),
    zone('America/Los_Angeles', ['pacific', 'west coast', 'hora del pacífico', 'tiempo del pacífico', 'horario del pacífico', 'hora de la costa oeste']),
    zone('America/Anchorage', ['alaska', 'hora de alaska', 'horario de alaska']),
    zone('Pacific/Honolulu', ['hawaii', 'hora de hawái', 'horario de hawái']),
    zone('America/Halifax', ['atlantic', 'hora del atlántico', 'horario del atlántico']),
    zone('America/St_Johns', ['newfoundland', 'hora de terranova']),
  ],
  ZONE_ABBREVIATIONS,
  ZONE_WORDS: ['time', 'time zone', 'zone'],
  ZONE_LEADS: ['hora', 'tiempo', 'horario', 'zona'],
  ZONE_INTO: ['en', 'a'],
  ZONE_AFTER: unaccented(['ahora', 'hoy', 'aquí', 'ahorita']),

  YES_OPENINGS: unaccented([
    'sí', 'sip', 'simón', 'órale', 'va', 'dale', 'claro', 'ok', 'okey', 'diez cuatro', '10 4', 'copiado', 'afirmativo', 'correcto',
    'ándale', 'sale', 'vale', 'de acuerdo', 'por supuesto', 'seguro', 'a huevo', 'así es', 'ajá', 'eso', 'está bien', 'cómo no',
    'vámonos', 'vamos', 'arre', 'listo', 'sí señor',
  ]),
  NO_OPENINGS: unaccented([
    'no', 'nel', 'nop', 'nope', 'nah', 'negativo', 'para nada', 'ahorita no', 'todavía no', 'aún no', 'hoy no', 'mejor no', 'no gracias',
    'nel pastel', 'nanai', 'ni madres', 'no creo', 'no sé', 'más tarde', 'al rato', 'luego',
  ]),
  WAIT_OPENINGS: unaccented([
    'espera', 'espérate', 'espérame', 'aguanta', 'aguántame', 'aguanta tantito', 'espera tantito', 'un momento', 'un momentito',
    'un segundo', 'un segundito', 'momento', 'tantito', 'dame un segundo', 'dame un momento', 'dame chance', 'permíteme', 'en un momento',
  ]),
  CORRECTION_WORDS: unaccented([
    'no', 'perdón', 'digo', 'más bien', 'mejor', 'mejor dicho', 'quise decir', 'corrijo', 'corrección', 'espera', 'me equivoqué', 'nel',
    'o sea', 'bueno no', 'ah no',
  ]),
  FILLERS: unaccented(['eh', 'ehh', 'em', 'emm', 'mm', 'mmm', 'hmm', 'ah', 'oh', 'este', 'pues', 'pos', 'o sea', 'bueno', 'oye', 'mira', 'a ver', 'ok', 'okey', 'ya', 'y', 'entonces', 'pues este', 'este pues']),
  HEDGES: unaccented([
    'como', 'unos', 'unas', 'más o menos', 'casi', 'nomás', 'nada más', 'apenas', 'creo que', 'yo creo que', 'tal vez', 'quizás', 'a lo mejor',
    'alrededor de', 'cerca de', 'exactamente', 'justo', 'puras', 'puros', 'solo', 'sólo', 'hice', 'saqué', 'me salieron', 'salieron', 'fueron',
    'eran', 'fue', 'llevo', 'logré', 'pude', 'completé', 'hice como', 'cada',
  ]),
  AMOUNT_LEADS: unaccented(['fueron', 'fue', 'eran', 'era', 'son', 'es', 'hice', 'saqué', 'dije', 'eso fue', 'salieron', 'me salieron']),

  GREETINGS: unaccented([
    'hola', 'qué onda', 'quiubo', 'quihubo', 'qué tal', 'qué hubo', 'buenos días', 'buen día', 'buenas tardes', 'buenas noches', 'buenas',
    'saludos', 'qué pasó', 'hey',
  ]),
  COACH_NAMES: unaccented(['coach', 'entrenador', 'entrenadora', 'back coach', 'backcoach', 'jefe', 'compa', 'carnal', 'amigo', 'bro', 'profe', 'mi coach', 'socio', 'pariente']),
  QUIT_VERBS: unaccented([
    'termina', 'terminar', 'terminemos', 'cancela', 'cancelar', 'cancelemos', 'para', 'parar', 'paremos', 'detén', 'detener', 'acaba',
    'acabar', 'acabemos', 'corta', 'cortar', 'finaliza', 'finalizar', 'quita', 'quitar', 'deja', 'dejar', 'dejemos', 'suspende', 'suspender',
    'apaga', 'cierra', 'cerrar',
  ]),
  START_VERBS: unaccented([
    'empieza', 'empezar', 'empecemos', 'empezamos', 'comienza', 'comenzar', 'comencemos', 'inicia', 'iniciar', 'iniciemos', 'arranca',
    'arrancar', 'arranquemos', 'hacer', 'hagamos', 'haz', 'dale al', 'darle al', 'dale a', 'darle a', 'échale', 'échenle', 'echarle',
    'entrarle al', 'entrarle a', 'ponle', 'ponerle',
  ]),
  TEST_WORDS: unaccented(['prueba', 'prueba de fuerza', 'test', 'examen', 'evaluación']),
  TEST_VERBS: unaccented(['repetir', 'repite', 'volver a hacer', 'tomar', 'presentar']),
  DONE_WORDS: unaccented(['terminé', 'acabé', 'listo', 'ya estuvo']),
  SESSION_ENDS: unaccented(['por hoy', 'por esta noche', 'por ahorita', 'por ahora', 'por el día', 'por la noche', 'por esta mañana']),
  WORKOUT_PARTS: unaccented(['series', 'serie', 'sets', 'ejercicios', 'rondas', 'rutina', 'entrenamiento', 'workout']),
  AMOUNT_ASKED: unaccented(['tiempo', 'minutos', 'cuánto', 'cuánta', 'cuántos', 'cuántas']),
  MORE_WORDS: unaccented(['más']),
  WEIGHT_WORDS: unaccented(['peso', 'pesos', 'pesa', 'pesas']),
  LEFT_WORDS: unaccented(['falta', 'faltan', 'queda', 'quedan', 'resta', 'restan', 'me falta', 'me faltan', 'me queda', 'me quedan', 'nos falta', 'nos faltan', 'nos quedan', 'pendientes', 'por hacer']),
  COUNT_ASKED: unaccented(['cuántas', 'cuántos']),
  TOO_WORDS: unaccented(['muy', 'demasiado', 'demasiada', 'bien', 'bastante']),
  WEIGHT_FEELS: unaccented(['pesada', 'pesado', 'pesadas', 'pesados', 'ligera', 'ligero', 'liviana', 'liviano', 'peso']),
  FUNCTION_WORDS: unaccented(FUNCTION_WORDS),
  DO_VERBS: ['hago', 'hacer', 'hacemos'],
  DO_SUBJECTS: [],
  PAST_AUXILIARIES: [],
  LEFT_AS_SIDE: null,
  BEFORE_SIDE: [],
  SIDE_LINKS: [],
  SIDE_NOUNS: [],
  NOT_LEFT_OPENINGS: unaccented(['dónde', 'cuándo', 'quién', 'por qué']),
  WORKOUT_WORDS: unaccented(['entrenamiento', 'entrenamientos', 'ejercicio', 'ejercicios', 'rutina', 'sesión', 'workout', 'entreno', 'pesas']),
  WISH_OPENINGS: unaccented(['quiero', 'quisiera', 'vamos a', 'hay que', 'puedes', 'podemos', 'por favor', 'mejor', 'voy a', 'necesito', 'me gustaría', 'ya', 'ahora sí', 'es hora de', 'ándale', 'órale']),
  REMIND_STEMS: ['recuerd', 'record'],
  REMINDING: unaccented(['avísame a', 'me avisas a', 'ponme una alarma']),
  AT_HOUR: 'las',
  REMIND_TO: ['que', 'de'],
  TRAINING_VERBS: unaccented(['hacer', 'entrenar', 'ejercitarme', 'ejercicio', 'entrenamiento', 'rutina', 'mi', 'mis', 'workout', 'pesas']),

  NUMBER_PHRASES: [
    // Each amount said two ways at least: Alexa's model takes a value only with a second wording.
    { words: 'una media docena', value: 6 },
    { words: 'un par de docenas', value: 24 },
    { words: 'media docena', value: 6 },
    { words: 'una docena', value: 12 },
    { words: 'dos docenas', value: 24 },
    { words: 'docena', value: 12 },
    { words: 'un par de', value: 2 },
    { words: 'un par', value: 2 },
    { words: 'par de', value: 2 },
  ],
  NOT_NUMBERS: unaccented([
    'diez cuatro', '10 4', 'un momento', 'un momentito', 'un segundo', 'un segundito', 'una más', 'uno más', 'un rato', 'un ratito', 'un poco',
    'un poquito', 'un tirón', 'un jalón', 'un piquete', 'un calambre',
  ]),
  ONE_WORDS: ['uno', 'una', 'un'],
  ARTICLE_OF_ONE: null,
  ONE_COUNTED_AFTER: [],
  BEFORE_PRONOUN_ONE: unaccented(['el', 'la', 'otro', 'otra', 'cada', 'ningún', 'ninguno', 'ninguna', 'alguno', 'alguna', 'este', 'esta', 'ese', 'esa', 'cuál', 'del', 'al', 'lo']),
  AFTER_DETERMINER_ONE: unaccented([
    'lado', 'brazo', 'mano', 'momento', 'segundo', 'rato', 'poco', 'poquito', 'más', 'vez', 'día', 'serie', 'ejercicio', 'pregunta', 'que',
    'fuerte', 'débil', 'dolor', 'sola', 'solo', 'cosa', 'favor', 'buen', 'buena', 'mal', 'peso', 'pesa', 'mancuerna', 'dumbbell', 'descanso',
    'tantito', 'cachito', 'chingo', 'jalón', 'tirón', 'piquete', 'calambre', 'que no',
  ]),
  DOZEN: null,
  NAMES_BEFORE_NUMBER: unaccented(['serie', 'set', 'ronda', 'ejercicio', 'número', 'últimas', 'últimos', 'primeras', 'primeros', 'interestatal', 'carretera', 'salida', 'milla', 'i']),
  NAMES_AFTER_NUMBER: unaccented(['series', 'serie', 'sets', 'rondas', 'ejercicios', 'millas', 'milla', 'días', 'día', 'semanas', 'semana', 'veces', 'vez', 'am', 'pm']),
  TIME_UNITS: ['segundo', 'segundos', 'seg', 'segs', 'minuto', 'minutos', 'min', 'mins', 'hora', 'horas', 'hr', 'hrs'],
  HOUR_WORDS: ['hora', 'horas', 'hr', 'hrs'],
  MINUTE_WORDS: MINUTES,
  DURATION_WORDS: ['un', 'una', 'uno', 'medio', 'media', 'y'],
  AND: 'y',
  AND_A_HALF: ['y media', 'y medio'],

  DAY_PARTS: [
    ...['de la mañana', 'en la mañana', 'por la mañana', 'de la madrugada', 'am', 'a m'].map((words) => ({ words: plain(words), afternoon: false })),
    ...['de la tarde', 'en la tarde', 'por la tarde', 'de la noche', 'en la noche', 'por la noche', 'pm', 'p m'].map((words) => ({ words, afternoon: true })),
  ],
  // "Cuarto para las ocho" (in Mexico), "quince para las ocho": a quarter before the hour said after it.
  COUNTED_FROM: ['un cuarto para las', 'un cuarto para la', 'cuarto para las', 'cuarto para la', 'cuarto para', 'quince para las', 'quince para la'].map((words) => ({ words, minutes: -15 })),
  BEFORE_COUNTED_HOUR: ['menos', 'para'],
  // "Siete y cuarto", "ocho menos cuarto": a quarter after or before the hour said before it.
  COUNTED_AFTER_HOUR: [
    { words: 'y cuarto', minutes: 15 }, { words: 'y quince', minutes: 15 },
    { words: 'menos cuarto', minutes: -15 }, { words: 'menos quince', minutes: -15 },
  ],
  CLOCK_ZERO: ['cero'],
  HUNDRED: null,
  HOURS: null,
};
