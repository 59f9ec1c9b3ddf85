/**
 * The words the local NLU reads a Spanish line around (src/nlu/lineLanguages.ts): the sounds a driver makes while
 * thinking, the words that open a line without saying anything of it, the words said to the coach at its end, the
 * words a question opens with, and what drivers ask a voice assistant that is no business of the coach's.
 */

/** Sounds a driver makes while thinking: a line of nothing else says nothing yet. */
export const HESITATIONS: readonly string[] = ['eh', 'ehh', 'em', 'emm', 'mm', 'mmm', 'hmm', 'este', 'ah', 'pues', 'oh'];

/** Words that open a line without saying anything of it: "bueno, hice doce", "oye, ¿qué sigue?". */
export const OPENING_WORDS: readonly string[] = ['bueno', 'mira', 'oye', 'ok', 'okey', 'ya', 'pos'];

/** Two words that turn a line into a question without changing what it asks: "¿voy mejor o qué?". */
export const TAG_QUESTIONS: readonly string[] = ['o qué', 'o no'];

/** Words said to the coach rather than about the workout, at the end of a line: "¿qué sigue, jefe?". */
export const ADDRESS_WORDS: readonly string[] = ['coach', 'jefe', 'compa', 'carnal', 'amigo', 'porfa', 'gracias', 'bro'];

/** The words a question opens with, with and without their accents (a recogniser or a thumb often drops them). */
export const QUESTION_OPENINGS: readonly string[] = ['qué', 'dónde', 'cuándo', 'quién', 'cuál', 'cuánto', 'cuánta', 'cuántos', 'cuántas', 'donde', 'cuando', 'quien', 'cual', 'cuanto', 'cuanta', 'cuantos', 'cuantas'];

/**
 * What drivers ask a voice assistant on the road that is no business of the coach's: the local NLU learns these as
 * "about something else", so a line near them is not understood; they are the fallback intent's samples on both
 * platforms, which Alexa's out-of-domain model and Dialogflow's negative examples learn.
 */
export const OFF_TOPIC_PHRASES: readonly string[] = [
  'pon la radio', 'pon música norteña', 'pon un podcast', 'sube el volumen', 'baja el volumen', 'llama a mi esposa',
  'mándale un mensaje a mi hermano', 'lee mis mensajes', 'cómo quedó el partido', 'quién ganó anoche', 'pon una alarma a las seis',
  'qué tiempo va a hacer mañana', 'va a llover hoy', 'cuéntame un chiste', 'cántame una canción', 'qué día es hoy',
  'cuánto cuesta el diésel aquí', 'dónde está la gasolinera más cercana', 'busca una parada de camiones con regaderas',
  'cómo está el tráfico en dallas', 'cuántas millas faltan para chicago', 'a qué hora abre la báscula', 'dónde hay una báscula',
  'hay construcción en la carretera', 'hubo un accidente en la interestatal', 'busca un restaurante de tacos',
  'reserva un cuarto de motel', 'cuánto tengo en el banco', 'cuánto es dos más dos', 'abre spotify', 'quién es el presidente',
  'pide una pizza', 'cuál es el límite de velocidad', 'dónde me puedo estacionar esta noche', 'llama al despacho',
  'cuál es mi número de carga', 'a qué hora es mi entrega', 'está abierta la carretera', 'hace mucho frío afuera',
  'traduce esto al inglés', 'cuéntame las noticias',
];

/**
 * Words that carry no subject of their own (artículos, pronombres, preposiciones, "ser", "estar", "haber"): what a line
 * is about is in its other words, so the local NLU weighs how many of those it knows.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'lo', 'este', 'esta', 'ese', 'esa', 'yo', 'me', 'mi', 'mis', 'tu', 'tú',
  'te', 'se', 'su', 'sus', 'nos', 'le', 'les', 'de', 'del', 'a', 'al', 'en', 'con', 'por', 'para', 'sin', 'y', 'o', 'pero',
  'que', 'es', 'son', 'está', 'están', 'estoy', 'era', 'fue', 'hay', 'ha', 'he', 'muy', 'aquí', 'ahí', 'allá', 'ya',
];
