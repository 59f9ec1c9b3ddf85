/**
 * Spanish samples of trouble in a set: pain and lost form, an exercise that cannot be done, a rest not wanted. Pain is a
 * safety rule, so every way of saying it hurts is listed: any body part with any complaint, said with "me duele", "me
 * jalé", "me truena", "siento un tirón", and a cry to stop before it ("para, me duele", "espera, me lastimé") is pain,
 * never a stop.
 */
import type { TROUBLE_INTENTS } from '../../../core/flows/trouble.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, around, optional, say } from '../../phrasing';

/** Cries and alarms said before the pain: "ay", "para", "espera". */
const PAIN_OPENERS = ['', 'ay', 'auch', 'ay ay', 'uy', 'para', 'párale', 'espera', 'aguanta', 'no', 'ay no', 'híjole', 'chin', 'ay güey', 'oye', 'coach'];
/** The body part with its article or possessive: "la {part}", "mi {part}"; "los {part}" for "me duelen los hombros". */
const THE_PART = ['la {part}', 'el {part}', 'mi {part}'];
const THE_PARTS = ['los {part}', 'las {part}', 'mis {part}'];
/** Pain said whole, with no slot: "me duele", "me lastimé", "me jalé algo". */
const PAIN_WHOLE = [
  'me duele', 'me dolió', 'duele', 'me duele mucho', 'me está doliendo', 'eso duele', 'eso me dolió', 'eso dolió', 'me lastimé',
  'me lastimé algo', 'me jalé algo', 'me jalé un músculo', 'me desgarré', 'me torcí', 'me zafé algo', 'me tronó algo', 'algo tronó',
  'algo me tronó', 'sentí un tirón', 'siento un tirón', 'sentí un jalón', 'siento un jalón', 'sentí una punzada', 'siento una punzada',
  'sentí un piquete', 'me dio un calambre', 'tengo un calambre', 'me dio un tirón', 'me dio un jalón', 'se me trabó la espalda',
  'se me fue la espalda', 'se me botó la espalda', 'tengo dolor', 'siento dolor', 'tengo mucho dolor', 'estoy adolorido',
  'estoy adolorida', 'me lesioné', 'creo que me lesioné', 'creo que me lastimé', 'algo no está bien', 'algo anda mal',
  'no se siente bien', 'eso no se sintió bien', 'se sintió feo', 'sentí feo', 'me arde', 'me punza', 'me truena la espalda',
  'me truena el hombro', 'me duele la espalda', 'me duele el hombro', 'me duele el cuello', 'me duele la cintura', 'dolor',
  'ay me duele', 'auch', 'ay', 'ay ay ay', 'no aguanto el dolor', 'me está matando la espalda',
];
/** What the part does, said with "me": "me duele la {part}", "me jalé el {part}". */
const COMPLAINT_WITH_ME = ['me {complaint}', 'me está {complaint}', 'creo que me {complaint}', 'siento que me {complaint}', 'se me {complaint}'];
const painSamples = (): string[] =>
  all(
    ['me duele la espalda', 'me duele', 'me lastimé', 'me jalé algo', 'para me duele', 'siento un tirón', 'me duele el hombro', 'ay me duele', 'auch', 'tengo dolor'],
    say(PAIN_OPENERS, PAIN_WHOLE),
    // Any body part with any complaint: "me duele la espalda", "la rodilla me está matando", "siento un tirón en el hombro".
    say(PAIN_OPENERS, COMPLAINT_WITH_ME, THE_PART),
    say(PAIN_OPENERS, THE_PART, ['me {complaint}', 'me está {complaint}', 'está {complaint}', 'se siente {complaint}', '{complaint}']),
    say(['', 'ay', 'para', 'espera', 'oye'], ['la {part} la tengo {complaint}', 'el {part} lo tengo {complaint}', 'tengo la {part} {complaint}', 'tengo el {part} {complaint}', 'traigo la {part} {complaint}', 'traigo el {part} {complaint}', 'siento la {part} {complaint}', 'siento el {part} {complaint}']),
    say(['', 'ay', 'para', 'espera'], ['tengo', 'siento', 'sentí', 'traigo', 'me dio'], ['{complaint}'], ['en la {part}', 'en el {part}', 'en mi {part}']),
    say(['', 'ay', 'para', 'espera', 'uy'], ['sentí', 'siento', 'me dio', 'tengo'], ['un tirón', 'un jalón', 'una punzada', 'un calambre', 'un piquete', 'un dolor', 'dolor', 'ardor', 'un tronido', 'un trueno', 'como un toque'], ['en la {part}', 'en el {part}', 'en mi {part}']),
    say(['', 'ay', 'para', 'creo que'], ['me lastimé', 'me jalé', 'me torcí', 'me desgarré', 'me zafé', 'me lesioné', 'me fastidié', 'me amolé', 'me chingué'], ['la {part}', 'el {part}', 'algo en la {part}', 'algo en el {part}']),
    say(['me duele', 'me está doliendo', 'me truena', 'me tronó', 'me arde', 'me punza', 'me jala', 'me molesta', 'me está matando'], THE_PART, ['', 'mucho', 'otra vez', 'todavía', 'un chingo', 'bien feo']),
    say(['', 'ay', 'para'], ['me duelen', 'me truenan', 'me arden', 'me están matando'], THE_PARTS, ['', 'mucho', 'todavía']),
    // A side with a complaint: "me duele el lado izquierdo", "el brazo derecho me está matando".
    say(['', 'ay', 'para'], ['me duele el {side}', 'me duele el {side} mucho', 'el {side} me está matando', 'el {side} me duele', 'tengo el {side} {complaint}', 'el {side} está {complaint}']),
    // The count with it: "doce pero me duele".
    say(['{count}', 'hice {count}', 'saqué {count}', 'fueron {count}'], ['pero', 'y'], ['me duele', 'me dolió', 'me duele la espalda', 'me duele el hombro', 'sentí un tirón', 'me jalé algo', 'me lastimé', 'sentí dolor', 'me tronó algo']),
  ).filter((sample) => !/^(ay|ay ay|auch|uy) (ay|ay ay|auch|ay ay ay)$/.test(sample) && !/^(ay) ay me duele/.test(sample));

/** Losing form: "se me fue la forma", "hice trampa", "las últimas salieron chuecas". */
const LOST_FORM_CORES = [
  'perdí la forma', 'se me fue la forma', 'se me cayó la forma', 'se me fue la técnica', 'perdí la técnica', 'mala forma',
  'mala técnica', 'hice trampa', 'le hice trampa', 'hice trampita', 'me ayudé con el cuerpo', 'me ayudé con la espalda',
  'usé impulso', 'me columpié', 'me estaba columpiando', 'me balanceé', 'me estaba balanceando', 'me torcí todo', 'jalé con la espalda',
  'jalé con todo el cuerpo', 'encorvé la espalda', 'me encorvé', 'arqueé la espalda', 'las últimas salieron feas', 'las últimas salieron chuecas',
  'las últimas no salieron bien', 'las últimas no cuentan', 'esas no cuentan', 'esa no cuenta', 'no salieron limpias', 'salieron sucias',
  'salieron chuecas', 'medias repeticiones', 'hice medias', 'nomás medias', 'a medias', 'me salieron feas', 'se me descompuso la forma',
  'se me desbarató la forma', 'no fue con buena forma', 'no estuvo limpia', 'no estuvieron limpias', 'las hice mal', 'la hice mal',
];
const lostFormSamples = (): string[] =>
  all(
    ['perdí la forma', 'se me fue la forma', 'hice trampa', 'mala forma', 'las últimas salieron feas'],
    around(['', 'eh', 'pues', 'la verdad', 'este', 'creo que', 'ay', 'híjole'], LOST_FORM_CORES, ['', 'al final', 'en las últimas', 'un poco', 'tantito']),
    // The count with it: "ocho pero se me fue la forma".
    say(['', 'hice', 'saqué', 'fueron'], '{count}', ['', 'reps'], ['pero se me fue la forma', 'pero perdí la forma', 'pero hice trampa', 'pero las últimas salieron feas', 'pero las últimas no cuentan', 'pero me columpié', 'pero me ayudé con la espalda', 'con mala forma', 'pero a medias', 'pero salieron chuecas']),
    say(['', 'pues'], ['se me fue', 'se me cayó', 'se me descompuso'], ['la forma', 'la técnica', 'la postura'], optional(['al final', 'en las últimas'])),
  );

// Skipping ---------------------------------------------------------------------------------------------------------

const SKIPPABLE = ['', 'este', 'este ejercicio', 'esta serie', 'este set', 'ese', 'eso', 'los remos', 'el remo', 'las jaladas', 'los jalones con liga', 'la caminata', 'las caminatas', 'el cargado', 'la liga', 'lo de la liga', 'el final'];
const CANNOT_DO = ['no puedo hacer este', 'no puedo hacer ese', 'este no lo puedo hacer', 'no hay espacio', 'no tengo espacio', 'no hay lugar', 'no tengo dónde caminar', 'no hay dónde caminar', 'no tengo la liga', 'no traigo la liga', 'no traigo la banda', 'se me olvidó la liga', 'dejé la liga en la casa', 'se rompió la liga', 'no quiero hacer este', 'hoy no hago caminata', 'hoy no hago remos'];
const skipSamples = (): string[] =>
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
const skipRestSamples = (): string[] =>
  all(
    ['sáltate el descanso', 'sin descanso', 'ya descansé', 'no necesito descanso'],
    around(['', 'ok', 'bueno', 'oye', 'ya estoy listo', 'ya descansé', 'sale'], SKIP_REST_CORES, ['', 'por favor', 'ya estoy listo', 'vámonos', 'dale']),
  ).filter((sample) => !/(descansé|descansado|recuperé).*(descansé|descansado|recuperé)/.test(sample) && !/ya estoy listo.*ya estoy listo/.test(sample));

export const TROUBLE_PHRASES: PhrasesOf<typeof TROUBLE_INTENTS> = {
  PainIntent: painSamples,
  LostFormIntent: lostFormSamples,
  SkipIntent: skipSamples,
  SkipRestIntent: skipRestSamples,
};
