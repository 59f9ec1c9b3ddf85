/**
 * Spanish samples of the road and the reminders: break reminders, the drive's length and the breaks' interval, the end
 * of a drive, workout-day reminders and their time.
 */
import type { REMINDER_INTENTS } from '../../../core/flows/reminders.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, say } from '../../phrasing';

const HEADING_OUT = ['', 'ya voy a manejar', 'voy a manejar', 'voy manejando', 'estoy manejando', 'ya me voy a la carretera', 'ya salgo', 'ya voy saliendo', 'voy de salida', 'me voy a rodar', 'voy a rodar', 'ya arranco', 'ya me arranco', 'tengo un viaje largo', 'me toca un viaje largo', 'voy en la troca', 'ando en el camión', 'ando en la carretera', 'de vuelta a la carretera', 'voy rumbo a la entrega', 'me voy a echar unas horas manejando'];
const ROAD_REQUESTS = [
  '', 'recordatorios de descanso', 'pon recordatorios de descanso', 'activa los recordatorios de descanso', 'ponme los recordatorios de descanso',
  'recuérdame tomar descansos', 'recuérdame descansar', 'recuérdame estirarme', 'recuérdame bajarme a estirar', 'avísame para descansar',
  'avísame cuando me toque descansar', 'recordatorios de postura', 'consejos de postura', 'dame consejos para la carretera',
  'consejos para manejar', 'qué hago mientras manejo', 'cómo me siento al manejar', 'cuida mi espalda mientras manejo', 'modo carretera',
  'modo manejo', 'el truco de la toalla', 'recuérdame cada hora', 'recuérdame bajarme del camión', 'recuérdame hacer la liga',
];
const breakRemindersSamples = (): string[] =>
  all(
    ['recordatorios de descanso', 'recuérdame tomar descansos', 'voy a manejar', 'consejos de postura', 'modo carretera'],
    say(HEADING_OUT, ROAD_REQUESTS),
    say(['ok', 'oye', 'bueno', 'diez cuatro'], HEADING_OUT.filter((heading) => heading !== '')),
    say(['avísame', 'me avisas'], ['cuando me toque descanso', 'cuando toque descansar', 'cuando me toque parar']),
    say(['puedes', 'me puedes', 'podrías'], ['recordarme tomar descansos', 'recordarme descansar', 'recordarme estirarme', 'poner recordatorios de descanso', 'darme consejos de postura']),
  );

const PAUSA = ['pausa de postura', 'la pausa de postura', 'una pausa de postura', 'mi pausa de postura', 'la pausa de dos minutos', 'una pausa para estirarme', 'la liga', 'los ejercicios de liga', 'las separaciones con liga'];
const postureBreakSamples = (): string[] =>
  all(
    ['pausa de postura', 'dame una pausa de postura', 'vamos a hacer la pausa de postura', 'necesito una pausa para estirarme'],
    say(['', 'ok', 'sí', 'va', 'bueno'], ['dame', 'vamos a hacer', 'quiero', 'necesito', 'hagamos', 'empieza', 'ya toca', 'estoy listo para', 'me das'], PAUSA, ['', 'ahora', 'ahorita']),
    say(['', 'ok'], ['pausa de postura', 'pausa de postura ahora', 'la liga ahora']),
  );

const driveLengthSamples = (): string[] =>
  all(
    ['{length}', 'como {length}', 'son {length}', 'unas {length}'],
    say(['', 'eh', 'este', 'pues', 'mira', 'ok'], ['', 'como', 'unas', 'más o menos', 'casi', 'por lo menos', 'fácil'], '{length}'),
    say(['son', 'serán', 'van a ser', 'voy a manejar', 'manejo', 'me tocan', 'me toca manejar', 'tengo', 'traigo', 'el viaje es de', 'el viaje son', 'la manejada es de', 'voy a rodar', 'me voy a echar', 'ando como'], ['', 'como', 'unas'], '{length}', ['', 'hoy', 'hoy en la noche', 'de manejo', 'de carretera', 'manejando']),
    say(['', 'es', 'tengo', 'me toca'], ['un viaje de {length}', 'una manejada de {length}', 'un tramo de {length}', 'un jalón de {length}', 'un turno de {length}'], ['', 'hoy']),
  ).filter((sample) => !/^(como|unas|casi) (como|unas)\b/.test(sample));

const breakIntervalSamples = (): string[] =>
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
const endDriveSamples = (): string[] =>
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
const workoutRemindersSamples = (): string[] =>
  all(
    REMIND_TO_TRAIN,
    say(['por favor', 'oye', 'ok', 'órale'], REMIND_TO_TRAIN.filter((r) => /^(recuérdame|avísame|ponme|échame|mándame)/.test(r))),
    say(['puedes', 'me puedes', 'podrías'], ['recordarme entrenar', 'recordarme mi rutina', 'avisarme cuando me toque entrenar', 'poner recordatorios de entrenamiento'], ['', 'por favor']),
    say(['recuérdame entrenar', 'recuérdame mi rutina', 'recuérdame hacer ejercicio', 'pon recordatorios de entrenamiento'], ['a las {time}', 'como a las {time}', 'los días de entrenamiento a las {time}']),
    say(['recuérdame', 'avísame', 'ponme un recordatorio', 'échame un grito', 'recuérdeme', 'avíseme'], ['a las {time}', 'como a las {time}'], ['', 'los días que entreno', 'los días de rutina']),
  );

const timeOfDaySamples = (): string[] =>
  all(
    ['{time}', 'a las {time}'],
    say(['', 'eh', 'ok', 'digamos', 'qué tal', 'mejor', 'ponle'], ['', 'a las', 'como a las', 'tipo'], '{time}', ['', 'por favor', 'está bien', 'me queda bien', 'me late']),
  );

const stopWorkoutRemindersSamples = (): string[] =>
  all(
    ['quita los recordatorios de entrenamiento', 'ya no me recuerdes entrenar'],
    say(['', 'por favor', 'oye', 'ya'], ['quita', 'cancela', 'apaga', 'borra', 'desactiva', 'quíteme', 'cancele'], ['los recordatorios de entrenamiento', 'mis recordatorios de entrenamiento', 'los recordatorios de la rutina', 'los avisos para entrenar', 'las alarmas de entrenamiento']),
    say(['', 'oye'], ['ya no quiero que me recuerdes', 'ya no me avises', 'deja de avisarme', 'no me recuerdes'], ['entrenar', 'la rutina', 'los días de entrenamiento'], ['', 'por favor', 'gracias']),
    say(['', 'por favor', 'oye'], ['ya no me recuerdes entrenar', 'ya no me recuerdes hacer ejercicio', 'ya no me avises para entrenar', 'deja de recordarme entrenar', 'no más recordatorios de entrenamiento', 'ya no quiero recordatorios de entrenamiento', 'ya no necesito recordatorios de entrenamiento']),
  );

export const REMINDER_PHRASES: PhrasesOf<typeof REMINDER_INTENTS> = {
  BreakRemindersIntent: breakRemindersSamples,
  PostureBreakIntent: postureBreakSamples,
  DriveLengthIntent: driveLengthSamples,
  BreakIntervalIntent: breakIntervalSamples,
  EndDriveIntent: endDriveSamples,
  WorkoutRemindersIntent: workoutRemindersSamples,
  TimeOfDayIntent: timeOfDaySamples,
  StopWorkoutRemindersIntent: stopWorkoutRemindersSamples,
};
