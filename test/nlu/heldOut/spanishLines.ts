import type { HeldOutLine } from './heldOutLine';

/**
 * Held-out Spanish: lines as Spanish-speaking truck drivers in the US and Mexico say them to the coach, written from
 * the intents' and events' descriptions and PROGRAM.md before any Spanish language model existed. Each line expects
 * the event its English equivalent is expected to become at the same question. Mexican and US Spanish, the English
 * words drivers mix in ("las reps", "el dumbbell", "ok", "next"), numbers mostly in words, and some lines as a
 * recogniser or a thumb writes them (no accents, no "ñ", digits).
 *
 * The zones named are the US zones the coach knows ("hora del centro" said on a US road is Central time); a driver in
 * Mexico naming Mexico's own "hora del centro" is not in the set.
 *
 * SPANISH_DEV_LINES may be read while writing the Spanish language model; SPANISH_FINAL_LINES are only ever scored.
 * Nothing under src/ may import test/ (the lint's layers), so no model is built from either.
 */
export const SPANISH_DEV_LINES: readonly HeldOutLine[] = [
  // a driver from El Paso who runs I-10 and mixes English in
  { at: 'menu', text: 'qué onda coach', expect: { type: 'launch' } },
  { at: 'menu', text: 'vamos a darle al workout de hoy', expect: { type: 'startWorkout' } },
  { at: 'menu', text: '¿cómo voy con el brazo izquierdo?', expect: { type: 'progress' } },
  { at: 'menu', text: 'ya estoy en central time', expect: { type: 'timeZone', zone: 'America/Chicago' } },
  { at: 'menu', text: 'pon música de Vicente Fernández', expect: { type: 'fallback' } },
  { at: 'menu', text: 'arranco ya, son como nueve horas de manejo', expect: { type: 'driveLength', minutes: 540 } },
  { at: 'units', text: 'libras, aquí todo es en pounds', expect: { type: 'units', unit: 'lb' } },
  { at: 'side', text: 'el izquierdo, es el de la ventana', expect: { type: 'side', side: 'left' } },
  { at: 'weight', text: 'el dumbbell de treinta y cinco', expect: { type: 'weight', value: 35, unit: null } },
  { at: 'weight', text: 'veinte libras', expect: { type: 'weight', value: 20, unit: 'lb' } },
  { at: 'go', text: 'ok, dale', expect: { type: 'ready' } },
  { at: 'go', text: 'espérame tantito, me está llamando el dispatcher', expect: { type: 'pause' } },
  { at: 'go', text: '¿cuántas series me faltan?', expect: { type: 'timeLeft' } },
  { at: 'go', text: 'next', expect: { type: 'next' } },
  { at: 'count', text: 'doce, ya no pude más', expect: { type: 'count', value: 12 } },
  { at: 'count', text: 'hice once reps', expect: { type: 'count', value: 11 } },
  { at: 'count', text: 'como diez', expect: { type: 'count', value: 10 } },
  { at: 'count', text: 'trece, no, doce', expect: { type: 'correction', value: 12 } },
  { at: 'count', text: 'me jalé algo en la espalda', expect: { type: 'pain' } },
  { at: 'count', text: 'nueve pero las últimas me salieron chuecas', expect: { type: 'count', value: 9, formLost: true } },
  { at: 'seconds', text: 'cuarenta segundos', expect: { type: 'count', value: 40 } },
  { at: 'confirmCount', text: 'no, quince', expect: { type: 'correction', value: 15 } },
  { at: 'yesNo', text: 'simón', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'ahorita no', expect: { type: 'no' } },
  { at: 'paused', text: 'ya regresé, sígale', expect: { type: 'resume' } },
  { at: 'breakInterval', text: 'cada dos horas', expect: { type: 'breakInterval', minutes: 120 } },
  { at: 'time', text: 'a las seis de la mañana', expect: { type: 'timeOfDay', time: '06:00' } },

  // a driver from Guadalajara hauling in Mexico, in kilos
  { at: 'menu', text: 'buenos días, entrenador', expect: { type: 'launch' } },
  { at: 'menu', text: 'quiero hacer la prueba de fuerza', expect: { type: 'startTest' } },
  { at: 'menu', text: '¿por qué nada más se trabaja un lado?', expect: { type: 'whyOneSide' } },
  { at: 'menu', text: 'recuérdame hacer ejercicio a las siete y media de la noche', expect: { type: 'workoutReminders', time: '19:30' } },
  { at: 'menu', text: 'borra todos mis datos', expect: { type: 'deleteData' } },
  { at: 'menu', text: '¿cuánto cobran de caseta a Monterrey?', expect: { type: 'fallback' } },
  { at: 'units', text: 'en kilos', expect: { type: 'units', unit: 'kg' } },
  { at: 'units', text: 'no, kilogramos', expect: { type: 'units', unit: 'kg' } },
  { at: 'side', text: 'la derecha', expect: { type: 'side', side: 'right' } },
  { at: 'weight', text: 'quince kilos', expect: { type: 'weight', value: 15, unit: 'kg' } },
  { at: 'weight', text: 'doce kilos y medio', expect: { type: 'weight', value: 12.5, unit: 'kg' } },
  { at: 'go', text: 'listo', expect: { type: 'ready' } },
  { at: 'go', text: '¿con cuánto peso voy a hacer este?', expect: { type: 'whatWeight', unit: null } },
  { at: 'go', text: 'sáltate este ejercicio', expect: { type: 'skip' } },
  { at: 'go', text: '¿mande?', expect: { type: 'repeat' } },
  { at: 'count', text: 'quince', expect: { type: 'count', value: 15 } },
  { at: 'count', text: 'saqué catorce bien hechas', expect: { type: 'count', value: 14 } },
  { at: 'count', text: 'no espera, eran nueve', expect: { type: 'correction', value: 9 } },
  { at: 'count', text: 'se me trabó el hombro', expect: { type: 'pain' } },
  { at: 'count', text: 'ya terminé', expect: { type: 'done' } },
  { at: 'seconds', text: 'un minuto', expect: { type: 'count', value: 60 } },
  { at: 'seconds', text: 'como minuto y medio', expect: { type: 'count', value: 90 } },
  { at: 'confirmCount', text: 'sí, eso dije', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'ándale pues', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'no, gracias', expect: { type: 'no' } },
  { at: 'driveLength', text: 'unas diez horas de manejo', expect: { type: 'driveLength', minutes: 600 } },
  { at: 'breakInterval', text: 'mejor cada hora', expect: { type: 'breakInterval', minutes: 60 } },
  { at: 'time', text: 'siete y media de la noche', expect: { type: 'timeOfDay', time: '19:30' } },
  { at: 'paused', text: 'continúa', expect: { type: 'resume' } },

  // a young driver from Houston typing on the page: no accents, digits
  { at: 'menu', text: 'empieza el entrenamiento', expect: { type: 'startWorkout' } },
  { at: 'menu', text: 'que sigue', expect: { type: 'whatsNext' } },
  { at: 'menu', text: 'ayuda', expect: { type: 'help' } },
  { at: 'menu', text: 'cambia mi lado debil al derecho', expect: { type: 'switchWeakSide', side: 'right' } },
  { at: 'menu', text: 'ya termine de manejar por hoy', expect: { type: 'endDrive' } },
  { at: 'menu', text: 'avisame cuando me toque descanso en el camino', expect: { type: 'breakReminders' } },
  { at: 'menu', text: 'ya no me mandes recordatorios de ejercicio', expect: { type: 'stopWorkoutReminders' } },
  { at: 'weight', text: '25', expect: { type: 'weight', value: 25, unit: null } },
  { at: 'go', text: 'vamonos', expect: { type: 'ready' } },
  { at: 'go', text: 'ya estuvo, termina', expect: { type: 'stop' } },
  { at: 'count', text: '12', expect: { type: 'count', value: 12 } },
  { at: 'count', text: 'me duele la espalda', expect: { type: 'pain' } },
  { at: 'count', text: 'perdi la forma en esa', expect: { type: 'lostForm' } },
  { at: 'yesNo', text: 'si', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'nel', expect: { type: 'no' } },
  { at: 'paused', text: 'cuanto falta', expect: { type: 'timeLeft' } },
  { at: 'driveLength', text: '11 horas', expect: { type: 'driveLength', minutes: 660 } },
  { at: 'time', text: '8 pm', expect: { type: 'timeOfDay', time: '20:00' } },
];

/**
 * The FINAL part, in five more voices: an owner-operator from Michoacán running reefer out of Chicago, a Tejana team
 * driver from San Antonio, a young driver from Mexico City, a driver from Sinaloa living in California, and lines as
 * a phone's recogniser writes them (no accents, "ñ" dropped). Only ever scored: never read to tune a model or a rule.
 */
export const SPANISH_FINAL_LINES: readonly HeldOutLine[] = [
  // ---- menu ----
  { at: 'menu', text: 'buenas tardes, coach', expect: { type: 'launch' } },
  { at: 'menu', text: 'hola coach', expect: { type: 'launch' } },
  { at: 'menu', text: 'a darle con la rutina', expect: { type: 'startWorkout' } },
  { at: 'menu', text: 'quiero entrenar ahorita', expect: { type: 'startWorkout' } },
  { at: 'menu', text: 'hazme la prueba otra vez', expect: { type: 'startTest' } },
  { at: 'menu', text: '¿he mejorado algo?', expect: { type: 'progress' } },
  { at: 'menu', text: 'como voy', expect: { type: 'progress' } },
  { at: 'menu', text: '¿cuándo me toca entrenar otra vez?', expect: { type: 'whatsNext' } },
  { at: 'menu', text: '¿qué puedo decirte?', expect: { type: 'help' } },
  { at: 'menu', text: '¿por qué tengo que hacer un solo lado?', expect: { type: 'whyOneSide' } },
  { at: 'menu', text: 'estoy en hora del pacífico', expect: { type: 'timeZone', zone: 'America/Los_Angeles' } },
  { at: 'menu', text: 'cámbiame a la hora de la montaña', expect: { type: 'timeZone', zone: 'America/Denver' } },
  { at: 'menu', text: 'ya estamos en hora del este', expect: { type: 'timeZone', zone: 'America/New_York' } },
  { at: 'menu', text: 'pásame a hora de Arizona', expect: { type: 'timeZone', zone: 'America/Phoenix' } },
  { at: 'menu', text: 'ya crucé a Oklahoma, ando en hora del centro', expect: { type: 'timeZone', zone: 'America/Chicago' } },
  { at: 'menu', text: 'recuérdame entrenar', expect: { type: 'workoutReminders', time: null } },
  { at: 'menu', text: 'ponme un recordatorio para los ejercicios a las seis de la tarde', expect: { type: 'workoutReminders', time: '18:00' } },
  { at: 'menu', text: 'quita los recordatorios del ejercicio', expect: { type: 'stopWorkoutReminders' } },
  { at: 'menu', text: 'voy empezando a manejar', expect: { type: 'breakReminders' } },
  { at: 'menu', text: 'recuérdame tomar descansos mientras manejo', expect: { type: 'breakReminders' } },
  { at: 'menu', text: 'ya me estacioné, se acabó el manejo por hoy', expect: { type: 'endDrive' } },
  { at: 'menu', text: 'borra toda mi información', expect: { type: 'deleteData' } },
  { at: 'menu', text: 'ahora el débil es el izquierdo', expect: { type: 'switchWeakSide', side: 'left' } },
  { at: 'menu', text: 'cambia el lado débil', expect: { type: 'switchWeakSide', side: null } },
  { at: 'menu', text: 'ponle treinta y cinco libras', expect: { type: 'weight', value: 35, unit: 'lb' } },
  { at: 'menu', text: 'súbele a cuarenta', expect: { type: 'weight', value: 40, unit: null } },
  { at: 'menu', text: 'ya estuvo por hoy, adiós', expect: { type: 'stop' } },
  { at: 'menu', text: 'cancela', expect: { type: 'stop' } },
  { at: 'menu', text: '¿cuánto cuesta el diésel en el Pilot?', expect: { type: 'fallback' } },
  { at: 'menu', text: '¿cómo está el clima en Laredo?', expect: { type: 'fallback' } },
  { at: 'menu', text: 'háblale a mi vieja', expect: { type: 'fallback' } },
  { at: 'menu', text: '¿a qué hora abre el Walmart?', expect: { type: 'fallback' } },
  { at: 'menu', text: 'busca un taller de llantas cerca', expect: { type: 'fallback' } },

  // ---- units ----
  { at: 'units', text: 'libras, como siempre', expect: { type: 'units', unit: 'lb' } },
  { at: 'units', text: 'kilos, aquí en México todo es en kilos', expect: { type: 'units', unit: 'kg' } },
  { at: 'units', text: 'sí, en libras está bien', expect: { type: 'units', unit: 'lb' } },
  { at: 'units', text: 'pounds', expect: { type: 'units', unit: 'lb' } },
  { at: 'units', text: 'kilogramos por favor', expect: { type: 'units', unit: 'kg' } },
  { at: 'units', text: 'no, mejor kilos', expect: { type: 'units', unit: 'kg' } },

  // ---- side ----
  { at: 'side', text: 'el zurdo', expect: { type: 'side', side: 'left' } },
  { at: 'side', text: 'el brazo derecho, sin duda', expect: { type: 'side', side: 'right' } },
  { at: 'side', text: 'izquierdo creo yo', expect: { type: 'side', side: 'left' } },
  { at: 'side', text: 'el derecho, el izquierdo lo tengo más grande', expect: { type: 'side', side: 'right' } },
  { at: 'side', text: 'derecho', expect: { type: 'side', side: 'right' } },
  { at: 'side', text: 'mi lado izquierdo está más flojo', expect: { type: 'side', side: 'left' } },

  // ---- weight ----
  { at: 'weight', text: 'cuarenta libras', expect: { type: 'weight', value: 40, unit: 'lb' } },
  { at: 'weight', text: 'la de treinta', expect: { type: 'weight', value: 30, unit: null } },
  { at: 'weight', text: 'una mancuerna de veinticinco libras', expect: { type: 'weight', value: 25, unit: 'lb' } },
  { at: 'weight', text: 'diez kilos', expect: { type: 'weight', value: 10, unit: 'kg' } },
  { at: 'weight', text: '45 lbs', expect: { type: 'weight', value: 45, unit: 'lb' } },
  { at: 'weight', text: 'traigo la de cincuenta', expect: { type: 'weight', value: 50, unit: null } },
  { at: 'weight', text: 'son 17.5 kilos', expect: { type: 'weight', value: 17.5, unit: 'kg' } },
  { at: 'weight', text: 'como veinte, creo', expect: { type: 'weight', value: 20, unit: null } },

  // ---- go ----
  { at: 'go', text: 'dale', expect: { type: 'ready' } },
  { at: 'go', text: 'ya, vámonos recio', expect: { type: 'ready' } },
  { at: 'go', text: 'listo, cuando quieras', expect: { type: 'ready' } },
  { at: 'go', text: 'arre', expect: { type: 'ready' } },
  { at: 'go', text: 'dame un break', expect: { type: 'pause' } },
  { at: 'go', text: 'pausa', expect: { type: 'pause' } },
  { at: 'go', text: '¿qué sigue después de este?', expect: { type: 'whatsNext' } },
  { at: 'go', text: '¿cuánto tiempo me queda?', expect: { type: 'timeLeft' } },
  { at: 'go', text: 'sáltate el descanso', expect: { type: 'skip' } },
  { at: 'go', text: 'dale skip a este', expect: { type: 'skip' } },
  { at: 'go', text: 'siguiente', expect: { type: 'next' } },
  { at: 'go', text: 'repítelo por favor', expect: { type: 'repeat' } },
  { at: 'go', text: 'sáltate todo lo que falta por hoy', expect: { type: 'skipRest' } },
  { at: 'go', text: 'empieza otra vez desde el principio', expect: { type: 'startOver' } },
  { at: 'go', text: '¿cuánto es eso en kilos?', expect: { type: 'whatWeight', unit: 'kg' } },
  { at: 'go', text: 'cámbiale el peso a treinta libras', expect: { type: 'weight', value: 30, unit: 'lb' } },
  { at: 'go', text: 'ya no, ya no quiero seguir', expect: { type: 'stop' } },
  { at: 'go', text: '¿y por qué nomás un brazo?', expect: { type: 'whyOneSide' } },

  // ---- count ----
  { at: 'count', text: 'diez', expect: { type: 'count', value: 10 } },
  { at: 'count', text: 'hice doce', expect: { type: 'count', value: 12 } },
  { at: 'count', text: 'trece y ya', expect: { type: 'count', value: 13 } },
  { at: 'count', text: 'saqué dieciséis reps', expect: { type: 'count', value: 16 } },
  { at: 'count', text: 'nomás ocho, ando bien cansado', expect: { type: 'count', value: 8 } },
  { at: 'count', text: 'once con el izquierdo', expect: { type: 'count', value: 11 } },
  { at: 'count', text: 'como unas catorce', expect: { type: 'count', value: 14 } },
  { at: 'count', text: 'veinte, estuvo fácil', expect: { type: 'count', value: 20 } },
  { at: 'count', text: '9', expect: { type: 'count', value: 9 } },
  { at: 'count', text: 'diecisiete', expect: { type: 'count', value: 17 } },
  { at: 'count', text: 'doce, no, once', expect: { type: 'correction', value: 11 } },
  { at: 'count', text: 'perdón, quise decir diez', expect: { type: 'correction', value: 10 } },
  { at: 'count', text: 'no, no, eran quince', expect: { type: 'correction', value: 15 } },
  { at: 'count', text: 'me truena el codo y me duele', expect: { type: 'pain' } },
  { at: 'count', text: 'siento un piquete en el hombro', expect: { type: 'pain' } },
  { at: 'count', text: 'traigo la espalda bien adolorida', expect: { type: 'pain' } },
  { at: 'count', text: 'se me acalambró el brazo', expect: { type: 'pain' } },
  { at: 'count', text: 'me lastimé la muñeca', expect: { type: 'pain' } },
  { at: 'count', text: 'once pero perdí la postura en las últimas', expect: { type: 'count', value: 11, formLost: true } },
  { at: 'count', text: 'esa no cuenta, me fui de lado todo el rato', expect: { type: 'lostForm' } },
  { at: 'count', text: 'ya acabé con este lado', expect: { type: 'done' } },

  // ---- seconds ----
  { at: 'seconds', text: 'cuarenta y cinco segundos', expect: { type: 'count', value: 45 } },
  { at: 'seconds', text: 'medio minuto', expect: { type: 'count', value: 30 } },
  { at: 'seconds', text: 'un minuto con quince', expect: { type: 'count', value: 75 } },
  { at: 'seconds', text: '50 segundos', expect: { type: 'count', value: 50 } },
  { at: 'seconds', text: 'como cincuenta y cinco', expect: { type: 'count', value: 55 } },
  { at: 'seconds', text: 'se me jaló algo en el costado', expect: { type: 'pain' } },

  // ---- confirmCount ----
  { at: 'confirmCount', text: 'sí, así es', expect: { type: 'yes' } },
  { at: 'confirmCount', text: 'correcto', expect: { type: 'yes' } },
  { at: 'confirmCount', text: 'no, dije dieciséis', expect: { type: 'correction', value: 16 } },
  { at: 'confirmCount', text: 'nel, fueron quince, no cincuenta', expect: { type: 'correction', value: 15 } },
  { at: 'confirmCount', text: 'no, está mal', expect: { type: 'no' } },

  // ---- yesNo ----
  { at: 'yesNo', text: 'órale', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'va', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'claro que sí', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'sale pues', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'simon que si', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'ok', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'un poquito, sí', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'sí, bórralo todo', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'nel pastel', expect: { type: 'no' } },
  { at: 'yesNo', text: 'mejor no', expect: { type: 'no' } },
  { at: 'yesNo', text: 'no, hoy no', expect: { type: 'no' } },
  { at: 'yesNo', text: 'ya no me duele', expect: { type: 'no' } },

  // ---- paused ----
  { at: 'paused', text: 'ya estoy de vuelta', expect: { type: 'resume' } },
  { at: 'paused', text: 'sígale pues', expect: { type: 'resume' } },
  { at: 'paused', text: 'vámonos otra vez', expect: { type: 'resume' } },
  { at: 'paused', text: 'llévame al menú principal', expect: { type: 'home' } },
  { at: 'paused', text: 'guárdalo, me tengo que ir', expect: { type: 'stop' } },
  { at: 'paused', text: '¿qué le puedo decir?', expect: { type: 'help' } },
  { at: 'paused', text: '¿dónde están las regaderas?', expect: { type: 'fallback' } },

  // ---- driveLength ----
  { at: 'driveLength', text: 'ocho horas y media', expect: { type: 'driveLength', minutes: 510 } },
  { at: 'driveLength', text: 'como cinco horas nomás', expect: { type: 'driveLength', minutes: 300 } },
  { at: 'driveLength', text: 'hoy me toca un viaje largo, once horas', expect: { type: 'driveLength', minutes: 660 } },
  { at: 'driveLength', text: 'unas 4 horas', expect: { type: 'driveLength', minutes: 240 } },
  { at: 'driveLength', text: 'tres horas y media', expect: { type: 'driveLength', minutes: 210 } },
  { at: 'driveLength', text: 'hoy ya no manejo', expect: { type: 'endDrive' } },

  // ---- breakInterval ----
  { at: 'breakInterval', text: 'cada hora', expect: { type: 'breakInterval', minutes: 60 } },
  { at: 'breakInterval', text: 'cada setenta y cinco minutos', expect: { type: 'breakInterval', minutes: 75 } },
  { at: 'breakInterval', text: 'mejor cada dos horas, no puedo parar tanto', expect: { type: 'breakInterval', minutes: 120 } },
  { at: 'breakInterval', text: 'cada 45 minutos', expect: { type: 'breakInterval', minutes: 45 } },
  { at: 'breakInterval', text: 'está bien así', expect: { type: 'yes' } },
  { at: 'breakInterval', text: 'va, así déjalo', expect: { type: 'yes' } },

  // ---- time ----
  { at: 'time', text: 'a las cinco de la tarde', expect: { type: 'timeOfDay', time: '17:00' } },
  { at: 'time', text: 'a mediodía', expect: { type: 'timeOfDay', time: '12:00' } },
  { at: 'time', text: 'nueve de la noche', expect: { type: 'timeOfDay', time: '21:00' } },
  { at: 'time', text: 'a las cuatro y cuarto de la mañana', expect: { type: 'timeOfDay', time: '04:15' } },
  { at: 'time', text: 'cinco y media de la manana', expect: { type: 'timeOfDay', time: '05:30' } },
  { at: 'time', text: 'las tres de la tarde', expect: { type: 'timeOfDay', time: '15:00' } },
  { at: 'time', text: '¿qué hora es allá en Laredo?', expect: { type: 'fallback' } },
];
