/**
 * Spanish samples of the workout's control: stopping, cancelling, pausing and going on, hearing it again, moving on,
 * starting over, the menu, help, getting ready, starting a workout or the test, skipping, and greetings.
 */
import { all, around, optional, say } from '../phrasing';

const PLEASE = ['', 'por favor', 'porfa'];

// Stopping, cancelling, pausing ------------------------------------------------------------------------------------

/** Stopping the workout. No pain word is here: "para, me duele" is pain, never a stop. */
const STOP_VERBS = ['para', 'pare', 'detén', 'termina', 'terminar', 'acaba', 'cierra', 'apaga', 'corta', 'ya para'];
const STOP_OBJECTS = ['', 'el entrenamiento', 'la rutina', 'la sesión', 'el ejercicio', 'todo', 'la app'];
const STOP_TAILS = ['', 'ya', 'por hoy', 'por ahora', 'por favor', 'gracias', 'adiós'];
const DONE_FOR_TODAY = ['ya terminé por hoy', 'ya acabé por hoy', 'es todo por hoy', 'fue todo por hoy', 'ya estuvo por hoy', 'hasta aquí por hoy', 'hasta aquí', 'ya me voy', 'me tengo que ir', 'tengo que irme', 'ya me tengo que ir', 'me voy', 'ya nos vemos', 'nos vemos', 'adiós', 'hasta luego', 'hasta mañana', 'bye', 'ahí nos vidrios', 'ahí se ven', 'cambio y fuera', 'me retiro', 'ya le paro', 'ya le paramos', 'le paro aquí', 'ahí la dejamos', 'ahí le dejamos', 'dejémosle ahí', 'ya no quiero seguir', 'no quiero seguir', 'salir', 'terminar la sesión', 'cállate', 'silencio'];
export const stopSamples = (): string[] =>
  all(
    ['para', 'salir', 'terminar', 'ya terminé por hoy', 'adiós'],
    say(STOP_VERBS, STOP_OBJECTS, STOP_TAILS).filter((sample) => !/^(ya para|para|pare|detente|detén) (todo )?(ya)$/.test(sample) || sample === 'para ya'),
    say(['detente', 'párale', 'ya párale', 'sal', 'sal de la app', 'sal del entrenamiento', 'salir de la rutina', 'salte'], ['', 'ya', 'por hoy', 'por favor']),
    say(['', 'ok', 'bueno', 'oye', 'pues', 'sale'], DONE_FOR_TODAY, optional(['gracias', 'coach', 'compa'])),
    say(['quiero', 'necesito', 'tengo que', 'hay que', 'vamos a', 'puedes', 'ya quiero'], ['parar', 'terminar', 'salir', 'acabar', 'detener'], ['', 'el entrenamiento', 'la rutina', 'por hoy']),
    say(['diez cuatro', 'copiado', 'ok'], ['me voy', 'cambio y fuera', 'ahí nos vemos', 'es todo por hoy']),
  ).filter((sample) => !/^(ok|bueno|sale) (ok|bueno|sale)\b/.test(sample) && !/adiós adiós|gracias gracias/.test(sample));

const CANCEL_CORES = ['cancela', 'cancelar', 'cancélalo', 'cancela eso', 'cancele', 'olvídalo', 'olvídelo', 'olvida eso', 'déjalo', 'déjalo así', 'no importa', 'no le hagas caso', 'ignora eso', 'borra eso', 'me arrepentí', 'cambié de opinión', 'mejor no hagas eso', 'no hagas eso', 'deshaz eso', 'no dije nada', 'haz como que no dije nada'];
export const cancelSamples = (): string[] =>
  all(
    ['cancela', 'cancelar', 'olvídalo', 'no importa'],
    say(['', 'eh', 'ah', 'no', 'espera', 'perdón', 'ok', 'mejor', 'nombre'], CANCEL_CORES, optional(['por favor', 'olvídalo', 'gracias'])),
  ).filter((sample) => !/(cancel.*cancel|olvid.*olvid|déjalo.*déjalo)/.test(sample));

const WAIT_WORDS = ['espera', 'espérame', 'espéreme', 'espérate', 'aguanta', 'aguántame', 'aguanta tantito', 'un momento', 'un momentito', 'un segundo', 'un segundito', 'un minuto', 'tantito', 'déjame tantito', 'dame un segundo', 'dame un minuto', 'dame chance', 'deja respiro', 'momento', 'tiempo fuera', 'alto ahí', 'pérate', 'pérame'];
const PAUSE_WORDS = ['pausa', 'pon pausa', 'ponle pausa', 'pausa el entrenamiento', 'pausa la rutina', 'pausa la serie', 'pausa el tiempo', 'pausa todo', 'detén el tiempo', 'deja en pausa', 'déjalo en pausa', 'un break', 'dame un break', 'necesito un break', 'tomo un break', 'me tomo un break', 'necesito un descanso', 'necesito descansar', 'déjame descansar', 'déjame respirar', 'necesito aire', 'estoy sin aire', 'me falta el aire', 'ando sin aire'];
/** What stops a driver for a moment: the door, the phone, dispatch, the lot. */
const INTERRUPTIONS = ['tocan la puerta', 'alguien toca', 'alguien está tocando', 'me tocan la ventana', 'me están llamando', 'suena mi teléfono', 'está sonando el teléfono', 'tengo una llamada', 'tengo que contestar', 'me habla el dispatcher', 'me llama el despacho', 'me está llamando dispatch', 'tengo que mover el camión', 'tengo que mover la troca', 'se me cayó la mancuerna', 'se me cayó el dumbbell', 'se me zafó la liga', 'se me zafó la banda', 'llegó alguien', 'ahí viene alguien', 'está entrando un tráiler', 'llegó el de seguridad'];
export const pauseSamples = (): string[] =>
  all(
    ['pausa', 'espera', 'un momento', 'dame un minuto', 'pausa el entrenamiento'],
    say(['', 'oye', 'ay', 'perdón', 'ok'], WAIT_WORDS, ['', 'por favor', 'tantito', 'un ratito']),
    say(['', 'oye', 'ok'], PAUSE_WORDS, ['', 'por favor', 'tantito', 'un ratito']),
    say(['', 'oye'], ['puedes pausar', 'puedes poner pausa', 'me pones pausa', 'le pones pausa', 'podemos pausar', 'podemos parar tantito', 'podemos hacer una pausa', 'hacemos una pausa'], ['', 'por favor', 'tantito', 'un ratito']),
    say(['', 'espera', 'perdón'], INTERRUPTIONS, ['', 'espérame', 'dame un minuto', 'un segundo', 'pon pausa', 'aguanta']),
  ).filter((sample) => !/\b(\w+) \1\b/.test(sample) && !/(tantito|ratito).*(tantito|ratito)/.test(sample) && !/^(espera|espérame|aguanta) (espera|espérame|aguanta)\b/.test(sample));

const RESUME_CORES = ['sigue', 'sígale', 'síguele', 'continúa', 'continuar', 'continúe', 'seguimos', 'sigamos', 'vamos a seguir', 'ya regresé', 'ya volví', 'ya estoy de vuelta', 'aquí estoy', 'de vuelta', 'reanuda', 'reanudar', 'quita la pausa', 'quítale la pausa', 'donde nos quedamos', 'dónde íbamos', 'en qué íbamos', 'donde me quedé', 'sigue con la rutina', 'sigue el entrenamiento', 'continúa la rutina', 'dale que sigue', 'sigue donde íbamos', 'vámonos otra vez', 'regresemos', 'ya vine'];
export const resumeSamples = (): string[] =>
  all(
    ['sigue', 'continúa', 'ya regresé', 'reanuda', 'seguimos'],
    say(['', 'ok', 'bueno', 'perdón', 'perdón por eso', 'ya', 'listo', 'sale'], RESUME_CORES),
    say(RESUME_CORES, ['por favor', 'ya', 'donde íbamos', 'con la rutina']),
  ).filter((sample) => !/^ya ya\b/.test(sample) && !/(regresé|volví|vine).*(regresé|volví|vine)/.test(sample) && !/(íbamos|quedamos|quedé).*(íbamos)/.test(sample));

// Repeating, moving on, going back ---------------------------------------------------------------------------------

const REPEAT_REQUESTS = ['repite', 'repítelo', 'repite eso', 'repítemelo', 'repita', 'repítame', 'dilo otra vez', 'dímelo otra vez', 'otra vez', 'de nuevo', 'repite la última parte', 'repite la pregunta', 'repite lo último', 'dilo de nuevo', 'vuelve a decirlo', 'vuélvelo a decir', 'me lo repites'];
const REPEAT_QUESTIONS = ['qué', 'qué dijiste', 'qué dijo', 'cómo', 'cómo dijiste', 'mande', 'qué fue eso', 'qué cosa', 'cuántas dijiste', 'cuánto dijiste', 'qué peso dijiste', 'qué me preguntaste', 'cuál fue la pregunta', 'perdón qué', 'cómo fue'];
const MISSED = ['no te oí', 'no te escuché', 'no le escuché', 'no oí', 'no entendí', 'no te entendí', 'no alcancé a oír', 'no escuché bien', 'no se oyó'];
const NOISE = ['', 'hay mucho ruido', 'está muy ruidoso', 'el motor hace mucho ruido', 'el camión hace ruido'];
export const repeatSamples = (): string[] =>
  all(
    ['repite', 'otra vez', 'qué dijiste', 'mande', 'cómo'],
    say(['', 'perdón', 'oye', 'mande'], REPEAT_REQUESTS, PLEASE),
    say(['', 'perdón', 'oye', 'mande'], ['me lo puedes repetir', 'me lo repites', 'puedes repetir', 'me puedes repetir eso', 'lo puedes repetir', 'puedes repetirlo', 'me lo puede repetir', 'puede repetir la pregunta', 'puedes decirlo otra vez'], PLEASE),
    say(['', 'perdón', 'eh'], REPEAT_QUESTIONS, PLEASE),
    say(['', 'perdón', 'oye'], MISSED, NOISE, ['', 'repite', 'otra vez', 'me lo repites']),
  ).filter((sample) => !/^(mande|perdón) \1\b/.test(sample) && !/^mande (mande|qué|cómo)/.test(sample));

export const nextSamples = (): string[] =>
  all(
    ['siguiente', 'el siguiente', 'el que sigue', 'siguiente ejercicio'],
    say(['', 'ok', 'bueno', 'sale', 'va'], ['pásate', 'pasa', 'vamos', 'sigue', 'brinca', 'muévete', 'llévame'], ['al siguiente', 'al siguiente ejercicio', 'a la siguiente', 'a la siguiente serie', 'al que sigue', 'a lo que sigue'], PLEASE),
    say(['', 'ok', 'bueno', 'sale', 'va'], ['siguiente', 'siguiente por favor', 'el siguiente', 'el que sigue', 'lo que sigue', 'la que sigue', 'siguiente serie', 'siguiente ejercicio', 'siguiente set', 'adelante', 'vamos adelante', 'a lo que sigue', 'sigamos adelante', 'próximo', 'el próximo', 'próximo ejercicio']),
  ).filter((sample) => !/por favor por favor/.test(sample));

export const startOverSamples = (): string[] =>
  all(
    ['empieza de nuevo', 'desde el principio', 'reinicia', 'otra vez desde el principio'],
    say(['', 'ok', 'quiero', 'vamos a', 'podemos', 'hay que', 'mejor'], ['empezar de nuevo', 'empezar otra vez', 'empezar desde cero', 'reiniciar', 'reiniciar la rutina', 'volver a empezar', 'empezar desde el principio', 'comenzar de nuevo', 'arrancar de nuevo', 'arrancar otra vez', 'volver al principio'], PLEASE),
    say(['', 'ok', 'bueno'], ['empieza de nuevo', 'empieza otra vez', 'reinicia', 'reinicia todo', 'reinicia la rutina', 'reinicia la serie', 'desde el principio', 'desde cero', 'desde el inicio', 'de nuevo todo', 'todo otra vez', 'arranca de nuevo', 'vuelve a empezar', 'vuelve al principio'], PLEASE),
  );

export const homeSamples = (): string[] =>
  all(
    ['inicio', 'menú', 'menú principal'],
    say(['', 'ok', 'eh'], ['ve', 'vete', 'vamos', 'regresa', 'llévame', 'regrésame', 'volver'], ['al menú', 'al menú principal', 'al inicio', 'a la pantalla principal', 'a la pantalla de inicio', 'a casa'], PLEASE),
    say(['', 'ok'], ['el menú', 'pantalla de inicio', 'pantalla principal', 'muéstrame el menú', 'abre el menú', 'regresa al inicio'], PLEASE),
  );

// Help -------------------------------------------------------------------------------------------------------------

const HELP_QUESTIONS = [
  'qué puedo decir', 'qué puedo decirte', 'qué le digo', 'qué te digo', 'qué hago', 'qué hago ahora', 'qué tengo que hacer',
  'qué tengo que decir', 'qué opciones tengo', 'cuáles son las opciones', 'qué comandos hay', 'qué comandos entiendes',
  'qué puedes hacer', 'qué haces', 'cómo funciona esto', 'cómo funciona', 'cómo se usa esto', 'cómo se usa', 'cómo te uso',
  'cómo le hago', 'cómo funciona la app', 'qué entiendes', 'qué me entiendes', 'qué sigue aquí', 'qué se supone que haga',
  'explícame cómo funciona', 'dime qué decir', 'dime qué puedo decir', 'qué eres', 'qué es esto',
];
export const helpSamples = (): string[] =>
  all(
    ['ayuda', 'ayúdame', 'necesito ayuda', 'qué puedo decir'],
    say(['', 'eh', 'oye', 'este', 'pues', 'a ver'], HELP_QUESTIONS),
    say(['puedes ayudarme', 'me puedes ayudar', 'me ayudas', 'me echas la mano', 'me echas una mano', 'necesito que me ayudes', 'necesito que me eches la mano', 'me puede ayudar'], ['', 'por favor', 'aquí', 'con esto']),
    say(['', 'eh', 'oye', 'este'], ['ayuda', 'ayúdame', 'ayúdeme', 'necesito ayuda', 'estoy perdido', 'estoy perdida', 'no entiendo', 'no le entiendo', 'no sé qué hacer', 'no sé cómo funciona', 'instrucciones', 'opciones', 'comandos', 'dame las opciones', 'dime las opciones'], optional(['por favor', 'qué hago'])),
  );

// Starting things --------------------------------------------------------------------------------------------------

const READY_CORES = [
  'listo', 'lista', 'ya estoy listo', 'ya estoy lista', 'estoy listo', 'estoy lista', 'listos', 'dale', 'dale pues',
  'vámonos', 'vamos', 'vamos a darle', 'vamos pues', 'arranca', 'arráncale', 'empieza', 'empieza a contar', 'cuenta', 'ya puedes contar',
  'comienza', 'comienza la serie', 'empieza la serie', 'empezamos', 'aquí voy', 'allá voy', 'ahí voy', 'en posición', 'ya estoy en posición',
  'ya tengo la mancuerna', 'ya tengo el dumbbell', 'ya la tengo', 'ya tengo la pesa', 'ya tengo la liga', 'ya tengo la banda',
  'cuando quieras', 'cuando usted diga', 'fuego', 'arre', 'órale vámonos', 'ándale vámonos', 'a darle', 'hay que darle',
  'sale vámonos', 'va vámonos', 'empezando', 'ya empecé', 'listo para empezar', 'listo pa empezar', 'pa luego es tarde',
];
export const readySamples = (): string[] =>
  all(
    // "Ya" is what the coach asks for: "di ya cuando tengas la mancuerna en la mano".
    ['listo', 'ya', 'ya estoy listo', 'vámonos', 'dale', 'empieza'],
    around(['', 'ok', 'okey', 'bueno', 'sale', 'va', 'eh', 'pues'], READY_CORES, ['', 'vámonos', 'dale', 'empieza', 'ya', 'cuenta', 'empieza a contar']),
  ).filter((sample) => !/\b(\w+) \1\b/.test(sample) && !/(vámonos|dale|empieza|cuenta|contar).*(vámonos|dale|empieza|cuenta|contar)/.test(sample) && !/ya.*\bya$/.test(sample) && !/^(pues|va|sale|bueno|ok|okey|eh) ya$/.test(sample));

const WORKOUT_VERBS = ['empieza', 'empezar', 'comienza', 'inicia', 'arranca', 'vamos a hacer', 'quiero hacer', 'hay que hacer', 'ponme', 'dame', 'hagamos', 'toca', 'ya toca', 'es hora de'];
const WORKOUT_NAMES = ['el entrenamiento', 'mi entrenamiento', 'la rutina', 'mi rutina', 'los ejercicios', 'mis ejercicios', 'el workout', 'mi workout', 'la rutina de espalda', 'el entrenamiento de hoy', 'la rutina de hoy'];
export const startWorkoutSamples = (): string[] =>
  all(
    ['empieza mi entrenamiento', 'vamos a entrenar', 'entrenar', 'quiero entrenar', 'entréname', 'empieza la rutina'],
    say(WORKOUT_VERBS, WORKOUT_NAMES, optional(['ya', 'ahorita', 'por favor'])),
    say(['', 'ok', 'oye', 'bueno', 'órale', 'ándale', 'sale'], ['vamos a entrenar', 'quiero entrenar', 'a entrenar', 'hora de entrenar', 'ya es hora de entrenar', 'vamos a hacer ejercicio', 'quiero hacer ejercicio', 'vamos a ejercitarnos', 'entréname', 'entrename', 'vamos a darle al ejercicio', 'ponme a entrenar', 'ponme a hacer ejercicio', 'tengo tiempo para entrenar', 'ahorita tengo tiempo de entrenar', 'vamos con la rutina', 'a darle con la rutina'], optional(['ya', 'ahorita', 'por favor'])),
  ).filter((sample) => !/(ya|ahorita).*\b(ya|ahorita)$/.test(sample));

const TEST_NAMES = ['la prueba', 'la prueba inicial', 'la prueba base', 'el test', 'la prueba de fuerza', 'la prueba de lados', 'la prueba de los treinta días', 'el baseline'];
const TEST_VERBS = ['empieza', 'haz', 'hagamos', 'quiero hacer', 'vamos a hacer', 'toca', 'ya toca', 'me toca', 'quiero repetir', 'repite', 'repetir', 'hay que repetir', 'hay que hacer', 'es hora de'];
export const startTestSamples = (): string[] =>
  all(
    ['la prueba', 'hacer la prueba', 'pruébame', 'mídeme', 'prueba de fuerza'],
    say(TEST_VERBS, TEST_NAMES, ['', 'otra vez', 'de nuevo', 'ahorita', 'hoy']),
    say(['', 'ok', 'oye', 'ya pasó un mes'], ['pruébame', 'pruébame otra vez', 'mídeme', 'mídeme otra vez', 'mide mis lados', 'mide mi diferencia', 'quiero ver cuánto he mejorado', 'quiero medirme', 'vamos a medirme', 'a ver dónde ando', 'a ver cómo ando de fuerza', 'hazme la prueba', 'hazme el test'], optional(['otra vez', 'por favor'])),
  ).filter((sample) => !/otra vez.*otra vez/.test(sample));

// Skipping ---------------------------------------------------------------------------------------------------------

const SKIPPABLE = ['', 'este', 'este ejercicio', 'esta serie', 'este set', 'ese', 'eso', 'los remos', 'el remo', 'las jaladas', 'los jalones con liga', 'la caminata', 'las caminatas', 'el cargado', 'la liga', 'lo de la liga', 'el final'];
const CANNOT_DO = ['no puedo hacer este', 'no puedo hacer ese', 'este no lo puedo hacer', 'no hay espacio', 'no tengo espacio', 'no hay lugar', 'no tengo dónde caminar', 'no hay dónde caminar', 'no tengo la liga', 'no traigo la liga', 'no traigo la banda', 'se me olvidó la liga', 'dejé la liga en la casa', 'se rompió la liga', 'no quiero hacer este', 'hoy no hago caminata', 'hoy no hago remos'];
export const skipSamples = (): string[] =>
  all(
    ['sáltate este', 'salta este', 'brinca este', 'sáltalo', 'me lo salto', 'saltar'],
    say(['vamos a', 'podemos', 'hay que'], ['saltarnos', 'brincarnos', 'omitir'], SKIPPABLE.filter((thing) => thing !== ''), ['', 'hoy']),
    say(['quiero', 'mejor quiero', 'me voy a'], ['saltar', 'brincar'], SKIPPABLE.filter((thing) => thing !== ''), ['', 'hoy']),
    say(['', 'ok', 'mejor', 'oye'], ['sáltate', 'salta', 'brinca', 'brínquese', 'sáltese', 'omite', 'pásate'], SKIPPABLE.filter((thing) => thing !== ''), ['', 'hoy']),
    say(['', 'ok', 'mejor', 'hoy'], ['me lo salto', 'me salto este', 'me brinco este', 'me lo brinco', 'paso de este', 'este me lo salto', 'este lo brinco', 'sáltalo', 'bríncalo', 'omítelo']),
    say(['', 'perdón', 'oye'], CANNOT_DO, ['', 'sáltalo', 'mejor el siguiente', 'brínquele']),
  );

const SKIP_REST_CORES = [
  'sáltate el descanso', 'salta el descanso', 'brinca el descanso', 'sin descanso', 'no necesito descanso', 'no necesito descansar',
  'no quiero descansar', 'ya descansé', 'ya estoy descansado', 'ya estoy descansada', 'ya me recuperé', 'corta el descanso',
  'acorta el descanso', 'termina el descanso', 'quita el descanso', 'para el reloj', 'quita el tiempo', 'no me hagas esperar',
  'ya no quiero esperar', 'suficiente descanso', 'ya fue suficiente descanso', 'mucho descanso', 'está muy largo el descanso',
  'sáltate el break', 'sin break', 'no necesito break', 'ya no necesito el break', 'no estoy cansado', 'ni estoy cansado',
];
export const skipRestSamples = (): string[] =>
  all(
    ['sáltate el descanso', 'sin descanso', 'ya descansé', 'no necesito descanso'],
    around(['', 'ok', 'bueno', 'oye', 'ya estoy listo', 'ya descansé', 'sale'], SKIP_REST_CORES, ['', 'por favor', 'ya estoy listo', 'vámonos', 'dale']),
  ).filter((sample) => !/(descansé|descansado|recuperé).*(descansé|descansado|recuperé)/.test(sample) && !/ya estoy listo.*ya estoy listo/.test(sample));

/** Greetings said in a session: "hola coach", "qué onda", "buenos días". */
export const greetingSamples = (): string[] =>
  say(['hola', 'qué onda', 'qué tal', 'buenos días', 'buenas tardes', 'buenas noches', 'buenas', 'quihubo', 'qué hubo', 'épale', 'qué pasó', 'oye'], ['', 'coach', 'entrenador', 'back coach', 'compa', 'amigo']).filter((sample) => sample !== 'oye');
