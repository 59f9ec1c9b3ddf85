/**
 * Spanish samples of what steers the coach: yes and no, stopping, cancelling, pausing and going on, hearing it again,
 * moving on, starting over, the menu, help.
 */
import type { CONTROL_INTENTS } from '../../../core/flows/control.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, optional, say } from '../../phrasing';
import { OFF_TOPIC_PHRASES } from '../heardWords';
import { PLEASE } from './shared';

// Yes and no -------------------------------------------------------------------------------------------------------

const AGREEING = [
  'sí', 'sí señor', 'sí señora', 'sí coach', 'claro', 'claro que sí', 'por supuesto', 'ok', 'okey', 'va', 'sale', 'sale y vale',
  'órale', 'ándale', 'ándale pues', 'órale pues', 'de acuerdo', 'está bien', 'ta bien', 'simón',
  'cómo no', 'con gusto', 'perfecto', 'correcto', 'eso es', 'así es', 'exacto', 'afirmativo', 'copiado', 'diez cuatro',
  'diez-cuatro', 'sí claro', 'sí por favor', 'sí porfa', 'sí va', 'va que va', 'bien', 'muy bien', 'me parece bien',
  'suena bien', 'me late', 'sí me late', 'jalo', 'yo jalo', 'sí jalo', 'a huevo', 'obvio', 'seguro', 'sí sí', 'cierto',
];
/** Yes said as an answer to the question itself: "sí quiero", "todavía", "un poco". */
const AFFIRMING = [
  'sí quiero', 'sí me gustaría', 'creo que sí', 'yo creo que sí', 'pienso que sí', 'sí todavía', 'todavía', 'todavía sí',
  'un poco', 'un poquito', 'sí un poco', 'sí me duele todavía', 'sí es', 'sí es correcto', 'eso mero', 'ese mero', 'sí está bien',
];
const YES_TAILS = ['', 'gracias', 'por favor', 'está bien', 'coach', 'jefe', 'compa'];
const yesSamples = (): string[] =>
  all(
    ['sí', 'claro', 'ok', 'va', 'sale', 'órale', 'ándale', 'está bien', 'de acuerdo', 'copiado', 'diez cuatro'],
    say(AGREEING, YES_TAILS),
    say(['eh', 'este', 'pues', 'bueno', 'ah', 'ok'], [...AGREEING, ...AFFIRMING]),
    AFFIRMING,
  ).filter((sample) => !/^(ok|okey|bueno) (ok|okey)$/.test(sample) && !/^sí me duele/.test(sample));

const DECLINING = [
  'no', 'nel', 'nop', 'no gracias', 'no muchas gracias', 'negativo', 'para nada', 'ni modo', 'ahorita no', 'ahora no', 'hoy no',
  'todavía no', 'aún no', 'no por ahora', 'no todavía', 'mejor no', 'mejor al rato', 'al rato', 'luego', 'otro día', 'otra vez será',
  'no señor', 'no señora', 'no no', 'nel pastel', 'qué va', 'no la verdad no', 'la verdad no', 'no creo', 'no me late',
];
/** No said as an answer to the question itself: "no quiero", "ya no", "estoy bien". */
const DENYING = [
  'no quiero', 'no gracias estoy bien', 'estoy bien', 'así estoy bien', 'ya no', 'ya no me duele', 'ya no duele', 'ya se me pasó',
  'ya estoy bien', 'no está bien', 'está mal', 'eso está mal', 'no es cierto', 'no es correcto', 'no es eso', 'eso no', 'no dije eso',
  'no es así', 'no me siento mal', 'me siento bien', 'se siente bien', 'todo bien', 'no todo bien', 'no pasa nada', 'nada',
  'no nada', 'no me interesa', 'paso', 'yo paso',
];
const NO_TAILS = ['', 'gracias', 'coach', 'ahorita no', 'hoy no', 'al rato', 'jefe', 'compa'];
/** "No sé", "se sienten igual": no answer either way. */
const UNSURE = [
  'no sé', 'no lo sé', 'quién sabe', 'ni idea', 'no tengo idea', 'no estoy seguro', 'no estoy segura', 'no sabría decir',
  'se sienten igual', 'los dos se sienten igual', 'están parejos', 'más o menos igual', 'igual', 'ninguno', 'no sé cuál',
  'no sé qué lado', 'no sé cuánto pesa', 'no sé el peso', 'no sé lo que pesa',
];
const noSamples = (): string[] =>
  all(
    ['no', 'nel', 'no gracias', 'ahorita no', 'todavía no', 'negativo', 'está mal'],
    say(DECLINING, NO_TAILS),
    DENYING,
    say(['eh', 'este', 'pues', 'bueno', 'ah', 'mmm'], [...DECLINING, ...DENYING]),
    say(['no', 'nel'], ['mejor mañana', 'mañana', 'otro día', 'estoy bien', 'no quiero', 'paso', 'eso está mal']),
    say(['', 'eh', 'pues', 'la verdad'], UNSURE),
  ).filter((sample) => !/^(\w+) \1 \1/.test(sample) && !/(hoy no|ahorita no|al rato).*(hoy no|ahorita no|al rato)/.test(sample) && sample !== 'no no no');

// Stopping, cancelling, pausing ------------------------------------------------------------------------------------

/** Stopping the workout. No pain word is here: "para, me duele" is pain, never a stop. */
const STOP_VERBS = ['para', 'pare', 'detén', 'termina', 'terminar', 'acaba', 'cierra', 'apaga', 'corta', 'ya para'];
const STOP_OBJECTS = ['', 'el entrenamiento', 'la rutina', 'la sesión', 'el ejercicio', 'todo', 'la app'];
const STOP_TAILS = ['', 'ya', 'por hoy', 'por ahora', 'por favor', 'gracias', 'adiós'];
const DONE_FOR_TODAY = ['ya terminé por hoy', 'ya acabé por hoy', 'es todo por hoy', 'fue todo por hoy', 'ya estuvo por hoy', 'hasta aquí por hoy', 'hasta aquí', 'ya me voy', 'me tengo que ir', 'tengo que irme', 'ya me tengo que ir', 'me voy', 'ya nos vemos', 'nos vemos', 'adiós', 'hasta luego', 'hasta mañana', 'bye', 'ahí nos vidrios', 'ahí se ven', 'cambio y fuera', 'me retiro', 'ya le paro', 'ya le paramos', 'le paro aquí', 'ahí la dejamos', 'ahí le dejamos', 'dejémosle ahí', 'ya no quiero seguir', 'no quiero seguir', 'salir', 'terminar la sesión', 'cállate', 'silencio'];
const stopSamples = (): string[] =>
  all(
    ['para', 'salir', 'terminar', 'ya terminé por hoy', 'adiós'],
    say(STOP_VERBS, STOP_OBJECTS, STOP_TAILS).filter((sample) => !/^(ya para|para|pare|detente|detén) (todo )?(ya)$/.test(sample) || sample === 'para ya'),
    say(['detente', 'párale', 'ya párale', 'sal', 'sal de la app', 'sal del entrenamiento', 'salir de la rutina', 'salte'], ['', 'ya', 'por hoy', 'por favor']),
    say(['', 'ok', 'bueno', 'oye', 'pues', 'sale'], DONE_FOR_TODAY, optional(['gracias', 'coach', 'compa'])),
    say(['quiero', 'necesito', 'tengo que', 'hay que', 'vamos a', 'puedes', 'ya quiero'], ['parar', 'terminar', 'salir', 'acabar', 'detener'], ['', 'el entrenamiento', 'la rutina', 'por hoy']),
    say(['diez cuatro', 'copiado', 'ok'], ['me voy', 'cambio y fuera', 'ahí nos vemos', 'es todo por hoy']),
  ).filter((sample) => !/^(ok|bueno|sale) (ok|bueno|sale)\b/.test(sample) && !/adiós adiós|gracias gracias/.test(sample));

const CANCEL_CORES = ['cancela', 'cancelar', 'cancélalo', 'cancela eso', 'cancele', 'olvídalo', 'olvídelo', 'olvida eso', 'déjalo', 'déjalo así', 'no importa', 'no le hagas caso', 'ignora eso', 'borra eso', 'me arrepentí', 'cambié de opinión', 'mejor no hagas eso', 'no hagas eso', 'deshaz eso', 'no dije nada', 'haz como que no dije nada'];
const cancelSamples = (): string[] =>
  all(
    ['cancela', 'cancelar', 'olvídalo', 'no importa'],
    say(['', 'eh', 'ah', 'no', 'espera', 'perdón', 'ok', 'mejor', 'nombre'], CANCEL_CORES, optional(['por favor', 'olvídalo', 'gracias'])),
  ).filter((sample) => !/(cancel.*cancel|olvid.*olvid|déjalo.*déjalo)/.test(sample));

const WAIT_WORDS = ['espera', 'espérame', 'espéreme', 'espérate', 'aguanta', 'aguántame', 'aguanta tantito', 'un momento', 'un momentito', 'un segundo', 'un segundito', 'tantito', 'déjame tantito', 'dame un segundo', 'dame un minuto', 'dame chance', 'deja respiro', 'momento', 'tiempo fuera', 'alto ahí', 'pérate', 'pérame'];
const PAUSE_WORDS = ['pausa', 'pon pausa', 'ponle pausa', 'pausa el entrenamiento', 'pausa la rutina', 'pausa la serie', 'pausa el tiempo', 'pausa todo', 'detén el tiempo', 'deja en pausa', 'déjalo en pausa', 'un break', 'dame un break', 'necesito un break', 'tomo un break', 'me tomo un break', 'necesito un descanso', 'necesito descansar', 'déjame descansar', 'déjame respirar', 'necesito aire', 'estoy sin aire', 'me falta el aire', 'ando sin aire'];
/** What stops a driver for a moment: the door, the phone, dispatch, the lot. */
const INTERRUPTIONS = ['tocan la puerta', 'alguien toca', 'alguien está tocando', 'me tocan la ventana', 'me están llamando', 'suena mi teléfono', 'está sonando el teléfono', 'tengo una llamada', 'tengo que contestar', 'me habla el dispatcher', 'me llama el despacho', 'me está llamando dispatch', 'tengo que mover el camión', 'tengo que mover la troca', 'se me cayó la mancuerna', 'se me cayó el dumbbell', 'se me zafó la liga', 'se me zafó la banda', 'llegó alguien', 'ahí viene alguien', 'está entrando un tráiler', 'llegó el de seguridad'];
const pauseSamples = (): string[] =>
  all(
    ['pausa', 'espera', 'un momento', 'dame un minuto', 'pausa el entrenamiento'],
    say(['', 'oye', 'ay', 'perdón', 'ok'], WAIT_WORDS, ['', 'por favor', 'tantito', 'un ratito']),
    say(['', 'oye', 'ok'], PAUSE_WORDS, ['', 'por favor', 'tantito', 'un ratito']),
    say(['', 'oye'], ['puedes pausar', 'puedes poner pausa', 'me pones pausa', 'le pones pausa', 'podemos pausar', 'podemos parar tantito', 'podemos hacer una pausa', 'hacemos una pausa'], ['', 'por favor', 'tantito', 'un ratito']),
    say(['', 'espera', 'perdón'], INTERRUPTIONS, ['', 'espérame', 'dame un minuto', 'un segundo', 'pon pausa', 'aguanta']),
  ).filter((sample) => !/\b(\w+) \1\b/.test(sample) && !/(tantito|ratito).*(tantito|ratito)/.test(sample) && !/^(espera|espérame|aguanta) (espera|espérame|aguanta)\b/.test(sample));

const RESUME_CORES = ['sigue', 'sígale', 'síguele', 'continúa', 'continuar', 'continúe', 'seguimos', 'sigamos', 'vamos a seguir', 'ya regresé', 'ya volví', 'ya estoy de vuelta', 'aquí estoy', 'de vuelta', 'reanuda', 'reanudar', 'quita la pausa', 'quítale la pausa', 'donde nos quedamos', 'dónde íbamos', 'en qué íbamos', 'donde me quedé', 'sigue con la rutina', 'sigue el entrenamiento', 'continúa la rutina', 'dale que sigue', 'sigue donde íbamos', 'vámonos otra vez', 'regresemos', 'ya vine'];
const resumeSamples = (): string[] =>
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
const repeatSamples = (): string[] =>
  all(
    ['repite', 'otra vez', 'qué dijiste', 'mande', 'cómo'],
    say(['', 'perdón', 'oye', 'mande'], REPEAT_REQUESTS, PLEASE),
    say(['', 'perdón', 'oye', 'mande'], ['me lo puedes repetir', 'me lo repites', 'puedes repetir', 'me puedes repetir eso', 'lo puedes repetir', 'puedes repetirlo', 'me lo puede repetir', 'puede repetir la pregunta', 'puedes decirlo otra vez'], PLEASE),
    say(['', 'perdón', 'eh'], REPEAT_QUESTIONS, PLEASE),
    say(['', 'perdón', 'oye'], MISSED, NOISE, ['', 'repite', 'otra vez', 'me lo repites']),
  ).filter((sample) => !/^(mande|perdón) \1\b/.test(sample) && !/^mande (mande|qué|cómo)/.test(sample));

const nextSamples = (): string[] =>
  all(
    ['siguiente', 'el siguiente', 'el que sigue', 'siguiente ejercicio', 'next', 'el next'],
    say(['', 'ok', 'bueno', 'sale', 'va'], ['pásate', 'pasa', 'vamos', 'sigue', 'brinca', 'muévete', 'llévame'], ['al siguiente', 'al siguiente ejercicio', 'a la siguiente', 'a la siguiente serie', 'al que sigue', 'a lo que sigue'], PLEASE),
    say(['', 'ok', 'bueno', 'sale', 'va'], ['siguiente', 'siguiente por favor', 'el siguiente', 'el que sigue', 'lo que sigue', 'la que sigue', 'siguiente serie', 'siguiente ejercicio', 'siguiente set', 'adelante', 'vamos adelante', 'a lo que sigue', 'sigamos adelante', 'próximo', 'el próximo', 'próximo ejercicio']),
  ).filter((sample) => !/por favor por favor/.test(sample));

const startOverSamples = (): string[] =>
  all(
    ['empieza de nuevo', 'desde el principio', 'reinicia', 'otra vez desde el principio'],
    say(['', 'ok', 'quiero', 'vamos a', 'podemos', 'hay que', 'mejor'], ['empezar de nuevo', 'empezar otra vez', 'empezar desde cero', 'reiniciar', 'reiniciar la rutina', 'volver a empezar', 'empezar desde el principio', 'comenzar de nuevo', 'arrancar de nuevo', 'arrancar otra vez', 'volver al principio'], PLEASE),
    say(['', 'ok', 'bueno'], ['empieza de nuevo', 'empieza otra vez', 'reinicia', 'reinicia todo', 'reinicia la rutina', 'reinicia la serie', 'desde el principio', 'desde cero', 'desde el inicio', 'de nuevo todo', 'todo otra vez', 'arranca de nuevo', 'vuelve a empezar', 'vuelve al principio'], PLEASE),
  );

const homeSamples = (): string[] =>
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
const helpSamples = (): string[] =>
  all(
    ['ayuda', 'ayúdame', 'necesito ayuda', 'qué puedo decir'],
    say(['', 'eh', 'oye', 'este', 'pues', 'a ver'], HELP_QUESTIONS),
    say(['puedes ayudarme', 'me puedes ayudar', 'me ayudas', 'me echas la mano', 'me echas una mano', 'necesito que me ayudes', 'necesito que me eches la mano', 'me puede ayudar'], ['', 'por favor', 'aquí', 'con esto']),
    say(['', 'eh', 'oye', 'este'], ['ayuda', 'ayúdame', 'ayúdeme', 'necesito ayuda', 'estoy perdido', 'estoy perdida', 'no entiendo', 'no le entiendo', 'no sé qué hacer', 'no sé cómo funciona', 'instrucciones', 'opciones', 'comandos', 'dame las opciones', 'dime las opciones'], optional(['por favor', 'qué hago'])),
  );

export const CONTROL_PHRASES: PhrasesOf<typeof CONTROL_INTENTS> = {
  'AMAZON.YesIntent': yesSamples,
  'AMAZON.NoIntent': noSamples,
  'AMAZON.StopIntent': stopSamples,
  'AMAZON.CancelIntent': cancelSamples,
  'AMAZON.HelpIntent': helpSamples,
  // What is said on the road that is no business of the coach's: the platforms' models learn it as out of domain.
  'AMAZON.FallbackIntent': () => [...OFF_TOPIC_PHRASES],
  'AMAZON.PauseIntent': pauseSamples,
  'AMAZON.ResumeIntent': resumeSamples,
  'AMAZON.RepeatIntent': repeatSamples,
  'AMAZON.NextIntent': nextSamples,
  'AMAZON.StartOverIntent': startOverSamples,
  'AMAZON.NavigateHomeIntent': homeSamples,
};
