/**
 * The Spanish synonyms of each custom slot type's values, with the ids English gives them (src/model/intents.ts), so a
 * value heard in either language means the same thing to the coach: "libras" is lb, "hora del centro" is
 * America/Chicago, "hora y media" is PT1H30M, "siete y media de la tarde" is 19:30.
 */
import { spelled } from './numbersSaid';

export interface SpanishSlotValue {
  id: string;
  synonyms: string[];
}

const UNITS: SpanishSlotValue[] = [
  { id: 'lb', synonyms: ['libras', 'libra', 'lbs', 'lb', 'pounds', 'sistema inglés', 'sistema imperial', 'imperial'] },
  { id: 'kg', synonyms: ['kilos', 'kilo', 'kilogramos', 'kilogramo', 'kg', 'kgs', 'sistema métrico', 'métrico', 'kilitos'] },
];

const SIDES: SpanishSlotValue[] = [
  { id: 'left', synonyms: ['izquierdo', 'izquierda', 'lado izquierdo', 'brazo izquierdo', 'mano izquierda', 'hombro izquierdo', 'zurdo', 'zurda'] },
  { id: 'right', synonyms: ['derecho', 'derecha', 'lado derecho', 'brazo derecho', 'mano derecha', 'hombro derecho'] },
];

/** Where it can hurt; "algo" stands for a part the driver does not name ("me jalé algo"). */
const BODY_PARTS: SpanishSlotValue[] = [
  { id: 'back', synonyms: ['espalda', 'espalda baja', 'parte baja de la espalda', 'espalda alta', 'media espalda', 'cintura', 'columna', 'lumbar', 'lumbares', 'coxis', 'rabadilla', 'disco', 'riñones'] },
  { id: 'neck', synonyms: ['cuello', 'nuca', 'pescuezo'] },
  { id: 'shoulder', synonyms: ['hombro', 'hombros', 'omóplato', 'omóplatos', 'paleta', 'trapecio', 'trapecios', 'manguito rotador'] },
  { id: 'arm', synonyms: ['brazo', 'brazos', 'bíceps', 'tríceps', 'antebrazo', 'antebrazos', 'molla'] },
  { id: 'elbow', synonyms: ['codo', 'codos'] },
  { id: 'hand', synonyms: ['muñeca', 'muñecas', 'mano', 'manos', 'dedo', 'dedos', 'pulgar'] },
  { id: 'lat', synonyms: ['dorsal', 'dorsales'] },
  { id: 'side', synonyms: ['costado', 'costados', 'costilla', 'costillas', 'pecho', 'oblicuos', 'pectoral'] },
  { id: 'hip', synonyms: ['cadera', 'caderas', 'glúteo', 'glúteos', 'nalga', 'pompa', 'pierna', 'piernas', 'rodilla', 'rodillas', 'muslo', 'ingle'] },
  { id: 'something', synonyms: ['algo', 'músculo', 'un músculo', 'articulación', 'nervio', 'tendón', 'ligamento'] },
];

/**
 * How a body part can be said to hurt, grouped as English groups them: as the verb said with "me" ("me duele", "me
 * jalé"), as a noun ("un tirón", "ardor") and as an adjective ("tiesa", "trabada").
 */
const COMPLAINTS: SpanishSlotValue[] = [
  { id: 'hurts', synonyms: ['duele', 'duelen', 'dolió', 'doliendo', 'dolor', 'adolorido', 'adolorida', 'lastimé', 'lastimado', 'lastimada', 'lastima'] },
  { id: 'injured', synonyms: ['lesioné', 'lesionado', 'lesionada', 'lesión', 'calambre', 'calambres', 'acalambrado', 'acalambrada', 'espasmo', 'espasmos', 'ciática'] },
  { id: 'acting up', synonyms: ['matando', 'mata', 'molestando', 'molesta', 'fregando', 'friega', 'dando lata', 'dando guerra', 'dando problemas', 'dando batalla'] },
  { id: 'tweaked', synonyms: ['jalé', 'jalado', 'jalada', 'jalón', 'un jalón', 'tirón', 'un tirón', 'torcí', 'torcido', 'torcida', 'desgarré', 'desgarrado', 'desgarre', 'zafé', 'zafado', 'zafada', 'tronó', 'truena', 'tronando', 'tronido', 'trabó', 'trabado', 'trabada', 'botó', 'safó'] },
  { id: 'tight', synonyms: ['tieso', 'tiesa', 'tenso', 'tensa', 'rígido', 'rígida', 'engarrotado', 'engarrotada', 'contracturado', 'contracturada', 'contractura', 'cargado', 'cargada'] },
  { id: 'sharp', synonyms: ['punzada', 'una punzada', 'punza', 'punzando', 'ardor', 'arde', 'ardiendo', 'quema', 'quemando', 'piquete', 'un piquete', 'pulsa', 'palpita', 'punzante'] },
  { id: 'numb', synonyms: ['dormido', 'dormida', 'entumido', 'entumida', 'entumecido', 'entumecida', 'hormigueo', 'hormiguea', 'cosquilleo', 'adormecido', 'adormecida'] },
  { id: 'unwell', synonyms: ['raro', 'rara', 'mal', 'feo', 'fea', 'extraño', 'extraña', 'no se siente bien', 'no está bien', 'nada bien', 'chueco', 'chueca'] },
  { id: 'complaining', synonyms: ['jala', 'jalando', 'aprieta', 'apretando', 'cruje', 'crujiendo', 'estira', 'tira', 'tirando', 'pica', 'picando'] },
];

const TIME_ZONES: SpanishSlotValue[] = [
  { id: 'America/New_York', synonyms: ['hora del este', 'tiempo del este', 'el este', 'la costa este', 'costa este', 'del este'] },
  { id: 'America/Chicago', synonyms: ['hora del centro', 'tiempo del centro', 'el centro', 'hora central', 'tiempo central', 'del centro'] },
  { id: 'America/Denver', synonyms: ['hora de la montaña', 'tiempo de la montaña', 'hora de montaña', 'la montaña', 'de la montaña'] },
  { id: 'America/Phoenix', synonyms: ['hora de arizona', 'tiempo de arizona', 'arizona', 'phoenix'] },
  { id: 'America/Los_Angeles', synonyms: ['hora del pacífico', 'tiempo del pacífico', 'el pacífico', 'la costa oeste', 'costa oeste', 'del pacífico'] },
  { id: 'America/Anchorage', synonyms: ['hora de alaska', 'tiempo de alaska', 'alaska'] },
  { id: 'Pacific/Honolulu', synonyms: ['hora de hawái', 'tiempo de hawái', 'hawái', 'hawaii'] },
  { id: 'America/Halifax', synonyms: ['hora del atlántico', 'tiempo del atlántico', 'el atlántico', 'del atlántico'] },
  { id: 'America/St_Johns', synonyms: ['hora de terranova', 'tiempo de terranova', 'terranova'] },
];

// Durations: a carry's length, as English names them (../en/slotValues.ts) --------------------------------------------

const MAX_MINUTES = 5;
const SECONDS_AFTER_MINUTES = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55];

const isoDuration = (seconds: number): string => {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `PT${minutes > 0 ? `${minutes}M` : ''}${rest > 0 || minutes === 0 ? `${rest}S` : ''}`;
};

/** "un minuto", "dos minutos". */
const minutesSaid = (minutes: number): string[] => (minutes === 1 ? ['un minuto', 'minuto'] : [`${spelled(minutes)} minutos`]);

/** Every length of time a carry is said in, by its ISO 8601 duration, each wording once. */
const durations = (): SpanishSlotValue[] => {
  const values = new Map<string, string[]>();
  const add = (seconds: number, wordings: string[]): void => {
    const id = isoDuration(seconds);
    values.set(id, [...new Set([...(values.get(id) ?? []), ...wordings])]);
  };
  add(30, ['medio minuto', 'treinta segundos']);
  for (let minutes = 1; minutes <= MAX_MINUTES; minutes++) {
    const said = minutesSaid(minutes);
    add(minutes * 60, [...said, ...(minutes === 1 ? ['un minuto completo', 'un minuto entero', 'el minuto completo'] : [`${spelled(minutes)} minutos completos`])]);
    if (minutes === MAX_MINUTES) break;
    add(minutes * 60 + 30, said.map((m) => `${m} y medio`));
    for (const seconds of SECONDS_AFTER_MINUTES) {
      add(minutes * 60 + seconds, said.flatMap((m) => [`${m} ${spelled(seconds)}`, `${m} con ${spelled(seconds)}`, `${m} y ${spelled(seconds)} segundos`, `${m} con ${spelled(seconds)} segundos`]));
    }
  }
  return [...values.entries()].map(([id, synonyms]) => ({ id, synonyms }));
};

// Drive lengths: half an hour to fourteen hours, in half hours (../en/slotValues.ts) ----------------------------------

const LONGEST_DRIVE_HOURS = 14;

/** "una hora", "hora"; "cinco horas", "unas cinco horas"; "un par de horas". */
const hoursSaid = (hours: number): string[] => {
  if (hours === 1) return ['una hora', 'hora'];
  return [`${spelled(hours)} horas`, `unas ${spelled(hours)} horas`, ...(hours === 2 ? ['un par de horas', 'par de horas'] : [])];
};

const driveLengths = (): SpanishSlotValue[] => {
  const lengths: SpanishSlotValue[] = [{ id: 'PT30M', synonyms: ['media hora', 'treinta minutos'] }];
  for (let hours = 1; hours <= LONGEST_DRIVE_HOURS; hours++) {
    lengths.push({ id: `PT${hours}H`, synonyms: hoursSaid(hours) });
    if (hours === LONGEST_DRIVE_HOURS) break;
    const half = hoursSaid(hours).flatMap((h) => [`${h} y media`, `${h} y treinta`, `${h} treinta`, `${h} y treinta minutos`]);
    lengths.push({ id: `PT${hours}H30M`, synonyms: [...new Set([...half, ...(hours === 1 ? ['noventa minutos'] : [])])] });
  }
  return lengths;
};

// Times of day: four in the morning to ten at night, on the quarters (../en/slotValues.ts) ----------------------------

const FIRST_HOUR = 4;
const LAST_HOUR = 22;
const QUARTERS = [0, 15, 30, 45];

/** "la una", "las siete": the hour on a twelve-hour clock, with its article. */
const hourWithArticle = (hour24: number): { article: string; hour: string } => {
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  return { article: hour12 === 1 ? 'la' : 'las', hour: hour12 === 1 ? 'una' : spelled(hour12) };
};

/** "siete", "siete y cuarto", "siete y media", "cuarto para las ocho": the clock as said, without the half of the day. */
const clockFaces = (hour24: number, minute: number): string[] => {
  const { hour } = hourWithArticle(hour24);
  if (minute === 0) return [hour, `${hour} en punto`];
  if (minute === 15) return [`${hour} y cuarto`, `${hour} quince`, `${hour} y quince`];
  if (minute === 30) return [`${hour} y media`, `${hour} treinta`, `${hour} y treinta`];
  const next = hourWithArticle(hour24 + 1);
  return [`${hour} cuarenta y cinco`, `${hour} y cuarenta y cinco`, `cuarto para ${next.article} ${next.hour}`, `${next.hour} menos cuarto`];
};

/** "de la mañana", "de la tarde", "de la noche", and the abbreviations. */
const halfOfDay = (hour24: number): string[] => {
  if (hour24 < 12) return ['de la mañana', 'a.m.', 'de la madrugada'].filter((half) => half !== 'de la madrugada' || hour24 < 6);
  if (hour24 < 19) return ['de la tarde', 'p.m.'];
  // Seven and eight are "de la tarde" to many while the sun is up, "de la noche" to others.
  return [...(hour24 <= 20 ? ['de la tarde'] : []), 'de la noche', 'p.m.'];
};

/**
 * "las diecinueve horas", "las diecinueve treinta horas": the twenty-four hour clock, as Mexico says it on the radio;
 * afternoons only, since "las cuatro horas" before noon is also a length.
 */
const twentyFourHour = (hour24: number, minute: number): string[] =>
  hour24 <= 12 ? [] : [`las ${spelled(hour24)} ${minute === 0 ? '' : `${spelled(minute)} `}horas`];

const timesOfDay = (): SpanishSlotValue[] => {
  const times: SpanishSlotValue[] = [];
  for (let hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
    for (const minute of QUARTERS) {
      if (hour === LAST_HOUR && minute > 0) break;
      const { article } = hourWithArticle(hour);
      const faces = clockFaces(hour, minute).flatMap((face) => (face.startsWith('cuarto') ? [face] : [face, `${article} ${face}`]));
      const wordings = faces.flatMap((face) => halfOfDay(hour).map((half) => `${face} ${half}`));
      if (hour === 12 && minute === 0) wordings.push('mediodía', 'el mediodía', 'las doce del día', 'doce del día', 'la hora de la comida');
      // "siete y media" alone: the half of the day a workout is likelier in (the morning from five, else the afternoon).
      const likelier = (hour >= 5 && hour <= 11) || (hour >= 13 && hour <= 16);
      if (likelier && minute > 0) wordings.push(...faces);
      if (likelier && minute === 0) wordings.push(...faces.filter((face) => face.endsWith('en punto')));
      wordings.push(...twentyFourHour(hour, minute));
      times.push({ id: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, synonyms: [...new Set(wordings)] });
    }
  }
  return times;
};

/** The Spanish values of each custom slot type, by the type's name, with English's ids. */
export const SPANISH_SLOT_VALUES = {
  UnitType: UNITS,
  SideType: SIDES,
  BodyPartType: BODY_PARTS,
  ComplaintType: COMPLAINTS,
  TimeZoneType: TIME_ZONES,
  get DurationType() {
    return durations();
  },
  get DriveLengthType() {
    return driveLengths();
  },
  get TimeOfDayType() {
    return timesOfDay();
  },
} as const;
