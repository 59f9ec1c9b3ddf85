/**
 * Spanish samples of the road and the reminders: deleting one's data, break reminders, the drive's length and the
 * breaks' interval, the end of a drive, workout-day reminders and their time, the time zone.
 */
import { all, say } from '../phrasing';

const PLEASE = ['', 'por favor', 'porfa'];

const DELETE_WHAT = ['mis datos', 'todos mis datos', 'todo', 'mi historial', 'mi información', 'toda mi información', 'mi cuenta', 'mi perfil', 'mis registros', 'todo lo que tienes de mí', 'todo lo mío'];
export const deleteDataSamples = (): string[] =>
  all(
    ['borra mis datos', 'borra todo', 'olvídame', 'elimina mi cuenta'],
    say(['', 'quiero que', 'oye'], ['borra', 'elimina', 'quita', 'limpia', 'resetea'], DELETE_WHAT, PLEASE).filter((sample) => !sample.startsWith('quiero que')),
    say(['quiero', 'necesito', 'puedes', 'me puedes', 'vamos a'], ['borrar', 'eliminar', 'quitar', 'resetear'], DELETE_WHAT, PLEASE),
    say(['', 'por favor', 'oye'], ['olvídame', 'olvídate de mí', 'olvida todo de mí', 'bórrame', 'bórrame de todo', 'empieza de cero conmigo', 'borra todos mis entrenamientos', 'borra mi progreso'], PLEASE),
  ).filter((sample) => !/por favor (por favor|porfa)$/.test(sample));

const HEADING_OUT = ['', 'ya voy a manejar', 'voy a manejar', 'voy manejando', 'estoy manejando', 'ya me voy a la carretera', 'ya salgo', 'ya voy saliendo', 'voy de salida', 'me voy a rodar', 'voy a rodar', 'ya arranco', 'ya me arranco', 'tengo un viaje largo', 'me toca un viaje largo', 'voy en la troca', 'ando en el camión', 'ando en la carretera', 'de vuelta a la carretera', 'voy rumbo a la entrega', 'me voy a echar unas horas manejando'];
const ROAD_REQUESTS = [
  '', 'recordatorios de descanso', 'pon recordatorios de descanso', 'activa los recordatorios de descanso', 'ponme los recordatorios de descanso',
  'recuérdame tomar descansos', 'recuérdame descansar', 'recuérdame estirarme', 'recuérdame bajarme a estirar', 'avísame para descansar',
  'avísame cuando me toque descansar', 'pausas de postura', 'recordatorios de postura', 'consejos de postura', 'dame consejos para la carretera',
  'consejos para manejar', 'qué hago mientras manejo', 'cómo me siento al manejar', 'cuida mi espalda mientras manejo', 'modo carretera',
  'modo manejo', 'el truco de la toalla', 'recuérdame cada hora', 'recuérdame bajarme del camión', 'recuérdame hacer la liga',
];
export const breakRemindersSamples = (): string[] =>
  all(
    ['recordatorios de descanso', 'recuérdame tomar descansos', 'voy a manejar', 'consejos de postura', 'modo carretera'],
    say(HEADING_OUT, ROAD_REQUESTS),
    say(['ok', 'oye', 'bueno', 'diez cuatro'], HEADING_OUT.filter((heading) => heading !== '')),
    say(['puedes', 'me puedes', 'podrías'], ['recordarme tomar descansos', 'recordarme descansar', 'recordarme estirarme', 'poner recordatorios de descanso', 'darme consejos de postura']),
  );

export const driveLengthSamples = (): string[] =>
  all(
    ['{length}', 'como {length}', 'son {length}', 'unas {length}'],
    say(['', 'eh', 'este', 'pues', 'mira', 'ok'], ['', 'como', 'unas', 'más o menos', 'casi', 'por lo menos', 'fácil'], '{length}'),
    say(['son', 'serán', 'van a ser', 'voy a manejar', 'manejo', 'me tocan', 'me toca manejar', 'tengo', 'traigo', 'el viaje es de', 'el viaje son', 'la manejada es de', 'voy a rodar', 'me voy a echar', 'ando como'], ['', 'como', 'unas'], '{length}', ['', 'hoy', 'hoy en la noche', 'de manejo', 'de carretera', 'manejando']),
    say(['', 'es', 'tengo', 'me toca'], ['un viaje de {length}', 'una manejada de {length}', 'un tramo de {length}', 'un jalón de {length}', 'un turno de {length}'], ['', 'hoy']),
  ).filter((sample) => !/^(como|unas|casi) (como|unas)\b/.test(sample));

export const breakIntervalSamples = (): string[] =>
  all(
    ['cada {minutes} minutos', 'cada {minutes}', 'cada {length}'],
    say(['', 'eh', 'ok', 'no', 'mejor', 'sale'], ['', 'un descanso', 'descansos', 'recuérdame', 'avísame', 'que sea', 'ponlo', 'ponle', 'mejor', 'qué tal'], ['cada {minutes} minutos', 'cada {minutes}', 'cada {length}']),
    say(['', 'ok'], ['descanso', 'avísame', 'recuérdame', 'paro', 'me bajo'], ['cada {minutes} minutos', 'cada {length}'], ['', 'para estirarme', 'para descansar']),
  ).filter((sample) => !/^mejor mejor/.test(sample));

const DONE_DRIVING = [
  'ya terminé de manejar', 'terminé de manejar', 'ya acabé de manejar', 'ya no manejo hoy', 'ya me estacioné', 'ya estacioné',
  'ya estacioné el camión', 'ya estacioné la troca', 'ya me paré por hoy', 'ya paré por hoy', 'ya llegué', 'ya llegué a la parada',
  'ya estoy en la parada', 'ya estoy en el truck stop', 'me quedo aquí esta noche', 'aquí me quedo a dormir', 'ya apagué el camión',
  'ya apagué la troca', 'se acabó el viaje', 'fin del viaje', 'terminó mi turno', 'ya cerré mis horas', 'ya se me acabaron las horas',
  'ya estoy fuera de servicio', 'estoy fuera de servicio',
];
const DRIVE_REMINDERS = ['los recordatorios de descanso', 'mis recordatorios de descanso', 'los descansos'];
export const endDriveSamples = (): string[] =>
  all(
    DONE_DRIVING,
    say(['ok', 'bueno', 'pues', 'diez cuatro'], DONE_DRIVING),
    say(['', 'por favor', 'oye'], ['cancela', 'quita', 'apaga', 'borra'], DRIVE_REMINDERS),
    say(['puedes', 'me puedes'], ['cancelar', 'quitar', 'apagar', 'borrar'], DRIVE_REMINDERS),
  );

const REMIND_TO_TRAIN = [
  'recuérdame entrenar', 'recuérdame hacer ejercicio', 'recuérdame mi rutina', 'recuérdame los días de entrenamiento',
  'recordatorios de entrenamiento', 'pon recordatorios de entrenamiento', 'activa los recordatorios de entrenamiento',
  'ponme un recordatorio para entrenar', 'avísame cuando me toque entrenar', 'avísame los días que entreno',
  'quiero recordatorios de entrenamiento', 'quiero que me recuerdes entrenar', 'recuérdeme entrenar', 'avíseme cuando me toque entrenar',
  'recuérdame los días que me toca', 'échame un grito cuando toque entrenar', 'mándame un aviso para entrenar', 'ponme alarma para entrenar',
  'no me dejes olvidar mi rutina', 'que no se me olvide entrenar', 'quiero que me avises los días de rutina',
];
export const workoutRemindersSamples = (): string[] =>
  all(
    REMIND_TO_TRAIN,
    say(['por favor', 'oye', 'ok', 'órale'], REMIND_TO_TRAIN.filter((r) => /^(recuérdame|avísame|ponme|échame|mándame)/.test(r))),
    say(['puedes', 'me puedes', 'podrías'], ['recordarme entrenar', 'recordarme mi rutina', 'avisarme cuando me toque entrenar', 'poner recordatorios de entrenamiento'], ['', 'por favor']),
    say(['recuérdame entrenar', 'recuérdame mi rutina', 'recuérdame hacer ejercicio', 'pon recordatorios de entrenamiento'], ['a las {time}', 'como a las {time}', 'los días de entrenamiento a las {time}']),
    say(['recuérdame', 'avísame', 'ponme un recordatorio', 'échame un grito', 'recuérdeme', 'avíseme'], ['a las {time}', 'como a las {time}'], ['', 'los días que entreno', 'los días de rutina']),
  );

export const timeOfDaySamples = (): string[] =>
  all(
    ['{time}', 'a las {time}'],
    say(['', 'eh', 'ok', 'digamos', 'qué tal', 'mejor', 'ponle'], ['', 'a las', 'como a las', 'tipo'], '{time}', ['', 'por favor', 'está bien', 'me queda bien', 'me late']),
  );

export const stopWorkoutRemindersSamples = (): string[] =>
  all(
    ['quita los recordatorios de entrenamiento', 'ya no me recuerdes entrenar'],
    say(['', 'por favor', 'oye', 'ya'], ['quita', 'cancela', 'apaga', 'borra', 'desactiva', 'quíteme', 'cancele'], ['los recordatorios de entrenamiento', 'mis recordatorios de entrenamiento', 'los recordatorios de la rutina', 'los avisos para entrenar', 'las alarmas de entrenamiento']),
    say(['', 'oye'], ['ya no quiero que me recuerdes', 'ya no me avises', 'deja de avisarme', 'no me recuerdes'], ['entrenar', 'la rutina', 'los días de entrenamiento'], ['', 'por favor', 'gracias']),
    say(['', 'por favor', 'oye'], ['ya no me recuerdes entrenar', 'ya no me recuerdes hacer ejercicio', 'ya no me avises para entrenar', 'deja de recordarme entrenar', 'no más recordatorios de entrenamiento', 'ya no quiero recordatorios de entrenamiento', 'ya no necesito recordatorios de entrenamiento']),
  );

/** "Ando en hora del centro": the zone the driver says they are in, or asks about. */
export const timeZoneSamples = (): string[] =>
  all(
    ['estoy en {zone}', 'ando en {zone}', 'cambia a {zone}', 'mi zona horaria es {zone}'],
    say(['', 'oye', 'ok', 'para que sepas', 'fíjate que'], ['estoy en', 'ando en', 'ya estoy en', 'ya ando en', 'andamos en', 'ahora estoy en', 'ya regresé a', 'voy en'], ['{zone}', 'la zona {zone}', 'la zona horaria {zone}'], ['', 'ahorita', 'hoy', 'esta semana']),
    say(['', 'ya'], ['crucé a', 'entré a', 'pasé a'], ['{zone}', 'la zona {zone}'], ['', 'hoy']),
    say(['', 'por favor', 'oye'], ['cambia a', 'cámbiame a', 'pon', 'ponme en', 'usa', 'cambia mi zona horaria a', 'pon la zona horaria en'], ['{zone}'], ['', 'por favor']),
    say(['', 'aquí es', 'aquí'], ['{zone}'], ['', 'aquí', 'ahora']).filter((sample) => !/^aquí \{zone\} aquí$/.test(sample)),
    // Asked, not said: the coach answers with the zone it goes by.
    say(['', 'oye'], ['qué zona horaria', 'en qué zona horaria', 'cuál zona horaria'], ['usas', 'estás usando', 'tienes', 'tengo', 'tienen mis recordatorios'], ['', 'ahorita']),
  );
