import type { HeldOutLine } from './heldOutLine';

/**
 * Held-out Spanish for three readings English has and Spanish lacked: quarter hours said at the time questions, a side
 * taken back ("no, el izquierdo, el derecho": the last side said wins), and times typed at the console in Spanish
 * ("8 pm", "a las 20:00"). Written as drivers in the US and Mexico say and type them, each at the question it answers,
 * before the rules that read them were written, and never tuned to. `npx tsx test/nlu/heldOut/measure.ts --spanish`
 * scores them.
 */
export const SPANISH_CLOCK_LINES: readonly HeldOutLine[] = [
  // quarter hours, at "¿a qué hora te recuerdo?" and in a reminder asked for at the menu
  { at: 'time', text: 'a las siete y cuarto', expect: { type: 'timeOfDay', time: '07:15' } },
  { at: 'time', text: 'a las ocho menos cuarto', expect: { type: 'timeOfDay', time: '07:45' } },
  { at: 'time', text: 'cuarto para las ocho', expect: { type: 'timeOfDay', time: '07:45' } },
  { at: 'time', text: 'siete cuarenta y cinco', expect: { type: 'timeOfDay', time: '07:45' } },
  { at: 'time', text: 'como a las seis y cuarto de la mañana', expect: { type: 'timeOfDay', time: '06:15' } },
  { at: 'time', text: 'a las siete y cuarto de la noche', expect: { type: 'timeOfDay', time: '19:15' } },
  { at: 'time', text: 'un cuarto para las siete de la tarde', expect: { type: 'timeOfDay', time: '18:45' } },
  { at: 'time', text: 'a las nueve menos cuarto de la noche', expect: { type: 'timeOfDay', time: '20:45' } },
  { at: 'time', text: 'pues a las ocho y cuarto', expect: { type: 'timeOfDay', time: '08:15' } },
  { at: 'time', text: 'seis cuarenta y cinco de la mañana', expect: { type: 'timeOfDay', time: '06:45' } },
  { at: 'time', text: 'a las dos y cuarto', expect: { type: 'timeOfDay', time: '14:15' } },
  { at: 'time', text: 'cuarto para las nueve de la noche', expect: { type: 'timeOfDay', time: '20:45' } },
  { at: 'menu', text: 'recuérdame entrenar a las siete y cuarto', expect: { type: 'workoutReminders', time: '07:15' } },
  { at: 'menu', text: 'recuérdame hacer ejercicio a las cinco menos cuarto de la tarde', expect: { type: 'workoutReminders', time: '16:45' } },
  // a side taken back: the last side said wins
  { at: 'side', text: 'no, el izquierdo, el derecho', expect: { type: 'side', side: 'right' } },
  { at: 'side', text: 'no es el izquierdo es el derecho', expect: { type: 'side', side: 'right' } },
  { at: 'side', text: 'el derecho, no, perdón, el izquierdo', expect: { type: 'side', side: 'left' } },
  { at: 'side', text: 'izquierdo... no, mejor derecho', expect: { type: 'side', side: 'right' } },
  { at: 'side', text: 'la izquierda, digo, la derecha', expect: { type: 'side', side: 'right' } },
  { at: 'side', text: 'derecho, no espera, izquierdo', expect: { type: 'side', side: 'left' } },
  { at: 'side', text: 'no, no el derecho, el izquierdo', expect: { type: 'side', side: 'left' } },
  // times typed at the console
  { at: 'time', text: 'a las 8 pm', expect: { type: 'timeOfDay', time: '20:00' } },
  { at: 'time', text: '8:30 p.m.', expect: { type: 'timeOfDay', time: '20:30' } },
  { at: 'time', text: 'a las 20:00', expect: { type: 'timeOfDay', time: '20:00' } },
  { at: 'time', text: '7 a. m.', expect: { type: 'timeOfDay', time: '07:00' } },
  { at: 'time', text: '6:45 am', expect: { type: 'timeOfDay', time: '06:45' } },
  { at: 'time', text: 'a las 7:15 de la mañana', expect: { type: 'timeOfDay', time: '07:15' } },
  { at: 'time', text: '5am', expect: { type: 'timeOfDay', time: '05:00' } },
  { at: 'time', text: 'las 19:30', expect: { type: 'timeOfDay', time: '19:30' } },
  { at: 'menu', text: 'recuérdame a las 9 p.m.', expect: { type: 'workoutReminders', time: '21:00' } },
];
